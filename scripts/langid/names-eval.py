#!/usr/bin/env python3
"""Language identification with brand names in the text (README, scrm-clean).

Puts one of four brand names before or after each text of the evaluation
set (build/langid/test.tsv, made by `make langid-eval`) and prints the
accuracy of scrm-clean's clean.lang, per length, three ways: the names
left out (they are -k keywords), the names read (the -k rules name
another brand) and the texts without names.

    python3 scripts/langid/names-eval.py [BUILD]      # BUILD defaults to build
"""
import json
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict

BRANDS = ["Nuvia", "Telvio", "Orange", "Free"]


def accuracy(scrm_clean, rules, records):
    args = [scrm_clean, "-q", "--no-lang-hints"] + (["-k", rules] if rules else [])
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run(args, input=text.encode(), stdout=subprocess.PIPE, check=True).stdout
    right = defaultdict(lambda: [0, 0])
    for line, r in zip(out.decode().splitlines(), records):
        code = json.loads(line)["clean"]["lang"]["code"]
        for k in (r["kind"], "all"):
            right[k][0] += 1
            right[k][1] += code == r["truth"]
    return " ".join(f"{k} {v[1] / v[0]:.2%}" for k, v in sorted(right.items()))


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    scrm_clean = os.path.join(build, "bin", "scrm-clean")
    random.seed(1)
    plain, named = [], []
    with open(os.path.join(build, "langid", "test.tsv"), encoding="utf-8") as f:
        for i, line in enumerate(f):
            lang, kind, _, text = line.rstrip("\n").split("\t", 3)
            plain.append({"id": str(i), "text": text, "truth": lang, "kind": kind})
            brand = random.choice(BRANDS)
            for t in (f"{brand} {text}", f"{text} {brand}"):
                named.append({"id": str(len(named)), "text": t, "truth": lang, "kind": kind})
    with tempfile.TemporaryDirectory() as tmp:
        watched, other = os.path.join(tmp, "watched.conf"), os.path.join(tmp, "other.conf")
        with open(watched, "w") as f:
            f.write("".join(f"brand {b}\nkeyword {b.lower()}\n" for b in BRANDS))
        with open(other, "w") as f:
            f.write("brand Other\nkeyword zqxj\n")
        print(f"{len(named)} texts with a name, names left out: {accuracy(scrm_clean, watched, named)}")
        print(f"{len(named)} texts with a name, names read:     {accuracy(scrm_clean, other, named)}")
        print(f"{len(plain)} texts without a name:              {accuracy(scrm_clean, None, plain)}")


if __name__ == "__main__":
    main()
