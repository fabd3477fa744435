#!/bin/sh
# scrm-clean on the bench corpus with every check on (brands, language filter,
# duplicates with --seen and --counts, spam, all drops): target 150 MB/s on
# one core. scrm-clean is single-threaded; each line gives the wall clock
# and, the fair figure on a machine shared with other work, the rate per CPU
# second (bench/common.sh). Then memory on
# BENCH_CLEAN_BIG mentions (default 10,000,000) generated on the fly, next to
# 1,000,000, to show that it stays bounded (BENCH_CLEAN_BIG=0 skips that; it
# takes minutes). Environment as in bench/common.sh.
. "$(dirname "$0")/common.sh"
bench_corpus || exit 1
tmp=${TMPDIR:-/tmp}/bench-clean.$$
mkdir -p "$tmp" || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
rules=examples/rules/brands.conf
all="-q -k $rules --lang fr,en --drop dup,spam,irrelevant --rejects /dev/null --seen $tmp/seen --counts $tmp/counts"
gnu_time=
/usr/bin/time --version 2>&1 | grep -q GNU && gnu_time=1

# Every run starts without the --seen file of the one before.
BENCH_BEFORE="rm -f $tmp/seen"
measure "scrm-clean, every check (target 150 MB/s per CPU second)" "$CORPUS" "$BIN/scrm-clean" $all
BENCH_BEFORE=
measure "scrm-clean, annotate only (no rules, nothing dropped)" "$CORPUS" "$BIN/scrm-clean"
measure "scrm-clean --no-lang --spam-model none --distance 0 (the floor without langid, Bayes, bands)" \
	"$CORPUS" "$BIN/scrm-clean" --no-lang --spam-model none --distance 0
measure "scrm-cat (reading and writing records alone)" "$CORPUS" "$BIN/scrm-cat"

big=${BENCH_CLEAN_BIG:-10000000}
[ "$big" -gt 0 ] 2>/dev/null || { echo "scrm-clean bounded memory: skipped (BENCH_CLEAN_BIG=0)"; exit 0; }
[ -n "$gnu_time" ] || { echo "scrm-clean bounded memory: skipped (needs GNU time for peak RSS)"; exit 0; }
for n in 1000000 "$big"; do
	rm -f "$tmp/seen"
	t0=$(date +%s)
	"$BUILD/gencorpus" -n "$n" -s "$BENCH_SEED" |
		/usr/bin/time -f '%M' -o "$tmp/rss" "$BIN/scrm-clean" $all >/dev/null || { echo "scrm-clean on $n mentions: FAILED"; continue; }
	echo "scrm-clean on $n generated mentions, every check: peak RSS $(cat "$tmp/rss") KiB ($(( $(date +%s) - t0 )) s)"
	echo "  reproduce: $BUILD/gencorpus -n $n -s $BENCH_SEED | /usr/bin/time -f %M $BIN/scrm-clean $all > /dev/null"
done
