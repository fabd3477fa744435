#!/bin/sh
# Python's csv module reads what scrm-csv writes back cell for cell, in the
# plain, --excel, --tsv and --sep styles. The expected cells are computed
# here from the NDJSON with Python's json module, following the mapping
# scrm-csv(1) documents (strings decoded, numbers as their JSON text,
# null and absent empty, arrays joined with '|').
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

if ! command -v python3 >/dev/null 2>&1; then
	skip "Python csv reads scrm-csv output" "python3 not installed"
	exit 0
fi

cat >in.ndjson <<'EOT'
{"id":"p:1","text":"Il a dit \"bonjour\" ; puis, il est parti.\nNouvelle ligne\r\nCRLF aussi","author":{"handle":"@élodie","followers":1520},"tone":{"score":0.82},"tags":["a","b"]}
{"id":"p:2","text":"emoji 😀👍🏽 et accents àéîõü ÇŒ","author":{"handle":"tab\there"},"tone":{"score":-0.5},"tags":[]}
{"id":"p:3","text":"","author":{"handle":null},"tone":{"score":1e-05},"tags":[1,"x",null,true]}
{"id":"p:4","text":"  espaces  ","author":{},"tags":"pas une liste"}
{"id":"p:5","text":"\"","tone":{"score":-0},"extra":1}
{"id":"p:6","text":"a;b,c\td|e","author":{"handle":"=1+1","followers":0}}
EOT
fields=id,text,author.handle,author.followers,tone.score,tags

# check_python NAME DELIMITER DECIMAL_COMMA ENCODING CSV_FILE
check_python() {
	why=$(python3 - "$2" "$3" "$4" "$5" "$fields" <<'EOT'
import csv, json, os, sys
delim, decimal_comma, encoding, path, fields = sys.argv[1:]
paths = fields.split(',')

class Num(str):
    """A number as its JSON text (json.loads hands the text to parse_int/parse_float)."""

def load(line):
    return json.loads(line, parse_int=Num, parse_float=Num)

def number(text):
    return text.replace('.', ',') if decimal_comma == 'yes' else str(text)

def cell(v):
    if v is None:
        return ''
    if v is True or v is False:
        return 'true' if v else 'false'
    if isinstance(v, Num):
        return number(v)
    if isinstance(v, str):
        return v
    if isinstance(v, list):
        return '|'.join('' if e is None else cell(e) for e in v)
    return json.dumps(v, separators=(',', ':'), ensure_ascii=False)

sys.path.insert(0, os.path.join(os.environ['SRC'], 'tests', 'fixtures'))
from records import get

want = [paths] + [[cell(get(load(l), p)) for p in paths]
                  for l in open('in.ndjson', encoding='utf-8')]
with open(path, newline='', encoding=encoding) as f:
    got = list(csv.reader(f, delimiter=delim, strict=True))
if got != want:
    for i, (a, b) in enumerate(zip(want, got)):
        if a != b:
            print('row %d: want %r got %r' % (i + 1, a, b))
            break
    else:
        print('want %d rows, got %d' % (len(want), len(got)))
EOT
)
	check_eq "$1" "" "$why"
}

scrm-csv -f "$fields" in.ndjson >plain.csv
check_python "plain CSV read back by Python's csv module" , no utf-8 plain.csv

scrm-csv --excel -f "$fields" in.ndjson >excel.csv
check_python "--excel read back by Python's csv module (utf-8-sig, ;)" ';' yes utf-8-sig excel.csv
check_eq "--excel starts with a UTF-8 BOM" "efbbbf" "$(head -c 3 excel.csv | od -An -tx1 | tr -d ' \n')"
check_eq "--excel ends rows with CR LF" "0d0a" "$(tail -c 2 excel.csv | od -An -tx1 | tr -d ' \n')"

scrm-csv --tsv -f "$fields" in.ndjson >tsv.csv
check_python "--tsv read back by Python's csv module (excel-tab)" "$(printf '\t')" no utf-8 tsv.csv

scrm-csv --sep '|' -f "$fields" in.ndjson >pipe.csv
check_python "--sep '|' read back by Python's csv module" '|' no utf-8 pipe.csv

# And the other way: what Python's csv module writes, scrm-csv reads.
python3 - >py.csv <<'EOT'
import csv, sys
w = csv.writer(sys.stdout, lineterminator='\r\n')
w.writerow(['id', 'text', 'author.handle'])
w.writerow(['q:1', 'guillemets "doubles", virgule\net ligne', 'été'])
w.writerow(['q:2', ' ', ''])
EOT
scrm-csv --from-csv py.csv >py.ndjson
check_eq "CSV written by Python's csv module read by --from-csv" \
	'{"id":"q:1","text":"guillemets \"doubles\", virgule\net ligne","author":{"handle":"été"}}
{"id":"q:2","text":" "}' "$(cat py.ndjson)"
