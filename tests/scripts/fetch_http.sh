#!/bin/sh
# scrm-fetch against a real HTTP server on 127.0.0.1 that injects faults:
# each outcome (mentions, state, exit status, message) is asserted.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1
. "$SRC/tests/server/lib.sh"

command -v jq >/dev/null || { skip "fetch http" "jq missing"; exit 0; }
ROOT=$TMPDIR/root
mkdir -p "$ROOT"
cp -R "$SRC/tests/fixtures/api/local" "$ROOT/local"
start_server "$ROOT"
F=$BASE/f/local
FAST="--retries 0 --connect-timeout 5 --timeout 20"
P=$(feed_scope "$F/feed.xml")

# --- a feed, plain ---
scrm-fetch $FAST "$F/feed.xml" >out 2>err
check_eq "feed: exit status" 0 $?
check_eq "feed: three mentions, ids scoped by the feed" "${P}post-1 ${P}post-2 ${P}post-3" "$(ids out)"
check_eq "feed: relative link resolved against the document URL" "$BASE/2026/11/elysee" \
	"$(jq -r 'select(.id == "'"${P}"'post-1") | .url' out)"
check_eq "feed: HTML description turned into text" "La marque Nuvia était à l'Élysée." \
	"$(jq -r 'select(.id == "'"${P}"'post-1") | .text' out)"
check_eq "feed: date with +0100 zone normalised to UTC" "2026-11-22T09:00:00Z" \
	"$(jq -r 'select(.id == "'"${P}"'post-1") | .created_at' out)"
check_eq "feed: silent stderr when not a terminal" "" "$(cat err)"

# --- keywords: case and accents ignored ---
scrm-fetch $FAST -q ELYSEE -q nuvia "$F/feed.xml" >out 2>err
check_eq "keywords: matching mentions only" "${P}post-1 ${P}post-3" "$(ids out)"
check_eq "keywords: the first matching keyword is recorded" "ELYSEE nuvia" "$(jq -r .query out | tr '\n' ' ' | sed 's/ $//')"

# --- conditional GET and state ---
scrm-fetch $FAST --state state.json "$F/feed.xml" >out 2>err
check_eq "state: first run emits everything" 3 "$(wc -l <out | tr -d ' ')"
check "state: file written with the ETag" jq -e '.sources[] | select(.etag != null)' state.json
scrm-fetch $FAST --state state.json "$F/feed.xml" >out2 2>err
check_eq "state: second run exit status" 0 $?
check_eq "state: 304 means nothing new" "" "$(cat out2)"
check "state: If-None-Match was sent" grep -q 'if-none-match="' "$SERVER_LOG"
cp "$ROOT/local/feed_v2.xml" "$ROOT/local/feed.xml"
scrm-fetch $FAST --state state.json "$F/feed.xml" >out3 2>err
check_eq "state: a changed feed yields only the new entry" "${P}post-4" "$(ids out3)"
check_eq "state: seen ids remembered" 4 "$(jq '.sources[].seen | length' state.json)"
# A state written before ids were scoped by feed holds "feed:post-1": those
# entries are not new, and are remembered under their new ids from then on.
printf '{"version":1,"sources":{"%s":{"seen":["feed:post-1","feed:post-2","feed:post-3"]}}}\n' "$F/feed.xml" >old.state
scrm-fetch $FAST --state old.state "$F/feed.xml" >out3 2>err
check_eq "state from before scoped ids: only the new entry" "${P}post-4" "$(ids out3)"
check_eq "state from before scoped ids: new ids remembered beside the old" \
	"$(printf '%s\n' feed:post-1 feed:post-2 feed:post-3 "${P}post-1" "${P}post-2" "${P}post-3" "${P}post-4" | sort)" \
	"$(jq -r '.sources[].seen[]' old.state | sort)"
cp "$SRC/tests/fixtures/api/local/feed.xml" "$ROOT/local/feed.xml"

# --- keywords filtered here: the ids written are the source's, whatever the keywords ---
# (post-1 has "Élysée", post-2 "jardinage", post-3 "Soldes")
scrm-fetch $FAST --state kw.json -q soldes "$F/feed.xml" >out 2>err
check_eq "state and keywords: first run" "${P}post-3" "$(ids out)"
conditional=$(grep -c 'if-none-match="' "$SERVER_LOG")
scrm-fetch $FAST --state kw.json -q elysee -q soldes "$F/feed.xml" >out 2>err
check_eq "state and keywords: a keyword added writes only what it adds" "${P}post-1" "$(ids out)"
check_eq "state and keywords: other keywords, no conditional request (a 304 would hide post-1)" \
	"$conditional" "$(grep -c 'if-none-match="' "$SERVER_LOG")"
scrm-fetch $FAST --state kw.json -q soldes -q elysee "$F/feed.xml" >out 2>err
check_eq "state and keywords: reordered, nothing again" "" "$(ids out)"
check_eq "state and keywords: reordered, a conditional request" \
	"$((conditional + 1))" "$(grep -c 'if-none-match="' "$SERVER_LOG")"
scrm-fetch $FAST --state kw.json -q jardinage -q soldes "$F/feed.xml" >out 2>err
check_eq "state and keywords: the feed unchanged, a new keyword still finds its entry" "${P}post-2" "$(ids out)"
check_eq "state and keywords: one entry for the source" "$F/feed.xml" "$(jq -r '.sources | keys[]' kw.json)"
check_eq "state and keywords: the keywords, sorted" '["jardinage","soldes"]' "$(jq -c '.sources[].queries' kw.json)"
# A state from before keyed the source on its keywords as typed: its ids still count.
printf '{"version":1,"sources":{"%s -q soldes -q elysee":{"etag":"\\"x\\"","seen":["%spost-1","%spost-3"]}}}\n' \
	"$F/feed.xml" "$P" "$P" >kwold.json
scrm-fetch $FAST --state kwold.json -q elysee -q jardinage -q soldes "$F/feed.xml" >out 2>err
check_eq "state keyed on keywords (old): only what was not written" "${P}post-2" "$(ids out)"
check_eq "state keyed on keywords (old): taken into the source's entry" "$F/feed.xml" "$(jq -r '.sources | keys[]' kwold.json)"

# --- a file is one source however it is named (as its feed ids are) ---
mkdir -p named/sub
cp "$SRC/tests/fixtures/api/local/feed.xml" named/e.xml
ln -s ../e.xml named/sub/link.xml
(cd named && scrm-fetch --state ../named.json e.xml >../out 2>../err)
check_eq "state, file named: first run" 3 "$(wc -l <out | tr -d ' ')"
for name in ./e.xml "$TMPDIR/named/e.xml" "file://$TMPDIR/named/e.xml" sub/link.xml sub/../e.xml; do
	(cd named && scrm-fetch --state ../named.json "$name" >../out 2>../err)
	check_eq "state, file named $name: nothing again" "" "$(ids out)"
done
(cd named/sub && scrm-fetch --state ../../named.json ../e.xml >../../out 2>../../err)
check_eq "state, file named from elsewhere: nothing again" "" "$(ids out)"
check_eq "state, file named: keyed on its real path" "file://$(cd named && pwd -P)/e.xml" "$(jq -r '.sources | keys[]' named.json)"
# A state from before keyed the file as typed: the same name from the same place still finds it.
(cd named && scrm-fetch e.xml) | jq -s -c '{version: 1, sources: {"e.xml": {seen: map(.id)}}}' >relold.json
(cd named && scrm-fetch --state ../relold.json e.xml >../out 2>../err)
check_eq "state keyed on a relative path (old): nothing again" "" "$(ids out)"
check_eq "state keyed on a relative path (old): keyed on the real path from then on" \
	"file://$(cd named && pwd -P)/e.xml" "$(jq -r '.sources | keys[]' relold.json)"

# --- two feeds, both with an entry "42": two ids (RSS, Atom, JSON Feed) ---
printf '<rss version="2.0"><channel><title>A</title><item><guid isPermaLink="false">42</guid><title>A 42</title></item>%s</channel></rss>\n' \
	'<item><guid>https://a.example/p/7</guid><title>A 7</title></item>' >"$ROOT/local/a42.rss"
printf '<feed xmlns="http://www.w3.org/2005/Atom"><title>B</title><entry><id>42</id><title>B 42</title></entry></feed>\n' >"$ROOT/local/b42.atom"
printf '{"version":"https://jsonfeed.org/version/1.1","title":"C","items":[{"id":"42","title":"C 42"}]}\n' >"$ROOT/local/c42.json"
scrm-fetch $FAST "$F/a42.rss" "$F/b42.atom" "$F/c42.json" >out 2>err
check_eq "same entry id in three feeds: three ids, each scoped by its feed" \
	"$(printf '%s42\n' "$(feed_scope "$F/a42.rss")" "$(feed_scope "$F/b42.atom")" "$(feed_scope "$F/c42.json")" | sort)" \
	"$(jq -r 'select(.title | endswith(" 42")) | .id' out | sort)"
check_eq "a guid that is a URL names the entry anywhere: kept as it is" "feed:https://a.example/p/7" \
	"$(jq -r 'select(.title == "A 7") | .id' out)"

# --- the state is written only after the output: a failed write keeps it untouched ---
cp state.json state.before
scrm-fetch $FAST --state state.json -o /dev/full "$F/feed_v2.xml" >/dev/null 2>err
check_eq "write failure: exit status 3" 3 $?
check_file_eq "write failure: state untouched" state.before state.json
scrm-fetch $FAST --state fresh.json -o /dev/full "$F/feed.xml" >/dev/null 2>&1
check "write failure: no state file created" test ! -e fresh.json

# --- a state file that is not one stops the run before anything is fetched ---
echo 'not json' >bad.state
scrm-fetch $FAST --state bad.state "$F/feed.xml" >out 2>err
check_eq "bad state file: usage/config error" 2 $?
check_eq "bad state file: left as it was" "not json" "$(cat bad.state)"
check_eq "bad state file: nothing written" "" "$(cat out)"

# --- redirects ---
scrm-fetch $FAST "$BASE/redirect/3/f/local/feed.xml" >out 2>err
check_eq "redirect chain of 3 followed" 3 "$(wc -l <out | tr -d ' ')"
scrm-fetch $FAST --max-redirects 2 "$BASE/redirect/3/f/local/feed.xml" >out 2>err
check_eq "too many redirects: exit status 1" 1 $?
check "too many redirects: message names the source" grep -q "redirect/3/f/local/feed.xml: .*[Rr]edirect" err
scrm-fetch $FAST "$BASE/to-file" >out 2>err
check_eq "redirect to file://: refused (exit 1)" 1 $?
check_eq "redirect to file://: nothing read" "" "$(cat out)"
check "redirect to file://: message" grep -q "to-file: HTTP 302: redirect to a scheme other than http or https refused" err
scrm-fetch $FAST "$BASE/to-ftp" >out 2>err
check_eq "redirect to ftp://: refused (exit 1)" 1 $?
check "redirect to ftp://: message" grep -q "to-ftp: HTTP 302: redirect to a scheme other than http or https refused" err
scrm-fetch $FAST "$BASE/no-location" >out 2>err
check_eq "redirect without a Location: exit status 1" 1 $?
check_eq "redirect without a Location: its HTTP status and the reason" \
	"scrm-fetch: $BASE/no-location: HTTP 302: Found (a redirect without a Location header)" "$(cat err)"

# --- retries ---
scrm-fetch --backoff 0.1 --retries 2 "$BASE/429/a/f/local/feed.xml" >out 2>err
check_eq "429 + Retry-After: success in the end" 3 "$(wc -l <out | tr -d ' ')"
check_eq "429 + Retry-After: two requests" 2 "$(count_requests ' /429/a/')"
gap=$(grep ' /429/a/' "$SERVER_LOG" | awk 'NR==1{a=$1} NR==2{print ($1 - a >= 0.9) ? "waited" : "too soon: " $1 - a}')
check_eq "429 + Retry-After: 1 s honoured (not the 0.1 s backoff)" waited "$gap"
scrm-fetch --backoff 0.1 --retries 2 "$BASE/reset/b/f/local/feed.xml" >out 2>err
check_eq "429 + X-RateLimit-Reset: success in the end" 3 "$(wc -l <out | tr -d ' ')"
scrm-fetch --backoff 0.1 --retries 2 "$BASE/500/c/f/local/feed.xml" >out 2>err
check_eq "500 then 200: success" 3 "$(wc -l <out | tr -d ' ')"
check_eq "500 then 200: two requests" 2 "$(count_requests ' /500/c/')"
scrm-fetch --backoff 0.1 --retries 2 "$BASE/always500" >out 2>err
check_eq "500 always: exit status 1" 1 $?
check_eq "500 always: three attempts" 3 "$(count_requests ' /always500')"
check_eq "500 always: message" "scrm-fetch: $BASE/always500: HTTP 500: Internal Server Error (3 attempts)" "$(cat err)"
scrm-fetch $FAST "$BASE/404" >out 2>err
check_eq "404: not retried" 1 "$(count_requests ' /404')"
check_eq "404: message" "scrm-fetch: $BASE/404: HTTP 404: Not Found" "$(cat err)"

# --- broken transfers ---
# The server sends half a body, then nothing for 20 s: the transfer ends once
# no byte has come for the stall timeout (libcurl's average-speed check took
# 8 s on a 2 s limit). Bounds with room for a busy machine.
mono() { python3 -c 'import time; print(time.monotonic())'; }
t0=$(mono)
scrm-fetch $FAST --stall-timeout 2 "$BASE/stall" >out 2>err
rc=$?
t1=$(mono)
check_eq "stalled body: exit status 1" 1 $rc
check_eq "stalled body: message" "scrm-fetch: $BASE/stall: stalled: nothing received for 2 s (--stall-timeout)" "$(cat err)"
check_eq "stalled body: given up after 2 s without a byte, not before, well before 5 s" ok \
	"$(awk -v a="$t0" -v b="$t1" 'BEGIN { d = b - a; print (d >= 1.9 && d < 5) ? "ok" : "took " d " s" }')"
before=$(count_requests ' /stall ')
scrm-fetch --retries 1 --backoff 0.1 --stall-timeout 1 "$BASE/stall" >out 2>err
check_eq "stalled body: tried again, as a timeout is" "$((before + 2)) scrm-fetch: $BASE/stall: stalled: nothing received for 1 s (--stall-timeout) (2 attempts)" \
	"$(count_requests ' /stall ') $(cat err)"
scrm-fetch $FAST "$BASE/truncated" >out 2>err
check_eq "truncated body: exit status 1" 1 $?
check "truncated body: message" grep -q "truncated: transfer closed with .* bytes remaining" err
scrm-fetch $FAST --max-size 1M "$BASE/big?mb=4" >out 2>err
check_eq "oversized body: exit status 1" 1 $?
check "oversized body: message" grep -q "big?mb=4: response larger than 1048576 bytes once decoded" err
scrm-fetch $FAST "$BASE/bomb" >out 2>err
check_eq "gzip bomb: exit status 1" 1 $?
check "gzip bomb: stopped at 32 MB decoded" grep -q "bomb: response larger than 33554432 bytes once decoded" err
scrm-fetch $FAST "$BASE/gzip/f/local/feed.xml" >out 2>err
check_eq "gzip-encoded feed decoded" 3 "$(wc -l <out | tr -d ' ')"
check "gzip asked for" grep -q ' /gzip/f/local/feed.xml.*accept-encoding=.*gzip' "$SERVER_LOG"

# --- bad documents ---
scrm-fetch $FAST "$F/invalid.xml" >out 2>err
check_eq "invalid XML: exit status 1" 1 $?
check_eq "invalid XML: the entry before the error kept" "$(feed_scope "$F/invalid.xml")broken-1" "$(ids out)"
check "invalid XML: message" grep -q "invalid.xml: ill-formed feed, entries before the error kept: line 4, column 75: mismatched tag" err
scrm-fetch $FAST "$F/wrong_charset.xml" >out 2>err
check_eq "wrong charset (Latin-1 bytes declared UTF-8): text recovered" "Crème brûlée" "$(jq -r .title out)"
scrm-fetch $FAST "$BASE/type/text_xml;charset=iso-8859-1/f/local/latin1.xml" >out 2>err
check_eq "charset from the HTTP header" "Déjà vu" "$(jq -r .text out)"
scrm-fetch $FAST -t hn "$F/invalid.json" >out 2>err
check_eq "invalid JSON: exit status 1" 1 $?
check "invalid JSON: message" grep -q "invalid.json: invalid JSON at line 1, column 69" err
# An HTML page (a login wall, an error page served with 200) is said to be one.
printf '<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>Log in</body></html>\n' >"$ROOT/local/page.html"
scrm-fetch $FAST "$BASE/type/text_html;charset=utf-8/f/local/page.html" >out 2>err
check_eq "HTML page with status 200: exit status 1" 1 $?
check_eq "HTML page with status 200: said, with its Content-Type" \
	"scrm-fetch: $BASE/type/text_html;charset=utf-8/f/local/page.html: not a feed or a JSON API response (an HTML page? Content-Type: text/html;charset=utf-8)" \
	"$(cat err)"
scrm-fetch "$ROOT/local/page.html" >out 2>err
check_eq "HTML page in a file: said" \
	"scrm-fetch: $ROOT/local/page.html: not a feed or a JSON API response (an HTML page?)" "$(cat err)"

# --- one failing source never stops the others ---
scrm-fetch $FAST "$BASE/404" "$F/feed.xml" "$BASE/always500" "ftp://127.0.0.1/x" >out 2>err
check_eq "mixed: exit status 1" 1 $?
check_eq "mixed: the good source's mentions" 3 "$(wc -l <out | tr -d ' ')"
check_eq "mixed: one message per failed source" 3 "$(wc -l <err | tr -d ' ')"
check "mixed: unsupported scheme reported" grep -q "ftp://127.0.0.1/x: only http, https and file URLs are read" err

# --- local files and file:// URLs replay archived responses ---
scrm-fetch "file://$ROOT/local/feed.xml" >out 2>err
P=$(feed_scope "file://$(cd "$ROOT/local" && pwd -P)/feed.xml")
check_eq "file:// URL read, ids scoped by the file's real path" "${P}post-1 ${P}post-2 ${P}post-3" "$(ids out)"
# One file, one scope, however it is named: ids must not depend on where
# the run starts (a cron job) or on the spelling of the path.
ln -sf "$ROOT/local/feed.xml" feedlink.xml
for spelling in "$ROOT/local/feed.xml" "$ROOT/local/../local/feed.xml" feedlink.xml; do
	scrm-fetch "$spelling" >out 2>err
	check_eq "local feed as $spelling: the same ids" "${P}post-1 ${P}post-2 ${P}post-3" "$(ids out)"
done
(cd "$ROOT/local" && scrm-fetch feed.xml) >out 2>err
check_eq "local feed by a relative path: the same ids" "${P}post-1 ${P}post-2 ${P}post-3" "$(ids out)"
scrm-fetch - <"$ROOT/local/feed.xml" >out 2>err
P=$(feed_scope -)
check_eq "feed on standard input: scoped by -" "${P}post-1 ${P}post-2 ${P}post-3" "$(ids out)"
# gzip read transparently, as by every scrm tool: a file, file:// and standard input
gzip -c "$ROOT/local/feed.xml" >"$ROOT/local/feed.xml.gz"
scrm-fetch "$ROOT/local/feed.xml.gz" >out 2>err
check_eq "gzip file: read (exit 0)" 0 $?
check_eq "gzip file: its mentions" 3 "$(wc -l <out | tr -d ' ')"
scrm-fetch "file://$ROOT/local/feed.xml.gz" >out 2>err
check_eq "gzip file:// URL: its mentions" 3 "$(wc -l <out | tr -d ' ')"
scrm-fetch - <"$ROOT/local/feed.xml.gz" >out 2>err
check_eq "gzip on standard input: its mentions" 3 "$(wc -l <out | tr -d ' ')"
{ jq -c . "$SRC/tests/fixtures/api/mastodon_tag_timeline_localdev.json" | gzip -c
  jq -c . "$ROOT/local/x_small.json" | gzip -c; } >two.jsonl.gz
scrm-fetch two.jsonl.gz >out 2>err
check_eq "gzip file of two members (as zcat reads it): both read" \
	"mastodon:localhost:3000:117020593741189701 x:1860000000000000002" "$(ids out)"
head -c 100 "$ROOT/local/feed.xml.gz" >cut.xml.gz
scrm-fetch cut.xml.gz >out 2>err
check_eq "truncated gzip file: exit 1" 1 $?
check_eq "truncated gzip file: said" "scrm-fetch: cut.xml.gz: truncated gzip data" "$(cat err)"
head -c 2000000 /dev/zero | gzip -c >zeros.gz
scrm-fetch --max-size 1M zeros.gz >out 2>err
check_eq "gzip bomb in a file: stopped at --max-size once decompressed" \
	"scrm-fetch: zeros.gz: file larger than the size limit once decompressed" "$(cat err)"
scrm-fetch $FAST "$F/feed.xml.gz" >out 2>err
check_eq "gzip file over http, without Content-Encoding: exit 1" 1 $?
check "gzip file over http: said what it is" \
	grep -q "feed.xml.gz: a gzip file, served without Content-Encoding: gzip" err

# --- follow: batches flushed as they come ---
before=$(count_requests 'GET /f/local/feed.xml ')
timeout -s TERM 4 scrm-fetch $FAST -f 0.5 --state follow.json "$F/feed.xml" >out 2>err
check_eq "follow: each mention once over several rounds" 3 "$(wc -l <out | tr -d ' ')"
check "follow: polled more than once" test "$(count_requests 'GET /f/local/feed.xml ')" -gt $((before + 1))
check "follow: state saved between rounds" test -s follow.json
timeout -s TERM 3 scrm-fetch --retries 0 --stall-timeout 10 -f 1 "$F/feed.xml" "$BASE/stall" >out 2>err
check_eq "follow: a source's batch is flushed without waiting for a stalled one" 3 "$(wc -l <out | tr -d ' ')"
# --- Google Alerts: the article's own URL, not Google's redirect ---
scrm-fetch $FAST "$F/google_alerts.xml" >out 2>err
check_eq "google alerts: exit status" 0 $?
check_eq "google alerts: the redirect unwrapped, its target decoded" \
	"https://www.lesondes.example/2026/panne?src=rss" "$(jq -r 'select(.id | endswith(":100")) | .url' out)"
check_eq "google alerts: a plain link kept" "https://www.lesondes.example/2026/direct" \
	"$(jq -r 'select(.id | endswith(":101")) | .url' out)"
check_eq "google alerts: the escaped <b> of the title taken out" "Nuvia coupe la fibre à 3000 foyers" \
	"$(jq -r 'select(.id | endswith(":100")) | .title' out)"
check_eq "google alerts: entities escaped twice decoded" "Les clients de Nuvia privés d'internet depuis lundi ..." \
	"$(jq -r 'select(.id | endswith(":100")) | .text' out)"

# --- one run at a time on a state file ---
# Another process holds fetch.state's lock (a POSIX lock, which the
# open-file-description lock scrm-fetch takes meets): the run stops before
# any request, status 3, and leaves the state alone.
echo "old state" >held.state
python3 -c 'import fcntl, sys, time
f = open(sys.argv[1], "a"); fcntl.lockf(f, fcntl.LOCK_EX); print("locked", flush=True); time.sleep(60)' \
	held.state.lock >holder.out &
holder=$!
i=0
while ! grep -q locked holder.out 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
scrm-fetch $FAST --state held.state "$F/feed.xml" >out 2>err
check_eq "state in use: status 3" 3 $?
check_eq "state in use: said" "scrm-fetch: held.state: in use by another run (held.state.lock is locked); one run at a time" "$(cat err)"
check_eq "state in use: nothing fetched" "" "$(cat out)"
check_eq "state in use: left alone" "old state" "$(cat held.state)"
kill "$holder" 2>/dev/null
wait "$holder" 2>/dev/null
rm -f held.state
scrm-fetch $FAST --state held.state "$F/feed.xml" >out 2>err
check_eq "lock released: the run goes ahead" 3 "$(wc -l <out | tr -d ' ')"
# --- progress only on a terminal ---
if command -v script >/dev/null 2>&1; then
	script -qc "scrm-fetch -o /dev/null $F/feed.xml" /dev/null >tty.out 2>&1
	check "progress line when stderr is a terminal" grep -q "1/1 sources, 3 mentions, 0 failed" tty.out
else
	skip "progress on a terminal" "no script(1)"
fi
exit 0
