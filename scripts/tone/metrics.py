#!/usr/bin/env python3
"""Scores tone predictions against gold labels.

    scripts/tone/metrics.py GOLD.ndjson PRED.ndjson [binary]

GOLD lines carry "label"; PRED lines carry "tone" (scrm-tone's output) in
the same order. Prints macro-F1 (3 classes) or accuracy (binary), with the
per-class precision/recall/F1. Label rule: "mixed" counts by the sign of the
score (>= 0.05 positive, <= -0.05 negative, else neutral); for binary sets,
a score > 0 is positive, otherwise negative.
"""
import json
import sys


def label_of(tone, binary):
    s = tone["score"]
    if binary:
        return "positive" if s > 0 else "negative"
    lab = tone["label"]
    if lab == "mixed":
        lab = "positive" if s >= 0.05 else "negative" if s <= -0.05 else "neutral"
    return lab


def report(gold, pred, binary):
    classes = ["negative", "positive"] if binary else ["negative", "neutral", "positive"]
    acc = sum(g == p for g, p in zip(gold, pred)) / len(gold)
    f1s = []
    rows = []
    for c in classes:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        pr = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        f1s.append(f1)
        rows.append((c, pr, rc, f1))
    return acc, sum(f1s) / len(f1s), rows


def main():
    gold = [json.loads(l)["label"] for l in open(sys.argv[1], encoding="utf-8")]
    binary = len(sys.argv) > 3 and sys.argv[3] == "binary"
    pred = [label_of(json.loads(l)["tone"], binary) for l in open(sys.argv[2], encoding="utf-8")]
    acc, mf1, rows = report(gold, pred, binary)
    print(f"accuracy {acc:.3f} macro-F1 {mf1:.3f}")
    for c, p, r, f in rows:
        print(f"  {c:9s} P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
