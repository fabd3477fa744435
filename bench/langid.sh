#!/bin/sh
# Language identification (lib/langid.c) on the texts of the bench corpus, one
# text per line, with CLD2 on the same lines when Debian's libcld2-dev and g++
# are installed. Speed only: accuracy is `make langid-eval` (README.md).
# Environment as in bench/common.sh.
. "$(dirname "$0")/common.sh"
bench_corpus || exit 1
if [ ! -x "$BUILD/langid-run" ]; then
	${MAKE:-make} -s "$BUILD/langid-run" || { echo "bench: cannot build $BUILD/langid-run" >&2; exit 1; }
fi
texts=$BENCH_DIR/langid-texts.tsv
if [ ! -s "$texts" ] || [ "$CORPUS" -nt "$texts" ]; then
	python3 -c '
import json, sys
out = sys.stdout
for line in sys.stdin:
    t = json.loads(line).get("text") or ""
    out.write("-\t-\t-\t" + " ".join(t.split()) + "\n")
' < "$CORPUS" > "$texts.tmp" && mv "$texts.tmp" "$texts" || { rm -f "$texts.tmp"; exit 1; }
fi
SRC=$(cd "$(dirname "$0")/.." && pwd)
measure "langid (scrm, texts of the corpus; 'mentions' = texts)" "$texts" "$BUILD/langid-run" "$SRC/data/clean/langid.bin"
if [ -f /usr/include/cld2/public/compact_lang_det.h ] && command -v g++ > /dev/null 2>&1; then
	if [ ! -x "$BUILD/cld2-run" ] || [ "$SRC/scripts/langid/cld2-run.cc" -nt "$BUILD/cld2-run" ]; then
		g++ -O2 -o "$BUILD/cld2-run" "$SRC/scripts/langid/cld2-run.cc" -lcld2 || exit 1
	fi
	measure "langid (CLD2 peer, same texts)" "$texts" "$BUILD/cld2-run"
else
	echo "langid (CLD2 peer): skip (apt-get install libcld2-dev g++)"
fi
