#!/bin/sh
# feedparser's corpus (../shared/conformance/feedparser, 2,100 feeds) through
# the feed parser, driven by build/feedparse: no file may crash or hang it
# (each bounded to 5 s; this suite also runs under ASan+UBSan), and the
# share of mappable expectations met must stay at the measured 98.2%
# (1,202 of 1,224) less a small margin. scripts/feed/conformance.py says
# which expectations map onto mention fields and how.
. "$SRC/tests/lib.sh"
driver=$BIN/../feedparse
corpus=${SHARED:-}/conformance/feedparser

if ! have_shared || [ ! -d "$corpus" ]; then
	skip "feedparser conformance" "../shared absent"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	skip "feedparser conformance" "python3 not installed"
	exit 0
fi
if [ ! -x "$driver" ]; then
	echo "not ok - feedparser conformance ($driver not built)"
	exit 0
fi
out=$(python3 "$SRC/scripts/feed/conformance.py" --min-rate 97.7 "$driver" "$corpus" 2>&1)
rc=$?
summary=$(printf '%s\n' "$out" | grep '^feed conformance:')
case $summary in
*" 0 crashes, 0 hangs;"*) echo "ok - feedparser corpus: no crash, no hang" ;;
*) echo "not ok - feedparser corpus: crash or hang ($(printf '%s\n' "$out" | tail -5 | tr '\n' ' '))" ;;
esac
if [ $rc -eq 0 ]; then
	echo "ok - feedparser corpus: pass rate at least 97.7% (${summary#feed conformance: })"
else
	echo "not ok - feedparser corpus: pass rate (${summary#feed conformance: })"
fi
