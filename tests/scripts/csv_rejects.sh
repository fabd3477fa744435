#!/bin/sh
# What scrm-csv cannot use is reported with FILE:LINE and kept verbatim
# with --rejects, in both directions; --strict stops at the first.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

# NDJSON -> CSV: the record loop's rejects.
printf '{"id":"a"}\n{"id":\n[1]\n{"id":"\377"}\n{"id":"n\000"}\n{"id":"b"}\n' >bad.ndjson
scrm-csv -f id --rejects rej.ndjson bad.ndjson >out.csv 2>err.txt
check_eq "NDJSON rejects: status 1" 1 $?
check_eq "NDJSON rejects: good records written" 'id
a
b' "$(cat out.csv)"
printf '{"id":\n[1]\n{"id":"\377"}\n{"id":"n\000"}\n' >want.ndjson
check_file_eq "NDJSON rejects kept verbatim (invalid byte and NUL included)" want.ndjson rej.ndjson
check_eq "NDJSON rejects named by line" "2 3 4 5" \
	"$(sed -n 's/^scrm-csv: bad\.ndjson:\([0-9]*\): .*/\1/p' err.txt | tr '\n' ' ' | sed 's/ $//')"

# CSV -> NDJSON: a row is rejected whole, from the line where it starts.
printf 'id,text,n\nc:1,"ok\nsur deux lignes",1\nc:2,"mal "ferm\303\251",2\nc:3,trop,de,cellules\nc:4,"caf\351",4\nc:5,"fin",5\n' >bad.csv
scrm-csv --from-csv --rejects rej.csv bad.csv >out.ndjson 2>err.txt
check_eq "CSV rejects: status 1" 1 $?
check_eq "CSV rejects: good rows written" '{"id":"c:1","text":"ok\nsur deux lignes","n":1}
{"id":"c:5","text":"fin","n":5}' "$(cat out.ndjson)"
printf 'c:2,"mal "ferm\303\251",2\nc:3,trop,de,cellules\nc:4,"caf\351",4\n' >want.csv
check_file_eq "CSV rejects kept verbatim (invalid byte included)" want.csv rej.csv
cat >want_err.txt <<'EOT'
scrm-csv: bad.csv:4: unexpected character after a closing quote (cell 2)
scrm-csv: bad.csv:5: 4 cells where the header (line 1) has 3
scrm-csv: bad.csv:6: invalid UTF-8 at byte 9 (try --encoding windows-1252)
EOT
check_file_eq "CSV rejects named by the line where the row starts" want_err.txt err.txt

# An unterminated quote: the line that opened it is rejected, the lines after it are read again.
printf 'id,text\nd:1,"jamais ferm\303\251\nd:2,"deux\nlignes"\nd:3,ok\n' >open.csv
scrm-csv --from-csv --rejects rej.csv open.csv >out.ndjson 2>err.txt
check_eq "unterminated quote: status 1" 1 $?
check_eq "unterminated quote: later rows recovered" '{"id":"d:2","text":"deux\nlignes"}
{"id":"d:3","text":"ok"}' "$(cat out.ndjson)"
check_eq "unterminated quote: only the opening line rejected" 'd:1,"jamais fermé' "$(cat rej.csv)"
check_eq "unterminated quote: message" \
	'scrm-csv: open.csv:2: quoted cell opened here breaks at line 3: unexpected character after a closing quote' \
	"$(cat err.txt)"
# Whatever breaks the open cell, invalid UTF-8 or a NUL byte further down
# included: only the opening line is rejected, the row between is kept and
# the bad line is rejected for its own reason.
printf 'id,text\n1,"open\n2,ok\n3,ok\351\n4,ok\n5,end\n' >open_utf8.csv
scrm-csv --from-csv --rejects rej.csv open_utf8.csv >out.ndjson 2>err.txt
check_eq "unterminated quote, then invalid UTF-8: rows between and after kept" '1 {"id":"2","text":"ok"}
{"id":"4","text":"ok"}
{"id":"5","text":"end"}' "$? $(cat out.ndjson)"
printf '1,"open\n3,ok\351\n' >want.csv
check_file_eq "unterminated quote, then invalid UTF-8: two lines rejected, each alone" want.csv rej.csv
check_eq "unterminated quote, then invalid UTF-8: messages" \
	'scrm-csv: open_utf8.csv:2: quoted cell opened here breaks at line 4: invalid UTF-8
scrm-csv: open_utf8.csv:4: invalid UTF-8 at byte 5 (try --encoding windows-1252)' "$(cat err.txt)"
printf 'id,text\n1,"open\n2,ok\n3,o\000k\n4,ok\n' >open_nul.csv
scrm-csv --from-csv --rejects rej.csv open_nul.csv >out.ndjson 2>err.txt
check_eq "unterminated quote, then a NUL byte: rows kept, lines named" '1 {"id":"2","text":"ok"}
{"id":"4","text":"ok"}
scrm-csv: open_nul.csv:2: quoted cell opened here breaks at line 4: NUL byte
scrm-csv: open_nul.csv:4: NUL byte at byte 4' "$? $(cat out.ndjson)
$(cat err.txt)"
printf 'id,text\nf:1,ok\nf:2,"open at the end\n' >eof.csv
scrm-csv --from-csv eof.csv >out.ndjson 2>err.txt
check_eq "quote still open at the end of the file" '1 {"id":"f:1","text":"ok"} scrm-csv: eof.csv:3: unterminated quoted cell' \
	"$? $(cat out.ndjson) $(cat err.txt)"

# --strict stops at the first bad row, keeping the rows before it.
scrm-csv --from-csv --strict bad.csv >out.ndjson 2>err.txt
check_eq "--strict: status 1, one message" "1 1" "$? $(wc -l <err.txt | tr -d ' ')"
check_eq "--strict: rows before the bad one written" '{"id":"c:1","text":"ok\nsur deux lignes","n":1}' \
	"$(cat out.ndjson)"

# Windows-1252 files (French Excel's "CSV (séparateur : point-virgule)") with --encoding.
printf 'id;nom;montant\r\ne:1;\311lodie \200;1,5\r\n' >cp1252.csv
scrm-csv --from-csv --excel --encoding windows-1252 cp1252.csv >out.ndjson 2>err.txt
check_eq "--encoding windows-1252 --excel" '{"id":"e:1","nom":"Élodie €","montant":1.5}' "$(cat out.ndjson)"
scrm-csv --from-csv --encoding auto bad.csv >out.ndjson 2>/dev/null
check "--encoding auto reads a stray Latin-1 byte as Windows-1252" grep -q '"text":"café"' out.ndjson

# Rejected rows are kept byte for byte, their own line ends included: CR LF
# rows (and a CR LF inside a quoted cell) keep their CRs, LF rows stay LF.
printf 'id,text\r\ng:1,"a\r\nb",extra\r\ng:2,caf\351\r\ng:3,ok\r\ng:4,lf,row\ng:5,"x\r\ny"\r\n' >crlf.csv
scrm-csv --from-csv --rejects rej.csv crlf.csv >out.ndjson 2>err.txt
check_eq "CR LF rows: status 1, good rows written" '1 {"id":"g:3","text":"ok"}
{"id":"g:5","text":"x\ny"}' "$? $(cat out.ndjson)"
printf 'g:1,"a\r\nb",extra\r\ng:2,caf\351\r\ng:4,lf,row\n' >want.csv
check_file_eq "CR LF rows rejected byte for byte (CR LF in a cell, invalid byte, mixed line ends)" \
	want.csv rej.csv
check_eq "CR LF rows: named by the line where they start" 'scrm-csv: crlf.csv:2: 3 cells where the header (line 1) has 2
scrm-csv: crlf.csv:4: invalid UTF-8 at byte 8 (try --encoding windows-1252)
scrm-csv: crlf.csv:6: 3 cells where the header (line 1) has 2' "$(cat err.txt)"
# An unterminated quote in a CR LF file: the opening line is kept with its
# CR, and the lines read again keep theirs (and still parse).
printf 'id,text\r\nh:1,"open\r\nh:2,"deux\r\nlignes"\r\nh:3,ok\r\n' >open_crlf.csv
scrm-csv --from-csv --rejects rej.csv open_crlf.csv >out.ndjson 2>err.txt
check_eq "CR LF, unterminated quote: later rows recovered" '{"id":"h:2","text":"deux\nlignes"}
{"id":"h:3","text":"ok"}' "$(cat out.ndjson)"
printf 'h:1,"open\r\n' >want.csv
check_file_eq "CR LF, unterminated quote: the opening line kept with its CR LF" want.csv rej.csv
# A header that cannot be used rejects every later line, each as it was.
printf 'a,a\r\n1,2\r\n3,4\n' >dup_crlf.csv
scrm-csv --from-csv --rejects rej.csv dup_crlf.csv >/dev/null 2>&1
check_file_eq "CR LF, unusable header: every line kept with its own line end" dup_crlf.csv rej.csv
gzip -c crlf.csv >crlf.csv.gz
scrm-csv --from-csv --rejects rej.csv.gz crlf.csv.gz >/dev/null 2>&1
printf 'g:1,"a\r\nb",extra\r\ng:2,caf\351\r\ng:4,lf,row\n' >want.csv
check_eq "CR LF rows from gzip input, rejected to gzip, byte for byte" "$(od -c want.csv)" \
	"$(gzip -dc rej.csv.gz | od -c)"

# Several files: each has its own header and line numbers.
printf 'a,b\n1,2\n' >one.csv
printf 'b,c\n3\n' >two.csv
scrm-csv --from-csv one.csv two.csv >out.ndjson 2>err.txt
check_eq "several files: status 1" 1 $?
check_eq "several files: own headers" '{"a":1,"b":2}' "$(cat out.ndjson)"
check_eq "several files: own line numbers" 'scrm-csv: two.csv:2: 1 cells where the header (line 1) has 2' \
	"$(cat err.txt)"

# The man page's --from-csv examples, on its fixture files, give what it promises.
mkdir ex && cd ex && sh "$SRC/tests/man/scrm-csv.1.setup" || exit 1
scrm-csv --from-csv --encoding windows-1252 contacts.csv >contacts.ndjson
check_eq "man example: Salesforce-style Windows-1252 export, every quoted cell a string" \
	'{"Id":"0035g00000AbCdE","FirstName":"Élodie","LastName":"Müller","Email":"elodie@example.fr","Phone":"0612345678","MailingPostalCode":"01000"}' \
	"$(cat contacts.ndjson)"
scrm-csv --from-csv --excel --rejects bad-rows.csv reviewed.csv >reviewed.ndjson
check_eq "man example: French Excel spreadsheet back to nested records" \
	'{"id":"t:1","tone":{"label":"negative","score":-0.6},"text":"panne ; encore"} 0' \
	"$(cat reviewed.ndjson) $(wc -c <bad-rows.csv | tr -d ' ')"
