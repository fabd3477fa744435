#!/bin/sh
# scrm-clean --train-spam: a model learnt from labelled records is used by
# --spam-model; on the SMS Spam Collection (when ../shared is there) the
# model must reach F1 >= 0.9 on a held-out fifth it did not learn from.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

cat >train.ndjson <<'EOT'
{"label":"spam","text":"Gagnez un iPhone gratuit, envoyez GAGNE au 81212 maintenant"}
{"label":"spam","text":"Gagnez des cadeaux gratuits, envoyez CADEAU au 81212"}
{"spam":true,"text":"Gratuit : gagnez un voyage, envoyez VOYAGE au 81212"}
{"label":"ham","text":"On se retrouve au cinéma ce soir vers 20h ?"}
{"label":"ham","text":"Le réseau est lent ce soir chez moi, quelqu'un d'autre ?"}
{"spam":false,"text":"Merci pour ton aide hier soir, à demain"}
{"text":"no label here"}
EOT
scrm-clean --train-spam -o model train.ndjson 2>err
check_eq "training: an unlabelled record is rejected (status 1)" 1 $?
check "training: the reason is given" grep -q 'train.ndjson:7: no label' err
check_eq "model header" "scrm-bayes 1" "$(head -n 1 model)"
check_eq "model counts its documents" "docs 3 3" "$(sed -n 3p model)"

printf '%s\n' '{"id":"s","text":"Gagnez un cadeau gratuit, envoyez OK au 81212"}' \
	'{"id":"h","text":"On se voit ce soir au cinéma, à demain"}' >test.ndjson
scrm-clean --no-lang --spam-model model test.ndjson >out
check "a user model applies to every language: spam flagged by it" sh -c 'sed -n 1p out | grep -q "\"flags\":\[[^]]*\"model\""'
check "and ham not" sh -c 'sed -n 2p out | grep -vq flags'

# The built-in model (English SMS) applies to English records; a "lang"
# written with escapes is the same language, whatever other fields read
# with escapes come after it.
echo '{"id":"1","text":"free entry win a prize now call","lang":"en","source":"sms","author":{"id":"a"}}' |
	scrm-clean --no-lang | sed 's/.*"clean"://' > plain.out
echo '{"id":"1","text":"free entry win a prize now call","lang":"e\u006e","source":"sm\u0073","author":{"id":"\u0061"}}' |
	scrm-clean --no-lang | sed 's/.*"clean"://' > esc.out
check_eq "escaped lang: the built-in model used as for plain \"en\"" "$(cat plain.out)" "$(cat esc.out)"
check "escaped lang: the model flag is there" grep -q '"model"' esc.out

sms=${SHARED:-}/data/spam/SMSSpamCollection.tsv
if ! have_shared || [ ! -f "$sms" ]; then
	skip "SMS Spam Collection held-out F1 >= 0.9" "no ../shared"
	exit 0
fi
awk -F'\t' 'NR > 1 && (NR - 1) % 5 != 0' "$sms" | jq -R -c 'split("\t") | {label: .[0], text: (.[1:] | join("\t"))}' >sms-train.ndjson
awk -F'\t' 'NR > 1 && (NR - 1) % 5 == 0' "$sms" | jq -R -c 'split("\t") | {label: .[0], text: (.[1:] | join("\t"))}' >sms-test.ndjson
scrm-clean --train-spam -o sms.model sms-train.ndjson
scrm-clean --spam-model sms.model --no-lang --bot-rate 0 sms-test.ndjson >sms.out
f1=$(awk '{ gold = /"label":"spam"/; pred = /"flags":\[[^]]*"model"/; tp += gold && pred; fp += !gold && pred; fn += gold && !pred }
	END { p = tp / (tp + fp); r = tp / (tp + fn); printf "%.3f", 2 * p * r / (p + r) }' sms.out)
check "SMS Spam Collection held-out F1 >= 0.9 (got $f1)" awk -v f="$f1" 'BEGIN { exit !(f >= 0.9) }'


# A model of one class learns nothing: refused, and no model written over the old one.
printf 'old model\n' >kept.model
printf '{"text":"win money now","label":"spam"}\n' | scrm-clean --train-spam -o kept.model 2>err
check_eq "one class only: status 2" 2 $?
check "one class only: said" grep -q "training needs spam and ham examples (1 spam, 0 ham)" err
check_eq "one class only: the old model left as it was" "old model" "$(cat kept.model)"
check_rc "--train-spam with a cleaning option: status 2" 2 scrm-clean --train-spam --seen x.seen -o x.model train.ndjson
