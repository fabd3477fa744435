#!/bin/sh
# scrm-tone: configuration files, training, language, defaults, failures.
. "$SRC/tests/lib.sh"
T=$TMPDIR

# The tone label of each record read on stdin.
label_of() {
	sed 's/.*"tone":{"score":[-0-9.]*,"label":"\([a-z]*\)".*/\1/'
}

# A broken lexicon, aspects or model file stops with status 2 naming FILE:LINE:
# broken NAME MESSAGE OPTION FILE checks both.
broken() {
	echo '{"text":"bien"}' | scrm-tone "$3" "$4" > "$T/out" 2> "$T/err"
	check_eq "$1: status 2" 2 $?
	check "$1: says $2" grep -qF "$2" "$T/err"
}
printf 'bien\tv\t1\nmal\tq\t2\n' > "$T/broken.lex"
broken "broken lexicon" "broken.lex:2: unknown kind" --lexicon "$T/broken.lex"
printf 'nul\tv\tbeaucoup\n' > "$T/badvalue.lex"
broken "lexicon value not a number" "badvalue.lex:1: expected a number" --lexicon "$T/badvalue.lex"
printf 'bien\tv\t1\nalors que j'"'"'étais chez moi\tv\t-1.8\n' > "$T/long.lex"
broken "lexicon phrase no text would match" "long.lex:2: a phrase of more than 5 words, which no text would match" --lexicon "$T/long.lex"
printf 'vraiment pas du tout content\tv\t-2.5\n' > "$T/five.lex"
out=$(echo '{"text":"Je suis vraiment pas du tout content","lang":"fr"}' | scrm-tone --no-model --explain --lexicon "$T/five.lex")
check "lexicon phrase of five words: loaded and matched" sh -c "echo '$out' | grep -qF '\"term\":\"vraiment pas du tout content\",\"base\":-2.5'"
printf 'delivery\tlivraison, le colis est arrivé chez le voisin\n' > "$T/long.aspects"
broken "aspects phrase no text would match" "long.aspects:1: a phrase of more than 5 words, which no text would match" --aspects "$T/long.aspects"
printf '# mine\napp application, appli\nprix\ttarif\n' > "$T/broken.aspects"
broken "broken aspects" "broken.aspects:2: expected: aspect TAB term" --aspects "$T/broken.aspects"
printf 'ship\tlivraison\tprix\n' > "$T/tabs.aspects"
broken "aspects: terms separated by a TAB" "tabs.aspects:1: expected: aspect TAB term, term, ... (terms are separated by commas" --aspects "$T/tabs.aspects"
printf 'ship\tlivraison,,prix\n' > "$T/empty.aspects"
broken "aspects: an empty term" "empty.aspects:1: an empty term" --aspects "$T/empty.aspects"
printf 'ship\t \n' > "$T/none.aspects"
broken "aspects: no terms" "none.aspects:1: no terms" --aspects "$T/none.aspects"
# A byte order mark (Notepad's) before the first aspect name.
printf '\357\273\277myasp\tzorglub\n' > "$T/bom.aspects"
out=$(echo '{"text":"zorglub nul","lang":"fr"}' | scrm-tone --no-model --aspects "$T/bom.aspects")
check "aspects file with a byte order mark: read" sh -c "echo '$out' | grep -q '\"aspects\":{\"myasp\":{\"score\":-'"
printf 'scrm-tone-model 2\nclasses 1 1 1\nprior 0 0\n' > "$T/broken.model"
broken "broken model" "broken.model:3: expected \"prior\"" --model "$T/broken.model"
{ echo 'scrm-tone-model 1'; tail -n +2 "$SRC/data/tone/model.bin"; } > "$T/old.model"
broken "model of an earlier scrm-tone" "old.model:1: made by an earlier scrm-tone, whose features differ: train it again (--train)" --model "$T/old.model"
# Version 2 files (13 blend weights) still load; each version wants its own count.
{ echo 'scrm-tone-model 2'; sed -n 2,3p "$SRC/data/tone/model.bin"
  sed -n 4,6p "$SRC/data/tone/model.bin" | cut -d' ' -f1-15; tail -n +7 "$SRC/data/tone/model.bin"; } > "$T/v2.model"
out=$(echo '{"text":"Service au top, merci","lang":"fr"}' | scrm-tone --model "$T/v2.model")
check "a version 2 model loads and scores" sh -c "echo '$out' | grep -q '\"label\":\"positive\"'"
{ sed -n 1,3p "$SRC/data/tone/model.bin"; sed -n 4,6p "$SRC/data/tone/model.bin" | cut -d' ' -f1-15
  tail -n +7 "$SRC/data/tone/model.bin"; } > "$T/v3short.model"
broken "version 3 model with 13 blend weights" "v3short.model:4: expected 15 finite blend weights" --model "$T/v3short.model"
{ echo 'scrm-tone-model 2'; tail -n +2 "$SRC/data/tone/model.bin"; } > "$T/v2long.model"
broken "version 2 model with 15 blend weights" "v2long.model:4: expected 13 finite blend weights" --model "$T/v2long.model"
{ head -n 7 "$SRC/data/tone/model.bin"; printf 0123456789; } > "$T/short.model"
broken "truncated model" "short.model:8: the feature table has 10 bytes" --model "$T/short.model"
check_rc "missing model: status 2" 2 scrm-tone --model "$T/nope.model" /dev/null
check_rc "--model with --no-model: status 2" 2 scrm-tone --model x --no-model /dev/null
check_rc "bad --lang: status 2" 2 scrm-tone --lang de /dev/null

# --lexicon adds terms (a word of our own) and overrides others.
printf 'zorglub\tv\t3\nsuper\tv\t-2\n' > "$T/mine.lex"
out=$(echo '{"text":"zorglub"}' | scrm-tone --no-model --lang fr --lexicon "$T/mine.lex")
check "lexicon: new term positive" sh -c "echo '$out' | grep -q '\"label\":\"positive\"'"
out=$(echo '{"text":"super"}' | scrm-tone --no-model --lang fr --lexicon "$T/mine.lex")
check "lexicon: overridden term negative" sh -c "echo '$out' | grep -q '\"label\":\"negative\"'"

# Lexicon kinds, each given to the made-up word "zorglub" with value VALUE:
# zorglub_value LEX VALUE TEXT prints the value --explain gives it in TEXT;
# given_otherwise KIND VALUE checks that the term given as v and then as
# KIND in one file is told to be given otherwise.
zorglub_value() {
	echo "{\"text\":\"$3\"}" | scrm-tone --no-model --lang fr --explain --lexicon "$1" |
		sed -n 's/.*"term":"[^"]*zorglub","base":'"$2"',"value":\([-0-9.]*\).*/\1/p'
}
given_otherwise() {
	printf 'zorglub\tv\t%s\nzorglub\t%s\t%s\n' "$2" "$1" "$2" > "$T/v$1.lex"
	scrm-tone --no-model --lexicon "$T/v$1.lex" < /dev/null > /dev/null 2> "$T/err"
	check "lexicon kind v then $1: given otherwise" grep -qF "v$1.lex:2: \"zorglub\" is the term of line 1" "$T/err"
}

# Kind w, a want: named, a mild complaint; negated, the want unmet, three
# times as strong and never praise (-0.6 * 3 = -1.8; as v, "pas de" would
# turn it into +0.444).
printf 'zorglub\tw\t-0.6\n' > "$T/want.lex"
printf 'zorglub\tv\t-0.6\n' > "$T/notwant.lex"
check_eq "lexicon kind w: named, its own value" -0.6 "$(zorglub_value "$T/want.lex" -0.6 'je veux un zorglub')"
check_eq "lexicon kind w: negated, three times as strong" -1.8 \
	"$(zorglub_value "$T/want.lex" -0.6 'toujours pas de zorglub')"
check_eq "lexicon kind v: negated, turned over" 0.444 "$(zorglub_value "$T/notwant.lex" -0.6 'pas de zorglub')"
given_otherwise w -0.6

# Kind l, a laugh: its valence beside praise or alone, nothing in a
# sentence whose other terms blame (here -2.5 for "nul").
printf 'zorglub\tl\t1.5\n' > "$T/laugh.lex"
printf 'zorglub\tv\t1.5\n' > "$T/notlaugh.lex"
check_eq "lexicon kind l: alone, its own value" 1.5 "$(zorglub_value "$T/laugh.lex" 1.5 zorglub)"
check_eq "lexicon kind l: beside blame, nothing" 0 "$(zorglub_value "$T/laugh.lex" 1.5 'service nul zorglub')"
check_eq "lexicon kind v: beside blame, its own value" 1.5 \
	"$(zorglub_value "$T/notlaugh.lex" 1.5 'service nul zorglub')"
given_otherwise l 1.5

# A term given twice in one file, the second time otherwise ("Zorglüb" is
# "zorglub" once case and accents go): the later line wins and the loader
# says so, naming both lines, and the run goes on. The same term said again
# the same way, or a term of another file overridden, is no news.
printf 'zorglub\tv\t3\nsuper\tv\t2\nZorglüb\tv\t-3\nsuper\tv\t2\n' > "$T/twice.lex"
echo '{"text":"zorglub"}' | scrm-tone --no-model --lang fr --lexicon "$T/twice.lex" > "$T/out" 2> "$T/err"
check_eq "lexicon term twice: status 0" 0 $?
check_eq "lexicon term twice: the later line wins" negative "$(label_of < "$T/out")"
check_eq "lexicon term twice: one warning" 1 "$(wc -l < "$T/err")"
check "lexicon term twice: names both lines" \
	grep -qF 'twice.lex:3: "Zorglüb" is the term of line 1 once normalised ("zorglub"), given otherwise there' "$T/err"
scrm-tone --no-model --lexicon "$T/mine.lex" < /dev/null > /dev/null 2> "$T/err"
check_eq "lexicon overriding a shipped term: no warning" "" "$(cat "$T/err")"
# The shipped lists give no term twice (scripts/tone/convert.py keeps the
# one that counts of the terms that become one).
scrm-tone < /dev/null > /dev/null 2> "$T/err"
check_eq "shipped lexicons: no term given twice" "" "$(cat "$T/err")"

# Numbers and lone letters carry no valence, though VADER's emoticons "8)"
# and "s:" come out of the tokenizer as "8" and "s".
got=$(echo '{"lang":"en","text":"Nuvia 8 Gb/s for 143 dollars"}' | scrm-tone --no-model | label_of)
check_eq "numbers and lone letters: neutral" neutral "$got"

# Scorn, where the lexicon's "joke" and "blague" alone would be neutral or funny.
got=$(echo '{"lang":"en","text":"Your customer support is a joke."}' | scrm-tone --no-model | label_of)
check_eq "\"is a joke\": negative" negative "$got"
got=$(echo '{"lang":"fr","text":"Votre SAV, c'"'"'est une blague"}' | scrm-tone --no-model | label_of)
check_eq "\"c'est une blague\": negative" negative "$got"

# --aspects replaces the default aspects.
printf 'app\tapplication, appli\n' > "$T/mine.aspects"
out=$(echo '{"text":"L appli plante tout le temps, la livraison est rapide"}' | scrm-tone --no-model --lang fr --aspects "$T/mine.aspects")
check "aspects: own aspect reported negative" sh -c "echo '$out' | grep -q '\"aspects\":{\"app\":{\"score\":-'"
check "aspects: default ones gone" sh -c "! echo '$out' | grep -q delivery"

# Language: from "lang", else guessed from function words.
out=$(echo '{"text":"this is not what I ordered and the box was broken"}' | scrm-tone --no-model)
check "guess: English" sh -c "echo '$out' | grep -q '\"lang\":\"en\"'"
out=$(echo '{"text":"je ne suis pas content de la livraison"}' | scrm-tone --no-model)
check "guess: French" sh -c "echo '$out' | grep -q '\"lang\":\"fr\"'"
out=$(echo '{"lang":"en-GB","text":"je ne suis pas content"}' | scrm-tone --no-model)
check "lang field wins over the guess" sh -c "echo '$out' | grep -q '\"lang\":\"en\"'"

# A record in another language passes through (the lexicons would misread
# it), counted in a warning; --any-lang scores it. ISO 639-2 codes are read.
rec='{"lang":"de","text":"Sehr gutes Video! Wir haben die Box"}'
out=$(echo "$rec" | scrm-tone --no-model 2> "$T/err")
check_eq "other language: written unchanged" "$rec" "$out"
check "other language: counted in a warning" grep -q "1 record in another language than French and English" "$T/err"
out=$(echo "$rec" | scrm-tone --no-model --any-lang 2>&1)
check "--any-lang: scored all the same" sh -c "echo '$out' | grep -q '\"tone\":{'"
out=$(echo '{"lang":"eng","text":"je suis nul"}' | scrm-tone --no-model)
check "lang eng: English, not guessed" sh -c "echo '$out' | grep -q '\"lang\":\"en\"'"
out=$(echo '{"lang":"und","text":"je ne suis pas content"}' | scrm-tone --no-model)
check "lang und: guessed" sh -c "echo '$out' | grep -q '\"lang\":\"fr\"'"

# Short texts without function words: their words tell the language, not
# the fallback (--lang, for records in a language other than fr and en).
out=$(echo '{"lang":"und","text":"worst ISP ever, cancelling today"}' | scrm-tone --no-model --lang fr)
check "no function word, English words: en" sh -c "echo '$out' | grep -q '\"label\":\"negative\",\"lang\":\"en\"'"
out=$(echo '{"lang":"und","text":"grave déçu, box naze"}' | scrm-tone --no-model --lang en)
check "no function word, French words: fr" sh -c "echo '$out' | grep -q '\"label\":\"negative\",\"lang\":\"fr\"'"
# "a" is English, but "ma" is French and so is "coupé" as written: the
# French lexicon scores it ("coupé" -1.2: -1.2/sqrt(1.44+15) = -0.296).
out=$(echo '{"text":"Free a coupé ma ligne"}' | scrm-tone --no-model)
check "French accent and \"ma\" outweigh \"a\": fr" sh -c "echo '$out' | grep -q '\"score\":-0.296,\"label\":\"negative\",\"lang\":\"fr\"'"

# The shipped model on plain cases.
for t in "Je suis très content, merci !:positive" "Service client nul, je suis furieux:negative" \
         "I love this phone, it is awesome:positive" "Worst support ever, I want a refund:negative" \
         "worst ISP ever, cancelling today:negative"; do
	text=${t%:*} want=${t##*:}
	got=$(printf '{"text":"%s"}\n' "$text" | scrm-tone | label_of)
	check_eq "default model: $text" "$want" "$got"
done
# Litotes: the lexicon reads them right, and the model must not read
# them word by word ("mal", "déçu" as blame).
for t in "Je suis pas déçu:positive" "J'suis pas déçu du tout:positive" "c'est pas mal:positive" \
         "I am not disappointed:positive" "Pas terrible ce forfait:negative"; do
	text=${t%:*} want=${t##*:}
	got=$(printf '{"text":"%s"}\n' "$text" | scrm-tone | label_of)
	check_eq "default model, litotes: $text" "$want" "$got"
done

# The model's own share (the "(model)" line of --explain, its base: the
# positive-against-negative margin) for each text read on stdin.
model_margin() {
	sed 's/.*"term":"(model)","base":\([-0-9.]*\).*/\1/'
}
# A model that learnt "mal" and "déçu" as blame: inside the phrase "pas
# mal" the word counts for nothing, nor do the letters of a negated word.
for i in 1 2 3 4 5 6 7 8; do
	echo "{\"text\":\"c'est mal et trop déçu zorg $i\",\"label\":\"negative\"}"
	echo "{\"text\":\"c'est bien et trop content zorg $i\",\"label\":\"positive\"}"
	echo "{\"text\":\"c'est zorg et trop $i\",\"label\":\"neutral\"}"
done > "$T/blame.ndjson"
scrm-tone --train "$T/blame.ndjson" -o "$T/blame.model" 2>/dev/null
margin() {
	printf '{"lang":"fr","text":"%s"}\n' "$1" | scrm-tone --model "$T/blame.model" --explain | model_margin
}
check "model features: \"c'est mal\" learnt as blame" awk -v m="$(margin "c'est mal")" 'BEGIN { exit !(m < -1) }'
check "model features: \"pas mal\" is a phrase, its \"mal\" no blame" \
	awk -v m="$(margin "c'est pas mal")" 'BEGIN { exit !(m > -0.5) }'
check "model features: \"déçu\" learnt as blame" awk -v m="$(margin "déçu")" 'BEGIN { exit !(m < -1) }'
check "model features: the letters of a negated \"déçu\" no blame" \
	awk -v m="$(margin "pas déçu")" 'BEGIN { exit !(m > -0.5) }'

# Training: label from "label" or "tone.label"; bad lines are reported and skipped.
{
	for i in 1 2 3 4 5 6; do
		echo '{"text":"le colis zorgtop '$i' arrivé","label":"positive"}'
		echo '{"text":"le colis zorgbad '$i' arrivé","tone":{"label":"negative"}}'
		echo '{"text":"le colis numéro '$i' arrivé","label":"neutral"}'
	done
	echo '{"text":"sans label"}'
	echo 'not json'
} > "$T/train.ndjson"
scrm-tone --train "$T/train.ndjson" -o "$T/my.model" 2> "$T/err"
check_eq "train: status 1 with skipped lines" 1 $?
check "train: reports the line without label" grep -q "train.ndjson:19: no \"label\"" "$T/err"
check "train: model written" test -s "$T/my.model"
got=$(echo '{"text":"la commande zorgtop 9 reçue"}' | scrm-tone --model "$T/my.model" --lang fr | label_of)
check_eq "trained model: learnt word positive" positive "$got"
got=$(echo '{"text":"la commande zorgbad 9 reçue"}' | scrm-tone --model "$T/my.model" --lang fr | label_of)
check_eq "trained model: learnt word negative" negative "$got"
check_rc "train without -o: status 2" 2 scrm-tone --train "$T/train.ndjson"
{ cat "$T/train.ndjson"; echo '{"lang":"de","text":"gut","label":"positive"}'; } > "$T/de.ndjson"
scrm-tone --train "$T/de.ndjson" -o "$T/de.model" 2> "$T/err"
check "train: a record in another language reported" grep -q "de.ndjson:21: \"lang\" is another language" "$T/err"
echo '{"text":"x","label":"positive"}' > "$T/one.ndjson"
check_rc "train with one label: status 2" 2 scrm-tone --train "$T/one.ndjson" -o "$T/one.model"
: > "$T/none.ndjson"
scrm-tone --train "$T/none.ndjson" -o "$T/none.model" 2> "$T/err"
check_eq "train on an empty file: status 2, the file named" \
	"2 scrm-tone: $T/none.ndjson: training needs texts of two labels or more" "$? $(cat "$T/err")"
# --rejects keeps the lines training skipped, verbatim; --strict stops at the first, with no model.
{ echo 'not json'; head -n 18 "$T/train.ndjson"; echo '{"text":"sans label"}'; } > "$T/bad.ndjson"
scrm-tone --train "$T/bad.ndjson" -o "$T/bad.model" --rejects "$T/bad.rej" 2>/dev/null
check_eq "train --rejects: status 1" 1 $?
check_eq "train --rejects: the skipped lines, verbatim" 'not json
{"text":"sans label"}' "$(cat "$T/bad.rej")"
check "train --rejects: the model still written" test -s "$T/bad.model"
rm -f "$T/strict.model"
scrm-tone --train "$T/bad.ndjson" -o "$T/strict.model" --strict 2> "$T/err"
check_eq "train --strict: status 1, the first bad line reported" "1 1" "$? $(wc -l < "$T/err")"
check "train --strict: no model written" test ! -e "$T/strict.model"
check_rc "train --rejects naming the training file: status 2" 2 \
	scrm-tone --train "$T/bad.ndjson" -o "$T/x.model" --rejects "$T/bad.ndjson"
check "train --rejects naming the training file: the file kept" grep -q "sans label" "$T/bad.ndjson"
# -o MODEL through a symbolic link: the file it names is replaced, the link and the file's mode stay.
printf 'old\n' > "$T/real.model" && chmod 640 "$T/real.model" && ln -sf real.model "$T/link.model"
scrm-tone --train "$T/train.ndjson" -o "$T/link.model" 2>/dev/null
check "model through a link: still a link" test -L "$T/link.model"
check "model through a link: the file it names written" grep -q "^scrm-tone-model" "$T/real.model"
check_eq "model through a link: the mode kept" 640 "$(stat -c %a "$T/real.model")"
rm -f "$T/fresh.model"
(umask 022 && scrm-tone --train "$T/train.ndjson" -o "$T/fresh.model" 2>/dev/null)
check_eq "a new model: mode 0666 less the umask" 644 "$(stat -c %a "$T/fresh.model")"
# A device is written through, not replaced: through a link in $T, so
# that a regression replaces the link, not the machine's /dev/full.
if [ -w /dev/full ] && [ -c /dev/full ]; then
	ln -sf /dev/full "$T/full.model"
	scrm-tone --train "$T/train.ndjson" -o "$T/full.model" 2> "$T/err"
	check_eq "train -o a device that is full: status 3" 3 $?
	check "train -o a device: written through, the link kept" test -L "$T/full.model"
else
	skip "train -o /dev/full" "no /dev/full"
fi
# What is wrong with a model file, said exactly.
: > "$T/empty.model"
broken "empty model" "empty.model:1: empty, not a scrm-tone model" --model "$T/empty.model"
mkdir -p "$T/dir.model"
broken "a directory as model" "dir.model: Is a directory" --model "$T/dir.model"
{ cat "$SRC/data/tone/model.bin"; printf abcd; } > "$T/long.model"
want=$(( $(wc -c < "$SRC/data/tone/model.bin") - $(head -n 7 "$SRC/data/tone/model.bin" | wc -c) ))
broken "model with bytes after its table" "long.model:8: the feature table has $((want + 4)) bytes, expected $want" \
	--model "$T/long.model"

# --title reads the title before the text (tests/cases/tone/title holds the rest).
rec='{"lang":"fr","title":"Livraison catastrophique","text":"Le produit est correct."}'
check_eq "without --title: the text alone" positive "$(echo "$rec" | scrm-tone --no-model | label_of)"
check_eq "--title: read before the text" mixed "$(echo "$rec" | scrm-tone --no-model --title | label_of)"
# Training with --title reads titles too: here only they tell the labels apart.
{
	for i in 1 2 3 4 5 6; do
		echo '{"title":"zorgtop '$i'","text":"le colis est arrivé","label":"positive"}'
		echo '{"title":"zorgbad '$i'","text":"le colis est arrivé","label":"negative"}'
		echo '{"title":"numéro '$i'","text":"le colis est arrivé","label":"neutral"}'
	done
} > "$T/titles.ndjson"
check_rc "train on titles: status 0" 0 scrm-tone --title --train "$T/titles.ndjson" -o "$T/titles.model"
got=$(echo '{"text":"zorgtop 9"}' | scrm-tone --model "$T/titles.model" --lang fr | label_of)
check_eq "trained on titles: learnt word positive" positive "$got"
got=$(echo '{"text":"zorgbad 9"}' | scrm-tone --model "$T/titles.model" --lang fr | label_of)
check_eq "trained on titles: learnt word negative" negative "$got"

# Output failures and memory.
if [ -w /dev/full ]; then
	echo '{"text":"bien"}' | scrm-tone > /dev/full 2> "$T/err"
	check_eq "write failure: status 3" 3 $?
else
	skip "write failure" "no /dev/full"
fi
case $BIN in
*asan*) skip "bounded memory" "not under AddressSanitizer" ;;
*)
	awk 'BEGIN { for (i = 0; i < 20000; i++) printf "{\"id\":%d,\"text\":\"Livraison %d en retard, service client nul mais produit top\"}\n", i, i }' > "$T/many.ndjson"
	(ulimit -v 120000; scrm-tone "$T/many.ndjson" | wc -l) > "$T/count" 2> "$T/err"
	check_eq "bounded memory: 20000 records under 120 MB" 20000 "$(tr -d ' ' < "$T/count")"
	;;
esac

# The EXAMPLES of scrm-tone(1) run in man_pages.sh; here, what they show.
out=$(echo '{"text":"La livraison était rapide mais le SAV est nul !"}' | scrm-tone --no-model)
check "man example: mixed aspects" sh -c "echo '$out' | grep -q '\"delivery\":{\"score\":0.[0-9]*,\"label\":\"positive\"},\"customer_service\":{\"score\":-'"
out=$(echo '{"text":"pas terrible"}' | scrm-tone --explain)
check "man example: explain lists the phrase" sh -c "echo '$out' | grep -q '\"term\":\"pas terrible\",\"base\":-1.6'"

# What the engine remembers of words met before (its word cache and memo)
# changes nothing: each mention read a second time, every word now known,
# gets the same tone and explanation as the first time; so does each one
# read in the reverse order. On the examples, and on texts made of what
# the tokenizer treats specially (tests/fixtures/tone-tricky.py).
same_whatever_came_before() {
	n=$(wc -l < "$2")
	cat "$2" "$2" | scrm-tone --explain --any-lang > "$T/twice"
	head -n "$n" "$T/twice" > "$T/first"
	tail -n "$n" "$T/twice" > "$T/second"
	check_file_eq "memo, $1: the same tone on a second reading" "$T/first" "$T/second"
	awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' "$2" | scrm-tone --explain --any-lang |
		awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }' > "$T/reversed"
	check_file_eq "memo, $1: the same tone read in the reverse order" "$T/first" "$T/reversed"
}
same_whatever_came_before "examples" "$SRC/examples/mentions.ndjson"
if command -v python3 > /dev/null 2>&1; then
	python3 "$SRC/tests/fixtures/tone-tricky.py" 20000 > "$T/tricky.ndjson"
	same_whatever_came_before "tricky texts" "$T/tricky.ndjson"
else
	skip "memo, tricky texts" "no python3"
fi

# Ironic thanks look at the sentence around them, within 40 tokens: a text
# of one huge sentence of thanks after thousands of words (3 MB) takes
# well under a second, where reading the whole sentence for each thanks
# took minutes. The bound is what is checked, not the speed: the timeout
# is 20 times what even a sanitizer build needs.
if command -v python3 > /dev/null 2>&1 && command -v timeout > /dev/null 2>&1; then
	python3 -c '
import json
text = " ".join(["abc"] * 400000) + " " + ", ".join(["merci truc"] * 100000) + " panne totale"
print(json.dumps({"text": text, "lang": "fr"}))' > "$T/thanks.ndjson"
	timeout 20 scrm-tone --no-model "$T/thanks.ndjson" > "$T/thanks.out"
	check_eq "irony on a huge sentence of thanks: done in time, one record out" "0 1" "$? $(wc -l < "$T/thanks.out" | tr -d ' ')"
else
	skip "irony on a huge sentence of thanks" "no python3 or timeout"
fi

# A text of more clauses than a 16-bit index counts, with a contrast word
# in each (600 kB): the clauses the contrast words start pushed indexes
# past the top, which wrapped, and the clause sums were written out of
# bounds (a heap overflow; glibc aborted). Indexes now stop at the top.
if command -v python3 > /dev/null 2>&1; then
	python3 -c '
import json
print(json.dumps({"text": "bien mais nul, " * 40000, "lang": "fr"}))' > "$T/clauses.ndjson"
	scrm-tone --explain "$T/clauses.ndjson" > "$T/clauses.out"
	check_eq "80,000 clauses with contrast words: status 0, one record" "0 1" "$? $(wc -l < "$T/clauses.out" | tr -d ' ')"
	# (-0.9 or so, the model's to say: -0.899 with one model, -0.898 with the next)
	check "80,000 clauses with contrast words: mostly blame, as the contrast rule reads each" \
		grep -q '"tone":{"score":-0.[89][0-9]*,"label":"mixed"' "$T/clauses.out"
else
	skip "80,000 clauses with contrast words" "no python3"
fi

# Only the first 16 MiB of a text are read, cut before a character that
# does not fit whole: here the cut falls inside an "é", after the praise
# and before the blame.
if command -v python3 > /dev/null 2>&1; then
	python3 -c '
import json
text = "Génial ! " + "a" + "é" * (8 << 20) + " nul nul nul, horrible, une arnaque"
print(json.dumps({"text": text, "lang": "fr"}, ensure_ascii=False))' > "$T/cut.ndjson"
	scrm-tone --no-model --explain "$T/cut.ndjson" > "$T/cut.out"
	check_eq "a 16 MiB text: status 0, one record" "0 1" "$? $(wc -l < "$T/cut.out" | tr -d ' ')"
	check "a 16 MiB text: read up to the cut (the praise, not the blame after it)" \
		grep -q '"label":"positive".*"explain":\[{"term":"Génial","base":3,' "$T/cut.out"
	check "a 16 MiB text: no term past the cut" sh -c "! grep -q '\"term\":\"nul\"' '$T/cut.out'"
else
	skip "a 16 MiB text" "no python3"
fi

# The tricky texts joined into two huge lines (2 MB each), one of many
# sentences, one of a single sentence: what a fuzzer's short inputs never
# reach (the clause overflow above came to light this way).
if command -v python3 > /dev/null 2>&1; then
	python3 "$SRC/tests/fixtures/tone-tricky.py" 20000 | python3 -c '
import json, sys
big = " ".join(json.loads(line)["text"] for line in sys.stdin)[:2000000]
print(json.dumps({"text": big, "lang": "fr"}))
one = big.replace(".", ",").replace("!", ",").replace("?", ",").replace("\n", " ")
print(json.dumps({"text": one, "lang": "en"}))' > "$T/tricky-huge.ndjson"
	scrm-tone --explain --title "$T/tricky-huge.ndjson" > "$T/tricky-huge.out"
	check_eq "tricky texts in two 2 MB lines: status 0, two records" "0 2" "$? $(grep -c '"tone":{"score"' "$T/tricky-huge.out")"
else
	skip "tricky texts in two 2 MB lines" "no python3"
fi

# Past 32,000 clauses a text is not read (16-bit clause indexes had run
# out, and the rules stopped holding: a text of 60,000 ironic sentences
# came out positive, the same of 30,000 negative).
if command -v python3 > /dev/null 2>&1; then
	for n in 30000 60000; do
		python3 -c "import json; print(json.dumps({'lang': 'fr', 'text': 'Génial, encore une panne ! Merci Orange. ' * $n}))"
	done | scrm-tone --no-model | label_of > "$T/many.out"
	check_eq "ironic text of 30,000 and 60,000 sentences: both negative" "negative negative" "$(tr '\n' ' ' < "$T/many.out" | sed 's/ $//')"
	python3 -c "import json; print(json.dumps({'lang': 'fr', 'text': 'Bravo Free, 3 jours sans internet. ' * 40000}))" |
		scrm-tone --no-model --explain | grep -o '"rules":\["irony"' | wc -l | tr -d ' ' > "$T/irony.count"
	check_eq "the first 32,000 clauses read, the irony rule holding to the end: 16,000 ironic thanks" 16000 "$(cat "$T/irony.count")"
else
	skip "32,000 clauses" "no python3"
fi

# Each term of a shipped lexicon is listed once in its file: of two
# entries for one term, one is dead, and the two can drift apart.
for lex in "$SRC"/data/tone/*.lex; do
	check_eq "$(basename "$lex"): each term listed once" "" \
		"$(grep -v -e '^#' -e '^$' "$lex" | cut -f1 | LC_ALL=C sort | LC_ALL=C uniq -d | head -5 | tr '\n' ' ')"
done
