#!/bin/sh
# scrm-fetch: 500 feeds of 50 items each from a local test server, -j 16.
# Prints what was measured, mentions/s, MB/s of feed bytes, peak RSS, and
# the command to reproduce. Needs python3 and GNU time (/usr/bin/time).
set -u
SRC=${SRC:-$(cd "$(dirname "$0")/.." && pwd)}
BIN=${BIN:-$SRC/build/bin}
[ -x "$BIN/scrm-fetch" ] || { echo "fetch bench: $BIN/scrm-fetch not built (run make)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/scrm-bench-fetch.XXXXXX") || exit 3
server_pid=""
trap '[ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT INT TERM

python3 "$SRC/tests/server/fixture_server.py" --root "$work" --lifetime 300 >"$work/port" 2>/dev/null &
server_pid=$!
i=0
while [ ! -s "$work/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$work/port")
[ -n "$port" ] || { echo "fetch bench: the server did not start" >&2; exit 1; }

n=0
while [ $n -lt 500 ]; do
	echo "http://127.0.0.1:$port/gen/feed/$n?items=50"
	n=$((n + 1))
done >"$work/sources"
bytes=$(curl -s "http://127.0.0.1:$port/gen/feed/0?items=50" | wc -c)

if [ -x /usr/bin/time ]; then
	/usr/bin/time -f "%e %M %U %S" -o "$work/time" "$BIN/scrm-fetch" -j 16 --per-host 16 -s "$work/sources" \
		>"$work/out" 2>"$work/err"
else
	start=$(date +%s.%N)
	"$BIN/scrm-fetch" -j 16 --per-host 16 -s "$work/sources" >"$work/out" 2>"$work/err"
	echo "$(echo "$(date +%s.%N) - $start" | bc) 0 0 0" >"$work/time"
fi
rc=$?
mentions=$(wc -l <"$work/out" | tr -d ' ')
read -r secs rss_kb usr sys <"$work/time"
awk -v cpu="$usr $sys" -v s="$secs" -v m="$mentions" -v b="$bytes" -v r="$rss_kb" -v rc="$rc" 'BEGIN {
	printf "fetch: 500 feeds x 50 items from a local python3 server, -j 16 --per-host 16: exit %d, %d mentions in %.2f s\n", rc, m, s
	split(cpu, c, " ")
	printf "fetch: %.0f mentions/s, %.2f MB/s of feed bytes (%d bytes per feed), peak RSS %.1f MB\n", m / s, 500 * b / s / 1e6, b, r / 1024
	printf "fetch: scrm-fetch itself used %.2f s of CPU (user %.2f + sys %.2f); the rest is the server\n", c[1] + c[2], c[1], c[2]
}'
echo "fetch: reproduce with: sh bench/fetch.sh   (after make)"
