#!/bin/sh
# --from-csv against Python's csv module on random files (every separator,
# quotes, line breaks, emoji), then on randomly damaged files: never a
# crash, only exit statuses 0 or 1, and every output line valid JSON.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

if ! command -v python3 >/dev/null 2>&1; then
	skip "--from-csv against Python's csv module" "python3 not installed"
	exit 0
fi

for seed in 1 2 3; do
	python3 - "$seed" <<'EOT'
import csv, json, random, sys
seed = int(sys.argv[1])
rnd = random.Random(seed)
sep = [',', ';', '\t'][seed % 3]
bits = ['a', 'Zoé', ',', ';', '\t', '"', '""', '\n', '\r', ' ', '😀', '|', '1', 'x y']
names = ['c1', 'c2', 'c3', 'c4']
with open('rand.csv', 'w', newline='', encoding='utf-8') as f, \
     open('want.ndjson', 'w', encoding='utf-8') as want:
    # Python quotes a cell holding CR only when CR ends its rows: with LF
    # rows it writes a bare CR, which no reader takes for data.
    eol = rnd.choice(['\n', '\r\n'])
    if eol == '\n':
        bits.remove('\r')
    w = csv.writer(f, delimiter=sep, lineterminator=eol)
    w.writerow(names)
    for i in range(300):
        row = [''.join(rnd.choice(bits) for _ in range(rnd.randrange(4))) for _ in names]
        w.writerow(row)
        # An empty unquoted cell leaves its field out; CR LF inside a cell reads as LF.
        obj = {k: v.replace('\r\n', '\n') for k, v in zip(names, row) if v != ''}
        if obj:
            want.write(json.dumps(obj, ensure_ascii=False, separators=(',', ':')) + '\n')
open('sep', 'w').write('tab' if sep == '\t' else sep)
EOT
	scrm-csv --from-csv --no-types --sep "$(cat sep)" rand.csv >got.ndjson 2>err.txt
	check_eq "random CSV $seed (sep $(cat sep)): status" 0 $?
	check_file_eq "random CSV $seed: same rows as Python's csv module" want.ndjson got.ndjson
	scrm-csv --from-csv --no-types rand.csv >got.ndjson 2>err.txt
	check_file_eq "random CSV $seed: separator detected" want.ndjson got.ndjson
done

# Damaged files: bytes flipped, dropped, quotes and line breaks inserted.
python3 - <<'EOT'
import random
rnd = random.Random(11)
data = open('rand.csv', 'rb').read()
for n in range(20):
    b = bytearray(data)
    for _ in range(rnd.randrange(1, 40)):
        i = rnd.randrange(len(b))
        op = rnd.randrange(4)
        if op == 0:
            b[i] = rnd.randrange(256)
        elif op == 1:
            del b[i]
        else:
            b[i:i] = rnd.choice([b'"', b'\n', b'\r\n', b'\x00', b'\xff', b'""', b';'])
    open('bad%d.csv' % n, 'wb').write(bytes(b))
EOT
fails=""
n=0
while [ $n -lt 20 ]; do
	scrm-csv --from-csv --rejects rej$n.csv bad$n.csv >out$n.ndjson 2>err$n.txt
	rc=$?
	case $rc in 0|1) ;; *) fails="$fails bad$n.csv:exit$rc" ;; esac
	grep -q Sanitizer err$n.txt && fails="$fails bad$n.csv:sanitizer"
	python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    json.loads(line)' out$n.ndjson 2>/dev/null || fails="$fails bad$n.csv:invalid-json"
	n=$((n + 1))
done
check_eq "20 damaged files: statuses 0/1, valid JSON out, no sanitizer report" "" "$fails"
