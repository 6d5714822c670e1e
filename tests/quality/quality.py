#!/usr/bin/env python3
"""Detection quality over the project's own labelled posts.

Runs every case of one or more JSONL files (the schema of ../data/labelled_posts.jsonl)
through the built host's native-messaging protocol (`HOST serve`): a `configure`
with the case's settings over {"profile": "gmc", "identity": {"real_name": ""}},
then an `analyze`. Prints the figures and exits 1 unless every target holds.

Usage: quality.py [--min-coverage X] [--min-recall X] [--max-false-alarms X] HOST CASES.jsonl [CASES.jsonl ...]
"""
import json
import struct
import subprocess
import sys

CATEGORIES = ["confidentiality", "boundaries", "anonymity", "colleagues",
              "conflicts", "conduct", "visibility"]
TARGETS = {"recall": 0.95, "macro_precision": 0.95, "false_alarms": 0.02, "coverage": 0.90}


class Host:
    def __init__(self, binary):
        self.proc = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

    def call(self, message):
        body = json.dumps(message).encode("utf-8")
        self.proc.stdin.write(struct.pack("<I", len(body)) + body)
        self.proc.stdin.flush()
        head = self.proc.stdout.read(4)
        if len(head) != 4:
            raise RuntimeError("the host closed its output")
        (length,) = struct.unpack("<I", head)
        return json.loads(self.proc.stdout.read(length).decode("utf-8"))

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=10)


def utf16_range(text, needle):
    at = text.find(needle)
    if at < 0:
        return None
    start = len(text[:at].encode("utf-16-le")) // 2
    return start, start + len(needle.encode("utf-16-le")) // 2


def main(argv):
    argv = list(argv)
    options = {"--min-coverage": "coverage", "--min-recall": "recall", "--max-false-alarms": "false_alarms"}
    while len(argv) > 2 and argv[1] in options:
        TARGETS[options[argv[1]]] = float(argv[2])
        del argv[1:3]
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    cases = []
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            cases += [json.loads(line) for line in f if line.strip()]
    host = Host(argv[1])
    tally = {c: {"tp": 0, "fp": 0, "fn": 0} for c in CATEGORIES}
    clean = clean_alarms = flags = flags_covered = bad = 0
    misses = []
    for n, case in enumerate(cases):
        settings = {"profile": "gmc", "identity": {"real_name": ""}}
        settings.update(case.get("settings", {}))
        if host.call({"type": "configure", "settings": settings}).get("type") == "error":
            bad += 1
        request = {"type": "analyze", "id": str(n), "text": case["text"], "site": case.get("site", "x.com")}
        if "context" in case:
            request["context"] = case["context"]
        reply = host.call(request)
        if reply.get("type") != "analysis" or reply.get("id") != request["id"]:
            bad += 1
            reply = {"warnings": []}
        warnings = reply.get("warnings", [])
        raised = {w.get("category") for w in warnings}
        expected = set(case["expect"])
        for c in CATEGORIES:
            key = "tp" if c in expected and c in raised else "fn" if c in expected else "fp" if c in raised else None
            if key:
                tally[c][key] += 1
        if expected != raised:
            misses.append(f"  {case['id']}: expected {sorted(expected)}, got {sorted(raised)}")
        if not expected:
            clean += 1
            clean_alarms += bool(raised)
        spans = [(s["start"], s["end"]) for w in warnings for s in w.get("spans", [])]
        for needle in case.get("must_flag", []):
            flags += 1
            want = utf16_range(case["text"], needle)
            if want and any(s < want[1] and want[0] < e for s, e in spans):
                flags_covered += 1
            else:
                misses.append(f"  {case['id']}: must_flag {needle!r} not covered")
    host.close()

    ok = bad == 0
    precisions = []
    print(f"{len(cases)} cases from {', '.join(argv[2:])}")
    print(f"{'category':16} {'precision':>9} {'recall':>7}  tp fp fn")
    for c in CATEGORIES:
        t = tally[c]
        p = t["tp"] / (t["tp"] + t["fp"]) if t["tp"] + t["fp"] else 1.0
        r = t["tp"] / (t["tp"] + t["fn"]) if t["tp"] + t["fn"] else 1.0
        precisions.append(p)
        low = r < TARGETS["recall"]
        ok = ok and not low
        print(f"{c:16} {p:9.3f} {r:7.3f}  {t['tp']:2} {t['fp']:2} {t['fn']:2}{'  <- recall below target' if low else ''}")
    macro = sum(precisions) / len(precisions)
    alarms = clean_alarms / clean if clean else 0.0
    coverage = flags_covered / flags if flags else 1.0
    ok = ok and macro >= TARGETS["macro_precision"] and alarms <= TARGETS["false_alarms"] and coverage >= TARGETS["coverage"]
    print(f"macro precision {macro:.3f} (target >= {TARGETS['macro_precision']})")
    print(f"false alarms on clean posts {clean_alarms}/{clean} = {alarms:.3f} (target <= {TARGETS['false_alarms']})")
    print(f"must_flag coverage {flags_covered}/{flags} = {coverage:.3f} (target >= {TARGETS['coverage']})")
    if bad:
        print(f"{bad} bad replies from the host")
    if misses:
        print("cases that differ from their labels:")
        print("\n".join(misses))
    print("QUALITY " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
