#!/bin/sh
# bench/ab: two builds run in turn on one file; each side's best and median
# CPU time, the ratios; a failing run stops it with the failure said.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

ab=$SRC/bench/ab
in=$SRC/examples/mentions.ndjson
sh "$ab" -n 3 "$in" "$BIN/scrm-cat" "$BIN/scrm-cat" > out 2> err
check_eq "two builds compared: exit 0" 0 $?
check "old side: best and median of 3 runs" \
	grep -Eq "^old: best [0-9]+\.[0-9]{3} s, median [0-9]+\.[0-9]{3} s of CPU \(3 runs\): .*/scrm-cat$" out
check "new side: best and median of 3 runs" \
	grep -Eq "^new: best [0-9]+\.[0-9]{3} s, median [0-9]+\.[0-9]{3} s of CPU \(3 runs\): .*/scrm-cat$" out
check_eq "three lines out, nothing on stderr" "3 0" "$(wc -l < out | tr -d ' ') $(wc -c < err | tr -d ' ')"

# Runs long enough for the clock: the ratios (a tiny file says it is too short).
# shellcheck disable=SC2016 # expanded by the sh that bench/ab runs
busy='cat > /dev/null; i=0; while [ $i -lt 100000 ]; do i=$((i + 1)); done'
sh "$ab" -n 2 "$in" sh sh -c "$busy" > out 2> err
check "ratios of new to old" grep -Eq "^new takes [0-9]+\.[0-9]{3} of old's time at best, [0-9]+\.[0-9]{3} at the median$" out

# The arguments reach both sides: sh -c 'exit 3' fails only if they do.
sh "$ab" -n 1 "$in" sh sh -c 'cat > /dev/null' > out 2> err
check_eq "arguments passed to both sides: exit 0" 0 $?
sh "$ab" -n 1 "$in" sh sh -c 'exit 3' > out 2> err
check_eq "a failing run: exit 1" 1 $?
check_eq "a failing run: said, with its status" "bench/ab: sh failed (exit 3)" "$(cat err)"

check_rc "no file and builds: usage, exit 2" 2 sh "$ab" "$in"
check_rc "-n not a number: exit 2" 2 sh "$ab" -n x "$in" sh sh
check_rc "unreadable file: exit 2" 2 sh "$ab" "$TMPDIR/none.ndjson" sh sh
