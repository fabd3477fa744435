#!/bin/sh
# scrm-clean --drop: what leaves the stream goes to --rejects, annotated
# with its reasons, without counting as an error; bad lines still do.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

cat >rules <<'EOT'
brand Nuvia
  keyword nuvia
EOT
cat >in.ndjson <<'EOT'
{"id":"1","author":{"id":"a"},"text":"La fibre Nuvia est en panne depuis ce matin à Lyon"}
{"id":"1","author":{"id":"a"},"text":"La fibre Nuvia est en panne depuis ce matin à Lyon"}
{"id":"3","author":{"id":"b"},"text":"Rien à voir avec le sujet, il fait beau"}
{"id":"4","author":{"id":"c"},"text":"Code promo NUVIA50, cliquez ici https://x.example/1 https://x.example/2 https://x.example/3"}
EOT

scrm-clean --no-lang -k rules --drop dup,spam,irrelevant --rejects rej.ndjson in.ndjson >out.ndjson 2>err
check_eq "dropping is not an error: status 0" 0 $?
check_eq "one record kept" 1 "$(wc -l <out.ndjson | tr -d ' ')"
check "the kept record is the first" grep -q '^{"id":"1",' out.ndjson
check_eq "three records in rejects" 3 "$(wc -l <rej.ndjson | tr -d ' ')"
check_eq "rejects carry their reasons" '["dup"] ["irrelevant"] ["spam","irrelevant"]' \
	"$(sed 's/.*"dropped":\(\[[^]]*\]\).*/\1/' rej.ndjson | tr '\n' ' ' | sed 's/ $//')"
check_eq "one summary line on stderr" \
	"scrm-clean: 3 records dropped to rej.ndjson (dup 1, spam 1, irrelevant 2, lang 0)" "$(cat err)"

scrm-clean --no-lang -q -k rules --drop dup --rejects rej.ndjson in.ndjson >/dev/null 2>err
check_eq "-q: no summary" "" "$(cat err)"

printf '{"id":"9","text":"Nuvia"}\nnot json\n' >>in.ndjson
scrm-clean --no-lang -k rules --drop dup --rejects rej.ndjson in.ndjson >out.ndjson 2>err
check_eq "a bad line still makes the status 1" 1 $?
check "the bad line is in rejects verbatim" grep -qx 'not json' rej.ndjson
check "and the dropped record too" grep -q '"dropped":\["dup"\]' rej.ndjson

scrm-clean --no-lang --drop dup --rejects /dev/full in.ndjson >/dev/null 2>err
check_eq "rejects on /dev/full: status 3" 3 $?
check "rejects on /dev/full: write error reported" grep -q 'write error' err

scrm-clean --no-lang -k rules in.ndjson >out.ndjson 2>/dev/null
check_eq "without --drop nothing leaves the stream" 5 "$(wc -l <out.ndjson | tr -d ' ')"
