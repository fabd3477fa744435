#!/bin/sh
# scrm-clean streams with bounded memory (coreutils' way: under ulimit -v):
# 100,000 mentions with a 20,000-original window go through within 100 MB
# of address space, every record out; the duplicate memory forgets the
# oldest originals instead of growing.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

case $BIN in
*asan*)
	skip "scrm-clean bounded memory" "AddressSanitizer reserves terabytes of address space"
	exit 0
	;;
esac
gen=$SRC/build/gencorpus
if [ -x "$gen" ]; then
	"$gen" -n 100000 -s 7 >big.ndjson || exit 1
else
	awk 'BEGIN { for (i = 0; i < 100000; i++)
		printf "{\"id\":\"m:%d\",\"author\":{\"id\":\"u%d\"},\"created_at\":\"2026-11-01T00:00:00Z\",\"text\":\"Message %d sur la fibre Nuvia, débit %d Mb/s à %s #nuvia\"}\n",
			i, i % 5000, i, i % 977, (i % 3 ? "Lyon" : "Paris") }' >big.ndjson
fi
(ulimit -v 100000 && scrm-clean --window 20000 --seen seen big.ndjson >out.ndjson)
check_eq "100,000 mentions within 100 MB of address space" "0 100000" "$? $(wc -l <out.ndjson | tr -d ' ')"
check "the duplicate memory holds at most the window" test "$(grep -vc '^+ ' seen)" -le 20001
# and the ids of copies at most one a bucket: 65,536 for a window of 20,000
check "the ids of copies are bounded" test "$(grep -c '^+ ' seen)" -le 65536
