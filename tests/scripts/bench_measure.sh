#!/bin/sh
# bench/common.sh's measure: BENCH_RUNS runs, the one of least CPU time
# reported with the median and the highest peak RSS of all; BENCH_BEFORE
# before each run; a failing run stops it and is reported, its status
# returned.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1
command -v python3 > /dev/null 2>&1 || { skip "bench measure" "python3 missing"; exit 0; }

in=$SRC/examples/mentions.ndjson
lines=$(wc -l < "$in" | tr -d ' ')
# A command whose runs differ: each burns CPU for a while, the second
# also allocates and touches 64 MiB (so it is not the best run, yet its
# peak RSS is the one reported); each counts itself in runs.
cat > work.py <<'EOF'
import sys
n = int(open("runs").read()) + 1
open("runs", "w").write(str(n))
sys.stdin.read()
x = 0
for i in range(1000000):
    x += i
if n == 2:
    b = bytearray(64 << 20)
    for i in range(0, len(b), 4096):
        b[i] = 1
    for i in range(1000000):
        x += i
sys.exit(int(sys.argv[1]) if n == int(sys.argv[2]) else 0)
EOF

echo 0 > runs
: > before
out=$( . "$SRC/bench/common.sh"; BENCH_RUNS=3; BENCH_BEFORE="echo x >> before"
	measure "three" "$in" python3 work.py 0 0)
check_eq "three runs made" 3 "$(cat runs)"
check_eq "BENCH_BEFORE before each" 3 "$(wc -l < before | tr -d ' ')"
check "one line says best of 3 runs, with the median" \
	sh -c "printf '%s\n' \"\$1\" | grep -Eq '^three: $lines mentions, .* per CPU second \\(best of 3 runs; median CPU [0-9]+\\.[0-9]{2} s\\)\$'" sh "$out"
check "the command to reproduce it" \
	sh -c "printf '%s\n' \"\$1\" | grep -q '^  reproduce: python3 work.py 0 0 < '" sh "$out"
rss=$(printf '%s\n' "$out" | sed -n 's/.*peak RSS \([0-9]*\) KiB.*/\1/p')
check "peak RSS: the highest of the runs (64 MiB run: $rss KiB)" test "${rss:-0}" -ge 65536
best=$(printf '%s\n' "$out" | sed -n 's/.*; CPU \([0-9.]*\) s:.*/\1/p')
median=$(printf '%s\n' "$out" | sed -n 's/.*median CPU \([0-9.]*\) s.*/\1/p')
check "best CPU ($best s) not above the median ($median s)" \
	awk -v b="$best" -v m="$median" 'BEGIN { exit !(b > 0 && b <= m) }'

echo 0 > runs
out=$( . "$SRC/bench/common.sh"; BENCH_RUNS=4; measure "fails" "$in" python3 work.py 5 2; echo "status $?")
check_eq "a failing run stops the runs" 2 "$(cat runs)"
check_eq "a failing run: reported with its status, which measure returns" \
	"fails: FAILED (exit 5)
  reproduce: python3 work.py 5 2 < $in > /dev/null
status 5" "$out"

echo 0 > runs
out=$( . "$SRC/bench/common.sh"; BENCH_RUNS=1; measure "once" "$in" python3 work.py 0 0)
check_eq "BENCH_RUNS=1: one run" 1 "$(cat runs)"
check "BENCH_RUNS=1: best of 1 run" sh -c "printf '%s\n' \"\$1\" | grep -q '(best of 1 run; median CPU '" sh "$out"

# Without GNU time (python3 measures): the child's own CPU time, not that
# of whatever else the measuring process waited for (a python3 reached
# through a wrapper such as pyenv's shims has such children).
out=$( . "$SRC/bench/common.sh"; BENCH_RUNS=1; BENCH_NO_GNU_TIME=1; measure "py" "$in" cat)
cpu=$(printf '%s\n' "$out" | sed -n 's/.*; CPU \([0-9.]*\) s:.*/\1/p')
check "without GNU time: cat's own CPU time ($cpu s), under 0.05 s" \
	awk -v c="$cpu" 'BEGIN { exit !(c != "" && c < 0.05) }'
