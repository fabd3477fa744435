/* lib/charset.c: detection precedence (BOM > HTTP > XML declaration > UTF-8) and conversion. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "charset.h"
#include "check.h"

static const char *detect(const char *doc, size_t n, const char *http, size_t *bom)
{
	static char name[SCRM_CHARSET_NAME_MAX];
	scrm_charset_detect_xml(doc, n, http, name, bom);
	return name;
}

static const char *conv(const char *in, size_t n, const char *enc, scrm_buf *b)
{
	scrm_buf_clear(b);
	return scrm_charset_to_utf8(in, n, enc, b) ? b->data : NULL;
}

int main(void)
{
	size_t bom;
	scrm_buf b = SCRM_BUF_INIT;
	const char decl1[] = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><rss/>";
	const char decl2[] = "<?xml version='1.0' encoding = 'koi8-r' ?><rss/>";
	const char nodecl[] = "<rss/>";

	CHECK_STR_EQ(detect(nodecl, 6, NULL, &bom), "UTF-8", "no hint: UTF-8");
	CHECK_STR_EQ(detect(decl1, sizeof decl1 - 1, NULL, &bom), "WINDOWS-1252",
	             "declared ISO-8859-1 read as Windows-1252 (WHATWG)");
	CHECK_STR_EQ(detect(decl2, sizeof decl2 - 1, NULL, &bom), "KOI8-R", "declaration with single quotes and spaces");
	CHECK_STR_EQ(detect(decl1, sizeof decl1 - 1, "\"utf-8\"", &bom), "UTF-8", "HTTP charset beats the declaration");
	CHECK_STR_EQ(detect(decl1, sizeof decl1 - 1, "no-such-charset", &bom), "WINDOWS-1252",
	             "unknown HTTP charset passed over");
	CHECK_STR_EQ(detect("\xEF\xBB\xBF<rss/>", 9, "iso-8859-1", &bom), "UTF-8", "UTF-8 BOM beats HTTP");
	CHECK(bom == 3, "UTF-8 BOM length");
	CHECK_STR_EQ(detect("\xFF\xFE<\0r\0", 6, NULL, &bom), "UTF-16LE", "UTF-16LE BOM");
	CHECK(bom == 2, "UTF-16 BOM length");
	CHECK_STR_EQ(detect("\xFE\xFF\0<\0r", 6, NULL, &bom), "UTF-16BE", "UTF-16BE BOM");
	CHECK_STR_EQ(detect("\xFF\xFE\0\0<\0\0\0", 8, NULL, &bom), "UTF-32LE", "UTF-32LE BOM (not UTF-16LE)");
	CHECK_STR_EQ(detect("\0<\0?\0x", 6, NULL, &bom), "UTF-16BE", "UTF-16BE without BOM");
	CHECK(bom == 0, "no BOM to skip");
	CHECK_STR_EQ(detect(decl1, sizeof decl1 - 1, "gb2312", &bom), "GB18030", "GB2312 read as GB18030");

	CHECK_STR_EQ(conv("caf\xe9 \x80", 6, "WINDOWS-1252", &b), "caf\xc3\xa9 \xe2\x82\xac", "Windows-1252");
	CHECK_STR_EQ(conv("\x81", 1, "WINDOWS-1252", &b), "\xef\xbf\xbd", "undefined 1252 byte -> U+FFFD");
	CHECK_STR_EQ(conv("\xe9t\xe9", 3, "ISO-8859-15", &b), "\xc3\xa9t\xc3\xa9", "ISO-8859-15 through iconv");
	CHECK_STR_EQ(conv("h\0i\0", 4, "UTF-16LE", &b), "hi", "UTF-16LE");
	CHECK_STR_EQ(conv("\0h\xd8", 3, "UTF-16BE", &b), "h\xef\xbf\xbd", "truncated UTF-16 -> U+FFFD");
	CHECK_STR_EQ(conv("ok \xe9t\xe9 \xc3\xa9", 9, "UTF-8", &b), "ok \xc3\xa9t\xc3\xa9 \xc3\xa9",
	             "invalid UTF-8 bytes read as Windows-1252, valid ones kept");
	CHECK_STR_EQ(conv("don\xc2\x92t", 6, "UTF-8", &b), "don\xe2\x80\x99t", "C1 control as Windows-1252");
	CHECK_STR_EQ(conv("\x8e\xa1", 2, "EUC-JP", &b), "\xef\xbd\xa1", "EUC-JP half-width katakana");
	CHECK(conv("x", 1, "NO-SUCH-ENCODING", &b) == NULL, "unknown encoding refused");
	CHECK(scrm_cp1252_char(0x92) == 0x2019 && scrm_cp1252_char(0x41) == 0x41, "cp1252 table");
	scrm_buf_free(&b);
	return check_done();
}
