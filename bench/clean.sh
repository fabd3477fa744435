#!/bin/sh
# scrm-clean on the bench corpus with every check on (brands, language filter,
# duplicates with --seen and --counts, spam, all drops): target 150 MB/s on
# one core. scrm-clean is single-threaded; besides the wall-clock figure of
# bench/common.sh, the line "CPU" divides by the CPU time the process used,
# the fair figure on a machine shared with other work. Then memory on
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

# cpu LABEL CMD...: one run on the corpus, figures per CPU second (user + system).
cpu() {
	_l=$1
	shift
	if [ -z "$gnu_time" ]; then
		echo "$_l: CPU figure skipped (needs GNU time)"
		return 0
	fi
	/usr/bin/time -f '%U %S %M' -o "$tmp/t" "$@" <"$CORPUS" >/dev/null || { echo "$_l: FAILED"; return 1; }
	awk -v l="$_l" -v n="$CORPUS_LINES" -v b="$CORPUS_BYTES" '{ c = $1 + $2; if (c <= 0) c = 0.001
		printf "%s: %d mentions, %.1f MB in %.2f s CPU: %.0f mentions/s, %.1f MB/s per CPU second, peak RSS %d KiB\n",
			l, n, b / 1e6, c, n / c, b / 1e6 / c, $3 }' "$tmp/t"
	printf '  reproduce: /usr/bin/time -f "%%U %%S %%M" %s < %s > /dev/null\n' "$*" "$CORPUS"
}

cpu "scrm-clean, every check, CPU (target 150 MB/s)" "$BIN/scrm-clean" $all
rm -f "$tmp/seen"
measure "scrm-clean, every check, wall clock" "$CORPUS" "$BIN/scrm-clean" $all
cpu "scrm-clean, annotate only (no rules, nothing dropped), CPU" "$BIN/scrm-clean"
cpu "scrm-clean --no-lang --spam-model none --distance 0, CPU (the floor without langid, Bayes, bands)" \
	"$BIN/scrm-clean" --no-lang --spam-model none --distance 0
cpu "scrm-cat (reading and writing records alone), CPU" "$BIN/scrm-cat"

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
