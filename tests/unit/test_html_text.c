/* Known answers for lib/html_text.c: entities, tags, dropped content, white space. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "html_text.h"
#include "check.h"

static const char *const text_cases[][2] = {
	{ "plain", "plain" },
	{ "  a \n\t b  ", "a b" },
	{ "&amp;&lt;&gt;&quot;&apos;", "&<>\"'" },
	{ "&eacute;t&eacute;", "\xc3\xa9t\xc3\xa9" },
	{ "&copy2004", "\xc2\xa9" "2004" },                 /* legacy name without ';' */
	{ "&notin;", "\xe2\x88\x89" },                      /* longest name wins over &not */
	{ "&notit;", "\xc2\xac" "it;" },                    /* ...but &not alone is legacy */
	{ "&bogus; & x", "&bogus; & x" },
	{ "&#233;&#xE9;&#XE9", "\xc3\xa9\xc3\xa9\xc3\xa9" },
	{ "don&#146;t", "don\xe2\x80\x99t" },               /* Windows-1252 remapping */
	{ "&#128;", "\xe2\x82\xac" },
	{ "&#129;", "\xc2\x81" },                           /* undefined in 1252: kept */
	{ "&#0;&#xD800;&#x110000;&#99999999999;", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd" },
	{ "&NotNestedGreaterGreater;", "\xe2\xaa\xa2\xcc\xb8" }, /* two code points */
	{ "<p>One</p><p>Two</p>", "One\n\nTwo" },
	{ "a<br>b<br/>c", "a\nb\nc" },
	{ "<ul><li>x</li><li>y</li></ul>", "x\ny" },
	{ "<b>bold</b> and <i>it</i>", "bold and it" },
	{ "x<script>alert('<p>')</script>y", "x\ny" },
	{ "x<style type=\"text/css\">p{}</style>y", "x\ny" },
	{ "x<!-- <p>hidden</p> -->y", "xy" },
	{ "<a href=\"a>b\" title='c'>link</a>", "link" },
	{ "1 < 2 and 3 > 2", "1 < 2 and 3 > 2" },
	{ "<![CDATA[raw <b>]]>", "raw <b>" },
	{ "<unclosed", "" },
	{ "<SCRIPT>x</SCRIPT>after", "after" },
	{ "<script>never closed", "" },
	{ "bad \xff byte", "bad \xef\xbf\xbd byte" },
	{ "<h1>T</h1>\n\n\n<div>a</div><div>b</div>", "T\n\na\nb" },
	{ "a&nbsp;b", "a\xc2\xa0" "b" },
	{ "<td>a</td><td>b</td>", "a b" },
	{ "a<svg><title>icon</title></svg>b", "a\nb" },
	{ "safe <iframe src=\"x\">description</iframe>", "safe description" },
	{ "don\xc2\x92t", "don\xe2\x80\x99t" },            /* a C1 control read as Windows-1252 */
};

int main(void)
{
	char name[200];
	scrm_buf b = SCRM_BUF_INIT;
	for (size_t i = 0; i < sizeof text_cases / sizeof text_cases[0]; i++) {
		scrm_buf_clear(&b);
		scrm_html_to_text(text_cases[i][0], strlen(text_cases[i][0]), &b);
		snprintf(name, sizeof name, "to_text \"%s\"", text_cases[i][0]);
		for (char *p = name; *p; p++)
			if ((unsigned char)*p < ' ')
				*p = ' ';   /* one line per check */
		CHECK_STR_EQ(b.data, text_cases[i][1], name);
	}
	scrm_buf_clear(&b);
	scrm_html_to_line("<p>One</p><p>Two</p>", 20, &b);
	CHECK_STR_EQ(b.data, "One Two", "to_line joins paragraphs");
	scrm_buf_clear(&b);
	scrm_html_decode_entities("<b> &amp;  x", 12, &b);
	CHECK_STR_EQ(b.data, "<b> &  x", "decode_entities keeps tags and spaces");
	scrm_buf_clear(&b);
	scrm_buf_puts(&b, "keep:");
	scrm_html_to_text(" x ", 3, &b);
	CHECK_STR_EQ(b.data, "keep:x", "output is appended");
	CHECK(scrm_html_looks_like_html("a <b>c</b>", 10), "looks like html: tag");
	CHECK(scrm_html_looks_like_html("AT&amp;T", 8), "looks like html: entity");
	CHECK(!scrm_html_looks_like_html("1 < 2 & 3", 9), "not html: bare < and &");
	scrm_buf_free(&b);
	return check_done();
}
