#!/usr/bin/env python3
"""Checks an installed set-up the way a browser would read it, independently of the
installer and of the doctor: for each browser of installer/browsers.tsv that should have
a manifest, the file exists with mode 0644, is valid JSON, names the host after its
file, points at an absolute path that is an executable 0755 file, and allows exactly
the pinned extension id (Chromium origins end in "/").

usage: check_install.py --scope user|system --home HOME [--root ROOT]
                        --host-path PATH [--browser NAME]... [--expect-absent]
Prints one line per problem; exit 0 when there is none."""
import argparse, json, os, stat, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.normpath(os.path.join(HERE, "..", ".."))
HOST_NAME = "org.secondthought.host"


def table():
    rows = []
    with open(os.path.join(SRC, "installer", "browsers.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cells = line.rstrip("\n").split("\t")
            rows.append({"name": cells[0], "family": cells[1], "user": cells[4],
                         "system": cells[5].split(",")[0]})
    return rows


def expected_dirs(args):
    dirs = {}
    for row in table():
        if args.browser and row["name"] not in args.browser:
            continue
        d = os.path.join(args.home, row["user"]) if args.scope == "user" else row["system"]
        if d != "-":
            dirs.setdefault(d, row["family"])
    return dirs


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--scope", choices=["user", "system"], required=True)
    p.add_argument("--home", required=True)
    p.add_argument("--root", default="")
    p.add_argument("--host-path", required=True)
    p.add_argument("--browser", action="append", default=[])
    p.add_argument("--expect-absent", action="store_true")
    args = p.parse_args()
    with open(os.path.join(SRC, "extension", "ids.json"), encoding="utf-8") as f:
        ids = json.load(f)
    problems = []
    count = 0
    for d, family in sorted(expected_dirs(args).items()):
        path = args.root + os.path.join(d, HOST_NAME + ".json")
        if args.expect_absent:
            if os.path.lexists(path):
                problems.append(f"{path}: should not exist")
            continue
        if not os.path.isfile(path):
            problems.append(f"{path}: missing")
            continue
        count += 1
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode != 0o644:
            problems.append(f"{path}: mode {mode:o}, want 644")
        try:
            with open(path, encoding="utf-8") as f:
                m = json.load(f)
        except ValueError as e:
            problems.append(f"{path}: invalid JSON: {e}")
            continue
        if m.get("name") != HOST_NAME:
            problems.append(f"{path}: name {m.get('name')!r}")
        if m.get("type") != "stdio":
            problems.append(f"{path}: type {m.get('type')!r}")
        host = m.get("path", "")
        if host != args.host_path or not os.path.isabs(host):
            problems.append(f"{path}: path {host!r}, want {args.host_path!r}")
        real = args.root + host
        if not (os.path.isfile(real) and os.access(real, os.X_OK)):
            problems.append(f"{path}: host {real} is not an executable file")
        elif stat.S_IMODE(os.stat(real).st_mode) != 0o755:
            problems.append(f"{real}: mode {stat.S_IMODE(os.stat(real).st_mode):o}, want 755")
        if family == "chromium":
            want = ["chrome-extension://" + ids["chromium"] + "/"]
            if m.get("allowed_origins") != want or "allowed_extensions" in m:
                problems.append(f"{path}: allowed_origins {m.get('allowed_origins')!r}, want {want!r}")
        else:
            want = [ids["firefox"]]
            if m.get("allowed_extensions") != want or "allowed_origins" in m:
                problems.append(f"{path}: allowed_extensions {m.get('allowed_extensions')!r}, want {want!r}")
    for line in problems:
        print(line)
    if not args.expect_absent:
        print(f"{count} manifests checked")
    return 1 if problems or (not args.expect_absent and count == 0) else 0


if __name__ == "__main__":
    sys.exit(main())
