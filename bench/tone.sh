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
		# The ratio from runs made in turn (bench/ab): runs minutes apart
		# measure the host's hour as much as the tools.
		wrapper=${TMPDIR:-/tmp}/bench-tone-node.$$
		trap 'rm -f "$wrapper"' EXIT INT TERM
		printf '#!/bin/sh\nexec node %s "$@"\n' "$(bench_quote "$SRC/scripts/tone/node-filter.js")" > "$wrapper" &&
			chmod +x "$wrapper" || exit 1
		sh "$SRC/bench/ab" -n "$BENCH_RUNS" "$CORPUS" "$wrapper" "$BIN/scrm-tone" |
			awk -v n="$BENCH_RUNS" '/^new takes/ { b = $3; m = $(NF - 3) }
			     END { if (b > 0 && m > 0)
			               printf "scrm-tone against the Node.js filter, run in turn (%d each): %.1fx best against best, %.1fx median against median (target 10x)\n", n, 1 / b, 1 / m
			           else print "scrm-tone against the Node.js filter: no ratio (a run failed or was too short)" }'
	else
		echo "Node.js baseline: skip (npm sentiment not installed)"
	fi
else
	echo "Node.js baseline: skip (node/npm not found)"
fi
