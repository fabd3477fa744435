#!/usr/bin/env python3
"""Accuracy tables for language identification.

Usage: score.py EVAL.tsv NAME=PREDICTIONS [NAME=PREDICTIONS...]
EVAL.tsv lines are "lang<TAB>bucket<TAB>source<TAB>text"; each PREDICTIONS file has one
"predicted<TAB>..." line per EVAL line. Accuracy = share of texts whose predicted label is the
true one ("und" counts as wrong). Also prints per-language precision/recall/F1 over all buckets.
Prints Markdown tables.
"""
import sys
from collections import Counter, defaultdict

BUCKETS = ["w2", "w5", "w10", "tweet", "sentence"]

def main():
    gold = [l.rstrip("\n").split("\t")[:2] for l in open(sys.argv[1], encoding="utf-8")]
    langs = sorted({g[0] for g in gold}, key=["fr", "en", "es", "de", "it", "pt", "nl"].index)
    buckets = [b for b in BUCKETS if any(g[1] == b for g in gold)]
    systems = []
    for arg in sys.argv[2:]:
        name, path = arg.split("=", 1)
        pred = [l.split("\t")[0].strip() for l in open(path, encoding="utf-8")]
        assert len(pred) == len(gold), path
        systems.append((name, pred))

    print("Accuracy by text length (all languages):\n")
    print("| system | " + " | ".join(buckets) + " | und rate |")
    print("|---|" + "---:|" * (len(buckets) + 1))
    for name, pred in systems:
        row = []
        for b in buckets:
            idx = [i for i, g in enumerate(gold) if g[1] == b]
            row.append(f"{100 * sum(pred[i] == gold[i][0] for i in idx) / len(idx):.1f}%")
        und = sum(p == "und" for p in pred) / len(pred)
        print(f"| {name} | " + " | ".join(row) + f" | {100 * und:.1f}% |")

    for name, pred in systems:
        print(f"\n{name}: accuracy by language and length (n = texts per cell)\n")
        print("| lang | " + " | ".join(buckets) + " |")
        print("|---|" + "---:|" * len(buckets))
        for lang in langs:
            row = []
            for b in buckets:
                idx = [i for i, g in enumerate(gold) if g[0] == lang and g[1] == b]
                row.append(f"{100 * sum(pred[i] == lang for i in idx) / len(idx):.1f}% (n={len(idx)})" if idx else "-")
            print(f"| {lang} | " + " | ".join(row) + " |")

    for name, pred in systems:
        print(f"\n{name}: precision / recall / F1 per language, all lengths\n")
        print("| lang | precision | recall | F1 |")
        print("|---|---:|---:|---:|")
        for lang in langs:
            tp = sum(1 for p, g in zip(pred, gold) if p == lang and g[0] == lang)
            fp = sum(1 for p, g in zip(pred, gold) if p == lang and g[0] != lang)
            fn = sum(1 for p, g in zip(pred, gold) if p != lang and g[0] == lang)
            pr = tp / (tp + fp) if tp + fp else 0
            rc = tp / (tp + fn) if tp + fn else 0
            f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0
            print(f"| {lang} | {100 * pr:.1f}% | {100 * rc:.1f}% | {100 * f1:.1f}% |")

main()
