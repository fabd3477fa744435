/*
 * url.c - RFC 3986 reference resolution, following section 5.2 to the letter
 * so that the section 5.4 examples come out exactly.
 */
#include "url.h"

#include <string.h>

#include "msg.h"

typedef struct span {
	const char *p;
	size_t n;
	bool defined;
} span;

typedef struct uri {
	span scheme, authority, path, query, fragment;
} uri;

static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

size_t scrm_url_scheme_len(const char *s)
{
	if (!is_alpha(s[0]))
		return 0;
	size_t i = 1;
	while (is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.')
		i++;
	return s[i] == ':' ? i : 0;
}

/* Splits s[0..n) by the regular expression of RFC 3986 appendix B. */
static void split(const char *s, size_t n, uri *u)
{
	memset(u, 0, sizeof *u);
	size_t i = 0;
	size_t k = scrm_url_scheme_len(s);
	if (k && k < n) {
		u->scheme = (span){ s, k, true };
		i = k + 1;
	}
	if (i + 1 < n && s[i] == '/' && s[i + 1] == '/') {
		size_t b = i + 2;
		i = b;
		while (i < n && s[i] != '/' && s[i] != '?' && s[i] != '#')
			i++;
		u->authority = (span){ s + b, i - b, true };
	}
	size_t b = i;
	while (i < n && s[i] != '?' && s[i] != '#')
		i++;
	u->path = (span){ s + b, i - b, true };
	if (i < n && s[i] == '?') {
		b = ++i;
		while (i < n && s[i] != '#')
			i++;
		u->query = (span){ s + b, i - b, true };
	}
	if (i < n && s[i] == '#')
		u->fragment = (span){ s + i + 1, n - i - 1, true };
}

static bool starts(const char *p, size_t n, const char *pre)
{
	size_t k = strlen(pre);
	return n >= k && memcmp(p, pre, k) == 0;
}

/* RFC 3986 section 5.2.4, appending the result to out (out may already hold a prefix). */
static void remove_dots(const char *p, size_t n, scrm_buf *out)
{
	size_t base = out->len;
	scrm_buf_reserve(out, n + 1);
	while (n > 0) {
		if (starts(p, n, "../")) {
			p += 3, n -= 3;
		} else if (starts(p, n, "./")) {
			p += 2, n -= 2;
		} else if (starts(p, n, "/./")) {
			p += 2, n -= 2;
		} else if (n == 2 && starts(p, n, "/.")) {
			p = "/", n = 1;
		} else if (starts(p, n, "/../") || (n == 3 && starts(p, n, "/.."))) {
			if (n == 3)
				p = "/", n = 1;
			else
				p += 3, n -= 3;
			while (out->len > base && out->data[out->len - 1] != '/')
				out->len--;
			if (out->len > base)
				out->len--;
			out->data[out->len] = 0;
		} else if ((n == 1 && p[0] == '.') || (n == 2 && p[0] == '.' && p[1] == '.')) {
			n = 0;
		} else {
			size_t k = 1;
			while (k < n && p[k] != '/')
				k++;
			scrm_buf_append(out, p, k);
			p += k, n -= k;
		}
	}
	if (out->len == base)
		scrm_buf_append(out, "", 0);   /* keep data NUL-terminated and non-NULL */
}

static void put(scrm_buf *out, const char *pre, span s)
{
	if (s.defined) {
		scrm_buf_puts(out, pre);
		scrm_buf_append(out, s.p, s.n);
	}
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool scrm_url_resolve(const char *base, const char *ref, scrm_buf *out)
{
	size_t rn = strlen(ref);
	while (rn > 0 && is_ws(*ref))
		ref++, rn--;
	while (rn > 0 && is_ws(ref[rn - 1]))
		rn--;
	uri r, b, t;
	split(ref, rn, &r);
	bool base_ok = base && scrm_url_scheme_len(base) > 0;
	if (!base_ok) {
		if (!r.scheme.defined) {
			scrm_buf_append(out, ref, rn);
			return false;
		}
		b = r;   /* only the scheme branch below is taken */
	} else {
		split(base, strlen(base), &b);
	}
	scrm_buf path = SCRM_BUF_INIT;
	memset(&t, 0, sizeof t);
	if (r.scheme.defined) {
		t.scheme = r.scheme;
		t.authority = r.authority;
		remove_dots(r.path.p, r.path.n, &path);
		t.query = r.query;
	} else {
		if (r.authority.defined) {
			t.authority = r.authority;
			remove_dots(r.path.p, r.path.n, &path);
			t.query = r.query;
		} else {
			if (r.path.n == 0) {
				scrm_buf_append(&path, b.path.p, b.path.n);
				t.query = r.query.defined ? r.query : b.query;
			} else {
				if (r.path.p[0] == '/') {
					remove_dots(r.path.p, r.path.n, &path);
				} else {
					/* merge (5.2.3) */
					scrm_buf merged = SCRM_BUF_INIT;
					if (b.authority.defined && b.path.n == 0) {
						scrm_buf_putc(&merged, '/');
					} else {
						size_t k = b.path.n;
						while (k > 0 && b.path.p[k - 1] != '/')
							k--;
						scrm_buf_append(&merged, b.path.p, k);
					}
					scrm_buf_append(&merged, r.path.p, r.path.n);
					remove_dots(merged.data, merged.len, &path);
					scrm_buf_free(&merged);
				}
				t.query = r.query;
			}
			t.authority = b.authority;
		}
		t.scheme = b.scheme;
	}
	t.fragment = r.fragment;
	/* 5.3 recomposition; the scheme is lower-cased as 3.1 says it is canonical */
	for (size_t i = 0; i < t.scheme.n; i++)
		scrm_buf_putc(out, lower(t.scheme.p[i]));
	scrm_buf_putc(out, ':');
	put(out, "//", t.authority);
	scrm_buf_append(out, path.data ? path.data : "", path.len);
	put(out, "?", t.query);
	put(out, "#", t.fragment);
	scrm_buf_free(&path);
	return true;
}

bool scrm_url_is_http(const char *s)
{
	size_t k = scrm_url_scheme_len(s);
	if (k != 4 && k != 5)
		return false;
	const char *want = k == 4 ? "http" : "https";
	for (size_t i = 0; i < k; i++)
		if (lower(s[i]) != want[i])
			return false;
	return s[k + 1] == '/' && s[k + 2] == '/' && s[k + 3] && s[k + 3] != '/' && s[k + 3] != '?' &&
	       s[k + 3] != '#';
}

/* Whether span s equals the lower-case text want, ignoring ASCII case. */
static bool span_is(span s, const char *want)
{
	size_t k = strlen(want);
	if (s.n != k)
		return false;
	for (size_t i = 0; i < k; i++)
		if (lower(s.p[i]) != want[i])
			return false;
	return true;
}

static bool two_letters(const char *p, size_t n)
{
	return n == 2 && lower(p[0]) >= 'a' && lower(p[0]) <= 'z' && lower(p[1]) >= 'a' && lower(p[1]) <= 'z';
}

/* A Google host: (www.)google. then com, a country code, or co./com. and a country code
 * (google.com, www.google.fr, google.co.uk, www.google.com.br). */
static bool is_google(span host)
{
	if (host.n > 4 && span_is((span){ host.p, 4, true }, "www.")) {
		host.p += 4;
		host.n -= 4;
	}
	if (host.n < 9 || !span_is((span){ host.p, 7, true }, "google."))
		return false;
	const char *t = host.p + 7;
	size_t n = host.n - 7;
	if (span_is((span){ t, n, true }, "com") || two_letters(t, n))
		return true;
	if (n == 5 && span_is((span){ t, 3, true }, "co."))
		return two_letters(t + 3, 2);
	return n == 6 && span_is((span){ t, 4, true }, "com.") && two_letters(t + 4, 2);
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = lower(c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

bool scrm_url_escape(const char *p, size_t n, char *byte)
{
	int hi, lo;
	if (n < 3 || p[0] != '%' || (hi = hex_value(p[1])) < 0 || (lo = hex_value(p[2])) < 0)
		return false;
	*byte = (char)(hi << 4 | lo);
	return true;
}

/* The value of parameter name in query q, percent-decoded, into out; false when absent or malformed. */
static bool query_param(span q, const char *name, scrm_buf *out)
{
	size_t k = strlen(name);
	for (size_t i = 0; i < q.n;) {
		size_t end = i;
		while (end < q.n && q.p[end] != '&')
			end++;
		if (end - i > k && memcmp(q.p + i, name, k) == 0 && q.p[i + k] == '=') {
			for (size_t j = i + k + 1; j < end; j++) {
				char c = q.p[j];
				if (c == '%') {
					if (!scrm_url_escape(q.p + j, end - j, &c))
						return false;
					j += 2;
				}
				if ((unsigned char)c <= ' ' || c == 0x7f)
					return false;
				scrm_buf_putc(out, c);
			}
			return true;
		}
		i = end + 1;
	}
	return false;
}

/* Redirects whose target sits in their query: Google's (Google Alerts
 * links, search results) and Facebook's outbound link shims. */
static const struct shim {
	bool google;          /* any Google host, else host below */
	const char *host, *path, *param;
} shims[] = {
	{ true, NULL, "/url", "url" },
	{ true, NULL, "/url", "q" },
	{ false, "l.facebook.com", "/l.php", "u" },
	{ false, "lm.facebook.com", "/l.php", "u" },
};
#define NSHIMS (sizeof shims / sizeof shims[0])

static bool shim_host(const struct shim *s, span host)
{
	return s->google ? is_google(host) : span_is(host, s->host);
}

/* Whether p[0..n) starts with the lower-case text want, ignoring ASCII case. */
static bool starts_with(const char *p, size_t n, const char *want)
{
	size_t i = 0;
	for (; want[i]; i++)
		if (i >= n || lower(p[i]) != want[i])
			return false;
	return true;
}

bool scrm_url_may_unwrap(const char *url, size_t n)
{
	/* Runs on every URL a tool dedupes: the scheme's end, then the
	 * host's first bytes, which rule most hosts out before the host is
	 * measured. */
	size_t i = 0;
	while (i < n && i < 6 && url[i] != ':')
		i++;
	if (n - i < 3 || url[i] != ':' || url[i + 1] != '/' || url[i + 2] != '/')
		return false;
	const char *h = url + i + 3, *end = url + n;
	const char *name = starts_with(h, (size_t)(end - h), "www.") ? h + 4 : h;
	bool maybe = starts_with(name, (size_t)(end - name), "google.");
	for (size_t k = 0; k < NSHIMS && !maybe; k++)
		maybe = !shims[k].google && starts_with(h, (size_t)(end - h), shims[k].host);
	if (!maybe)
		return false;
	span host = { h, 0, true };
	while (h + host.n < end && h[host.n] != '/' && h[host.n] != '?' && h[host.n] != '#')
		host.n++;
	for (size_t k = 0; k < NSHIMS; k++)
		if (shim_host(&shims[k], host))
			return true;
	return false;
}

bool scrm_url_unwrap(const char *url, scrm_buf *out)
{
	if (!scrm_url_is_http(url))
		return false;
	uri u;
	split(url, strlen(url), &u);
	scrm_buf target = SCRM_BUF_INIT;
	bool found = false;
	for (size_t i = 0; i < NSHIMS && !found; i++) {
		if (!shim_host(&shims[i], u.authority) || !span_is(u.path, shims[i].path) || !u.query.defined)
			continue;
		scrm_buf_clear(&target);
		found = query_param(u.query, shims[i].param, &target) && target.len && scrm_url_is_http(target.data);
	}
	if (found)
		scrm_buf_append(out, target.data, target.len);
	scrm_buf_free(&target);
	return found;
}
