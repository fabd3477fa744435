#!/bin/sh
# The record loop every tool shares, exercised through scrm-cat: line
# handling, gzip, bad input reported and kept, exit statuses, write errors.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

# CRLF, BOM, blank lines, a last line without newline: all records kept, bytes untouched.
printf '\357\273\277{"id":"a", "text":"caf\303\251"}\r\n\n   \n{"id":"b"}\n{"id":"c"}' >mixed.ndjson
scrm-cat mixed.ndjson >out.ndjson 2>err.txt
check_eq "BOM, CRLF, blank lines, unterminated last line: status" 0 $?
printf '{"id":"a", "text":"caf\303\251"}\n{"id":"b"}\n{"id":"c"}\n' >want.ndjson
check_file_eq "BOM and CR removed, blank lines skipped, bytes otherwise kept" want.ndjson out.ndjson
check_eq "no warnings on clean input" "" "$(cat err.txt)"

# Bad lines: reported with file:line, kept verbatim with --rejects, the run goes on.
printf '{"ok":1}\n[1,2]\n{"bad":"\377"}\n{"nul":"a\000b"}\n{"x":tru}\n"str"\n{"ok":2}\n{"cut":' >bad.ndjson
scrm-cat --rejects rej.ndjson bad.ndjson >out.ndjson 2>err.txt
check_eq "rejects make the status 1" 1 $?
check_eq "valid records still written" '{"ok":1}
{"ok":2}' "$(cat out.ndjson)"
cat >want_err.txt <<'EOT'
scrm-cat: bad.ndjson:2: not a JSON object (array)
scrm-cat: bad.ndjson:3: invalid UTF-8 at byte 9
scrm-cat: bad.ndjson:4: invalid JSON at byte 10: NUL byte in string
scrm-cat: bad.ndjson:5: invalid JSON at byte 6: unexpected character
scrm-cat: bad.ndjson:6: not a JSON object (string)
scrm-cat: bad.ndjson:8: invalid JSON at byte 8: unexpected end of input (last line has no newline: truncated input?)
EOT
check_file_eq "each bad line named with file:line and reason" want_err.txt err.txt
printf '[1,2]\n{"bad":"\377"}\n{"nul":"a\000b"}\n{"x":tru}\n"str"\n{"cut":\n' >want_rej.ndjson
check_file_eq "rejects kept verbatim (invalid bytes and NUL included)" want_rej.ndjson rej.ndjson

# --strict stops at the first bad line, keeping what came before.
scrm-cat --strict bad.ndjson >out.ndjson 2>err.txt
check_eq "--strict: status 1" 1 $?
check_eq "--strict: records before the bad line written" '{"ok":1}' "$(cat out.ndjson)"
check_eq "--strict: one message" 1 "$(wc -l <err.txt | tr -d ' ')"

# -q: silent, the status still tells.
scrm-cat -q bad.ndjson >/dev/null 2>err.txt
check_eq "-q: status 1" 1 $?
check_eq "-q: nothing on stderr" "" "$(cat err.txt)"

# Many bad lines: the first ten, then a count.
i=0
: >many.ndjson
while [ $i -lt 25 ]; do echo 'oops' >>many.ndjson; i=$((i + 1)); done
scrm-cat many.ndjson >/dev/null 2>err.txt
check_eq "25 bad lines: 10 shown and a summary" 11 "$(wc -l <err.txt | tr -d ' ')"
check_eq "summary line" "scrm-cat: 25 lines rejected (15 not shown)" "$(tail -1 err.txt)"

# Empty input, and input that is only blank lines.
scrm-cat </dev/null >out.ndjson 2>err.txt
check_eq "empty input: status 0" 0 $?
check_eq "empty input: no output" 0 "$(wc -c <out.ndjson | tr -d ' ')"
printf '\n\n \n' | scrm-cat >out.ndjson
check_eq "blank input: status 0 and no output" "0 0" "$? $(wc -c <out.ndjson | tr -d ' ')"

# Unreadable and missing files: reported, status 3, other files still read.
printf '{"a":1}\n' >one.ndjson
scrm-cat missing.ndjson one.ndjson >out.ndjson 2>err.txt
check_eq "missing file: status 3" 3 $?
check_eq "missing file named" "scrm-cat: missing.ndjson: No such file or directory" "$(cat err.txt)"
check_eq "other files still read" '{"a":1}' "$(cat out.ndjson)"
scrm-cat . >/dev/null 2>err.txt
check_eq "a directory: status 3" 3 $?
check "a directory: read error named with file:line" grep -q '^scrm-cat: \.:1: read error: Is a directory' err.txt

# Write failures: never exit 0 after losing output.
scrm-cat -o /dev/full one.ndjson 2>err.txt
check_eq "-o /dev/full: status 3" 3 $?
check_eq "-o /dev/full: message" "scrm-cat: /dev/full: write error: No space left on device" "$(cat err.txt)"
scrm-cat one.ndjson >/dev/full 2>err.txt
check_eq "stdout on /dev/full: status 3" 3 $?
check "stdout on /dev/full: message" grep -q 'write error: No space left on device' err.txt
scrm-cat --rejects /dev/full bad.ndjson >/dev/null 2>err.txt
check_eq "--rejects on /dev/full: status 3" 3 $?
scrm-cat -o /nonexistent/dir/out one.ndjson 2>err.txt
check_eq "unwritable output: status 3" 3 $?

# A reader that goes away: the tool ends quietly.
i=0
: >long.ndjson
while [ $i -lt 2000 ]; do echo '{"id":"x","text":"some words to make it longer than a pipe buffer"}' >>long.ndjson; i=$((i + 1)); done
for n in 1 2 3 4 5 6 7 8; do cat long.ndjson; done >longer.ndjson
scrm-cat longer.ndjson 2>err.txt | head -1 >/dev/null
check_eq "piped into head: nothing on stderr" "" "$(cat err.txt)"

# Gzip: read transparently (also on a pipe, also concatenated members), written for -o FILE.gz.
gzip -c want.ndjson >in.gz
gzip -c one.ndjson >>in.gz
scrm-cat in.gz >out.ndjson
check_eq "gzip input (two members) read" 4 "$(wc -l <out.ndjson | tr -d ' ')"
scrm-cat <in.gz >out2.ndjson
check_file_eq "gzip on standard input" out.ndjson out2.ndjson
scrm-cat -o packed.gz mixed.ndjson
check_eq "-o FILE.gz writes gzip" "$(cat want.ndjson)" "$(gzip -dc packed.gz)"
head -c 40 in.gz >cut.gz
scrm-cat cut.gz >/dev/null 2>err.txt
check_eq "truncated gzip: status 3" 3 $?
check "truncated gzip: reported" grep -q 'truncated gzip data\|read error' err.txt

# A 50 MB line goes through whole.
python3 -c '
import json, sys
text = ("Nuvia \u00e9t\u00e9 \U0001F600 \"quoted\" " * 1700000)[:50000000]
sys.stdout.write(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n")
sys.stdout.write("{\"id\":\"after\"}\n")' >big.ndjson
scrm-cat big.ndjson >out.ndjson
check_eq "50 MB line: status 0" 0 $?
check_file_eq "50 MB line: copied byte for byte" big.ndjson out.ndjson
check_eq "50 MB line: counted" 2 "$(scrm-cat -c big.ndjson)"

# Usage errors: status 2.
check_rc "unknown option: status 2" 2 scrm-cat --no-such-option
check_rc "--help: status 0" 0 scrm-cat --help
check_eq "--version" "scrm-cat (scrm) 0.1.0" "$(scrm-cat --version)"
check_rc "--help on a full disk: status 3" 3 sh -c 'scrm-cat --help >/dev/full'

# The umbrella command.
check "scrm lists scrm-cat" sh -c 'scrm | grep -q "^  cat  *check and concatenate"'
# A usage of several lines (scrm-csv's, scrm-tone's) is not taken for the summary.
scrm >list.txt
check "scrm lists scrm-csv by its summary" grep -q "^  csv  *convert mention records to CSV" list.txt
check "scrm lists scrm-tone by its summary" grep -q "^  tone  *add the tone of each mention" list.txt
check_eq "no usage line in the list" "" "$(grep -e "usage" -e "FILE" list.txt)"
# Tools beside scrm in a directory whose name holds a quote.
mkdir -p "it's" && cp "$(command -v scrm)" "$(command -v scrm-cat)" "it's/" &&
	PATH=/usr/bin:/bin "./it's/scrm" >quoted.txt 2>&1
check "a tool in a directory named with a quote is described" grep -q "^  cat  *check and concatenate" quoted.txt
check_eq "scrm TOOL runs scrm-TOOL" 4 "$(scrm cat -c mixed.ndjson one.ndjson)"
check_rc "scrm with an unknown tool: status 2" 2 scrm no-such-tool

# An output that is also an input is refused before it is opened (and
# truncated), as cat(1) does.
printf '{"id":"a"}\n{"id":"b"}\n' >self.ndjson
scrm-cat -o self.ndjson self.ndjson 2>err
check_eq "-o naming an input: status 2, the input kept" "2 2" "$? $(wc -l <self.ndjson | tr -d ' ')"
check "-o naming an input: said" grep -q "self.ndjson is also an input" err
check_rc "--rejects naming an input: status 2" 2 scrm-cat --rejects self.ndjson self.ndjson
check_eq "--rejects naming an input: the input kept" 2 "$(wc -l <self.ndjson | tr -d ' ')"
ln -sf self.ndjson selflink.ndjson
check_rc "-o naming an input through a link: status 2" 2 scrm-cat -o selflink.ndjson self.ndjson
scrm-cat self.ndjson >>self.ndjson 2>err
check_eq "standard output appending to an input: status 2, no endless copy" "2 2" "$? $(wc -l <self.ndjson | tr -d ' ')"
rm -f both.ndjson
check_rc "-o and --rejects naming one file: status 2" 2 scrm-cat -o both.ndjson --rejects both.ndjson self.ndjson

# Rejected lines keep their CR LF; a last line without newline gets one.
printf 'bad1\r\n{"a":1}\r\nbad3' >crlf.ndjson
scrm-cat -q --rejects crlf.rej crlf.ndjson >/dev/null
check_eq "rejects keep a line's CR LF" "$(printf 'bad1\r\nbad3\n' | od -c)" "$(od -c <crlf.rej)"
