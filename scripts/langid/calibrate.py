#!/usr/bin/env python3
"""Fits the confidence of lib/langid.c: P(right) = 1 / (1 + exp(-z)) with
z = A + B*sqrt(lead) + C*log(ngrams) + D*sqrt(lead)*log(ngrams): increasing in the lead,
and the best likelihood of the few forms tried (log1p(lead), 1/ngrams terms fitted worse
or were not monotonic).

Usage: calibrate.py CALIB.tsv EVIDENCE.txt
CALIB.tsv is the calibration half from make-eval.py (never the test half); EVIDENCE.txt is
`langid-run -e MODEL < CALIB.tsv`. Prints the constants to paste into lib/langid.c and a
reliability table (predicted confidence band versus observed accuracy).
Plain Python: logistic regression by Newton's method.
"""
import math, sys

def main():
    gold = [l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8")]
    rows = []
    for g, line in zip(gold, open(sys.argv[2], encoding="utf-8")):
        best, _, n, lead = line.rstrip("\n").split("\t")
        if best == "und":
            continue
        rows.append((features(float(lead), int(n)), 1.0 if best == g else 0.0))
    k = len(rows[0][0])
    w = [0.0] * k
    for _ in range(50):
        g = [0.0] * k
        h = [[0.0] * k for _ in range(k)]
        for x, y in rows:
            p = sigmoid(sum(a * b for a, b in zip(w, x)))
            for i in range(k):
                g[i] += (y - p) * x[i]
                for j in range(k):
                    h[i][j] += p * (1 - p) * x[i] * x[j] + (1e-6 if i == j else 0)
        step = solve(h, g)
        w = [a + b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-9:
            break
    for name, v in zip("ABCD", w):
        print(f"#define CONF_{name} ({v:.4f})")
    bands = [[0, 0] for _ in range(10)]
    for x, y in rows:
        p = sigmoid(sum(a * b for a, b in zip(w, x)))
        b = min(int(p * 10), 9)
        bands[b][0] += 1
        bands[b][1] += y
    print("confidence  texts  observed accuracy")
    for i, (n, ok) in enumerate(bands):
        if n:
            print(f"{i / 10:.1f}-{(i + 1) / 10:.1f}  {n:6d}  {100 * ok / n:5.1f}%")

def features(lead, n):
    return [1.0, math.sqrt(lead), math.log(n), math.sqrt(lead) * math.log(n)]

def sigmoid(z):
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

def solve(a, b):
    """Gaussian elimination for the Newton step."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]

main()
