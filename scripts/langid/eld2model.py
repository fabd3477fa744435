#!/usr/bin/env python3
"""Converts an ELD n-gram dump (eld-dump.mjs output) into scrm's model format (see lib/langid_load.c).

Usage: eld2model.py DUMP.txt OUT.bin [LANG,LANG,...]
The optional language list keeps only those languages' weights (n-grams left with none are dropped).
Output is gzip-compressed (lib/langid_load.c reads it through zlib), written deterministically.
"""
import gzip, struct, sys

# ELD stores weight - 53 and adds 53 back to every weight it counts. The base sets how much
# an n-gram's mere presence in a language counts against its weight; 20 did best on the
# calibration half of make-eval.py (2 words: 86.5% against 85.9% with ELD's 53).
SCORE_BASE = 20

def main():
    dump, out = sys.argv[1], sys.argv[2]
    keep = set(sys.argv[3].split(",")) if len(sys.argv) > 3 else None
    with open(dump, encoding="ascii") as f:
        head = f.readline().split()
        assert head[0] == "#langs"
        langs = head[1].split(",")
        rows = []
        for line in f:
            hexkey, pairs = line.rstrip("\n").split("\t")
            key = bytes.fromhex(hexkey)
            assert 1 <= len(key) <= 6 and 0 not in key
            ps = [(int(l), int(w)) for l, w in (p.split(":") for p in pairs.split(","))]
            rows.append((int.from_bytes(key, "little"), ps))
    new = [l for l in langs if keep is None or l in keep]
    idx = {langs.index(l): i for i, l in enumerate(new)}
    table = []
    for key, ps in rows:
        ps = sorted((idx[l], w) for l, w in ps if l in idx)
        if ps:
            assert all(0 <= w <= 255 for _, w in ps)
            table.append((key, ps))
    table.sort()
    npairs = sum(len(ps) for _, ps in table)
    body = bytearray(b"SCRMLID1")
    body += struct.pack("<IIII", len(new), len(table), npairs, SCORE_BASE)
    for l in new:
        body += l.encode("ascii").ljust(8, b"\0")
    for key, _ in table:
        body += struct.pack("<Q", key)
    body += bytes(len(ps) for _, ps in table)
    for _, ps in table:
        for l, w in ps:
            body += bytes((l, w))
    with open(out, "wb") as f:
        f.write(gzip.compress(bytes(body), 9, mtime=0))
    print(f"{out}: {len(new)} languages, {len(table)} n-grams, {npairs} weights", file=sys.stderr)

main()
