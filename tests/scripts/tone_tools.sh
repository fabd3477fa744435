#!/bin/sh
# The scripts a tone change is judged with (data/tone/README.md):
# scripts/tone/moves.py on a hand-made file whose figures are worked out
# below, and scripts/tone/cv.py on a small labelled set written here.
. "$SRC/tests/lib.sh"
T=$TMPDIR
command -v python3 > /dev/null 2>&1 || { skip "tone tools" "no python3"; exit 0; }

# moves.py. Set a, gold positive, negative, neutral, neutral.
# Before: positive, positive, neutral, neutral: F1 negative 0, neutral 1,
# positive 2/3 (precision 1/2, recall 1): macro 0.5556. After: positive,
# negative, neutral, positive ("mixed" 0.6 counts as positive): negative 1,
# neutral 2/3, positive 2/3: macro 0.7778. allocine is binary by the
# score's sign: accuracy 0 to 1.
cat > "$T/gold" <<'END'
{"id":"a:1","text":"one","label":"positive"}
{"id":"a:2","text":"two","label":"negative"}
{"id":"a:3","text":"three","label":"neutral"}
{"id":"a:4","text":"four","label":"neutral"}
{"id":"allocine:1","text":"five","label":"positive"}
END
cat > "$T/before" <<'END'
{"tone":{"score":0.5,"label":"positive"}}
{"tone":{"score":0.3,"label":"positive"}}
{"tone":{"score":0,"label":"neutral"}}
{"tone":{"score":0.01,"label":"neutral"}}
{"tone":{"score":-0.2,"label":"negative"}}
END
cat > "$T/after" <<'END'
{"tone":{"score":0.5,"label":"positive"}}
{"tone":{"score":-0.4,"label":"negative"}}
{"tone":{"score":0,"label":"neutral"}}
{"tone":{"score":0.6,"label":"mixed"}}
{"tone":{"score":0.1,"label":"mixed"}}
END
cat > "$T/want" <<'END'
a (n=4): 0.5556 to 0.7778
allocine (n=1): 0.0000 to 1.0000
a:2: positive to negative, towards negative: two
a:4: neutral to positive, away from neutral: four
allocine:1: negative to positive, towards positive: five
END
python3 "$SRC/scripts/tone/moves.py" "$T/gold" "$T/before" "$T/after" > "$T/got" 2>&1
check_file_eq "moves.py: figures per set and the texts that moved" "$T/want" "$T/got"
head -n 4 "$T/after" > "$T/short"
check_rc "moves.py: files of different lengths refused" 1 python3 "$SRC/scripts/tone/moves.py" "$T/gold" "$T/before" "$T/short"

# cv.py: thirty texts whose words say their label, each twice (the second
# time with "!"), so a text's twin is in the training folds when it is
# held out: the model learns labels, and with them inverted (positive
# said of "nul", negative of "génial") it must follow them, against the
# lexicon, to score 1 again; a cv.py that scored without its fold's
# model would score 0 there.
python3 - "$T/cv" "$T/cv-inverted" <<'END'
import json, sys
texts = {
    "positive": ["C'est génial, merci", "Super produit, top", "J'adore, excellent",
                 "Service parfait, bravo", "Très bien, je recommande"],
    "negative": ["Nul, horrible", "Je suis très déçu", "Service client lamentable",
                 "Colis jamais reçu, arnaque", "C'est une honte"],
    "neutral": ["Le colis est arrivé mardi", "Je regarde le match ce soir",
                "La réunion est à 14 heures", "Il pleut à Lyon", "Nouveau magasin rue de Paris"],
}
swap = {"positive": "negative", "negative": "positive", "neutral": "neutral"}
for path, relabel in ((sys.argv[1], lambda l: l), (sys.argv[2], swap.get)):
    with open(path, "w", encoding="utf-8") as f:
        n = 0
        for suffix in ("", " !"):
            for label, lines in texts.items():
                for t in lines:
                    f.write(json.dumps({"id": "x:%d" % n, "lang": "fr", "text": t + suffix,
                                        "label": relabel(label)}, ensure_ascii=False) + "\n")
                    n += 1
END
check_eq "cv.py: five folds of labels the words say" "x 1.0000 (n=30)" \
	"$(python3 "$SRC/scripts/tone/cv.py" "$BIN" "$T/cv" 0 2>&1)"
check_eq "cv.py: labels inverted, learnt by each fold's model" "x 1.0000 (n=30)" \
	"$(python3 "$SRC/scripts/tone/cv.py" "$BIN" "$T/cv-inverted" 7 2>&1)"
check_rc "cv.py: usage error without a file" 1 python3 "$SRC/scripts/tone/cv.py" "$BIN"
