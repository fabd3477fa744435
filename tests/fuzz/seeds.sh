#!/bin/sh
# tests/fuzz/seeds.sh SRC OUT - starting inputs for each fuzz target, one
# file each, into OUT/TARGET/, from what the project itself holds: the
# example mentions, the test cases' inputs, the feed and API fixtures.
# (make fuzz; the fuzzer adds what it finds to OUT/TARGET/ as it runs.)
set -eu
src=$1 out=$2
for t in record tone clean feed csv text files; do mkdir -p "$out/$t"; done

# Records: a line a file (the first 200 examples, then every case's input).
i=0
{ head -n 200 "$src/examples/mentions.ndjson"; cat "$src"/tests/cases/*/*.in; } |
	while IFS= read -r line; do
		i=$((i + 1))
		printf '%s' "$line" > "$out/record/$i"
		printf '%s' "$line" > "$out/clean/$i"
	done

# Texts, for the tone engine (a mode byte first: French, English, guessed,
# title, explained) and for the text helpers.
python3 - "$src/examples/mentions.ndjson" "$out" <<'EOT'
import json, sys
src, out = sys.argv[1], sys.argv[2]
n = 0
for line in open(src, encoding='utf-8'):
    try:
        rec = json.loads(line)
    except ValueError:
        continue
    text = rec.get('text')
    if not isinstance(text, str):
        continue
    body = text.encode('utf-8')
    title = rec.get('title')
    if isinstance(title, str):
        body += b'\0' + title.encode('utf-8')
    open('%s/tone/%d' % (out, n), 'wb').write(bytes([n % 16]) + body)
    open('%s/text/%d' % (out, n), 'wb').write(text.encode('utf-8'))
    n += 1
    if n == 300:
        break
EOT

# Feeds and API responses: a selector byte first (fuzz_feed.c: 0 and 1 are
# feeds, 2 on the adapters in its order).
n=0
for f in "$src"/tests/fixtures/api/*.json "$src"/tests/fixtures/api/local/*.json "$src"/tests/fixtures/api/local/*.xml \
	"$src"/examples/sources/*.json "$src"/examples/sources/*.rss "$src"/examples/sources/*.atom; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	case $(basename "$f") in
	*.xml | *.rss | *.atom | lesondes.json) sel=0 ;;
	mastodon*) sel=2 ;; bluesky*) sel=3 ;; reddit*) sel=4 ;; hn*) sel=5 ;;
	discourse*) sel=6 ;; lemmy*) sel=7 ;; x_* | x-*) sel=8 ;; youtube*) sel=9 ;;
	*) sel=$((n % 10)) ;;
	esac
	{ printf "\\$(printf '%03o' "$sel")"; cat "$f"; } > "$out/feed/$n"
done

# CSV: every CSV input of the tests, with each separator byte.
n=0
for f in "$src"/tests/cases/csv/*.in "$src"/examples/crm/*.csv; do
	[ -f "$f" ] || continue
	head -c 1 "$f" | grep -q '{' && continue   # NDJSON inputs of the CSV export
	n=$((n + 1))
	{ printf "\\$(printf '%03o' $((n % 64)))"; cat "$f"; } > "$out/csv/$n"
done

# Files users hand the tools: a selector byte first, in fuzz_files.c's order
# (brands, spam model, --seen, OPML, sources list, JSON mapping, lexicon,
# aspects, tone model, language model, fetch settings). Models are cut to
# their first 16 KB by the fuzzer, which is a test of its own.
put_file() {
	{ printf "\\$(printf '%03o' "$1")"; cat "$2"; } > "$out/files/$3"
}
put_file 0 "$src/examples/rules/brands.conf" brands
put_file 0 "$src/tests/cases/clean/brands.rules" brands-tests
printf '\001scrm-bayes 1\nclasses ham spam\ndocs 3 1\nfree\t1 3\nhello\t2 0\n' > "$out/files/bayes"
printf '\002scrm-clean-seen 1\n47d4c70142a46bcf 521e53ec6c2581d8 4a37023558e0e564 b6f5874a03ad8e77 cc29a6dcff74968d 09ae770d046eff86 1795410110 =gen:1\n0550613051cd49f6 58a4c9903fb92762 e0b0050e5c7a7b28 17c82b94e3f98680 cc29a6dcff74968d c2e0943a40914277 1795409906 =gen:2\n' > "$out/files/seen"
printf '\002scrm-clean-seen 2\n47d4c70142a46bcf 521e53ec6c2581d8 4a37023558e0e564 b6f5874a03ad8e77 cc29a6dcff74968d 09ae770d046eff86 5d2c0e1f9a8b7c61 77aa4c0e9d31b802 0b6e2f10a4c58d93 0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071 1795410110 =gen:1\n0550613051cd49f6 58a4c9903fb92762 e0b0050e5c7a7b28 17c82b94e3f98680 cc29a6dcff74968d c2e0943a40914277 0000000000000000 0000000000000000 0000000000000000 - - =gen:2\n' > "$out/files/seen2"
printf '\002scrm-clean-seen 3\n47d4c70142a46bcf 521e53ec6c2581d8 4a37023558e0e564 b6f5874a03ad8e77 cc29a6dcff74968d 09ae770d046eff86 5d2c0e1f9a8b7c61 77aa4c0e9d31b802 0b6e2f10a4c58d93 0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071 1795410110 =gen:1\n0550613051cd49f6 58a4c9903fb92762 e0b0050e5c7a7b28 17c82b94e3f98680 cc29a6dcff74968d c2e0943a40914277 0000000000000000 0000000000000000 0000000000000000 - - =gen:2\n+ 521e53ec6c2581d9 0\n+ 0a0b0c0d0e0f1011 1\n' > "$out/files/seen3"
for f in "$src"/tests/cases/fetch/*.opml "$src"/tests/fixtures/fetch/*.opml; do
	[ -f "$f" ] && put_file 3 "$f" "opml-$(basename "$f")"
done
printf '\004https://www.reddit.com/r/france/new.json -q nuvia -g Social\nhttps://forum.example/latest.json -t discourse -c "Forum Example"\n# comment\n' > "$out/files/sources"
put_file 5 "$src/tests/fixtures/api/local/custom.map" jmap
for f in "$src"/data/tone/*.lex; do put_file 6 "$f" "lexicon-$(basename "$f")"; done
put_file 7 "$src/data/tone/aspects.txt" aspects
put_file 8 "$src/data/tone/model.bin" tone-model
put_file 9 "$src/data/clean/langid.bin" langid-model
printf '\012bluesky_handle = me.example\nx_bearer_token = "abc"\n' > "$out/files/secrets"
