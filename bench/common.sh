# bench/common.sh - helpers sourced by the bench/*.sh scripts (POSIX sh).
#
#   . "$(dirname "$0")/common.sh"
#   bench_corpus                  # sets CORPUS (and TRUTH), generating it once
#   measure LABEL FILE CMD [ARG...]
#   bench_have TOOL || exit 0     # "TOOL: skip (not built)" when $BIN/scrm-TOOL is missing
#
# measure runs "CMD ARG... < FILE > /dev/null" BENCH_RUNS times (default 3)
# and prints one line for the run that took the least CPU time (peak RSS:
# the highest of all runs)
#   LABEL: N mentions, M MB in T s: X mentions/s, Y MB/s, peak RSS K KiB; CPU ...
# with the median CPU time of the runs, followed by the command that
# reproduces it. On a shared machine other work only ever adds time, so
# the best run is the tool's own speed and the median shows the spread.
# BENCH_BEFORE, when set, is a command run before each run (a state file
# to remove, say).  It returns CMD's status and
# says FAILED instead of figures when CMD fails, so a broken stage is never
# reported as fast.  Pipelines: pass `sh -c '...'` as CMD.
#
# Environment: SRC (project root; default: the parent of the script's dir),
# BUILD (default build), BIN (default $BUILD/bin),
# BENCH_COUNT (corpus size, default 1000000), BENCH_SEED (default 1),
# BENCH_RUNS (runs per measure, default 3),
# BENCH_NO_GNU_TIME (set: measure through python3 even if GNU time exists).

SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BUILD=${BUILD:-build}
BIN=${BIN:-$BUILD/bin}
BENCH_COUNT=${BENCH_COUNT:-1000000}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_RUNS=${BENCH_RUNS:-3}
BENCH_DIR=$BUILD/bench

# Single-quotes a word for the reproduce line when it needs it.
bench_quote() {
	case $1 in
	*[!A-Za-z0-9_./=:,+-]*|'') printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")" ;;
	*) printf '%s' "$1" ;;
	esac
}

# Sets CORPUS to $BUILD/bench/corpus.ndjson (and TRUTH to its --truth file),
# generating them only when missing or made with another count, seed or
# generator source.  Counts its lines and bytes once (CORPUS_LINES, CORPUS_BYTES).
bench_corpus() {
	CORPUS=$BENCH_DIR/corpus.ndjson
	TRUTH=$BENCH_DIR/corpus.truth.tsv
	_stamp=$BENCH_DIR/corpus.stamp
	if [ ! -x "$BUILD/gencorpus" ]; then
		${MAKE:-make} -s "$BUILD/gencorpus" || { echo "bench: cannot build $BUILD/gencorpus" >&2; return 1; }
	fi
	mkdir -p "$BENCH_DIR" || return 1
	# The generator's sources, not its binary: a profile-optimised build
	# changes the binary after every source change, never its output.
	_want="$BENCH_COUNT $BENCH_SEED $(cat "$SRC/bench/gencorpus.c" "$SRC/lib/date.c" "$SRC/lib/date.h" | cksum | cut -d' ' -f1)"
	if [ ! -s "$CORPUS" ] || [ ! -f "$_stamp" ] || [ "$(sed -n 1p "$_stamp")" != "$_want" ]; then
		echo "bench: generating $CORPUS ($BENCH_COUNT mentions, seed $BENCH_SEED)" >&2
		# Temporary names per process, so that two bench scripts never read half a corpus.
		if ! { "$BUILD/gencorpus" -n "$BENCH_COUNT" -s "$BENCH_SEED" --truth "$TRUTH.$$.tmp" > "$CORPUS.$$.tmp" &&
			mv "$TRUTH.$$.tmp" "$TRUTH" && mv "$CORPUS.$$.tmp" "$CORPUS"; }; then
			rm -f "$CORPUS.$$.tmp" "$TRUTH.$$.tmp"
			return 1
		fi
		printf '%s\n%s %s\n' "$_want" "$(wc -l < "$CORPUS" | tr -d ' ')" \
			"$(wc -c < "$CORPUS" | tr -d ' ')" > "$_stamp" || return 1
	fi
	# shellcheck disable=SC2046 # two numbers, split on purpose
	set -- $(sed -n 2p "$_stamp")
	CORPUS_LINES=$1
	CORPUS_BYTES=$2
}

# Whether $BIN/scrm-$1 is built; says it is skipped when not.
bench_have() {
	[ -x "$BIN/scrm-$1" ] && return 0
	echo "scrm-$1: skip (not built in $BIN)"
	return 1
}

# Runs "$@" on FILE; puts "SECONDS KIB STATUS CPU-SECONDS" into $_bench_res.
bench_run() {
	_file=$1
	shift
	_tf=${TMPDIR:-/tmp}/bench.$$.time
	if [ -z "${BENCH_NO_GNU_TIME:-}" ] && /usr/bin/time --version 2>&1 | grep -q GNU; then
		_t0=$(date +%s%N)
		/usr/bin/time -f '%M %x %U %S' -o "$_tf" "$@" < "$_file" > /dev/null
		_st=$?
		_t1=$(date +%s%N)
		_bench_res="$(awk -v a="$_t0" -v b="$_t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }') $(tail -n 1 "$_tf" | cut -d' ' -f1) $_st $(tail -n 1 "$_tf" | awk '{ printf "%.3f", $3 + $4 }')"
	else
		# No GNU time: the child's own rusage (wait4) as seen from
		# python3. Not RUSAGE_CHILDREN, which outlives exec: a python3
		# started through a wrapper (pyenv's shims) would count the
		# wrapper's children too. Linux counts the memory a process had
		# before exec in its peak, so here peak RSS cannot read below
		# python's own (about 10 MiB); posix_spawn at least avoids fork's
		# copy of the interpreter.
		_bench_res=$(python3 -c '
import os, sys, time
t = time.monotonic()
pid = os.posix_spawnp(sys.argv[2], sys.argv[2:], os.environ, file_actions=[
    (os.POSIX_SPAWN_OPEN, 0, sys.argv[1], os.O_RDONLY, 0),
    (os.POSIX_SPAWN_OPEN, 1, "/dev/null", os.O_WRONLY, 0)])
_, status, u = os.wait4(pid, 0)
e = time.monotonic() - t
print("%.3f %d %d %.3f" % (e, u.ru_maxrss, os.waitstatus_to_exitcode(status), u.ru_utime + u.ru_stime))
' "$_file" "$@")
	fi
	rm -f "$_tf"
}

# measure LABEL FILE CMD [ARG...]
measure() {
	_label=$1
	_mfile=$2
	shift 2
	if [ "$_mfile" = "${CORPUS:-}" ] && [ -n "${CORPUS_LINES:-}" ]; then
		_lines=$CORPUS_LINES
		_bytes=$CORPUS_BYTES
	else
		_lines=$(wc -l < "$_mfile" | tr -d ' ')
		_bytes=$(wc -c < "$_mfile" | tr -d ' ')
	fi
	# Each run's "SECONDS KIB STATUS CPU-SECONDS"; the first failure stops.
	_runs=
	_r=0
	while [ "$_r" -lt "$BENCH_RUNS" ]; do
		[ -z "${BENCH_BEFORE:-}" ] || eval "$BENCH_BEFORE"
		bench_run "$_mfile" "$@"
		_runs="$_runs$_bench_res
"
		[ "$(echo "$_bench_res" | cut -d' ' -f3)" = 0 ] || break
		_r=$((_r + 1))
	done
	_repro=
	for _w in "$@"; do
		_repro="$_repro$(bench_quote "$_w") "
	done
	_repro="$_repro< $(bench_quote "$_mfile") > /dev/null"
	# The failed run if any (the last), else the one of least CPU time, with
	# the highest peak RSS of all; then the median CPU time.
	_pick=$(printf '%s' "$_runs" | awk '{ if ($2 > k) k = $2 } $3 != 0 { f = $0 }
		NR == 1 || $4 < c { c = $4; best = $0 }
		END { if (f != "") print f; else { split(best, a, " "); print a[1], k, a[3], a[4] } }')
	_median=$(printf '%s' "$_runs" | awk '{ print $4 }' | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
	_nruns=$(printf '%s' "$_runs" | grep -c .)
	# shellcheck disable=SC2086 # "SECONDS KIB STATUS CPU-SECONDS", split on purpose
	set -- $_pick
	if [ "$3" != 0 ]; then
		printf '%s: FAILED (exit %s)\n  reproduce: %s\n' "$_label" "$3" "$_repro"
		return "$3"
	fi
	# Wall clock, then per CPU second (user + system): the fair figure on a
	# machine shared with other work.
	awk -v l="$_label" -v n="$_lines" -v b="$_bytes" -v t="$1" -v k="$2" -v c="$4" -v r="$_nruns" -v m="$_median" 'BEGIN {
		if (t <= 0) t = 0.001
		if (c <= 0) c = 0.001
		printf "%s: %d mentions, %.1f MB in %.2f s: %.0f mentions/s, %.1f MB/s, peak RSS %d KiB; CPU %.2f s: %.0f mentions/s, %.1f MB/s per CPU second (best of %s; median CPU %.2f s)\n",
			l, n, b / 1e6, t, n / t, b / 1e6 / t, k, c, n / c, b / 1e6 / c, r == 1 ? "1 run" : r " runs", m }'
	printf '  reproduce: %s\n' "$_repro"
}
