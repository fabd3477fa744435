/*
 * url.h - URI references (RFC 3986): resolution against a base, scheme checks.
 *
 * No state; the caller owns every buffer and output is appended.
 */
#ifndef SCRM_URL_H
#define SCRM_URL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/*
 * Appends to out the reference ref resolved against base (RFC 3986 section
 * 5.2, with dot segments removed), then returns true. Leading and trailing
 * white space of ref is ignored. When base is NULL or not absolute, an
 * absolute ref is appended as it is (dot segments removed) and a relative
 * one is appended unchanged, and false is returned: the result is not known
 * to be absolute.
 */
bool scrm_url_resolve(const char *base, const char *ref, scrm_buf *out);

/* Length of the scheme of s ("http" in "http://x": 4), 0 if s has none. */
size_t scrm_url_scheme_len(const char *s);

/* True when s is an absolute http: or https: URL (scheme case-insensitive) with a host. */
bool scrm_url_is_http(const char *s);

/*
 * When url is a redirect that names its target in its query (Google's
 * /url?url=... of Google Alerts and search results, Facebook's
 * l.php?u=...), appends the target, percent-decoded, to out and returns
 * true: the same article then has the same URL whoever links to it. The
 * target must itself be an http(s) URL without spaces or control bytes;
 * otherwise, or for any other URL, appends nothing and returns false.
 */
bool scrm_url_unwrap(const char *url, scrm_buf *out);

/*
 * Whether url[0..n) (not NUL-terminated) has the host of a redirect
 * scrm_url_unwrap() knows: a cheap test before it, for callers that look
 * at every record's URL. No false "no".
 */
bool scrm_url_may_unwrap(const char *url, size_t n);

/* Whether p[0..n) starts with a percent escape ("%2F"); its byte in *byte. */
bool scrm_url_escape(const char *p, size_t n, char *byte);

#endif
