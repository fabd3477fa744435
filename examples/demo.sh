#!/bin/sh
# examples/demo.sh - run the scrm pipeline that exists on the bundled examples.
#
#   sh examples/demo.sh            (what `make demo` runs)
#   BIN=/usr/local/bin OUT=/tmp/demo sh examples/demo.sh
#
# Chains, in order, the stages whose tool is built in $BIN (default
# build/bin): fetch (from examples/sources/) | clean | tone | csv.  Without
# scrm-fetch it starts from examples/mentions.ndjson, what fetch gives on
# those files.  Each stage writes its own file in $OUT (default ./demo-out),
# so every step can be looked at; the script stops at the first stage that
# fails and says which.
set -eu

ROOT=$(cd "$(dirname "$0")/.." && pwd)
EX=$ROOT/examples
BIN=${BIN:-$ROOT/build/bin}
OUT=${OUT:-./demo-out}

have() { [ -x "$BIN/scrm-$1" ]; }

# stage NAME OUTFILE CMD... : runs CMD with stdout to OUTFILE, loudly on failure.
stage() {
	name=$1 file=$2
	shift 2
	if ! "$@" > "$file"; then
		echo "demo: stage '$name' failed: $*" >&2
		exit 1
	fi
	case $file in
	*.ndjson) printf '  %-7s %5s records  -> %s\n' "$name" "$(wc -l < "$file" | tr -d ' ')" "$file" ;;
	*) printf '  %-7s %13s -> %s\n' "$name" "" "$file" ;;
	esac
}

if ! have csv; then
	echo "demo: $BIN/scrm-csv not found; run 'make' first (or set BIN)" >&2
	exit 2
fi
mkdir -p "$OUT"
echo "scrm demo: the Nuvia examples (fictional), tools from $BIN"

pipeline=
if have fetch; then
	stage fetch "$OUT/1-fetched.ndjson" "$BIN/scrm-fetch" \
		"$EX"/sources/*.rss "$EX"/sources/*.atom "$EX"/sources/*.json
	pipeline="scrm-fetch examples/sources/*.{rss,atom,json}"
else
	cp "$EX/mentions.ndjson" "$OUT/1-fetched.ndjson"
	printf '  %-7s %5s records  -> %s (copied: scrm-fetch not built)\n' "input" \
		"$(wc -l < "$OUT/1-fetched.ndjson" | tr -d ' ')" "$OUT/1-fetched.ndjson"
	pipeline="cat examples/mentions.ndjson"
fi
last=$OUT/1-fetched.ndjson
fields=id,created_at,source,author.handle

if have clean; then
	stage clean "$OUT/2-clean.ndjson" "$BIN/scrm-clean" -k "$EX/rules/brands.conf" "$last"
	last=$OUT/2-clean.ndjson
	pipeline="$pipeline | scrm-clean -k examples/rules/brands.conf"
	fields=$fields,clean.relevant,clean.brands,clean.lang,clean.dup_of,clean.spam
fi
if have tone; then
	stage tone "$OUT/3-tone.ndjson" "$BIN/scrm-tone" "$last"
	last=$OUT/3-tone.ndjson
	pipeline="$pipeline | scrm-tone"
	fields=$fields,tone.label,tone.score
fi
fields=$fields,text

stage csv "$OUT/mentions.csv" "$BIN/scrm-csv" -f "$fields" "$last"
stage excel "$OUT/mentions-excel.csv" "$BIN/scrm-csv" --excel -f "$fields" "$last"
stage crm "$OUT/contacts.ndjson" "$BIN/scrm-csv" --from-csv "$EX/crm/contacts.csv"

# A glance at what the stages found (needs jq; the files above are the result).
if command -v jq > /dev/null 2>&1; then
	echo
	jq -rs '
		def count(f): map(select(f)) | length;
		"at a glance: \(length) mentions from \(map(.source) | unique | length) sources",
		(if any(.[]; has("clean")) then
			"  relevant \(count(.clean.relevant == true)), duplicates \(count(.clean.dup_of != null)), spam \(count((.clean.spam // 0) >= 0.5))"
		else empty end),
		(if any(.[]; has("tone")) then
			"  tone: " + (map(.tone.label // "none") | group_by(.) | map("\(.[0]) \(length)") | join(", "))
		else empty end),
		"  busiest hour: " + (map(.created_at // empty | .[0:13]) | group_by(.) | max_by(length) |
			"\(.[0]):00 UTC, \(length) mentions")' "$last" || true
fi

echo
echo "pipeline: $pipeline | scrm-csv --excel -f $fields > mentions.csv"
echo "results in $OUT/:"
echo "  mentions.csv        RFC 4180 CSV (UTF-8, comma)"
echo "  mentions-excel.csv  for French Excel (BOM, ';', CRLF)"
echo "  contacts.ndjson     examples/crm/contacts.csv read back as records"
