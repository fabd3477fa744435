#!/bin/sh
# scrm-csv streams: 14 MB go through it both ways within 40 MB of address
# space (as coreutils' bounded-memory tests do it), and a 50 MB cell goes
# through whole.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

if ! command -v python3 >/dev/null 2>&1; then
	skip "scrm-csv bounded memory" "python3 not installed"
	exit 0
fi

python3 -c '
import json
for i in range(20000):
    print(json.dumps({"id": "m:%d" % i, "text": "bonjour é, \"ça\" va ; " * 25,
                      "author": {"handle": "@x%d" % i}}, ensure_ascii=False))' >big.ndjson

case $BIN in
*asan*)
	skip "scrm-csv bounded memory" "AddressSanitizer reserves terabytes of address space"
	;;
*)
	(ulimit -v 40000 && scrm-csv -f id,text,author.handle big.ndjson >big.csv)
	check_eq "14 MB to CSV within 40 MB of address space" "0 20001" "$? $(wc -l <big.csv | tr -d ' ')"
	(ulimit -v 40000 && scrm-csv --from-csv big.csv >back.ndjson)
	check_eq "CSV back to records within 40 MB of address space" "0 20000" "$? $(wc -l <back.ndjson | tr -d ' ')"
	;;
esac

python3 -c '
import json
print(json.dumps({"id": "huge", "text": "Nuvia est g\u00e9nial, \"vraiment\"\n" * 1700000},
                 ensure_ascii=False, separators=(",", ":")))' >huge.ndjson
scrm-csv -f id,text huge.ndjson >huge.csv
check_eq "50 MB cell written" 0 $?
scrm-csv --from-csv huge.csv >huge.back
check_eq "50 MB cell read back" 0 $?
check "50 MB cell round trip exact" cmp -s huge.ndjson huge.back
