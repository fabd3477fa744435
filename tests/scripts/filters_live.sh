#!/bin/sh
# Filters fed a few records now and then (scrm-fetch --follow upstream, a
# tail -f) pass each on as soon as they have made it: they flush their
# output and rejects whenever they wait for more input, so a record does
# not sit in a buffer until the next 256 kB or the end of the stream.
# Each tool reads a FIFO whose writer sends one line, waits for that
# line's output to appear in the output file (or in the rejects file),
# then sends the next; a tool that held its output back would never show
# it before its input ends, and the wait would time out.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

# wait_lines FILE N: whether FILE holds N lines within 20 seconds.
wait_lines() {
	_tries=0
	while [ "$(wc -l <"$1" 2>/dev/null | tr -d ' ')" != "$2" ]; do
		_tries=$((_tries + 1))
		[ "$_tries" -gt 200 ] && return 1
		sleep 0.1
	done
}

# live NAME N1 N FIRST BAD LAST TOOL ARGS...: FIRST, BAD and LAST
# written to TOOL one at a time; FIRST must give N1 lines of output
# before BAD is sent, BAD (a bad line) its reject before LAST is sent,
# and the whole run N lines of output.
live() {
	_name=$1 _lines=$2 _total=$3 _first=$4 _second=$5 _last=$6
	shift 6
	rm -f in.fifo out.txt rej.txt
	: >out.txt
	: >rej.txt
	mkfifo in.fifo || { echo "not ok - $_name (mkfifo failed)"; return; }
	"$@" --rejects rej.txt <in.fifo >out.txt 2>/dev/null &
	_pid=$!
	exec 3>in.fifo
	printf '%s\n' "$_first" >&3
	if wait_lines out.txt "$_lines"; then
		echo "ok - $_name: the first record's output, while the input stays open"
	else
		echo "not ok - $_name: the first record's output, while the input stays open (got $(wc -l <out.txt | tr -d ' ') lines)"
	fi
	printf '%s\n' "$_second" >&3
	if wait_lines rej.txt 1; then
		echo "ok - $_name: a bad line's reject, while the input stays open"
	else
		echo "not ok - $_name: a bad line's reject, while the input stays open"
	fi
	printf '%s\n' "$_last" >&3
	exec 3>&-
	wait "$_pid"
	check_eq "$_name: status 1 (a line rejected)" 1 $?
	check_eq "$_name: everything written at the end" "$_total" "$(wc -l <out.txt | tr -d ' ')"
}

rec='{"id":"1","text":"Merci Orange, super service !","lang":"fr"}'
live scrm-cat 1 2 "$rec" 'not json' "$rec" scrm-cat
live scrm-tone 1 2 "$rec" '{"text":' "$rec" scrm-tone
live scrm-clean 1 2 "$rec" '[1]' "$rec" scrm-clean
# CSV: the header and the first row come out with the first record.
live scrm-csv 2 3 "$rec" '"str"' "$rec" scrm-csv
live "scrm-csv --from-csv" 1 2 'id,text
1,super' '2,a,b' '3,nul' scrm-csv --from-csv
