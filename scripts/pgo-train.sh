#!/bin/sh
# pgo-train.sh DIR - the run the compiler learns from (PGO=1, Makefile).
#
# Runs the instrumented tools in DIR/bin on what they meet in use: a
# generated corpus of French and English mentions (a different seed and
# size from `make bench`'s), the example mentions from real sources, and
# each filter's usual options. What matters is which paths are hot, not
# the answers, so the outputs are thrown away; a tool that fails stops
# the build.
set -eu

dir=$1
bin=$dir/bin
work=$dir/train
SCRM_DATADIR=$(pwd)/data
export SCRM_DATADIR

rm -rf "$work"
mkdir -p "$work"
corpus=$work/corpus.ndjson
"$dir/gencorpus" -n 30000 -s 20261122 > "$corpus"
cat examples/mentions.ndjson >> "$corpus"

"$bin/scrm-cat" "$corpus" > /dev/null
"$bin/scrm-tone" -q < "$corpus" > /dev/null
"$bin/scrm-tone" -q --no-model < "$corpus" > /dev/null
head -n 2000 "$corpus" | "$bin/scrm-tone" --explain > /dev/null
"$bin/scrm-clean" -q -k examples/rules/brands.conf --lang fr,en --drop dup,spam,irrelevant \
	--rejects /dev/null --seen "$work/seen" --counts /dev/null < "$corpus" > /dev/null
"$bin/scrm-clean" -q < "$corpus" > "$work/clean.ndjson"
"$bin/scrm-csv" < "$work/clean.ndjson" > /dev/null
"$bin/scrm-csv" --excel < "$work/clean.ndjson" > /dev/null
rm -rf "$work"
