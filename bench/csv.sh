#!/bin/sh
# scrm-csv on the bench corpus: 6 columns to CSV next to jq's @csv doing the
# same, the --excel style, and CSV back to records; then the speed-up over jq
# (target: at least 6x). Environment as in bench/common.sh.
. "$(dirname "$0")/common.sh"
bench_corpus || exit 1
cols=id,created_at,source,author.handle,lang,text
jqprog='[.id, .created_at, .source, .author.handle, .lang, .text] | @csv'
out=${TMPDIR:-/tmp}/bench-csv.$$
trap 'rm -f "$out" "$out.csv"' EXIT INT TERM

measure "scrm-csv -f (6 columns)" "$CORPUS" "$BIN/scrm-csv" -f "$cols" | tee "$out"
measure "scrm-csv --excel -f (6 columns)" "$CORPUS" "$BIN/scrm-csv" --excel -f "$cols"
# Quoted cells span lines, so the "mentions" of this line are CSV lines; rows/s follows.
"$BIN/scrm-csv" -f "$cols" < "$CORPUS" > "$out.csv" &&
	measure "scrm-csv --from-csv (6 columns back to records)" "$out.csv" "$BIN/scrm-csv" --from-csv |
	awk -v rows="$CORPUS_LINES" '{ print }
	     / in [0-9.]+ s:/ { for (i = 1; i <= NF; i++) if ($i == "s:") t = $(i - 1)
	                        if (t > 0) printf "  = %.0f rows/s (%d rows)\n", rows / t, rows }' 
if command -v jq > /dev/null 2>&1; then
	measure "jq -r @csv (6 columns, reference)" "$CORPUS" jq -r "$jqprog" | tee -a "$out"
	# Each line's last rate is per CPU second.
	awk '/ mentions\/s/ { for (i = 1; i <= NF; i++) if ($i == "mentions/s,") v = $(i - 1); r[++n] = v }
	     END { if (n == 2 && r[2] > 0) printf "scrm-csv -f 6 columns vs jq @csv: %.1fx per CPU second (target 6x)\n", r[1] / r[2] }' "$out"
else
	echo "jq -r @csv: skip (jq not installed)"
fi
