#!/bin/sh
# Every separator --sep accepts (tab and each ASCII punctuation character
# but the double quote), with and without --decimal-comma, on every kind of
# cell: strings (holding each separator, quotes, line breaks, spaces, or
# reading as numbers), numbers (signs, exponents, decimals), booleans,
# null, absent fields, arrays and objects. Python's csv module must read
# each file back cell for cell: a cell holding the separator, whatever its
# kind, is quoted, or a reader splits it.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

if ! command -v python3 >/dev/null 2>&1; then
	skip "every separator and every kind of cell" "python3 not installed"
	exit 0
fi

# in.ndjson: records whose columns v and w.x take every value in turn;
# seps.txt: the separators, one a line, tab written "tab".
python3 - <<'EOT'
import json, string
seps = ['tab'] + [c for c in string.punctuation if c != '"']
open('seps.txt', 'w').write(''.join(s + '\n' for s in seps))
punct = string.punctuation
strings = ['plain', '', ' lead', 'trail ', '\tlead', 'trail\t', 'q"uote', '"', 'l1\nl2',
           'cr\rx', 'crlf\r\nx', 'é 😀', '42', '-2', '1.5', '1,5', '-1.5', '1e+5', '1E-05',
           '007', 'true', 'false', 'null', '=1+1', punct] + \
          [c for c in punct] + ['a%sb' % c for c in punct] + ['-1%s5' % c for c in punct]
numbers = ['0', '-0', '7', '-2', '1.5', '1.50', '-0.25', '1e5', '1E+05', '-1.5e-3', '2.5E-7',
           '-1.5e+3', '123456789012345', '-12345.678901234', '12345678901234567890', '0.5e+300']
values = [json.dumps(s, ensure_ascii=False) for s in strings] + numbers + \
         ['true', 'false', 'null', None, '[]', '[1.5,-2]', '["a","b,c"]', '[null,true]',
          '["-1"]', '[1.5]', '[[1],{"k":"v"}]', '{}', '{"k":"v.w","n":-1.5}']
with open('in.ndjson', 'w', encoding='utf-8') as f:
    for i, v in enumerate(values):
        w = values[(i * 7 + 3) % len(values)]
        parts = ['"id":"r%d"' % i]
        # The first record fixes the columns: v and w.x must not be objects there.
        if i == 0:
            v, w = '"first"', '"first"'
        if v is not None:
            parts.append('"v":' + v)
        if w is not None:
            parts.append('"w":{"x":' + w + '}')
        f.write('{' + ','.join(parts) + '}\n')
EOT

fields=id,v,w.x
fails=""
k=0
while IFS= read -r sep; do
	for dc in no yes; do
		k=$((k + 1))
		set -- --sep "$sep"
		[ $dc = yes ] && set -- "$@" --decimal-comma --crlf
		scrm-csv -f "$fields" "$@" in.ndjson >out$k.csv 2>err$k.txt ||
			fails="$fails [--sep $sep dc=$dc: status $?]"
		printf '%s\t%s\t%s\n' "$k" "$dc" "$sep" >>runs.txt
	done
done <seps.txt
check_eq "every separator accepted and written" "" "$fails"

# read_back: for each run, Python's csv module reads the file; the cells
# must be what scrm-csv(1) says the values become.
why=$(python3 - "$fields" <<'EOT'
import csv, json, sys
paths = sys.argv[1].split(',')

class Num(str):
    """A number as its JSON text."""

def load(line):
    return json.loads(line, parse_int=Num, parse_float=Num)

def get(r, path):
    for k in path.split('.'):
        if not isinstance(r, dict) or k not in r:
            return None
        r = r[k]
    return r

def cell(v, dc):
    if v is None:
        return ''
    if v is True or v is False:
        return 'true' if v else 'false'
    if isinstance(v, Num):
        return v.replace('.', ',') if dc else str(v)
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return '|'.join('' if e is None else compact(e) if isinstance(e, (list, dict))
                        else cell(e, dc) for e in v)
    return compact(v)

def compact(v):
    """Compact JSON, numbers as their text."""
    if isinstance(v, Num):
        return str(v)
    if isinstance(v, list):
        return '[' + ','.join(compact(e) for e in v) + ']'
    if isinstance(v, dict):
        return '{' + ','.join(compact(k) + ':' + compact(e) for k, e in v.items()) + '}'
    return json.dumps(v, ensure_ascii=False)

records = [load(l) for l in open('in.ndjson', encoding='utf-8')]
bad = []
for run in open('runs.txt', encoding='utf-8'):
    k, dc, sep = run.rstrip('\n').split('\t')
    sep = '\t' if sep == 'tab' else sep
    dc = dc == 'yes'
    want = [paths] + [[cell(get(r, p), dc) for p in paths] for r in records]
    with open('out%s.csv' % k, newline='', encoding='utf-8') as f:
        got = list(csv.reader(f, delimiter=sep, strict=True))
    if got != want:
        for i, (a, b) in enumerate(zip(want, got)):
            if a != b:
                bad.append('sep %r%s row %d: want %r got %r' %
                           (sep, ' decimal comma' if dc else '', i + 1, a, b))
                break
        else:
            bad.append('sep %r: want %d rows, got %d' % (sep, len(want), len(got)))
print('\n'.join(bad[:5]))
if len(bad) > 5:
    print('... %d runs wrong in all' % len(bad))
EOT
)
check_eq "every separator, every kind of cell: Python's csv module reads each cell back" "" "$why"
