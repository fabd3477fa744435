#!/usr/bin/env python3
"""Duplicate detection of scrm-clean measured on real posts we did not write.

    scripts/clean/dedupe-eval.py SCRM_CLEAN SHARED_TONE_DIR OUTDIR [DISTANCE...]

The originals are real tweets: the train and dev splits of XLM-T's French
and English tweets (Apache-2.0) and VADER's 4,200 gold-standard tweets
(MIT), from ../shared/data/tone; tweets whose words repeat another's are
kept once. A third of them are copied later in the stream, by another
account, the way posts travel:

  retweet    "RT @author: " and the text
  link       the text with a link added
  restyled   the text in lower case, its final punctuation replaced by "!!"
  truncated  its first two thirds of words, then "…" (a share card's cut)
  one-word   one word (of three letters or more) replaced by a word of
             another tweet

Each copy's original is known, so for every DISTANCE (default: 3 and 7)
this prints, per kind, how many copies scrm-clean linked to their original
(clean.dup_of), the originals it took for copies (false alarms), and the
precision, recall and F1 of "is a copy" over the whole stream. The stream
is the same on every run (seeded).
"""
import json
import os
import random
import re
import subprocess
import sys

KINDS = ["retweet", "link", "restyled", "truncated", "one-word"]


def xlmt(d, split):
    with open(os.path.join(d, f"{split}_text.txt"), encoding="utf-8") as f:
        return [t.strip() for t in f.read().split("\n") if t.strip()]


def vader_tweets(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[2].strip():
                out.append(fields[2].strip())
    return out


def words_key(text):
    return " ".join(re.findall(r"\w+", text.lower()))


def originals(shared):
    texts = []
    for lang in ("xlmt-fr", "xlmt-en"):
        for split in ("train", "val"):
            texts += xlmt(os.path.join(shared, lang), split)
    texts += vader_tweets(os.path.join(shared, "vader", "tweets_GroundTruth.txt"))
    seen, out = set(), []
    for t in texts:
        k = words_key(t)
        if k and k not in seen:
            seen.add(k)
            out.append(t)
    return out


def copy_of(kind, text, author, rng, pool):
    words = text.split()
    if kind == "retweet":
        return f"RT @{author}: {text}"
    if kind == "link":
        return f"{text} https://news.example/{rng.randrange(10**6)}"
    if kind == "restyled":
        return text.lower().rstrip(".!?… ") + " !!"
    if kind == "truncated":
        keep = max(1, (2 * len(words)) // 3)
        return " ".join(words[:keep]) + "…"
    # one-word
    spots = [i for i, w in enumerate(words) if len(re.sub(r"\W", "", w)) >= 3]
    if not spots:
        return None
    i = rng.choice(spots)
    other = rng.choice(pool).split()
    choices = [w for w in other if len(re.sub(r"\W", "", w)) >= 3 and w.lower() != words[i].lower()]
    if not choices:
        return None
    words[i] = rng.choice(choices)
    return " ".join(words)


def build(shared, path):
    rng = random.Random(1)
    texts = originals(shared)
    stream = []     # (position key, record, original id or None, kind)
    for n, text in enumerate(texts):
        oid, author = f"o:{n}", f"a{n}"
        stream.append((n, {"id": oid, "author": {"id": author, "handle": author}, "text": text}, None, "original"))
        if rng.random() < 1 / 3:
            kind = KINDS[rng.randrange(len(KINDS))]
            c = copy_of(kind, text, author, rng, texts)
            if c is not None:
                # Later in the stream, within the next 2,000 originals.
                pos = n + rng.uniform(0.5, 2000)
                cid = f"c:{n}"
                stream.append((pos, {"id": cid, "author": {"id": f"b{n}", "handle": f"b{n}"}, "text": c},
                               oid, kind))
    stream.sort(key=lambda s: s[0])
    truth = {}
    with open(path, "w", encoding="utf-8") as f:
        for _, rec, orig, kind in stream:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            truth[rec["id"]] = (orig, kind)
    return truth


def score(clean, inp, out, truth, distance):
    with open(out, "w", encoding="utf-8") as f:
        subprocess.run([clean, "-q", "--no-lang", "--bot-rate", "0", "--distance", str(distance), inp],
                       stdout=f, check=True)
    found = {k: 0 for k in KINDS}
    total = {k: 0 for k in KINDS}
    tp = fp = fn = alarms = originals = 0
    with open(out, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            orig, kind = truth[rec["id"]]
            dup_of = rec.get("clean", {}).get("dup_of")
            flagged = "dup" in rec.get("clean", {})
            if orig is None:
                originals += 1
                alarms += flagged
                fp += flagged
                continue
            total[kind] += 1
            right = flagged and dup_of == orig
            found[kind] += right
            tp += right
            fp += flagged and not right
            fn += not right
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    kinds = ", ".join(f"{k} {found[k]}/{total[k]}" for k in KINDS)
    print(f"dedupe-eval --distance {distance}: copies linked to their original: {kinds}; "
          f"originals taken for copies {alarms}/{originals}; precision {p:.3f} recall {r:.3f} F1 {f1:.3f}")


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    clean, shared, outdir = sys.argv[1:4]
    distances = [int(d) for d in sys.argv[4:]] or [3, 7]
    os.makedirs(outdir, exist_ok=True)
    inp = os.path.join(outdir, "dedupe.ndjson")
    truth = build(shared, inp)
    for d in distances:
        score(clean, inp, os.path.join(outdir, f"dedupe.{d}.out"), truth, d)


if __name__ == "__main__":
    main()
