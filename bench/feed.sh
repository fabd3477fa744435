#!/bin/sh
# Feed parsing speed: a large RSS 2.0 feed and a large Atom feed (20,000
# entries each, HTML summaries with entities, dates to normalise), parsed by
# build/feedparse -n (the parser alone: charset, repair, expat, HTML to text,
# dates, ids; no output). Prints entries/s, MB/s and peak RSS.
# Environment as in bench/common.sh; BENCH_FEED_ITEMS (default 20000).
. "$(dirname "$0")/common.sh"
items=${BENCH_FEED_ITEMS:-20000}
mkdir -p "$BENCH_DIR" || exit 1
if [ ! -x "$BUILD/feedparse" ]; then
	${MAKE:-make} -s "$BUILD/feedparse" || { echo "bench: cannot build $BUILD/feedparse" >&2; exit 1; }
fi

# gen FORMAT FILE: a feed of $items entries, written once per item count.
gen() {
	[ -s "$2" ] && [ "$(cat "$2.stamp" 2>/dev/null)" = "$items" ] && return 0
	awk -v n="$items" -v fmt="$1" 'BEGIN {
		body = "&lt;p&gt;Le service client a r&amp;eacute;pondu en &lt;b&gt;deux heures&lt;/b&gt;, " \
		       "tr&#232;s bien &amp;amp; poli.&lt;/p&gt;&lt;p&gt;Mais la livraison&amp;nbsp;: " \
		       "&lt;a href=\"/x\"&gt;trois semaines&lt;/a&gt;&amp;hellip; Je ne recommande pas.&lt;/p&gt;" \
		       "&lt;script&gt;track()&lt;/script&gt;&lt;ul&gt;&lt;li&gt;prix&lt;/li&gt;&lt;li&gt;d&amp;eacute;lai&lt;/li&gt;&lt;/ul&gt;"
		split("Mon Tue Wed Thu Fri Sat Sun", wd, " ")
		split("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", mo, " ")
		if (fmt == "rss") {
			print "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
			print "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>Bench &amp; co</title><link>http://bench.example/</link>"
			for (i = 1; i <= n; i++)
				printf "<item><title>Avis n&#176;%d : exp&#233;rience &lt;client&gt;</title><link>/avis/%d</link>" \
				       "<guid isPermaLink=\"false\">bench-%d</guid><pubDate>%s, %02d %s 2026 %02d:%02d:%02d +0100</pubDate>" \
				       "<dc:creator>Client %d</dc:creator><description>%s %s</description></item>\n",
				       i, i, i, wd[i % 7 + 1], i % 28 + 1, mo[i % 12 + 1], i % 24, i % 60, (i * 7) % 60, i % 500, body, body
			print "</channel></rss>"
		} else {
			print "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
			print "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://bench.example/\"><title>Bench</title>"
			for (i = 1; i <= n; i++)
				printf "<entry><id>tag:bench.example,2026:%d</id><title type=\"html\">Avis n&amp;deg;%d</title>" \
				       "<link rel=\"alternate\" href=\"avis/%d\"/><published>2026-%02d-%02dT%02d:%02d:%02d+01:00</published>" \
				       "<author><name>Client %d</name></author><content type=\"html\">%s %s</content></entry>\n",
				       i, i, i, i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, i % 500, body, body
			print "</feed>"
		}
	}' > "$2.tmp" && mv "$2.tmp" "$2" && echo "$items" > "$2.stamp"
}

for fmt in rss atom; do
	f=$BENCH_DIR/feed-$fmt.xml
	gen "$fmt" "$f" || { echo "bench: cannot write $f" >&2; exit 1; }
	bytes=$(wc -c < "$f" | tr -d ' ')
	bench_run "$f" "$BUILD/feedparse" -n -
	set -- $_bench_res
	if [ "$3" != 0 ]; then
		echo "feed parse ($fmt): FAILED (exit $3)"
		continue
	fi
	awk -v l="feed parse ($fmt, $items entries)" -v n="$items" -v b="$bytes" -v t="$1" -v k="$2" 'BEGIN {
		if (t <= 0) t = 0.001
		printf "%s: %.1f MB in %.2f s: %.0f entries/s, %.1f MB/s, peak RSS %d KiB\n", l, b / 1e6, t, n / t, b / 1e6 / t, k }'
	echo "  reproduce: $BUILD/feedparse -n - < $f"
done
