#!/bin/sh
# scrm-fetch's adapters, served by the test server: requests (query, cursor,
# credentials) and the mapped values, checked by eye against the documents.
# The recorded samples of ../shared/samples/api are used when present.
. "$SRC/tests/lib.sh"
cd "$TMPDIR" || exit 1
. "$SRC/tests/server/lib.sh"

command -v jq >/dev/null || { skip "fetch adapters" "jq missing"; exit 0; }
ROOT=$TMPDIR/root
mkdir -p "$ROOT"
cp -R "$SRC/tests/fixtures/api/." "$ROOT/"
if have_shared && [ -d "$SHARED/samples/api" ]; then
	start_server "$ROOT" --shared "$SHARED/samples/api" --bsky-file "$ROOT/local/bluesky_small.json" \
		--bsky-profiles "$ROOT/local/bluesky_profiles.json"
else
	start_server "$ROOT" --bsky-file "$ROOT/local/bluesky_small.json" \
		--bsky-profiles "$ROOT/local/bluesky_profiles.json"
fi
F=$BASE/f
H=127.0.0.1:$PORT
FAST="--retries 0 --timeout 20"
unset SCRM_MASTODON_TOKEN SCRM_MASTODON_HOST SCRM_BLUESKY_HANDLE SCRM_BLUESKY_APP_PASSWORD \
	SCRM_X_BEARER_TOKEN SCRM_YOUTUBE_KEY
export HOME=$TMPDIR   # no ~/.config/scrm/fetch.conf of the person running the tests

# --- Mastodon (Mastodon.py's recorded local-server timeline, MIT) ---
scrm-fetch $FAST "$F/mastodon_public_timeline_localdev.json" >out 2>err
check_eq "mastodon: 8 statuses, detected from content" 8 "$(wc -l <out | tr -d ' ')"
check_eq "mastodon: id scoped by instance" "mastodon:$H:117020593134559451" "$(jq -r -s '.[0].id' out)"
check_eq "mastodon: HTML content as text" "you can't say that on television" "$(jq -r -s '.[1].text' out)"
check_eq "mastodon: local account handle made global" "@admin@$H" "$(jq -r -s '.[1].author.handle' out)"
check_eq "mastodon: audience" 1 "$(jq -r -s '.[1].author.followers' out)"
check_eq "mastodon: date" "2026-08-01T13:55:31Z" "$(jq -r -s '.[1].created_at' out)"
check_eq "mastodon: language" "ja" "$(jq -r -s '.[0].lang' out)"
scrm-fetch $FAST --state m.json -t mastodon "$F/mastodon_public_timeline_localdev.json" >out 2>err
scrm-fetch $FAST --state m.json -t mastodon "$F/mastodon_public_timeline_localdev.json" >out2 2>err
check "mastodon: second run asks since_id = newest id" \
	grep -q 'GET /f/mastodon_public_timeline_localdev.json?since_id=117020593134559451 ' "$SERVER_LOG"
scrm-fetch $FAST -q HOOT "$F/mastodon_tag_timeline_localdev.json" >out 2>err
check_eq "mastodon: tag timeline filtered on a keyword" "#hoot (hashtag toot)" "$(jq -r .text out)"
SCRM_MASTODON_TOKEN=mtok scrm-fetch $FAST -q nuvia "$BASE/api/v2/search" >out 2>err
check "mastodon: v2 search gets q, type and the token" \
	grep -q 'GET /api/v2/search?q=nuvia&type=statuses .*authorization=Bearer mtok' "$SERVER_LOG"
SCRM_MASTODON_TOKEN=mtok SCRM_MASTODON_HOST=other.example scrm-fetch $FAST -q other "$BASE/api/v2/search" >out 2>err
check_eq "mastodon: token kept from other instances" "" "$(grep 'GET /api/v2/search?q=other' "$SERVER_LOG" | grep authorization)"

# --- Bluesky: session, labels, paging ---
scrm-fetch $FAST "$ROOT/local/bluesky_small.json" >out 2>err
check_eq "bluesky: anonymous replay drops !no-unauthenticated authors" \
	"bluesky:at://did:plc:aaaatestaaaa/app.bsky.feed.post/3kabc111" "$(ids out)"
check "bluesky: the drop is reported" grep -q "1 post left out: .*!no-unauthenticated" err
# A post of images only has "text": "": an empty field, not the bytes the
# memory held before (found by make fuzz; the second pass of make check
# runs this under AddressSanitizer).
printf '%s' '{"posts":[{"uri":"at://did:plc:a/app.bsky.feed.post/1","cid":"c","author":{"did":"did:plc:a","handle":"a.bsky.social","displayName":"A long display name, longer than the text"},"record":{"createdAt":"2026-11-21T09:00:00.000Z","text":""}},{"uri":"at://did:plc:a/app.bsky.feed.post/2","cid":"c","author":{"did":"did:plc:a","handle":"a.bsky.social"},"record":{"createdAt":"2026-11-21T09:00:00.000Z","text":""}}]}' >bsky_empty.json
scrm-fetch -t bluesky bsky_empty.json >out 2>err
check_eq "bluesky: posts of images only have an empty text" '"" ""' "$(jq -c .text out | tr '\n' ' ' | sed 's/ $//')"
SCRM_BLUESKY_HANDLE=tester.example SCRM_BLUESKY_APP_PASSWORD=app-pass \
	scrm-fetch $FAST --max-pages 3 -q nuvia "$BASE/bsky/xrpc/app.bsky.feed.searchPosts" >out 2>err
check_eq "bluesky: logged in, both posts" 2 "$(wc -l <out | tr -d ' ')"
check "bluesky: createSession posted" grep -q 'POST /bsky/xrpc/com.atproto.server.createSession' "$SERVER_LOG"
check "bluesky: search with the session token and the query" \
	grep -q 'GET /bsky/xrpc/app.bsky.feed.searchPosts?q=nuvia&sort=latest .*authorization=Bearer test-jwt' "$SERVER_LOG"
check_eq "bluesky: page 2 asked with the cursor, then paging stops (nothing new)" 1 \
	"$(count_requests 'searchPosts?q=nuvia&sort=latest&cursor=25 ')"
check_eq "bluesky: reply parent" "bluesky:at://did:plc:aaaatestaaaa/app.bsky.feed.post/3kabc111" \
	"$(jq -r -s '.[1].in_reply_to' out)"
check_eq "bluesky: metrics" '{"likes":3,"shares":2,"replies":1}' "$(jq -c -s '.[0].metrics' out)"
check_eq "bluesky: authors' audience from getProfiles" '[1200,300,4100,15]' \
	"$(jq -c -s '[.[0].author.followers, .[0].author.following, .[0].author.posts, .[1].author.followers]' out)"
check "bluesky: one getProfiles request for both authors, with the session" \
	grep -q 'GET /bsky/xrpc/app.bsky.actor.getProfiles?actors=did%3[aA]plc%3[aA]aaaatestaaaa&actors=did%3[aA]plc%3[aA]bbbbtestbbbb .*authorization=Bearer test-jwt' "$SERVER_LOG"
SCRM_BLUESKY_HANDLE=tester.example SCRM_BLUESKY_APP_PASSWORD=wrong \
	scrm-fetch $FAST -q nuvia "$BASE/bsky/xrpc/app.bsky.feed.searchPosts" >out 2>err
check_eq "bluesky: bad password fails the source" 1 $?
check "bluesky: login failure message" grep -q "searchPosts: Bluesky login: HTTP 401" err
check "bluesky: the password never appears in messages" test -z "$(grep -l wrong err)"

# --- Hacker News: the cursor asks again for the newest second ---
# Algolia indexes a hit some time after it is posted: one posted in the same
# second as the newest hit of the last run, indexed after that run, is only
# found by created_at_i>=T (the seen ids drop the hits that come again).
hit() { printf '{"objectID":"%s","created_at_i":%s,"title":"%s","author":"a"}' "$1" "$2" "$3"; }
printf '{"hits":[%s],"nbHits":1,"page":0,"nbPages":1}\n' "$(hit 101 1700000000 'Nuvia A')" >"$ROOT/hn.json"
scrm-fetch $FAST --state hn.state -t hn "$BASE/algolia/hn.json" >out 2>err
check_eq "hn cursor: first run" "hn:101" "$(ids out)"
printf '{"hits":[%s,%s],"nbHits":2,"page":0,"nbPages":1}\n' "$(hit 102 1700000000 'Nuvia B')" \
	"$(hit 101 1700000000 'Nuvia A')" >"$ROOT/hn.json"
scrm-fetch $FAST --state hn.state -t hn "$BASE/algolia/hn.json" >out 2>err
check "hn cursor: created_at_i>= the newest second of the last run" \
	grep -q 'GET /algolia/hn.json?numericFilters=created_at_i%3[eE]%3[dD]1700000000 ' "$SERVER_LOG"
check_eq "hn cursor: a hit of the same second indexed later is fetched, the one seen is not repeated" \
	"hn:102" "$(ids out)"

# --- Lemmy (hand-written from Lemmy 0.19's types) ---
mkdir -p "$ROOT/api/v3"
cp "$ROOT/local/lemmy_search.json" "$ROOT/api/v3/search"
scrm-fetch $FAST -q nuvia "$F/api/v3/search" >out 2>err
check "lemmy: endpoint known from the URL, search parameters sent" \
	grep -q 'GET /f/api/v3/search?sort=New&q=nuvia&type_=All ' "$SERVER_LOG"
check_eq "lemmy: post then comment" "lemmy:https://lemmy.example/post/42 lemmy:https://lemmy.example/comment/501" "$(ids out)"
check_eq "lemmy: naive date read as UTC" "2026-11-19T18:00:00Z" "$(jq -r -s '.[0].created_at' out)"
check_eq "lemmy: top-level comment answers the post" "lemmy:https://lemmy.example/post/42" \
	"$(jq -r -s '.[1].in_reply_to' out)"
check_eq "lemmy: query recorded" nuvia "$(jq -r -s '.[1].query' out)"

# --- X API v2 (hand-written) with the bearer token ---
SCRM_X_BEARER_TOKEN=xtok scrm-fetch $FAST -t x -q nuvia "$BASE/auth/xtok/f/local/x_small.json" >out 2>err
check_eq "x: bearer token accepted" 0 $?
check_eq "x: author from includes.users" '{"handle":"client_mecontent","followers":150,"location":"Lyon"}' \
	"$(jq -c '{handle: .author.handle, followers: .author.followers, location: .author.location}' out)"
check "x: search fields requested" grep -q 'x_small.json?query=nuvia&tweet.fields=' "$SERVER_LOG"
scrm-fetch $FAST -t x -q nuvia "$BASE/auth/xtok/f/local/x_small.json" >out 2>err
check_eq "x: without the token, 401 fails the source" 1 $?
printf 'x_bearer_token = xtok\n' >fetch.conf
chmod 644 fetch.conf
scrm-fetch $FAST --config fetch.conf -t x "$BASE/auth/xtok/f/local/x_small.json" >out 2>err
check_eq "config: a secret file others can read is refused (exit 2)" 2 $?
check "config: the refusal says how to fix it" grep -q "fetch.conf: holds secrets but is readable by others (mode 644); run: chmod 600" err
chmod 600 fetch.conf
scrm-fetch $FAST --config fetch.conf -t x "$BASE/auth/xtok/f/local/x_small.json" >out 2>err
check_eq "config: token read from a private config file" 1 "$(wc -l <out | tr -d ' ')"

# A UTF-8 BOM, which Windows editors put first, is tolerated as in every scrm input
printf '\357\273\277x_bearer_token = xtok\n' >bom.conf
chmod 600 bom.conf
scrm-fetch $FAST --config bom.conf -t x "$BASE/auth/xtok/f/local/x_small.json" >out 2>err
check_eq "config: a UTF-8 BOM before the first line tolerated" "1 " "$(wc -l <out | tr -d ' ') $(cat err)"

# --- YouTube: the key goes in the request, never in a message ---
SCRM_YOUTUBE_KEY=ytkey scrm-fetch $FAST -t youtube "$BASE/404" >out 2>err
check "youtube: key sent as a parameter" grep -qi 'GET /404?part=snippet%2Creplies&order=time&key=ytkey ' "$SERVER_LOG"
check "youtube: key not in the failure message" test -z "$(grep -l ytkey err)"

# --- generic JSON through a mapping file ---
scrm-fetch $FAST -m "$ROOT/local/custom.map" -q lente "$F/local/custom.json" >out 2>err
check "json map: query parameter from the map" grep -q 'GET /f/local/custom.json?search=lente ' "$SERVER_LOG"
check_eq "json map: ids" "avis:9001 avis:9002" "$(ids out)"
check_eq "json map: HTML text, epoch date, nested author" \
	'["Livraison lente & service absent.","2025-11-21T08:00:00Z","lou",12,2]' \
	"$(jq -c -s '.[0] | [.text, .created_at, .author.handle, .author.followers, .metrics.likes]' out)"
check_eq "json map: dated string with zone" "2026-11-21T11:00:00Z" "$(jq -r -s '.[1].created_at' out)"
# Links are absolute in a mention (scrm-mention(5)): a relative one is
# resolved against where the page really came from, redirects followed.
printf 'items = .\nid = n\ntext = t\nurl = link\nauthor.url = who\n' >rel.map
printf '[{"n":1,"t":"un","link":"/reviews/1","who":"../u/lou"},{"n":2,"t":"deux","link":"r/2","who":"javascript:alert(1)"}]\n' \
	>"$ROOT/rel.json"
scrm-fetch $FAST -m rel.map "$BASE/redirect/1/f/rel.json" >out 2>err
check_eq "json map: relative url and author.url resolved against the page" \
	"$BASE/reviews/1 $BASE/u/lou" "$(jq -r -s '.[0] | "\(.url) \(.author.url)"' out)"
check_eq "json map: a path relative to the page's URL after redirects; not http: left out" \
	"$BASE/f/r/2 null" "$(jq -r -s '.[1] | "\(.url) \(.author.url)"' out)"
scrm-fetch -m rel.map "$ROOT/rel.json" >out 2>err
check_eq "json map: a relative url in a local file, with nothing to resolve it against, left out" \
	"null null" "$(jq -r -s '.[0] | "\(.url) \(.author.url)"' out)"
{ printf '\357\273\277'; cat "$ROOT/local/custom.map"; } >bom.map
scrm-fetch -m bom.map "$ROOT/local/custom.json" >out 2>err
check_eq "json map: a UTF-8 BOM before the first line tolerated" "avis:9001 avis:9002" "$(ids out)"
printf 'items = x\nbogus = y\n' >bad.map
scrm-fetch -m bad.map "$ROOT/local/custom.json" >out 2>err
check_eq "json map: a bad mapping is a usage error" 2 $?
check "json map: message names the line" grep -q "bad.map:2: unknown key" err

# --- JSON lines (twarc's files): read line by line, as NDJSON records are ---
# A bad line is reported with its number and kept by --rejects; it neither
# hides the lines after it nor swallows the next one (a truncated line did).
L=$ROOT/local
{ jq -c . "$ROOT/mastodon_tag_timeline_localdev.json"; echo oops; jq -c . "$L/x_small.json"
  echo '{"broken":'; jq -c . "$L/lemmy_search.json"; echo '[1]'; } >lines.jsonl
scrm-fetch --rejects lines.rej lines.jsonl >out 2>err
check_eq "json lines: exit status 1 (lines rejected)" 1 $?
check_eq "json lines: every good line's mentions" \
	"mastodon:localhost:3000:117020593741189701 x:1860000000000000002 lemmy:https://lemmy.example/post/42 lemmy:https://lemmy.example/comment/501" \
	"$(ids out)"
check_eq "json lines: each bad line said as FILE:LINE" \
	"scrm-fetch: lines.jsonl:2: invalid JSON at column 4: invalid token near 'oops'
scrm-fetch: lines.jsonl:4: invalid JSON at column 10: unexpected token near end of file
scrm-fetch: lines.jsonl:6: unrecognised content: neither a feed nor a known API response (use -t TYPE)" "$(cat err)"
check_eq "json lines: the bad lines kept verbatim by --rejects" 'oops
{"broken":
[1]' "$(cat lines.rej)"
sed 's/$/\r/' lines.jsonl >crlf.jsonl
scrm-fetch --rejects crlf.rej crlf.jsonl >out 2>err
check_eq "json lines with CR LF: the good lines read" 4 "$(wc -l <out | tr -d ' ')"
check_eq "json lines with CR LF: the bad lines kept with their CR" \
	"$(printf 'oops\r\n{"broken":\r\n[1]\r\n' | od -c)" "$(od -c <crlf.rej)"
cp lines.jsonl "$ROOT/lines.jsonl"
scrm-fetch $FAST "$F/lines.jsonl" >out 2>err
check_eq "json lines over http: the URL and line named" \
	"scrm-fetch: $F/lines.jsonl:2: invalid JSON at column 4: invalid token near 'oops'" "$(head -1 err)"
check_eq "json lines over http: every good line's mentions" 4 "$(wc -l <out | tr -d ' ')"
scrm-fetch --strict --state lines.state lines.jsonl >out 2>err
check_eq "json lines: --strict stops at the first bad line (exit 1)" 1 $?
check_eq "json lines: --strict keeps what came before" "mastodon:localhost:3000:117020593741189701" "$(ids out)"
check_eq "json lines: --strict says the one line" "scrm-fetch: lines.jsonl:2: invalid JSON at column 4: invalid token near 'oops'" "$(cat err)"
scrm-fetch --state lines.state lines.jsonl >out 2>/dev/null
check_eq "json lines: --strict saved the state (what it wrote is not written again)" \
	"x:1860000000000000002 lemmy:https://lemmy.example/post/42 lemmy:https://lemmy.example/comment/501" "$(ids out)"

# --- Discourse (discourse_api's recorded dev-instance posts, MIT) ---
scrm-fetch $FAST "$F/discourse_posts_latest.json" >out 2>err
check_eq "discourse: 4 latest posts" "discourse:$H:post:15 discourse:$H:post:14 discourse:$H:post:10 discourse:$H:post:2" "$(ids out)"
check_eq "discourse: post link" "$BASE/t/this-is-an-uncategorized-title/11/2" "$(jq -r -s '.[0].url' out)"
check_eq "discourse: cooked HTML as text" "holla bullhonky." "$(jq -r -s '.[0].text' out)"
check_eq "discourse: topic title" "Welcome to Discourse" "$(jq -r -s '.[2].title' out)"
scrm-fetch $FAST "$F/discourse_search_query.json" >out 2>err
check_eq "discourse: search result post" "discourse:$H:post:16" "$(ids out)"

# --- sources list and OPML ---
cat >list.txt <<EOF
# panel
$F/local/feed.xml -q nuvia -g "Blogs/Tech"
$F/local/x_small.json -t x -c 'X search'
EOF
scrm-fetch $FAST -s list.txt >out 2>err
P=$(feed_scope "$F/local/feed.xml")
check_eq "sources list: per-source keywords and type" "${P}post-1 ${P}post-3 x:1860000000000000002" \
	"$(jq -r .id out | sort | tr '\n' ' ' | sed 's/ $//')"
check_eq "sources list: group" "Blogs/Tech" "$(jq -r 'select(.id | endswith(":post-1")) | .group' out)"
check_eq "sources list: -c names the channel" "X search" "$(jq -r 'select(.id | startswith("x:")) | .channel' out | sort -u)"
# -c names the channel even of a page that names its own (a Discourse
# forum, a titled feed); an OPML title only fills in where the page names none.
printf '%s -c "Forum Example"\n%s -c "My Blog"\n' "$F/discourse_posts_latest.json" "$F/local/feed.xml" >chanlist.txt
scrm-fetch $FAST -s chanlist.txt >out 2>err
check_eq "sources list: -c over the page's own channel" "Forum Example My Blog" "$(jq -r .channel out | sort -u | tr '\n' ' ' | sed 's/ $//')"
printf '\357\273\277%s -q nuvia\n' "$F/local/feed.xml" >bomlist.txt
scrm-fetch -s bomlist.txt >out 2>err
check_eq "sources list: a UTF-8 BOM before the first line tolerated" "${P}post-1 ${P}post-3" "$(ids out)"
printf '%s -z x\n' "$F/local/feed.xml" >badlist.txt
scrm-fetch -s badlist.txt >out 2>err
check_eq "sources list: unknown option is a usage error" 2 $?
check "sources list: message with the line" grep -q "badlist.txt:1: unknown option" err
# Words before an unclosed quote were leaked (found by make fuzz): the
# second pass of make check runs this under LeakSanitizer.
printf '%s\n%s -q nuvia -g "Blogs\n' "$F/local/feed.xml" "$F/local/feed.xml" >unclosed.txt
scrm-fetch -s unclosed.txt >out 2>err
check_eq "sources list: unclosed quote is a usage error" 2 $?
check "sources list: unclosed quote, message with the line" grep -q "unclosed.txt:2: unclosed quote" err
printf '%s -q " "\n' "$F/local/feed.xml" >blankq.txt
scrm-fetch -s blankq.txt >out 2>err
check_eq "sources list: a blank keyword, which would match nothing, is a usage error" 2 $?
check_eq "sources list: blank keyword, message with the line" \
	"scrm-fetch: blankq.txt:1: -q: an empty or blank keyword matches nothing" "$(cat err)"
# A list is checked as it is read, for a run and for --list-sources alike:
# what a run would refuse is said with the list's name and line, status 2.
printf '%s\n%s -t nosuch\n' "$F/local/feed.xml" "$F/local/x_small.json" >badtype.txt
printf '%s\nftp://127.0.0.1/x.xml -g FTP\n' "$F/local/feed.xml" >ftplist.txt
printf '# maps\n%s -m nope.map\n' "$F/local/custom.json" >nomap.txt
for opt in "" --list-sources; do
	scrm-fetch $opt -s badtype.txt >out 2>err
	check_eq "sources list${opt:+ $opt}: an unknown type is a usage error" 2 $?
	check_eq "sources list${opt:+ $opt}: unknown type, with the line" \
		"scrm-fetch: badtype.txt:2: unknown type 'nosuch' (feed mastodon bluesky reddit hn discourse lemmy x youtube json)" \
		"$(cat err)"
	check_eq "sources list${opt:+ $opt}: unknown type, nothing listed or fetched" "" "$(cat out)"
	scrm-fetch $opt -s ftplist.txt >out 2>err
	check_eq "sources list${opt:+ $opt}: an ftp:// source is a usage error" 2 $?
	check_eq "sources list${opt:+ $opt}: ftp:// source, with the line" \
		"scrm-fetch: ftplist.txt:2: ftp://127.0.0.1/x.xml: only http, https and file URLs are read" "$(cat err)"
	scrm-fetch $opt -s nomap.txt >out 2>err
	check_eq "sources list${opt:+ $opt}: a missing mapping file, with the line" \
		"scrm-fetch: nomap.txt:2: nope.map: No such file or directory" "$(cat err)"
done
cat >subs.opml <<EOF
<?xml version="1.0"?>
<opml version="2.0"><head><title>Veille</title></head><body>
<outline text="Presse"><outline text="Tech &amp; web">
  <outline type="rss" text="Le blog" xmlUrl="$F/local/feed.xml"/>
</outline></outline>
<outline type="rss" text="Sans dossier" xmlUrl="$F/local/latin1.xml"/>
<outline type="rss" text="Local" xmlUrl="file:///etc/passwd"/>
</body></opml>
EOF
scrm-fetch $FAST --opml subs.opml >out 2>err
check_eq "opml: all feeds" 4 "$(wc -l <out | tr -d ' ')"
check_eq "opml: nested categories kept as the group" "Presse/Tech & web" \
	"$(jq -r 'select(.id | endswith(":post-1")) | .group' out)"
check_eq "opml: no group outside a category" null "$(jq -r 'select(.id | endswith(":latin-2")) | .group' out)"
check "opml: a file:// feed in a list is left out, and said" grep -q "subs.opml: file:///etc/passwd: not an http or https URL, left out" err

# --- the real recorded responses in ../shared/samples/api ---
if [ -z "${SHARED:-}" ] || [ ! -d "$SHARED/samples/api" ]; then
	skip "fetch adapters on recorded samples" "../shared absent"
	exit 0
fi
S=$BASE/s
scrm-fetch $FAST "$S/bluesky_searchPosts_2025.json" >out 2>err
check_eq "sample bluesky 2025: 25 posts less 4 labelled !no-unauthenticated" 21 "$(wc -l <out | tr -d ' ')"
check "sample bluesky 2025: none from a labelled author" test -z "$(grep -l 'bathshebablue.bsky.social\|stemgal.bsky.social' out)"
check_eq "sample bluesky 2025: first post" \
	'["https://bsky.app/profile/socpaperbot.bsky.social/post/3lpk2u6qo222m","2025-05-19T17:10:09Z"]' \
	"$(jq -c -s '.[0] | [.url, .created_at]' out)"
scrm-fetch $FAST --max-pages 2 "$S/reddit_subreddit_new.json" >out 2>err
check_eq "sample reddit new: 100 links" 100 "$(wc -l <out | tr -d ' ')"
check "sample reddit new: page 2 asked with after=" grep -q 'GET /s/reddit_subreddit_new.json?after=t3_48f6io ' "$SERVER_LOG"
check_eq "sample reddit new: first link" \
	'["reddit:t3_48fbm9","r/AskReddit","RedHeadQc","2016-03-01T08:37:38Z",1]' \
	"$(jq -c -s '.[0] | [.id, .channel, .author.handle, .created_at, .metrics.likes]' out)"
scrm-fetch $FAST "$S/reddit_subreddit_comments.json" >out 2>err
check_eq "sample reddit comments: comment mapped" \
	'["reddit:t1_d4y8bdp","reddit:t3_4r4inc","https://www.reddit.com/r/AskReddit/comments/4r4inc/_/d4y8bdp/"]' \
	"$(jq -c -s '.[0] | [.id, .in_reply_to, .url]' out)"
scrm-fetch $FAST "$S/hn_algolia_search_by_date_comment_2014.json" >out 2>err
check_eq "sample hn comment" \
	'["hn:7919418","fleitz","2014-06-20T03:32:34Z","hn:7919290"]' \
	"$(jq -c '[.id, .author.handle, .created_at, .in_reply_to]' out)"
check "sample hn comment: entities decoded" grep -q "they aren't contributing to the scholarship" out
scrm-fetch $FAST "$S/twitter_v2_search_recent.jsonl" >out 2>err
check_eq "sample x recent: 100 tweets" 100 "$(wc -l <out | tr -d ' ')"
check_eq "sample x recent: first tweet and its author's audience" \
	'["x:1392238204925906946","MariamBarghouti",45208,true,896]' \
	"$(jq -c -s '.[0] | [.id, .author.handle, .author.followers, .author.verified, .metrics.likes]' out)"
# The audit's case: a bad first line lost all 101 tweets of two twarc files.
(echo oops; cat "$SHARED/samples/api/twitter_v2_search_recent.jsonl" "$SHARED/samples/api/twitter_v2_search_all_small.jsonl") >t.jsonl
scrm-fetch --rejects t.rej t.jsonl >out 2>err
check_eq "sample x: two twarc files after a bad line, exit 1" 1 $?
check_eq "sample x: 101 tweets after a bad line" 101 "$(wc -l <out | tr -d ' ')"
check_eq "sample x: the bad line said and kept" "scrm-fetch: t.jsonl:1: invalid JSON at column 4: invalid token near 'oops' oops" \
	"$(cat err t.rej | tr '\n' ' ' | sed 's/ $//')"
scrm-fetch $FAST "$S/youtube_commentThreads_by_video.json" >out 2>err
check_eq "sample youtube: 5 threads" 5 "$(wc -l <out | tr -d ' ')"
check_eq "sample youtube: first comment" '["youtube:UgyZ1jqkHKYvi1-ruOZ4AaABAg","himani agarwal","Google.com"]' \
	"$(jq -c -s '.[0] | [.id, .author.name, .text]' out)"
scrm-fetch $FAST "$S/mastodon_tag_timeline_2017.json" >out 2>err
check_eq "sample mastodon 2017 tag timeline: 20 statuses, numeric ids" "mastodon:$H:714859" "$(jq -r -s '.[0].id' out)"
scrm-fetch $FAST "$S/feed_fr_pcinpact_rss2.xml" >out 2>err
check_eq "sample PC INpact RSS: 30 items" 30 "$(wc -l <out | tr -d ' ')"
scrm-fetch $FAST "$S/feed_fr_la-grange_atom.xml" >out 2>err
check_eq "sample La Grange Atom: 27 entries" 27 "$(wc -l <out | tr -d ' ')"
scrm-fetch $FAST "$S/mastodon_docs_tag_timeline_example.jsonc" >out 2>err
check_eq "sample .jsonc (comments, not JSON): refused" 1 $?
exit 0
