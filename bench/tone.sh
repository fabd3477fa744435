#!/bin/sh
# scrm-tone end to end (NDJSON in, NDJSON out) on the bench corpus: with the
# shipped model, lexicon only, and the Node.js baseline doing the same job
# with npm `sentiment` (AFINN-165) on the same file (scripts/tone/node-filter.js;
# installed on demand into $BUILD/peers, skipped without node/npm).
# Accuracy is `make eval` (README.md). Environment as in bench/common.sh.
. "$(dirname "$0")/common.sh"
bench_have tone || exit 0
bench_corpus || exit 1
SRC=$(cd "$(dirname "$0")/.." && pwd)
export SCRM_DATADIR="${SCRM_DATADIR:-$SRC/data}"
measure "scrm-tone (shipped model)" "$CORPUS" "$BIN/scrm-tone"
measure "scrm-tone --no-model (lexicon and rules)" "$CORPUS" "$BIN/scrm-tone" --no-model
peers=$BUILD/peers
if command -v node > /dev/null 2>&1 && command -v npm > /dev/null 2>&1; then
	if [ ! -d "$peers/node_modules/sentiment" ]; then
		mkdir -p "$peers" && npm install --prefix "$peers" --no-audit --no-fund --silent sentiment >&2 ||
			echo "bench: npm install sentiment failed" >&2
	fi
	if [ -d "$peers/node_modules/sentiment" ]; then
		NODE_PATH=$peers/node_modules
		export NODE_PATH
		measure "Node.js filter with npm sentiment (baseline)" "$CORPUS" node "$SRC/scripts/tone/node-filter.js"
	else
		echo "Node.js baseline: skip (npm sentiment not installed)"
	fi
else
	echo "Node.js baseline: skip (node/npm not found)"
fi
