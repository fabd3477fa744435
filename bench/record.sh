#!/bin/sh
# The record layer alone: validate every line, read three fields (id, text,
# author.handle) and splice a small object in (build/bench-splice); and the
# plain check-and-copy of scrm-cat. Target: at least 300 MB/s on one core.
. "$(dirname "$0")/common.sh"
bench_corpus || exit 1
[ -x "$BUILD/bench-splice" ] || ${MAKE:-make} -s "$BUILD/bench-splice" || exit 1
measure "record layer: read 3 fields + splice (bench-splice)" "$CORPUS" "$BUILD/bench-splice"
measure "scrm-cat: validate and copy every record" "$CORPUS" "$BIN/scrm-cat"
