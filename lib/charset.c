/*
 * charset.c - encoding detection (BOM, HTTP, XML declaration) and iconv conversion.
 */
#include "charset.h"

#include <errno.h>
#include <iconv.h>
#include <string.h>

#include "utf8.h"

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }
static char upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c; }

unsigned scrm_cp1252_char(unsigned char b)
{
	static const unsigned short high[32] = {
		0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
		0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
		0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
		0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
	};
	return b >= 0x80 && b < 0xA0 ? high[b - 0x80] : b;
}

static bool label_is(const char *s, const char *name)
{
	for (; *s && *name; s++, name++)
		if (lower(*s) != *name)
			return false;
	return *s == 0 && *name == 0;
}

static bool iconv_knows(const char *name)
{
	iconv_t cd = iconv_open("UTF-8", name);
	if (cd == (iconv_t)-1)
		return false;
	iconv_close(cd);
	return true;
}

bool scrm_charset_canonical(const char *label, size_t n, char name[SCRM_CHARSET_NAME_MAX])
{
	char l[SCRM_CHARSET_NAME_MAX];
	while (n > 0 && (*label == ' ' || *label == '\t' || *label == '"' || *label == '\''))
		label++, n--;
	while (n > 0 && (label[n - 1] == ' ' || label[n - 1] == '\t' || label[n - 1] == '"' ||
	                 label[n - 1] == '\'' || label[n - 1] == ';'))
		n--;
	if (n == 0 || n >= sizeof l)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = label[i];
		/* a label is a token: letters, digits and a few marks; anything else is not a name */
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '_' || c == '.' || c == ':'))
			return false;
		l[i] = c;
	}
	l[n] = 0;
	static const char *const cp1252[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
		"ansi_x3.4-1968", "iso-ir-100", "cp819", "ibm819", "cp1252", "windows-1252", "x-cp1252",
		"iso_8859-1:1987", "csisolatin1",
	};
	static const char *const gb[] = { "gb2312", "gbk", "x-gbk", "gb_2312-80", "chinese", "csgb2312", "gb18030" };
	for (size_t i = 0; i < sizeof cp1252 / sizeof cp1252[0]; i++)
		if (label_is(l, cp1252[i])) {
			strcpy(name, "WINDOWS-1252");
			return true;
		}
	for (size_t i = 0; i < sizeof gb / sizeof gb[0]; i++)
		if (label_is(l, gb[i])) {
			strcpy(name, "GB18030");
			return true;
		}
	if (label_is(l, "utf-8") || label_is(l, "utf8") || label_is(l, "unicode-1-1-utf-8")) {
		strcpy(name, "UTF-8");
		return true;
	}
	for (size_t i = 0; i <= n; i++)
		name[i] = upper(l[i]);
	return iconv_knows(name);
}

static bool has_prefix(const unsigned char *d, size_t len, const char *p, size_t k)
{
	return len >= k && memcmp(d, p, k) == 0;
}

/* The encoding="..." of an XML declaration in an ASCII-compatible encoding, or false. */
static bool xml_decl_encoding(const char *d, size_t len, char name[SCRM_CHARSET_NAME_MAX])
{
	if (len < 6 || memcmp(d, "<?xml", 5) != 0)
		return false;
	const char *end = memchr(d, '>', len < 512 ? len : 512);
	if (!end)
		return false;
	size_t n = (size_t)(end - d);
	for (size_t i = 5; i + 8 < n; i++) {
		if (memcmp(d + i, "encoding", 8) != 0)
			continue;
		size_t j = i + 8;
		while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\r' || d[j] == '\n'))
			j++;
		if (j >= n || d[j] != '=')
			return false;
		j++;
		while (j < n && (d[j] == ' ' || d[j] == '\t' || d[j] == '\r' || d[j] == '\n'))
			j++;
		if (j >= n || (d[j] != '"' && d[j] != '\''))
			return false;
		char q = d[j++];
		size_t b = j;
		while (j < n && d[j] != q)
			j++;
		return j < n && scrm_charset_canonical(d + b, j - b, name);
	}
	return false;
}

void scrm_charset_detect_xml(const char *data, size_t len, const char *http_charset,
                             char name[SCRM_CHARSET_NAME_MAX], size_t *bom)
{
	const unsigned char *d = (const unsigned char *)data;
	*bom = 0;
	/* byte order marks, the 32-bit ones first (UTF-32LE's starts like UTF-16LE's) */
	static const struct { const char *bytes; size_t n, bom; const char *name; } marks[] = {
		{ "\x00\x00\xFE\xFF", 4, 4, "UTF-32BE" }, { "\xFF\xFE\x00\x00", 4, 4, "UTF-32LE" },
		{ "\xEF\xBB\xBF", 3, 3, "UTF-8" }, { "\xFE\xFF", 2, 2, "UTF-16BE" }, { "\xFF\xFE", 2, 2, "UTF-16LE" },
		{ "\x00\x00\x00\x3C", 4, 0, "UTF-32BE" }, { "\x3C\x00\x00\x00", 4, 0, "UTF-32LE" },
		{ "\x00\x3C\x00\x3F", 4, 0, "UTF-16BE" }, { "\x3C\x00\x3F\x00", 4, 0, "UTF-16LE" },
	};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (has_prefix(d, len, marks[i].bytes, marks[i].n)) {
			strcpy(name, marks[i].name);
			*bom = marks[i].bom;
			return;
		}
	if (http_charset && scrm_charset_canonical(http_charset, strlen(http_charset), name))
		return;
	if (xml_decl_encoding(data, len, name))
		return;
	strcpy(name, "UTF-8");
}

static void put_cp(scrm_buf *out, unsigned cp)
{
	char u[4];
	scrm_buf_append(out, u, scrm_utf8_encode(cp, u));
}

/* UTF-8 with each invalid byte read as Windows-1252. */
static void repair_utf8(const char *data, size_t len, scrm_buf *out)
{
	const unsigned char *d = (const unsigned char *)data;
	size_t i = 0;
	scrm_buf_reserve(out, len);
	while (i < len) {
		/* ASCII runs, the bulk of any document, are copied whole */
		size_t j = i;
		while (j < len && d[j] < 0x80)
			j++;
		if (j > i) {
			scrm_buf_append(out, d + i, j - i);
			i = j;
			continue;
		}
		size_t k = scrm_utf8_seq_len(d + i, len - i);
		if (k == 2 && d[i] == 0xC2 && d[i + 1] < 0xA0 && scrm_cp1252_char(d[i + 1]) != 0xFFFD) {
			/* a C1 control is a Windows-1252 character decoded as Latin-1 somewhere upstream */
			put_cp(out, scrm_cp1252_char(d[i + 1]));
			i += 2;
		} else if (k) {
			scrm_buf_append(out, d + i, k);
			i += k;
		} else {
			put_cp(out, scrm_cp1252_char(d[i]));
			i++;
		}
	}
}

bool scrm_charset_to_utf8(const char *data, size_t len, const char *encoding, scrm_buf *out)
{
	if (label_is(encoding, "utf-8")) {
		repair_utf8(data, len, out);
		return true;
	}
	if (label_is(encoding, "windows-1252")) {
		/* done here rather than by iconv, which refuses the five undefined bytes */
		scrm_buf_reserve(out, len + len / 2);
		for (size_t i = 0; i < len; i++)
			put_cp(out, scrm_cp1252_char((unsigned char)data[i]));
		return true;
	}
	iconv_t cd = iconv_open("UTF-8", encoding);
	if (cd == (iconv_t)-1)
		return false;
	char chunk[4096];
	char *in = (char *)data;
	size_t left = len;
	while (left > 0) {
		char *o = chunk;
		size_t room = sizeof chunk;
		size_t r = iconv(cd, &in, &left, &o, &room);
		scrm_buf_append(out, chunk, (size_t)(o - chunk));
		if (r == (size_t)-1) {
			if (errno == E2BIG)
				continue;
			put_cp(out, 0xFFFD);
			if (errno == EINVAL)   /* truncated sequence at the end */
				break;
			in++, left--;          /* EILSEQ: skip one byte and go on */
			iconv(cd, NULL, NULL, NULL, NULL);
		}
	}
	iconv_close(cd);
	if (!out->data)
		scrm_buf_append(out, "", 0);
	return true;
}
