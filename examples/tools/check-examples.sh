#!/bin/sh
# check-examples.sh - are the example files consistent with their tools?
#
# Regenerates sources/, mentions.ndjson and crm/contacts.csv into a temp
# directory and compares them with the files in examples/; checks that each
# line of mentions.ndjson is a JSON object (with jq when it is installed).
# Prints TAP-ish lines (ok / not ok / skip) and exits 1 on any difference,
# so a test script can run it as it is.
set -u
EX=$(cd "$(dirname "$0")/.." && pwd)
T=$(mktemp -d "${TMPDIR:-/tmp}/scrm-examples.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
fail=0
ok() { echo "ok - $1"; }
nok() { echo "not ok - $1 ($2)"; fail=1; }

if ! command -v python3 > /dev/null 2>&1; then
	echo "skip - examples consistency (python3 not installed)"
	exit 0
fi
if ! python3 "$EX/tools/make-sources.py" "$T/sources"; then
	nok "make-sources.py runs" "it failed"
fi
for f in "$EX"/sources/*; do
	n=${f##*/}
	[ "$n" = ORIGINS.tsv ] && continue
	if cmp -s "$f" "$T/sources/$n"; then ok "sources/$n is what make-sources.py writes"
	else nok "sources/$n is what make-sources.py writes" "differs: rerun examples/tools/make-sources.py"; fi
done
python3 "$EX/tools/sources-to-ndjson.py" "$EX/sources" > "$T/mentions.ndjson" || nok "sources-to-ndjson.py runs" "exit $?"
if cmp -s "$EX/mentions.ndjson" "$T/mentions.ndjson"; then ok "mentions.ndjson is derived from sources/"
else nok "mentions.ndjson is derived from sources/" "differs: rerun examples/tools/sources-to-ndjson.py"; fi
python3 "$EX/tools/make-crm.py" "$T/contacts.csv" || nok "make-crm.py runs" "exit $?"
if cmp -s "$EX/crm/contacts.csv" "$T/contacts.csv"; then ok "crm/contacts.csv is what make-crm.py writes"
else nok "crm/contacts.csv is what make-crm.py writes" "differs: rerun examples/tools/make-crm.py"; fi
if command -v jq > /dev/null 2>&1; then
	bad=$(jq -c 'select(type != "object")' "$EX/mentions.ndjson" 2>&1 | wc -l)
	if [ "$bad" = 0 ]; then ok "every line of mentions.ndjson is a JSON object"
	else nok "every line of mentions.ndjson is a JSON object" "$bad bad lines"; fi
else
	echo "skip - mentions.ndjson is JSON (jq not installed)"
fi
exit $fail
