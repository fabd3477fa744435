#!/bin/sh
# Man pages: lint-clean, one per tool, EXIT STATUS and EXAMPLES present,
# and every example command in EXAMPLES runs (exit 0) on fixture files.
# A page may ship tests/man/PAGE.setup, a shell script run in the example
# directory first, to create the files its examples name.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

for page in "$SRC"/man/*.[1-9]; do
	name=${page##*/}
	if out=$(mandoc -Tlint -Wwarning "$page" 2>&1) && [ -z "$out" ]; then
		echo "ok - mandoc -Tlint $name"
	else
		echo "not ok - mandoc -Tlint $name ($(echo "$out" | head -3 | tr '\n' ' '))"
	fi
	case $name in
	*.1) check "$name has EXIT STATUS" grep -q '^\.Sh EXIT STATUS' "$page" ;;
	esac
	check "$name has EXAMPLES" grep -q '^\.Sh EXAMPLES' "$page"
done
for tool in "$SRC"/cmd/scrm*.c; do
	t=$(basename "$tool" .c)
	check "$t has a man page" test -f "$SRC/man/$t.1"
done

# Fixture files the examples of the core pages name.
fixtures() {
	cat >mentions.ndjson <<'EOT'
{"id":"t:1","created_at":"2026-11-02T09:14:00Z","author":{"handle":"@marie"},"text":"Nuvia: fibre en panne, \"encore\" ; merci"}
{"id":"t:2","created_at":"2026-11-02T10:00:00Z","author":{"handle":"@paul"},"text":"Top le SAV 👍"}
EOT
	cp mentions.ndjson export.ndjson
	gzip -c mentions.ndjson >archive.ndjson.gz
	gzip -c mentions.ndjson >2026-11-01.ndjson.gz
	gzip -c mentions.ndjson >2026-11-02.ndjson.gz
	cp archive.ndjson.gz 2026-11.ndjson.gz
}

# The .Dl lines of the EXAMPLES section, with mdoc escapes undone.
examples_of() {
	awk '/^\.Sh /{on = ($2 == "EXAMPLES")} on && /^\.Dl /{sub(/^\.Dl /, ""); print}' "$1" |
		sed -e 's/\\(aq/'"'"'/g' -e 's/\\-/-/g' -e 's/\\e/\\/g' -e 's/\\&//g'
}

for page in "$SRC"/man/*.[1-9]; do
	name=${page##*/}
	dir=$TMPDIR/ex-$name
	mkdir -p "$dir"
	(cd "$dir" && fixtures)
	if [ -f "$SRC/tests/man/$name.setup" ]; then
		(cd "$dir" && SRC=$SRC sh "$SRC/tests/man/$name.setup") ||
			echo "not ok - $name: example setup failed"
	fi
	examples_of "$page" >"$dir/.examples"
	n=0
	while IFS= read -r cmd; do
		n=$((n + 1))
		first=${cmd%% *}
		if ! command -v "$first" >/dev/null 2>&1; then
			skip "$name example $n: $cmd" "$first not built"
			continue
		fi
		if (cd "$dir" && sh -c "$cmd" >/dev/null 2>"$dir/.err$n"); then
			echo "ok - $name example $n: $cmd"
		else
			echo "not ok - $name example $n: $cmd ($(head -2 "$dir/.err$n" | tr '\n' ' '))"
		fi
	done <"$dir/.examples"
done

# scrm-mention(5)'s example: its record through scrm-tone gives the tone
# object the page shows (it had fallen behind a retrained model).
if command -v python3 >/dev/null 2>&1; then
	python3 - "$SRC/man/scrm-mention.5" >example.ndjson 2>example.want <<'EOT'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
page = page[page.index(".Sh EXAMPLES"):]
blocks = re.findall(r"\.Bd -literal[^\n]*\n(.*?)\n\.Ed", page, re.S)
def join(block):
    return "".join(line[1:] if line.startswith(" ") else line for line in block.split("\n")).replace("\\('e", "\u00e9")
record, after = join(blocks[0]), join(blocks[1])
print(record)
sys.stderr.write(after[after.index('"tone":'):] + "\n")
EOT
	got=$(scrm-tone example.ndjson | sed 's/.*\("tone":\)/\1/')
	check_eq "scrm-mention(5): the example's tone is scrm-tone's" "$(cat example.want)" "$got"
else
	skip "scrm-mention(5) example" "no python3"
fi
