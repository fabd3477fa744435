/* lib/url.c against the examples of RFC 3986 section 5.4 (normal and abnormal), and scheme checks. */
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "url.h"
#include "check.h"

static const char *const rfc[][2] = {
	/* 5.4.1 normal examples */
	{ "g:h", "g:h" }, { "g", "http://a/b/c/g" }, { "./g", "http://a/b/c/g" },
	{ "g/", "http://a/b/c/g/" }, { "/g", "http://a/g" }, { "//g", "http://g" },
	{ "?y", "http://a/b/c/d;p?y" }, { "g?y", "http://a/b/c/g?y" }, { "#s", "http://a/b/c/d;p?q#s" },
	{ "g#s", "http://a/b/c/g#s" }, { "g?y#s", "http://a/b/c/g?y#s" }, { ";x", "http://a/b/c/;x" },
	{ "g;x", "http://a/b/c/g;x" }, { "g;x?y#s", "http://a/b/c/g;x?y#s" }, { "", "http://a/b/c/d;p?q" },
	{ ".", "http://a/b/c/" }, { "./", "http://a/b/c/" }, { "..", "http://a/b/" },
	{ "../", "http://a/b/" }, { "../g", "http://a/b/g" }, { "../..", "http://a/" },
	{ "../../", "http://a/" }, { "../../g", "http://a/g" },
	/* 5.4.2 abnormal examples */
	{ "../../../g", "http://a/g" }, { "../../../../g", "http://a/g" }, { "/./g", "http://a/g" },
	{ "/../g", "http://a/g" }, { "g.", "http://a/b/c/g." }, { ".g", "http://a/b/c/.g" },
	{ "g..", "http://a/b/c/g.." }, { "..g", "http://a/b/c/..g" }, { "./../g", "http://a/b/g" },
	{ "./g/.", "http://a/b/c/g/" }, { "g/./h", "http://a/b/c/g/h" }, { "g/../h", "http://a/b/c/h" },
	{ "g;x=1/./y", "http://a/b/c/g;x=1/y" }, { "g;x=1/../y", "http://a/b/c/y" },
	{ "g?y/./x", "http://a/b/c/g?y/./x" }, { "g?y/../x", "http://a/b/c/g?y/../x" },
	{ "g#s/./x", "http://a/b/c/g#s/./x" }, { "g#s/../x", "http://a/b/c/g#s/../x" },
	{ "http:g", "http:g" },
};

int main(void)
{
	char name[200];
	scrm_buf b = SCRM_BUF_INIT;
	for (size_t i = 0; i < sizeof rfc / sizeof rfc[0]; i++) {
		scrm_buf_clear(&b);
		bool ok = scrm_url_resolve("http://a/b/c/d;p?q", rfc[i][0], &b);
		snprintf(name, sizeof name, "RFC 3986 5.4: \"%s\"", rfc[i][0]);
		CHECK_STR_EQ(ok ? b.data : NULL, rfc[i][1], name);
	}
	scrm_buf_clear(&b);
	CHECK(scrm_url_resolve("http://example.com", "entry/1", &b) && strcmp(b.data, "http://example.com/entry/1") == 0,
	      "base without a path: merged under /");
	scrm_buf_clear(&b);
	CHECK(!scrm_url_resolve(NULL, "/x", &b) && strcmp(b.data, "/x") == 0, "no base: relative kept, reported");
	scrm_buf_clear(&b);
	CHECK(scrm_url_resolve(NULL, " HTTP://h/a/../b \n", &b) && strcmp(b.data, "http://h/b") == 0,
	      "no base: absolute ref cleaned");
	CHECK(scrm_url_is_http("http://example.com/"), "http ok");
	CHECK(scrm_url_is_http("HTTPS://example.com"), "https ok, case-insensitive");
	CHECK(!scrm_url_is_http("file:///etc/passwd"), "file refused");
	CHECK(!scrm_url_is_http("javascript:alert(1)"), "javascript refused");
	CHECK(!scrm_url_is_http("http:///x"), "no host refused");
	CHECK(!scrm_url_is_http("/relative"), "relative refused");
	CHECK(scrm_url_scheme_len("mailto:x") == 6 && scrm_url_scheme_len("1x:y") == 0, "scheme length");

	/* Redirects unwrapped: Google Alerts' links, Facebook's shim. */
	static const char *const unwrap[][2] = {
		{ "https://www.google.com/url?rct=j&sa=t&url=https://www.lemonde.fr/a.html&ct=ga&cd=CAIyGg&usg=AOv",
		  "https://www.lemonde.fr/a.html" },
		{ "https://www.google.fr/url?q=https%3A%2F%2Fex.fr%2Fp%3Fid%3D1%26x%3D%C3%A9&sa=U",
		  "https://ex.fr/p?id=1&x=\xc3\xa9" },
		{ "http://google.com/url?url=http://a.example/", "http://a.example/" },
		{ "https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example%2Fx&h=AT0", "https://shop.example/x" },
		{ "HTTPS://WWW.GOOGLE.COM/URL?url=https://x.example/", "https://x.example/" },
		{ "https://www.google.co.uk/url?url=https://x.example/", "https://x.example/" },
		{ "https://google.com.br/url?url=https://x.example/", "https://x.example/" },
	};
	for (size_t i = 0; i < sizeof unwrap / sizeof unwrap[0]; i++) {
		scrm_buf_clear(&b);
		bool ok = scrm_url_unwrap(unwrap[i][0], &b);
		snprintf(name, sizeof name, "unwrap: %.60s", unwrap[i][0]);
		CHECK_STR_EQ(ok ? b.data : NULL, unwrap[i][1], name);
		/* The cheap test before it never says no to what it unwraps,
		 * read with a length (a record's URL is not NUL-terminated). */
		snprintf(name, sizeof name, "may unwrap: %.60s", unwrap[i][0]);
		CHECK(scrm_url_may_unwrap(unwrap[i][0], strlen(unwrap[i][0])), name);
	}
	static const char *const plain[] = {
		"https://www.lemonde.fr/url?url=https://x.example/", "https://notgoogle.com/url?url=https://x.example/",
		"https://google.evil.example/url", "https://facebook.com/l.php?u=https://x.example/",
		"www.google.com/url?url=https://x.example/", "https:", "", "https://www.google.com.evil/url",
	};
	for (size_t i = 0; i < sizeof plain / sizeof plain[0]; i++) {
		snprintf(name, sizeof name, "no redirect host: %.60s", plain[i]);
		CHECK(!scrm_url_may_unwrap(plain[i], strlen(plain[i])), name);
	}
	/* Only the n bytes given are read: the host ends where they do. */
	CHECK(scrm_url_may_unwrap("https://l.facebook.comXYZ", 22), "host cut at n");
	CHECK(!scrm_url_may_unwrap("https://l.facebook.com", 21), "host shorter than n says no");
	static const char *const kept[] = {
		"https://www.example.fr/url?url=https://x.example/",      /* not a known redirect */
		"https://www.google.com/search?q=orange",                  /* a search, no redirect */
		"https://www.google.com/url?url=javascript:alert(1)",      /* target not http(s) */
		"https://www.google.com/url?url=https://x.example/a%20b",  /* a space in the target */
		"https://www.google.com/url?url=https://x.example/%2",     /* broken escape */
		"https://www.google.com/url?sa=t",                         /* no target */
		"https://google.evil.example/url?url=https://x.example/",  /* not Google */
		"https://notgoogle.com/url?url=https://x.example/",
		"https://google.co.evil/url?url=https://x.example/",
		"ftp://www.google.com/url?url=https://x.example/",
	};
	for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++) {
		scrm_buf_clear(&b);
		snprintf(name, sizeof name, "not unwrapped: %.60s", kept[i]);
		CHECK(!scrm_url_unwrap(kept[i], &b) && b.len == 0, name);
	}
	scrm_buf_free(&b);
	return check_done();
}
