#!/usr/bin/env python3
"""Five-fold cross-validation of scrm-tone's model on a labelled file.

    scripts/tone/cv.py BIN_DIR TRAIN.ndjson [SEED]

The method every tone change is decided by (data/tone/README.md): TRAIN's
lines (build/tone/train.ndjson, written by `make model`) are shuffled with
SEED (default 0) and cut into five folds; for each, a model is trained with
`scrm-tone --no-model --train` on the other four and scores the fold with
`--model`. Prints macro-F1 per set (the id's prefix before ":"), over the
five folds' predictions together. Runs BIN_DIR/scrm-tone with the
environment's SCRM_DATADIR, so it judges the lexicon there.
"""
import json
import os
import random
import subprocess
import sys
import tempfile

from metrics import label_of, report

FOLDS = 5


def run(args, **kw):
    return subprocess.run(args, check=True, **kw)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__.strip().splitlines()[2].strip())
    tone = os.path.join(sys.argv[1], "scrm-tone")
    with open(sys.argv[2], encoding="utf-8") as f:
        lines = f.read().splitlines()
    seed = int(sys.argv[3]) if len(sys.argv) == 4 else 0
    order = list(range(len(lines)))
    random.Random(seed).shuffle(order)
    pred = [None] * len(lines)
    with tempfile.TemporaryDirectory() as tmp:
        train, test, model = (os.path.join(tmp, n) for n in ("train", "test", "model"))
        for fold in range(FOLDS):
            held = [i for k, i in enumerate(order) if k % FOLDS == fold]
            held_set = set(held)
            with open(train, "w", encoding="utf-8") as f:
                f.writelines(lines[i] + "\n" for i in range(len(lines)) if i not in held_set)
            with open(test, "w", encoding="utf-8") as f:
                f.writelines(lines[i] + "\n" for i in held)
            run([tone, "--no-model", "--train", train, "-o", model])
            out = run([tone, "--model", model, test], capture_output=True).stdout.decode("utf-8")
            for i, line in zip(held, out.splitlines()):
                pred[i] = json.loads(line)["tone"]
    gold = [json.loads(line) for line in lines]
    sets = {}
    for i, g in enumerate(gold):
        sets.setdefault(g["id"].split(":")[0], []).append(i)
    for name, idx in sets.items():
        _, mf1, _ = report([gold[i]["label"] for i in idx], [label_of(pred[i], False) for i in idx], False)
        print(f"{name} {mf1:.4f} (n={len(idx)})")


if __name__ == "__main__":
    main()
