#!/usr/bin/env python3
"""Starts the host the way a browser does, from a host manifest, and checks it answers
`hello`: Chromium runs `path chrome-extension://<id>/`, Firefox runs
`path <manifest path> <gecko id>`, both with the host's folder as working directory.

usage: start_like_browser.py MANIFEST [--root ROOT]
Prints the reply; exit 0 when it is a protocol-1 hello and the host then exits 0 at
end of input."""
import json, os, struct, subprocess, sys


def main():
    manifest = sys.argv[1]
    root = sys.argv[3] if len(sys.argv) > 3 and sys.argv[2] == "--root" else ""
    with open(root + manifest, encoding="utf-8") as f:
        m = json.load(f)
    host = root + m["path"]
    if "allowed_origins" in m:
        argv = [host, m["allowed_origins"][0]]
    else:
        argv = [host, manifest, m["allowed_extensions"][0]]
    request = json.dumps({"type": "hello"}).encode()
    proc = subprocess.run(argv, input=struct.pack("=I", len(request)) + request,
                          capture_output=True, timeout=30, cwd=os.path.dirname(host))
    out = proc.stdout
    if len(out) < 4:
        print(f"no reply (exit {proc.returncode}); stderr: {proc.stderr.decode(errors='replace')[:500]}")
        return 1
    (length,) = struct.unpack("=I", out[:4])
    body = out[4:4 + length]
    if len(body) != length or len(out) != 4 + length:
        print(f"reply framing is off: declared {length}, got {len(out) - 4} bytes")
        return 1
    reply = json.loads(body)
    print(json.dumps(reply))
    if reply.get("type") != "hello" or reply.get("protocol") != 1:
        print("not a protocol-1 hello")
        return 1
    if proc.returncode != 0:
        print(f"host exit status {proc.returncode} at end of input, want 0")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
