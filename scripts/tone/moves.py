#!/usr/bin/env python3
"""What a change to scrm-tone did to a labelled file: scores before and after, and the texts that moved.

    scripts/tone/moves.py GOLD.ndjson BEFORE.ndjson AFTER.ndjson

GOLD lines carry "id" and "label"; BEFORE and AFTER are scrm-tone's outputs
on GOLD from the two versions (the lexicon alone, `--no-model`, is how a
vocabulary change is judged: data/tone/README.md). Prints per set (the id's
prefix before ":") macro-F1, or accuracy for the binary set allocine,
before and after; then each text whose label moved, towards or away from
its gold label.
"""
import json
import sys

from metrics import label_of, report

BINARY_SETS = ("allocine",)


def tones(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["tone"] for line in f]


def main():
    if len(sys.argv) != 4:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    with open(sys.argv[1], encoding="utf-8") as f:
        gold = [json.loads(line) for line in f]
    before, after = tones(sys.argv[2]), tones(sys.argv[3])
    if not len(gold) == len(before) == len(after):
        sys.exit("moves.py: the three files differ in length")
    sets = {}
    for i, g in enumerate(gold):
        sets.setdefault(g["id"].split(":")[0], []).append(i)
    for name, idx in sets.items():
        binary = name in BINARY_SETS
        figures = []
        for pred in (before, after):
            acc, mf1, _ = report([gold[i]["label"] for i in idx], [label_of(pred[i], binary) for i in idx], binary)
            figures.append(acc if binary else mf1)
        print(f"{name} (n={len(idx)}): {figures[0]:.4f} to {figures[1]:.4f}")
    for i, g in enumerate(gold):
        binary = g["id"].split(":")[0] in BINARY_SETS
        a, b = label_of(before[i], binary), label_of(after[i], binary)
        if a != b:
            way = "towards" if b == g["label"] else "away from" if a == g["label"] else "still not"
            print(f"{g['id']}: {a} to {b}, {way} {g['label']}: {g['text'][:120]}")


if __name__ == "__main__":
    main()
