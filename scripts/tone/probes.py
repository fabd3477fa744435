#!/usr/bin/env python3
"""How many probe mentions scrm-tone labels otherwise than a person would.

    scripts/tone/probes.py BINDIR [SET.tsv ...]

Each SET.tsv line is "label<TAB>lang<TAB>text", written here to probe one
kind of customer talk (data/tone/README.md logs each set and what it
changed). Without SET arguments every file in scripts/tone/probes is
read. scrm-tone reads the repository's data/ unless SCRM_DATADIR says
otherwise, as `make eval` does.
Prints, per set, the count wrong with the model and the lexicon alone,
then, for the sets named or all of them, each mention still wrong. The
labels are ours, so these counts guide vocabulary work; accuracy is judged
on the outside data of `make eval`.
"""
import glob
import json
import os
import subprocess
import sys

LABELS = ("positive", "negative", "neutral", "mixed")


def read_set(path):
    mentions = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != 3 or fields[0] not in LABELS:
                sys.exit(f"probes.py: {path}:{number}: expected label<TAB>lang<TAB>text")
            mentions.append({"id": f"{number}", "label": fields[0],
                             "lang": fields[1], "text": fields[2]})
    return mentions


def score(bindir, mentions, extra):
    lines = "".join(json.dumps(m, ensure_ascii=False) + "\n" for m in mentions)
    tone = os.path.join(bindir, "scrm-tone")
    try:
        run = subprocess.run([tone] + extra, input=lines.encode(),
                             capture_output=True)
    except OSError as e:
        sys.exit(f"probes.py: {tone}: {e.strerror}")
    if run.returncode != 0:
        sys.exit(f"probes.py: scrm-tone failed ({run.returncode}): "
                 + run.stderr.decode(errors="replace").strip())
    return [json.loads(line) for line in run.stdout.decode().splitlines()]


def wrong(scored):
    return [m for m in scored if m["tone"]["label"] != m["label"]]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    bindir = sys.argv[1]
    here = os.path.dirname(os.path.abspath(__file__))
    os.environ.setdefault("SCRM_DATADIR",
                          os.path.normpath(os.path.join(here, "..", "..", "data")))
    sets = sys.argv[2:] or sorted(glob.glob(os.path.join(here, "probes", "*.tsv")))
    missed = []
    for path in sets:
        mentions = read_set(path)
        with_model = wrong(score(bindir, mentions, []))
        lexicon_alone = wrong(score(bindir, mentions, ["--no-model"]))
        name = os.path.basename(path)
        print(f"{name}: {len(mentions)} mentions, {len(with_model)} wrong "
              f"with the model, {len(lexicon_alone)} with the lexicon alone")
        missed += [(name, m) for m in with_model]
    for name, m in missed:
        print(f"{name}:{m['id']}: {m['label']} read as {m['tone']['label']} "
              f"({m['tone']['score']}): {m['text']}")


if __name__ == "__main__":
    main()
