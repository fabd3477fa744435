#!/bin/sh
# Every separator --sep accepts (tab and each ASCII punctuation character
# but the double quote), with and without --decimal-comma, on every kind of
# cell: strings (holding each separator, quotes, line breaks, spaces, or
# reading as numbers), numbers (signs, exponents, decimals), booleans,
# null, absent fields, arrays and objects. Python's csv module must read
# each file back cell for cell: a cell holding the separator, whatever its
# kind, is quoted, or a reader splits it. --from-csv must give back what
# scrm-csv(1) promises, and only the losses it lists.
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
		[ $dc = yes ] && set -- --sep "$sep" --decimal-comma
		scrm-csv --from-csv "$@" out$k.csv >back$k.ndjson 2>>err$k.txt ||
			fails="$fails [--from-csv --sep $sep dc=$dc: status $?]"
		printf '%s\t%s\t%s\n' "$k" "$dc" "$sep" >>runs.txt
	done
done <seps.txt
check_eq "every separator accepted, written and read back" "" "$fails"

# check.py cells: Python's csv module reads each file; the cells must be
# what scrm-csv(1) says the values become. check.py back: --from-csv must
# give each value back as the man page's typing and its list of what does
# not survive a round trip say.
cat >check.py <<'EOT'
import csv, json, os, re, sys
mode, paths = sys.argv[1], sys.argv[2].split(',')

class Num(str):
    """A number as its JSON text."""

def load(line):
    return json.loads(line, parse_int=Num, parse_float=Num)

sys.path.insert(0, os.path.join(os.environ['SRC'], 'tests', 'fixtures'))
from records import get

def compact(v):
    if isinstance(v, Num):
        return str(v)
    if isinstance(v, list):
        return '[' + ','.join(compact(e) for e in v) + ']'
    if isinstance(v, dict):
        return '{' + ','.join(compact(k) + ':' + compact(e) for k, e in v.items()) + '}'
    return json.dumps(v, ensure_ascii=False)

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
        return '|'.join(compact(e) if isinstance(e, (list, dict)) else cell(e, dc) for e in v)
    return compact(v)

NUMBER = re.compile(r'-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?([0-9]+))?\Z')

def is_number(text, dc):
    """JSON syntax (',' for '.' with dc), at most 15 significant digits, exponent within 300."""
    if dc:
        if '.' in text:
            return False
        text = text.replace(',', '.')
    m = NUMBER.match(text)
    if not m:
        return False
    mantissa = text[:m.start(3)] if m.group(3) else text
    digits = re.sub('[^0-9]', '', mantissa).lstrip('0')
    return len(digits) <= 15 and (not m.group(4) or int(m.group(4)) <= 300)

def promised(v, sep, dc, path):
    """What the man page says value v of column path comes back as."""
    if v is None:
        return ('absent',)                      # null comes back absent
    if v is True or v is False:
        return ('bool', v)
    text = cell(v, dc)
    if text == '' and not isinstance(v, str):
        return ('absent',)                      # [] is an empty cell
    if path == 'id':
        return ('str', text)                    # a mention's text field
    # A number is typed when it reads as one; a string or an array cell
    # only when its quotes were forced by the separator it holds.
    if (isinstance(v, Num) or sep in text) and is_number(text, dc):
        return ('num', text.replace(',', '.') if dc else text)
    return ('str', text.replace('\r\n', '\n'))  # CR LF in a cell comes back as LF

def came_back(v):
    if v is None:
        return ('absent',)
    if v is True or v is False:
        return ('bool', v)
    return ('num' if isinstance(v, Num) else 'str' if isinstance(v, str) else 'other', v)

def cells_wrong(k, sep, dc):
    want = [paths] + [[cell(get(r, p), dc) for p in paths] for r in records]
    with open('out%s.csv' % k, newline='', encoding='utf-8') as f:
        got = list(csv.reader(f, delimiter=sep, strict=True))
    if len(got) != len(want):
        return 'want %d rows, got %d' % (len(want), len(got))
    return next(('row %d: want %r got %r' % (i + 1, a, b)
                 for i, (a, b) in enumerate(zip(want, got)) if a != b), None)

def back_wrong(k, sep, dc):
    back = [load(l) for l in open('back%s.ndjson' % k, encoding='utf-8')]
    if len(back) != len(records):
        return '%d records, %d back' % (len(records), len(back))
    for i, (a, b) in enumerate(zip(records, back)):
        for p in paths:
            want, got = promised(get(a, p), sep, dc, p), came_back(get(b, p))
            if want != got:
                return 'record %d, %s: %r came back as %r, not %r' % (i + 1, p, get(a, p), got, want)
    return None

records = [load(l) for l in open('in.ndjson', encoding='utf-8')]
wrong = []
for run in open('runs.txt', encoding='utf-8'):
    k, dc, sep = run.rstrip('\n').split('\t')
    sep = '\t' if sep == 'tab' else sep
    why = (cells_wrong if mode == 'cells' else back_wrong)(k, sep, dc == 'yes')
    if why:
        wrong.append('sep %r%s, %s' % (sep, ' --decimal-comma' if dc == 'yes' else '', why))
print('\n'.join(wrong[:5]) + ('\n... %d runs wrong in all' % len(wrong) if len(wrong) > 5 else ''))
EOT
check_eq "every separator, every kind of cell: Python's csv module reads each cell back" "" \
	"$(python3 check.py cells "$fields")"
check_eq "every separator, every kind of cell: --from-csv gives back what the man page promises" "" \
	"$(python3 check.py back "$fields")"

# Header names that must be quoted (each holds the separator) do not make
# a file that quotes every cell, whose quoted cells would be typed.
printf '{"w":{"x":"42","y":1.5}}\n' >dotted.ndjson
scrm-csv -f w.x,w.y --sep . dotted.ndjson | scrm-csv --from-csv --sep . >back.ndjson
check_file_eq "--sep . with every header name quoted: \"42\" stays a string" dotted.ndjson back.ndjson
