#!/bin/sh
# scrm-clean's language part: clean.lang on clear French and English
# sentences, `lang` filled in only where the source gave none, --lang as a
# filter. Codes only: confidences belong to the language model's tests.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

cat >in.ndjson <<'EOT'
{"id":"1","text":"Bonjour, je voudrais résilier mon abonnement parce que le service est vraiment décevant"}
{"id":"2","text":"Hello, I would like to cancel my subscription because the service has been really disappointing"}
{"id":"3","lang":"de","text":"Bonjour, je voudrais résilier mon abonnement parce que le service est vraiment décevant"}
{"id":"4","text":"👍👍👍"}
EOT
scrm-clean in.ndjson >out 2>err
check_eq "status 0" 0 $?
check_eq "clean.lang codes" "fr en fr und" \
	"$(sed 's/.*"clean":{"lang":{"code":"\([a-z]*\)".*/\1/' out | tr '\n' ' ' | sed 's/ $//')"
check_eq "lang filled in where absent, not where given or unknown" 'fr en de -' \
	"$(jq -r '.lang // "-"' out | tr '\n' ' ' | sed 's/ $//')"
check "the given lang is kept as it was" grep -q '^{"id":"3","lang":"de",' out

scrm-clean --lang fr --rejects rej in.ndjson >out 2>err
check_eq "--lang fr keeps the French records (the one marked de is French)" "1 3" \
	"$(sed 's/^{"id":"\([0-9]*\)".*/\1/' out | tr '\n' ' ' | sed 's/ $//')"
check_eq "--lang fr: the others in rejects, reason lang" 2 "$(grep -c '"dropped":\["lang"\]' rej)"
scrm-clean --lang fr,und --rejects rej in.ndjson >out 2>err
check_eq "--lang fr,und keeps what could not be told" "1 3 4" \
	"$(sed 's/^{"id":"\([0-9]*\)".*/\1/' out | tr '\n' ' ' | sed 's/ $//')"

# Hints: the languages --lang keeps and the source's tag settle texts of a
# few words ("grave nul" is Albanian to the n-grams alone), never a sentence.
cat >short.ndjson <<'EOT'
{"id":"5","text":"grave nul"}
{"id":"6","lang":"fr-CA","text":"grave nul"}
{"id":"7","text":"Ich bin mit dem Kundendienst überhaupt nicht zufrieden, niemand geht ans Telefon."}
{"id":"8","lang":"fr","text":"thank you so much"}
{"id":"9","lang":"xx","text":"grave nul"}
EOT
codes() { sed 's/^{"id":"\([0-9]*\)".*"clean":{"lang":{"code":"\([a-z]*\)".*/\1:\2/' "$1" | tr '\n' ' ' | sed 's/ $//'; }
scrm-clean short.ndjson >out 2>err
check_eq "the source's tag as a hint (fr-CA is fr; unknown xx none)" "5:sq 6:fr 7:de 8:en 9:sq" "$(codes out)"
scrm-clean --no-lang-hints short.ndjson >out 2>err
check_eq "--no-lang-hints: the text alone" "5:sq 6:sq 7:de 8:en 9:sq" "$(codes out)"
scrm-clean --lang fr,en --rejects rej short.ndjson >out 2>err
check_eq "status 0 with --lang fr,en" 0 $?
check_eq "--lang fr,en hints fr and en: the short French kept, the German sentence dropped" "5:fr 6:fr 8:en 9:fr" "$(codes out)"
check_eq "--lang fr,en: the German sentence in rejects" 7 "$(jq -r .id rej)"
scrm-clean --lang fr,en --no-lang-hints --rejects rej short.ndjson >out 2>err
check_eq "--lang fr,en --no-lang-hints: short French dropped as Albanian" "8:en" "$(codes out)"

# Words every language's posts use say nothing, hints or not: a text of
# them alone, or of lone letters, is und ("bravo" had read as Armenian,
# "ok" as Polish, "lol" as French once French was hinted).
printf '{"text":"%s"}\n' lol "wtf lol" ok bravo hello x "ok bravo" >neutral.ndjson
printf '{"lang":"de","text":"lol"}\n' >>neutral.ndjson
scrm-clean --lang fr,en,und --rejects neutral.rej neutral.ndjson >neutral.out 2>/dev/null
check_eq "neutral words alone: und, every one kept by --lang und" 7 "$(grep -c '"lang":{"code":"und"' neutral.out)"
check_eq "neutral words alone: lang not filled in" 0 "$(grep -c '"lang":"' neutral.out)"
check_eq "a source's de kept for a text that says nothing: dropped by --lang fr,en,und" 1 "$(grep -c '"dropped":\["lang"\]' neutral.rej)"
printf '{"text":"lol c est trop nul ce service"}\n' | scrm-clean >neutral2.out
check "a neutral word in a sentence: the sentence still tells" grep -q '"lang":{"code":"fr"' neutral2.out
# --lang names languages the model knows; a typo is no silent filter.
check_rc "--lang with an unknown code: status 2" 2 scrm-clean --lang xx --rejects /dev/null in.ndjson
check_rc "--lang with a region: status 2" 2 scrm-clean --lang fr-CA --rejects /dev/null in.ndjson
