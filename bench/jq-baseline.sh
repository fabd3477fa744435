#!/bin/sh
# jq -c . on the bench corpus: parse and re-serialise every record, the
# reference the other figures are read against (bench/csv.sh measures jq's
# @csv next to scrm-csv). Environment as in bench/common.sh.
. "$(dirname "$0")/common.sh"
command -v jq > /dev/null 2>&1 || { echo "jq -c .: skip (jq not installed)"; exit 0; }
bench_corpus || exit 1
measure "jq -c . (reference: parse and re-serialise every record)" "$CORPUS" jq -c .
