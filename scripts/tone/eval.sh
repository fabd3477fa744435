#!/bin/sh
# make eval: scrm-tone and its peers on the dev splits of ../shared/data/tone.
#   scripts/tone/eval.sh BIN_DIR SHARED_TONE_DIR OUT_DIR
# The peers (npm) are installed on demand into OUT_DIR/../peers; without npm
# or node, or without network, the table shows scrm-tone alone.
set -eu
bin=$1 shared=$2 out=$3
if [ ! -d "$shared/xlmt-fr" ]; then
	echo "eval: skipped ($shared not found: the labelled data lives in ../shared)"
	exit 0
fi
here=$(dirname "$0")
mkdir -p "$out"
python3 "$here/mkdata.py" "$shared" "$out"
# The dev splits, then VADER's sets of genres no model learnt from.
sets="xlmt-fr xlmt-en allocine vader-amazon vader-movie vader-nyt"
for s in $sets; do
	"$bin/scrm-tone" "$out/$s.dev.ndjson" > "$out/$s.scrm.ndjson"
	"$bin/scrm-tone" --no-model "$out/$s.dev.ndjson" > "$out/$s.lexicon.ndjson"
	rm -f "$out/$s.peers.ndjson"
done
peers="$out/../peers"
pkgs="vader-sentiment sentiment wink-sentiment @nlpjs/core @nlpjs/sentiment @nlpjs/lang-fr @nlpjs/lang-en natural"
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
	if [ ! -d "$peers/node_modules/natural" ] || [ ! -d "$peers/node_modules/@nlpjs/lang-en" ]; then
		mkdir -p "$peers"
		echo "eval: installing the peers into $peers (npm)" >&2
		npm install --prefix "$peers" --no-audit --no-fund --silent $pkgs >&2 ||
			echo "eval: npm install failed; peers skipped" >&2
	fi
	if [ -d "$peers/node_modules" ]; then
		for s in $sets; do
			NODE_PATH="$peers/node_modules" node "$here/peers.js" "$out/$s.dev.ndjson" \
				"$out/$s.peers.ndjson" || rm -f "$out/$s.peers.ndjson"
		done
	fi
else
	echo "eval: node/npm not found; peers skipped" >&2
fi
python3 "$here/evaltable.py" "$out"
