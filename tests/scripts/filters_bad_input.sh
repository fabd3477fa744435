#!/bin/sh
# The same bad-input battery for every record filter: invalid JSON,
# non-object JSON, invalid UTF-8, NUL bytes, a 50 MB line, a last line
# without newline, empty input, an unreadable file, /dev/full.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1

printf '{"id":"ok1","text":"Nuvia c'"'"'est top"}\n' >good.ndjson
printf '{"id":"ok1","text":"bien"}\n{"id":\n[1]\n{"id":"u","text":"\377"}\n{"id":"n","text":"a\000b"}\n{"id":"ok2","text":"mal"}\n' >bad.ndjson
printf '{"id":"last","text":"sans fin de ligne"}' >nonl.ndjson
: >empty.ndjson
python3 -c '
import json
print(json.dumps({"id": "huge", "text": "Nuvia est g\u00e9nial " * 2700000}, ensure_ascii=False))' >huge.ndjson
# Two 2 MB lines of what each filter treats specially (markup, entities,
# reposts, links, emoji, contrast and negation, brands, punctuation), one
# with sentences, one a single sentence: what short fuzz inputs never
# reach (scrm-tone's clause indexes once wrapped on such a line).
python3 -c '
import json, random
r = random.Random(11)
bits = ["Nuvia", "nuvia", "Telvio", "Nuvai", "<b>", "</b>", "<p>", "&amp;", "&lt;", "&#233;", "&bogus;",
        "RT @x:", "http://x.fr/a", "www.x.fr", "@nuvia", "#panne", "code promo", "\u2026", "\U0001F621",
        "\U0001F44D\U0001F3FD", "\u200b", "\u00e9", "e\u0301", "mais", "but", "pas", "jamais", "sans", "merci",
        "thanks", "g\u00e9nial", "nul", "super", "panne", "!!!", "?", ".", ",", ";", "(", ")", "\n", "a" * 40]
text = " ".join(r.choice(bits) for _ in range(300000))[:2000000]
print(json.dumps({"id": "tricky1", "source": "x", "url": "https://www.google.com/url?url=https://x.fr/1", "text": text}))
one = text.replace(".", ",").replace("!", ",").replace("?", ",").replace("\n", " ")
print(json.dumps({"id": "tricky2", "source": "y", "text": one, "lang": "fr"}))' >tricky.ndjson
printf '{"id":"x"}\n' >unreadable.ndjson
chmod 000 unreadable.ndjson

for tool in cat csv clean tone; do
	t=scrm-$tool
	if ! command -v "$t" >/dev/null 2>&1; then
		skip "$t bad-input battery" "$t not built"
		continue
	fi
	"$t" bad.ndjson >out 2>err
	check_eq "$t: bad lines make the status 1" 1 $?
	check_eq "$t: four bad lines named" "2 3 4 5" \
		"$(sed -n 's/^scrm-[a-z]*: bad\.ndjson:\([0-9]*\): .*/\1/p' err | tr '\n' ' ' | sed 's/ $//')"
	check "$t: records around bad lines still written" grep -q ok2 out
	"$t" --rejects rej bad.ndjson >/dev/null 2>&1
	check_eq "$t: --rejects keeps the four lines" 4 "$(wc -l <rej | tr -d ' ')"
	sed -n 5p bad.ndjson >want5
	sed -n 4p rej >got4
	check "$t: NUL byte line kept verbatim in rejects" cmp -s want5 got4
	"$t" nonl.ndjson >out 2>err
	check_eq "$t: last line without newline processed" "0 1" "$? $(grep -c last out)"
	"$t" empty.ndjson >out 2>err
	check_eq "$t: empty input: status 0, nothing on stderr" "0 " "$? $(cat err)"
	"$t" huge.ndjson >out 2>err
	check_eq "$t: 50 MB line processed" "0 1" "$? $(grep -c huge out)"
	"$t" tricky.ndjson >out 2>err
	check_eq "$t: two 2 MB lines of tricky text processed" "0 2" "$? $(grep -c tricky out)"
	if [ "$(id -u)" != 0 ]; then
		"$t" unreadable.ndjson good.ndjson >out 2>err
		check_eq "$t: unreadable file: status 3" 3 $?
	fi
	"$t" missing.ndjson good.ndjson >out 2>err
	check_eq "$t: missing file: status 3, the next file still read" "3 1" "$? $(grep -c ok1 out)"
	"$t" good.ndjson >/dev/full 2>err
	check_eq "$t: /dev/full: status 3" 3 $?
	check "$t: /dev/full: write error reported" grep -q 'write error' err
	"$t" -o /dev/full good.ndjson 2>err
	check_eq "$t: -o /dev/full: status 3" 3 $?
	# Streaming: 200 MB through a pipe under a 150 MB address-space limit
	# (not under ASan, which reserves terabytes of address space).
	case $BIN in
	*asan*) skip "$t: bounded memory" "sanitizer build" ;;
	*)
		line='{"id":"same","text":"Nuvia : la fibre est en panne depuis hier soir, le SAV ne répond pas, je suis vraiment déçu ! https://example.fr #panne @nuvia_fr","author":{"handle":"@someone","followers":120}}'
		if yes "$line" | head -n 1200000 | (ulimit -v 150000 && "$t" >/dev/null 2>err); then
			echo "ok - $t: 200 MB stream in under 150 MB of address space"
		else
			echo "not ok - $t: bounded memory ($(head -2 err | tr '\n' ' '))"
		fi
		;;
	esac
	"$t" --no-such-option </dev/null >/dev/null 2>&1
	check_eq "$t: unknown option: status 2" 2 $?
done
chmod 600 unreadable.ndjson
