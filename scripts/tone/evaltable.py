#!/usr/bin/env python3
"""Prints the accuracy table of `make eval`.

    scripts/tone/evaltable.py DIR

DIR holds, for each evaluation set S (SETS below): S.dev.ndjson
(gold "label"), S.scrm.ndjson and S.lexicon.ndjson (scrm-tone's output with
and without the model) and, when the peers ran, S.peers.ndjson.

Label rules. scrm-tone: its label, "mixed" counted by the sign of the score
(>= 0.05 positive, <= -0.05 negative, else neutral). VADER: compound >= 0.05
positive, <= -0.05 negative, else neutral (its authors' rule). AFINN
(sentiment), wink-sentiment, nlp.js, natural: score > 0 positive, < 0
negative, 0 neutral (their scores sum word valences; 0 means no evidence).
Binary sets (allocine), for every system: score > 0 positive, otherwise
negative. 3-class sets report macro-F1, binary sets accuracy.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from metrics import label_of, report  # noqa: E402

SETS = [("xlmt-fr", False), ("xlmt-en", False), ("allocine", True),
        ("vader-amazon", False), ("vader-movie", False), ("vader-nyt", False)]
PEERS = [("vader", "VADER (vader-sentiment)"), ("afinn", "AFINN (sentiment)"),
         ("wink", "wink-sentiment"), ("nlpjs", "nlp.js (@nlpjs/sentiment)"),
         ("natural", "natural (Pattern fr / AFINN en)")]


def lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]


def peer_label(name, s, binary):
    if binary:
        return "positive" if s > 0 else "negative"
    t = 0.05 if name == "vader" else 0.0
    if name == "vader":
        return "positive" if s >= t else "negative" if s <= -t else "neutral"
    return "positive" if s > 0 else "negative" if s < 0 else "neutral"


def main():
    d = sys.argv[1]
    cols = []
    table = {}
    for name, binary in SETS:
        gold = [r["label"] for r in lines(os.path.join(d, f"{name}.dev.ndjson"))]
        cols.append((name, binary, len(gold)))
        for key, fname in (("scrm-tone", "scrm"), ("scrm-tone --no-model", "lexicon")):
            p = os.path.join(d, f"{name}.{fname}.ndjson")
            if os.path.exists(p):
                pred = [label_of(r["tone"], binary) for r in lines(p)]
                table.setdefault(key, {})[name] = report(gold, pred, binary)
        p = os.path.join(d, f"{name}.peers.ndjson")
        if os.path.exists(p):
            rows = lines(p)
            for peer, title in PEERS:
                if rows and peer in rows[0]:
                    pred = [peer_label(peer, r[peer], binary) for r in rows]
                    table.setdefault(title, {})[name] = report(gold, pred, binary)
    head = "| system | " + " | ".join(
        f"{n} ({'accuracy' if b else 'macro-F1'}, n={k})" for n, b, k in cols) + " |"
    print(head)
    print("|" + "---|" * (len(cols) + 1))
    for system, res in table.items():
        cells = []
        for n, b, _ in cols:
            if n not in res:
                cells.append("-")
                continue
            acc, mf1, _ = res[n]
            cells.append(f"{acc if b else mf1:.3f}")
        print(f"| {system} | " + " | ".join(cells) + " |")
    print()
    print("Per class (scrm-tone): precision / recall / F1")
    for n, b, _ in cols:
        if n in table.get("scrm-tone", {}):
            _, _, rows = table["scrm-tone"][n]
            print(f"  {n}: " + "; ".join(f"{c} {p:.2f}/{r:.2f}/{f:.2f}" for c, p, r, f in rows))


if __name__ == "__main__":
    main()
