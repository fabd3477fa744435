/* lib/feed*.c: documents written here, each mention field checked against what the document says. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "feed.h"
#include "mention.h"
#include "msg.h"

#define MAX_KEPT 8

typedef struct kept {
	scrm_mention m[MAX_KEPT];
	size_t n;
	size_t stop_after;   /* 0: never stop */
} kept;

static char *dup0(const char *s) { return s ? scrm_xstrdup(s) : NULL; }

static bool keep(void *ctx, scrm_mention *m)
{
	kept *k = ctx;
	if (k->n < MAX_KEPT) {
		scrm_mention *c = &k->m[k->n];
		scrm_mention_init(c);
		c->id = dup0(m->id);
		c->source = dup0(m->source);
		c->channel = dup0(m->channel);
		c->url = dup0(m->url);
		c->created_at = dup0(m->created_at);
		c->title = dup0(m->title);
		c->text = dup0(m->text);
		c->lang = dup0(m->lang);
		c->author.name = dup0(m->author.name);
		c->author.url = dup0(m->author.url);
	}
	k->n++;
	return !(k->stop_after && k->n >= k->stop_after);
}

static void release(kept *k)
{
	for (size_t i = 0; i < k->n && i < MAX_KEPT; i++)
		scrm_mention_clear(&k->m[i]);
	k->n = 0;
}

static int parse(const char *doc, const char *base, const char *charset, kept *k, scrm_buf *err)
{
	release(k);
	return scrm_feed_parse(doc, strlen(doc), base, NULL, charset, keep, k, NULL, err);
}

static const char rss2[] =
	"<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Le &lt;Blog&gt;</title>"
	"<link>http://example.com/</link><language>fr-FR</language>"
	"<image><title>Not the title</title><link>http://example.com/logo</link></image>"
	"<item><title>Caf&amp;eacute; &amp; cr&#232;me</title><link>/posts/1</link>"
	"<description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description>"
	"<pubDate>Thu, 01 Jan 2004 19:48:21 EST</pubDate><guid isPermaLink=\"false\">tag:example.com,2004:1</guid>"
	"<author>me@example.com (Jean Dupont)</author></item>"
	"<item><guid>http://example.com/posts/2</guid><title>Two</title>"
	"<content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">&lt;p&gt;Full&lt;/p&gt;</content:encoded>"
	"<description>Short</description><pubDate>not a date</pubDate></item>"
	"</channel></rss>";

static const char atom[] =
	"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"http://example.org/blog/\" xml:lang=\"en\">"
	"<title type=\"html\">A &amp;amp; B</title><author><name>Feed Author</name></author>"
	"<entry><id>urn:uuid:1</id><title>First</title><link rel=\"self\" href=\"/self\"/>"
	"<link rel=\"alternate\" href=\"2003/12/first\"/><updated>2003-12-13T18:30:02Z</updated>"
	"<published>2003-12-13T08:29:29-04:00</published>"
	"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>One &amp; <i>two</i></p></div></content>"
	"<summary>ignored when there is content</summary></entry>"
	"<entry xml:lang=\"fr\"><id>urn:uuid:2</id><title>Second</title><author><name>Own</name>"
	"<uri>/people/own</uri></author><summary type=\"text\">a &lt; b</summary></entry></feed>";

static const char rdf[] =
	"<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
	" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"http://example.com/\"><title>RDF</title></channel>"
	"<item rdf:about=\"http://example.com/a\"><title>A</title><link>http://example.com/a</link>"
	"<dc:date>2003-12-31T10:14:55Z</dc:date><dc:creator>Ann</dc:creator></item></rdf:RDF>";

static const char jsonfeed[] =
	"{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"JF\", \"home_page_url\": \"https://example.org/\","
	" \"language\": \"de\", \"authors\": [{\"name\": \"Jo\"}], \"items\": [{\"id\": 7, \"url\": \"p/7\","
	" \"content_html\": \"<p>Hi &amp; bye</p>\", \"date_published\": \"2010-02-07T14:04:00-05:00\"}]}";

int main(void)
{
	kept k = { .n = 0 };
	scrm_buf err = SCRM_BUF_INIT;
	int rc;

	rc = parse(rss2, "http://example.com/feed.xml", NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 2, "RSS 2.0: two items");
	CHECK_STR_EQ(k.m[0].source, "rss", "RSS: source");
	CHECK_STR_EQ(k.m[0].channel, "Le <Blog>", "RSS: channel is the channel title, not the image's");
	CHECK_STR_EQ(k.m[0].title, "Caf\xc3\xa9 & cr\xc3\xa8me", "RSS: title with HTML entity decoded");
	CHECK_STR_EQ(k.m[0].url, "http://example.com/posts/1", "RSS: relative link resolved");
	CHECK_STR_EQ(k.m[0].id, "feed:tag:example.com,2004:1", "RSS: id from guid");
	CHECK_STR_EQ(k.m[0].text, "Hello world", "RSS: description as text, script dropped");
	CHECK_STR_EQ(k.m[0].created_at, "2004-01-02T00:48:21Z", "RSS: pubDate in UTC");
	CHECK_STR_EQ(k.m[0].author.name, "Jean Dupont", "RSS: author name out of e-mail form");
	CHECK_STR_EQ(k.m[0].lang, "fr", "RSS: channel language, as ISO 639-1");
	CHECK_STR_EQ(k.m[1].url, "http://example.com/posts/2", "RSS: permalink guid as link");
	CHECK_STR_EQ(k.m[1].text, "Full", "RSS: content:encoded over description");
	CHECK(k.m[1].created_at == NULL, "RSS: unparseable date left out");

	rc = parse(atom, NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 2, "Atom: two entries");
	CHECK_STR_EQ(k.m[0].source, "atom", "Atom: source");
	CHECK_STR_EQ(k.m[0].channel, "A & B", "Atom: html title as text");
	CHECK_STR_EQ(k.m[0].url, "http://example.org/blog/2003/12/first", "Atom: alternate link against xml:base");
	CHECK_STR_EQ(k.m[0].created_at, "2003-12-13T12:29:29Z", "Atom: published over updated");
	CHECK_STR_EQ(k.m[0].text, "One & two", "Atom: xhtml content as text, over summary");
	CHECK_STR_EQ(k.m[0].author.name, "Feed Author", "Atom: feed author inherited");
	CHECK_STR_EQ(k.m[0].lang, "en", "Atom: xml:lang of the feed");
	CHECK_STR_EQ(k.m[1].author.name, "Own", "Atom: entry author");
	CHECK_STR_EQ(k.m[1].author.url, "http://example.org/people/own", "Atom: author uri resolved");
	CHECK_STR_EQ(k.m[1].text, "a < b", "Atom: text summary kept as text");
	CHECK_STR_EQ(k.m[1].lang, "fr", "Atom: entry xml:lang");
	CHECK(k.m[1].created_at == NULL, "Atom: no date, none invented");

	rc = parse(rdf, NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 1, "RSS 1.0: one item");
	CHECK_STR_EQ(k.m[0].channel, "RDF", "RSS 1.0: channel");
	CHECK_STR_EQ(k.m[0].created_at, "2003-12-31T10:14:55Z", "RSS 1.0: dc:date");
	CHECK_STR_EQ(k.m[0].author.name, "Ann", "RSS 1.0: dc:creator");
	CHECK_STR_EQ(k.m[0].id, "feed:http://example.com/a", "RSS 1.0: rdf:about as id");

	rc = parse(jsonfeed, NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 1, "JSON Feed: one item");
	CHECK_STR_EQ(k.m[0].source, "jsonfeed", "JSON Feed: source");
	CHECK_STR_EQ(k.m[0].id, "feed:7", "JSON Feed: numeric id");
	CHECK_STR_EQ(k.m[0].url, "https://example.org/p/7", "JSON Feed: url against home_page_url");
	CHECK_STR_EQ(k.m[0].text, "Hi & bye", "JSON Feed: content_html as text");
	CHECK_STR_EQ(k.m[0].created_at, "2010-02-07T19:04:00Z", "JSON Feed: date");
	CHECK_STR_EQ(k.m[0].author.name, "Jo", "JSON Feed: feed authors inherited");
	CHECK_STR_EQ(k.m[0].lang, "de", "JSON Feed: language");

	/* no id, no link: a hash, the same twice */
	const char noid[] = "<rss><channel><item><title>T</title><pubDate>2004-01-01</pubDate></item></channel></rss>";
	parse(noid, "http://a/", NULL, &k, &err);
	char *first = k.n ? dup0(k.m[0].id) : NULL;
	parse(noid, "http://a/", NULL, &k, &err);
	CHECK(first && strncmp(first, "feed:sha256:", 12) == 0 && strlen(first) == 12 + 64, "hash id shape");
	CHECK(first && k.n == 1 && strcmp(first, k.m[0].id) == 0, "hash id stable");
	free(first);

	/* ids scoped by feed: "42" in two feeds is two entries; a URL, a tag: URI
	 * or a URN names the entry wherever it is found and is kept as it is */
	const char ids_rss[] = "<rss><channel><item><guid>42</guid></item>"
	                       "<item><guid>https://x.example/p/1</guid></item>"
	                       "<item><guid>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</guid></item>"
	                       "<item><guid>tag:x.example,2026:7</guid></item>"
	                       "<item><link>/relative/5</link></item></channel></rss>";
	/* a guid is the item's URL only when it is an absolute http(s) URL */
	const char guid_url[] = "<rss><channel><link>https://blog.example/</link>"
	                        "<item><guid>4</guid><title>T</title></item>"
	                        "<item><guid>https://x.example/p/1</guid></item>"
	                        "<item><guid isPermaLink=\"false\">https://x.example/p/2</guid></item>"
	                        "</channel></rss>";
	release(&k);
	rc = scrm_feed_parse(guid_url, strlen(guid_url), NULL, "https://blog.example/feed.xml", NULL, keep, &k,
	                     NULL, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 3, "guid urls: three items");
	CHECK(k.n == 3 && k.m[0].url == NULL, "guid urls: a guid that is no URL gives no url");
	CHECK_STR_EQ(k.n == 3 ? k.m[1].url : NULL, "https://x.example/p/1", "guid urls: a URL guid is the url");
	CHECK(k.n == 3 && k.m[2].url == NULL, "guid urls: isPermaLink=\"false\" gives no url");
	const char ids_atom[] = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>42</id></entry></feed>";
	release(&k);
	rc = scrm_feed_parse(ids_rss, strlen(ids_rss), NULL, "https://a.example/feed.xml", NULL, keep, &k, NULL, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 5, "scoped ids: five items");
	CHECK_STR_EQ(k.m[0].id, "feed:c8b59fef9119639b:42", "scoped ids: a plain guid gets the feed's scope");
	CHECK_STR_EQ(k.m[1].id, "feed:https://x.example/p/1", "scoped ids: a URL guid as it is");
	CHECK_STR_EQ(k.m[2].id, "feed:urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a", "scoped ids: a URN as it is");
	CHECK_STR_EQ(k.m[3].id, "feed:tag:x.example,2026:7", "scoped ids: a tag: URI as it is");
	CHECK_STR_EQ(k.m[4].id, "feed:c8b59fef9119639b:/relative/5", "scoped ids: a relative link as id, scoped");
	release(&k);
	rc = scrm_feed_parse(ids_atom, strlen(ids_atom), NULL, "https://b.example/atom", NULL, keep, &k, NULL, &err);
	CHECK_STR_EQ(k.n ? k.m[0].id : NULL, "feed:ee81620ad756de3b:42", "scoped ids: the same id in another feed differs");
	release(&k);
	rc = scrm_feed_parse(jsonfeed, strlen(jsonfeed), NULL, "https://b.example/atom", NULL, keep, &k, NULL, &err);
	CHECK_STR_EQ(k.n ? k.m[0].id : NULL, "feed:ee81620ad756de3b:7", "scoped ids: JSON Feed too");
	scrm_buf scope = SCRM_BUF_INIT;
	scrm_feed_id_scope("https://a.example/feed.xml", &scope);
	CHECK_STR_EQ(scope.data, "feed:c8b59fef9119639b:", "scrm_feed_id_scope");
	scrm_buf_clear(&scope);
	scrm_feed_id_scope("https://blog.example/feed.xml", &scope);
	CHECK_STR_EQ(scope.data, "feed:bac559c521ff282f:", "scrm_feed_id_scope: the example of scrm-mention(5)");
	scrm_buf_free(&scope);

	/* repairs: a bare ampersand, HTML entities without a DTD, an undeclared one */
	rc = parse("<rss><channel><title>A & B&nbsp;C &bogus;</title><item><title>x</title></item></channel></rss>",
	           NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 1, "repaired document parses");
	CHECK_STR_EQ(k.m[0].channel, "A & B\xc2\xa0" "C &bogus;", "repaired entities");

	/* ill-formed after two items: both kept, the error located */
	rc = parse("<rss><channel><item><title>1</title></item>\n<item><title>2</title></item>\n<item><title>3</oops>",
	           NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_PARTIAL && k.n == 2, "ill-formed: entries before the error kept");
	CHECK(err.data && strncmp(err.data, "line 3, column ", 15) == 0, "ill-formed: error has line and column");

	rc = parse("<html><body>hi</body></html>", NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_ERROR && k.n == 0 && err.len > 0, "HTML page: not a feed");
	rc = parse("<rss><channel><item><title>x", NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_ERROR && k.n == 0, "broken before any entry: error");

	/* safety */
	const char laughs[] =
		"<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\">"
		"<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
		"<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
		"<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>"
		"<rss><channel><title>&f;</title><item><title>x</title></item></channel></rss>";
	rc = parse(laughs, NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_ERROR && k.n == 0, "entity amplification refused");
	rc = parse("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
	           "<rss><channel><item><title>&x;</title></item></channel></rss>", NULL, NULL, &k, &err);
	CHECK(k.n == 0 || k.m[0].title == NULL || strstr(k.m[0].title, "root") == NULL, "external entity not loaded");

	/* nesting: bounded */
	scrm_buf deep = SCRM_BUF_INIT;
	scrm_buf_puts(&deep, "<rss><channel><item><title>kept</title></item>");
	for (int i = 0; i < 100000; i++)
		scrm_buf_puts(&deep, "<x>");
	release(&k);
	rc = scrm_feed_parse(deep.data, deep.len, NULL, NULL, NULL, keep, &k, NULL, &err);
	CHECK(rc == SCRM_FEED_PARTIAL && k.n == 1 && strstr(err.data, "nested too deep"), "deep nesting stops the parse");
	scrm_buf_free(&deep);

	/* encodings */
	rc = parse("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss><channel><item><title>\xe9t\xe9</title></item></channel></rss>",
	           NULL, NULL, &k, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 1, "ISO-8859-1 document");
	CHECK_STR_EQ(k.n ? k.m[0].title : NULL, "\xc3\xa9t\xc3\xa9", "ISO-8859-1 converted");
	rc = parse("<rss><channel><item><title>\xe9t\xe9</title></item></channel></rss>", NULL, "windows-1252", &k, &err);
	CHECK_STR_EQ(k.n ? k.m[0].title : NULL, "\xc3\xa9t\xc3\xa9", "HTTP charset used");
	const char u16[] = "\xff\xfe<\0r\0s\0s\0>\0<\0c\0h\0a\0n\0n\0e\0l\0>\0<\0i\0t\0e\0m\0>\0<\0t\0i\0t\0l\0e\0>\0"
	                   "\xe9\0<\0/\0t\0i\0t\0l\0e\0>\0<\0/\0i\0t\0e\0m\0>\0<\0/\0c\0h\0a\0n\0n\0e\0l\0>\0<\0/\0r\0s\0s\0>\0";
	release(&k);
	rc = scrm_feed_parse(u16, sizeof u16 - 1, NULL, NULL, NULL, keep, &k, NULL, &err);
	CHECK(rc == SCRM_FEED_OK && k.n == 1 && k.m[0].title && strcmp(k.m[0].title, "\xc3\xa9") == 0, "UTF-16LE document");

	/* the sink can stop the parse */
	release(&k);
	k.stop_after = 1;
	rc = scrm_feed_parse(rss2, strlen(rss2), NULL, NULL, NULL, keep, &k, NULL, &err);
	CHECK(k.n == 1 && rc == SCRM_FEED_OK, "sink stops after one, not an error");
	k.stop_after = 0;

	/* info */
	scrm_feed_info info;
	scrm_feed_info_init(&info);
	release(&k);
	scrm_feed_parse(atom, strlen(atom), NULL, NULL, NULL, keep, &k, &info, &err);
	CHECK_STR_EQ(info.format, "atom10", "info: format");
	CHECK_STR_EQ(info.title, "A & B", "info: title");
	CHECK(info.entries == 2, "info: entries");
	scrm_feed_info_clear(&info);

	CHECK(scrm_feed_sniff(rss2, strlen(rss2)), "sniff: RSS");
	CHECK(scrm_feed_sniff(atom, strlen(atom)), "sniff: Atom");
	CHECK(scrm_feed_sniff(rdf, strlen(rdf)), "sniff: RDF");
	CHECK(scrm_feed_sniff(jsonfeed, strlen(jsonfeed)), "sniff: JSON Feed");
	CHECK(!scrm_feed_sniff("{\"data\": []}", 12), "sniff: other JSON");
	CHECK(scrm_feed_sniff(u16, sizeof u16 - 1), "sniff: UTF-16LE RSS");
	CHECK(!scrm_feed_sniff("\xff\xfe<\0h\0t\0m\0l\0>\0", 14), "sniff: UTF-16LE HTML");
	CHECK(!scrm_feed_sniff("<!DOCTYPE html><html>", 21), "sniff: HTML");
	const char prolog[] = "\xef\xbb\xbf<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE rss [ <!ENTITY x \"y\"> ]>\n<rss>";
	CHECK(scrm_feed_sniff(prolog, sizeof prolog - 1), "sniff: BOM, declaration, comment, doctype");

	release(&k);
	scrm_buf_free(&err);
	return check_done();
}
