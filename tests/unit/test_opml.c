/* lib/opml.c: feeds, titles, folders as groups, duplicates, lists that are not feeds. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "check.h"
#include "opml.h"

static const char doc[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\"><head><title>\n  Veille &amp; presse\n</title></head><body>"
	"<outline text=\"News\"><outline title=\"France\">"
	"<outline text=\" Le Monde \" title=\"ignored\" type=\"rss\" xmlUrl=\" https://www.lemonde.fr/rss/une.xml \"/>"
	"</outline></outline>"
	"<outline text=\"Top\" xmlURL=\"http://example.com/top.xml\" category=\"/tech/web, other\"/>"
	"<outline text=\"Again\" type=\"rss\" xmlUrl=\"https://www.lemonde.fr/rss/une.xml\"/>"
	"<outline text=\"A list\" type=\"include\" xmlUrl=\"http://example.com/list.opml\"/>"
	"<outline text=\"caf&eacute;\" type=\"rss\" xmlUrl=\"http://example.com/cafe.xml\"/>"
	"</body></opml>";

int main(void)
{
	scrm_opml o;
	scrm_buf err = SCRM_BUF_INIT;
	scrm_opml_init(&o);
	int rc = scrm_opml_parse(doc, sizeof doc - 1, &o, &err);
	CHECK(rc == 0, "parses");
	CHECK(o.n == 3, "three feeds: duplicate and include left out");
	CHECK_STR_EQ(o.title, "Veille & presse", "head title trimmed");
	if (o.n == 3) {
		CHECK_STR_EQ(o.feeds[0].url, "https://www.lemonde.fr/rss/une.xml", "url trimmed");
		CHECK_STR_EQ(o.feeds[0].title, "Le Monde", "text over title");
		CHECK_STR_EQ(o.feeds[0].group, "News/France", "nested folders, @title when no @text");
		CHECK_STR_EQ(o.feeds[1].url, "http://example.com/top.xml", "xmlURL spelling");
		CHECK_STR_EQ(o.feeds[1].group, "tech/web", "category attribute when no folder");
		CHECK_STR_EQ(o.feeds[2].title, "caf\xc3\xa9", "HTML entity in an attribute");
		CHECK(o.feeds[2].group == NULL, "top level: no group");
	}
	scrm_opml_free(&o);

	scrm_opml_init(&o);
	const char broken[] = "<opml><body><outline text=\"a\" xmlUrl=\"http://a/\"/>\n<outline";
	rc = scrm_opml_parse(broken, sizeof broken - 1, &o, &err);
	CHECK(rc == 1 && o.n == 1, "broken after a feed: partial, feed kept");
	CHECK(err.data && strncmp(err.data, "line 2", 6) == 0, "error located");
	scrm_opml_free(&o);

	scrm_opml_init(&o);
	scrm_buf_clear(&err);
	rc = scrm_opml_parse("not xml", 7, &o, &err);
	CHECK(rc == -1 && o.n == 0 && err.len > 0, "not XML: error");
	scrm_opml_free(&o);
	scrm_buf_free(&err);
	return check_done();
}
