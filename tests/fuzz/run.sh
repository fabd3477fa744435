#!/bin/sh
# tests/fuzz/run.sh DIR SECONDS JOBS TARGET... - runs each fuzz target built
# in DIR for SECONDS, JOBS at a time, from the seeds (tests/fuzz/seeds.sh)
# and the corpus earlier runs left; prints one line a target and exits 1
# when any found an input that breaks it (kept in DIR/crash/TARGET/, which
# each run of the target empties first).
dir=$1 seconds=$2 jobs=$3
shift 3
src=$(cd "$(dirname "$0")/../.." && pwd)
rm -rf "$dir/seeds"
sh "$src/tests/fuzz/seeds.sh" "$src" "$dir/seeds" || exit 2

run_one() {
	t=$1
	rm -rf "$dir/crash/$t"
	mkdir -p "$dir/corpus/$t" "$dir/crash/$t"
	"$dir/fuzz_$t" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="$dir/crash/$t/" -print_final_stats=1 \
		"$dir/corpus/$t" "$dir/seeds/$t" > "$dir/log.$t" 2>&1
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log.$t")
	found=$(ls "$dir/crash/$t" | wc -l)
	if [ "$found" -gt 0 ]; then
		echo "fuzz_$t: $found input(s) that break it in $dir/crash/$t (log: $dir/log.$t)"
	else
		echo "fuzz_$t: ${runs:-?} inputs in ${seconds}s, nothing broke; corpus $(ls "$dir/corpus/$t" | wc -l) inputs"
	fi
}

targets=$*
while [ $# -gt 0 ]; do
	pids=
	n=0
	while [ $# -gt 0 ] && [ "$n" -lt "$jobs" ]; do
		run_one "$1" &
		pids="$pids $!"
		n=$((n + 1))
		shift
	done
	for p in $pids; do wait "$p"; done
done
status=0
for t in $targets; do
	[ -n "$(ls "$dir/crash/$t")" ] && status=1
done
exit $status
