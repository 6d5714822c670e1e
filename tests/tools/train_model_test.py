#!/usr/bin/env python3
"""train_model_test.py FEATURES_TOOL SOURCE_DIR: trains on one labelled set into a temporary copy of the model."""
import json
import os
import shutil
import subprocess
import sys
import tempfile

tool, root = sys.argv[1], sys.argv[2]
trainer = os.path.join(root, "tools", "train_model.py")
data = os.path.join(root, "tests", "data", "labelled_posts_10.jsonl")
original = json.load(open(os.path.join(root, "host", "rules", "model.json"), encoding="utf-8"))
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "model.json")
    shutil.copy(os.path.join(root, "host", "rules", "model.json"), out)
    run = lambda *extra: subprocess.run([sys.executable, "-B", trainer, "--features-tool", tool, "--model", out, *extra],
                                        capture_output=True, text=True)
    first = run(data)
    check(first.returncode == 0, "trainer failed: " + first.stderr)
    model = json.load(open(out, encoding="utf-8"))
    features = model["features"].split("\n")
    check(len(features) > 20, "too few features: %d" % len(features))
    check(features == sorted(set(features)), "features are not sorted and unique")
    for name, cat in model["categories"].items():
        weights = cat["weights"].split()
        check(len(weights) == len(features), "%s: %d weights for %d features" % (name, len(weights), len(features)))
        check(all(-127 <= int(w) <= 127 for w in weights), name + ": a weight out of range")
        for key in ("warn_at", "withdraw_below", "withdraws", "finding"):
            check(cat.get(key) == original["categories"][name].get(key), name + ": hand-written " + key + " changed")
    check(model["description"] == original["description"], "description changed")
    check("100 labelled posts" in model["trained_on"], "trained_on: " + model["trained_on"])
    # The same posts give the same file.
    before = open(out, encoding="utf-8").read()
    run(data)
    check(open(out, encoding="utf-8").read() == before, "a second run wrote a different file")
    # The scorer's corpus is for measuring only.
    shared = os.path.join(tmp, "shared", "dev.jsonl")
    os.makedirs(os.path.dirname(shared))
    shutil.copy(data, shared)
    refused = run(shared)
    check(refused.returncode != 0 and "never for training" in refused.stderr, "trained on a path under shared/")

# The feature tool names the line it cannot read, and stops.
bad = subprocess.run([tool], input='{"text": "fine"}\n{"no text": 1}\n', capture_output=True, text=True)
check(bad.returncode != 0 and "line 2" in bad.stderr, "model_features on a bad line: " + repr(bad.stderr))

for f in failures:
    print("FAIL:", f)
print("train_model: %d failures" % len(failures))
sys.exit(1 if failures else 0)
