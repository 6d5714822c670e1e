#!/usr/bin/env python3
"""Trains the host's text model (host/rules/model.json) on the project's labelled posts.

    tools/train_model.py [--features-tool build/release/tools/model_features]
                         [--model host/rules/model.json] [--exclude 177,178] [DATA.jsonl ...]

Reads the labelled posts (default: tests/data/*.jsonl; never the scorer's corpus),
asks the built `model_features` tool for the features the host computes for each
post, and fits one logistic regression per category (all but anonymity, which
compares the account with the author's name and is left to the rules). The
features, biases and weights in the model file are replaced; everything written
by hand there (thresholds, the findings a category may withdraw, the warning it
raises) is kept. Deterministic: the same posts give the same file.
"""
import argparse
import glob
import json
import math
import os
import random
import subprocess
import sys
from collections import Counter

MIN_POSTS = 6       # a feature must occur in this many posts to be learnt
EPOCHS = 4
LEARNING_RATE = 0.2  # AdaGrad
L2 = 1e-3
SEEDS = 3            # models trained on differently shuffled passes, then averaged
SCALE = 32           # weights are stored as round(w * SCALE), clamped to int8


def load_posts(paths, exclude):
    posts = []
    for path in paths:
        stem = os.path.basename(path).rsplit(".", 1)[0]
        if stem.rsplit("_", 1)[-1] in exclude:
            continue
        with open(path, encoding="utf-8") as f:
            posts += [json.loads(line) for line in f if line.strip()]
    return posts


def features_of(posts, tool):
    lines = "".join(json.dumps({"text": p["text"], "context": p.get("context", {})},
                               ensure_ascii=False) + "\n" for p in posts)
    out = subprocess.run([tool], input=lines.encode(), stdout=subprocess.PIPE, check=True).stdout.decode()
    rows = [json.loads(line)["features"] for line in out.splitlines()]
    assert len(rows) == len(posts), "the features tool answered %d of %d posts" % (len(rows), len(posts))
    return [sorted(set(r)) for r in rows]


def train(rows, labels, categories):
    """The average of SEEDS models, each trained on its own order of the posts.

    One order of stochastic updates leaves weights that depend on which posts
    came last; averaging a few orders keeps what they agree on (on posts held
    out of training, it found more at the same false alarms than one order)."""
    weights = {c: {} for c in categories}
    bias = {c: 0.0 for c in categories}
    for seed in range(1, SEEDS + 1):
        w, b = train_once(rows, labels, categories, seed)
        for c in categories:
            bias[c] += b[c] / SEEDS
            for f, v in w[c].items():
                weights[c][f] = weights[c].get(f, 0.0) + v / SEEDS
    return weights, bias


def train_once(rows, labels, categories, seed):
    """One-vs-rest logistic regression by AdaGrad over sparse binary features."""
    weights = {c: {} for c in categories}
    bias = {c: 0.0 for c in categories}
    squares = {c: {} for c in categories}
    order = list(range(len(rows)))
    rng = random.Random(seed)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            fs = rows[i]
            for c in categories:
                w, g2 = weights[c], squares[c]
                z = bias[c] + sum(w.get(f, 0.0) for f in fs)
                p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
                g = p - (1.0 if c in labels[i] else 0.0)
                bias[c] -= LEARNING_RATE * g * 0.1
                for f in fs:
                    g2[f] = g2.get(f, 0.0) + g * g
                    old = w.get(f, 0.0)
                    w[f] = old - LEARNING_RATE * (g + L2 * old) / math.sqrt(g2[f] + 1e-8)
    return weights, bias


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--features-tool", default=os.path.join(root, "build/release/tools/model_features"))
    ap.add_argument("--model", default=os.path.join(root, "host/rules/model.json"))
    ap.add_argument("--exclude", default="", help="set numbers to leave out (held-out experiments)")
    ap.add_argument("data", nargs="*")
    args = ap.parse_args(argv)
    paths = sorted(args.data or glob.glob(os.path.join(root, "tests/data/*.jsonl")))
    if any("shared" in os.path.abspath(p).split(os.sep) for p in paths):
        sys.exit("train_model.py: the scorer's corpus is for measuring, never for training")
    posts = load_posts(paths, set(filter(None, args.exclude.split(","))))
    with open(args.model, encoding="utf-8") as f:
        model = json.load(f)
    categories = list(model["categories"])

    rows = features_of(posts, args.features_tool)
    seen = Counter(f for r in rows for f in r)
    vocabulary = {f for f, n in seen.items() if n >= MIN_POSTS}
    rows = [[f for f in r if f in vocabulary] for r in rows]
    labels = [set(p.get("expect", [])) for p in posts]
    weights, bias = train(rows, labels, categories)

    def stored(c, f):
        return max(-127, min(127, round(weights[c].get(f, 0.0) * SCALE)))

    features = sorted(f for f in vocabulary if any(stored(c, f) for c in categories))
    model["trained_on"] = "%d labelled posts from %d files in tests/data; %d features seen in %d or more posts" % (
        len(posts), len(paths), len(features), MIN_POSTS)
    model["scale"] = SCALE
    model["features"] = "\n".join(features)
    for c in categories:
        model["categories"][c]["bias"] = round(bias[c], 4)
        model["categories"][c]["weights"] = " ".join(str(stored(c, f)) for f in features)
    with open(args.model, "w", encoding="utf-8") as f:
        json.dump(model, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("%s: %d features, %d posts" % (args.model, len(features), len(posts)))


if __name__ == "__main__":
    main(sys.argv[1:])
