#!/bin/sh
# Runs every test against one build: unit tests, data-driven command-line
# cases and script tests. Usage: tests/run.sh BUILD_DIR LABEL COUNTS_FILE
# Prints a line per test ("ok - ..." / "not ok - ..." / "skip - ...") and
# appends "LABEL passed failed skipped" to COUNTS_FILE.
set -u
build=$1
label=$2
counts=$3
SRC=$(cd "$(dirname "$0")/.." && pwd)
BIN=$SRC/$build/bin
case $build in /*) BIN=$build/bin ;; esac
SHARED=""
[ -d "$SRC/../shared" ] && SHARED=$(cd "$SRC/../shared" && pwd)
export SRC BIN SHARED
PATH=$BIN:$PATH
export PATH
LC_ALL=C.UTF-8
export LC_ALL

work=$(mktemp -d "${TMPDIR:-/tmp}/scrm-tests.XXXXXX") || exit 3
trap 'rm -rf "$work"' EXIT INT TERM
log=$work/log
: >"$log"

# Runs a producer of ok/not ok lines, echoing them and tallying into $log.
tally() {
	name=$1
	shift
	out=$work/out.$$
	"$@" >"$out" 2>&1
	rc=$?
	sed "s/^/[$label] /" "$out" | grep -E '^\[[a-z]+\] (ok|not ok|skip) ' || true
	grep -E '^(ok|not ok|skip) ' "$out" >>"$log" || true
	if [ $rc -ne 0 ] && ! grep -q '^not ok ' "$out"; then
		echo "[$label] not ok - $name exited $rc"
		sed 's/^/    /' "$out" | tail -20
		echo "not ok - $name exited $rc" >>"$log"
	fi
}

# Unit tests.
for t in "$SRC/$build"/tests/test_*; do
	[ -x "$t" ] || continue
	tally "${t##*/}" "$t"
done

# Data-driven cases: tests/cases/TOOL/NAME.{args,in,out,err,rc}
run_case() {
	argsf=$1
	base=${argsf%.args}
	tool=$(basename "$(dirname "$argsf")")
	name=$tool/$(basename "$base")
	dir=$work/case
	rm -rf "$dir" && mkdir -p "$dir"
	want_rc=0
	[ -f "$base.rc" ] && want_rc=$(cat "$base.rc")
	input=/dev/null
	[ -f "$base.in" ] && input=$base.in
	(cd "$dir" && eval "set -- $(cat "$argsf")" && exec "scrm-$tool" "$@") \
		<"$input" >"$dir/.stdout" 2>"$dir/.stderr"
	rc=$?
	why=""
	[ "$rc" = "$want_rc" ] || why="exit status $rc, expected $want_rc"
	if [ -z "$why" ] && [ -f "$base.out" ] && ! cmp -s "$base.out" "$dir/.stdout"; then
		why="stdout differs: $(diff "$base.out" "$dir/.stdout" | head -5 | tr '\n' ' ')"
	fi
	if [ -z "$why" ] && [ -f "$base.err" ] && ! cmp -s "$base.err" "$dir/.stderr"; then
		why="stderr differs: $(diff "$base.err" "$dir/.stderr" | head -5 | tr '\n' ' ')"
	fi
	if [ -z "$why" ] && [ ! -f "$base.err" ] && grep -q 'Sanitizer' "$dir/.stderr"; then
		why="sanitizer report: $(grep -m1 Sanitizer "$dir/.stderr")"
	fi
	if [ -z "$why" ]; then
		echo "ok - case $name"
	else
		echo "not ok - case $name ($why)"
	fi
}
cases_out=$work/cases.out
: >"$cases_out"
for argsf in "$SRC"/tests/cases/*/*.args; do
	[ -f "$argsf" ] || continue
	run_case "$argsf" >>"$cases_out"
done
sed "s/^/[$label] /" "$cases_out"
cat "$cases_out" >>"$log"

# Script tests.
for s in "$SRC"/tests/scripts/*.sh; do
	[ -f "$s" ] || continue
	sdir=$work/script
	rm -rf "$sdir" && mkdir -p "$sdir"
	tally "$(basename "$s")" env TMPDIR="$sdir" sh "$s"
done

passed=$(grep -c '^ok ' "$log")
failed=$(grep -c '^not ok ' "$log")
skipped=$(grep -c '^skip ' "$log")
echo "[$label] $passed passed, $failed failed, $skipped skipped"
echo "$label $passed $failed $skipped" >>"$counts"
[ "$failed" -eq 0 ]
