/* sources.c - the sources list file and the kinds of location. */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "adapt.h"
#include "jw.h"
#include "keywords.h"
#include "msg.h"
#include "sources.h"
#include "url.h"
#include "utf8.h"

void scrm_sources_init(scrm_source_list *l)
{
	memset(l, 0, sizeof *l);
}

static void source_free(scrm_source *s)
{
	free(s->location);
	free(s->type);
	for (size_t i = 0; i < s->nqueries; i++)
		free(s->queries[i]);
	free(s->queries);
	free(s->map);
	free(s->group);
	free(s->channel);
}

void scrm_sources_free(scrm_source_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		source_free(&l->v[i]);
	free(l->v);
	scrm_sources_init(l);
}

void scrm_sources_truncate(scrm_source_list *l, size_t n)
{
	while (l->n > n)
		source_free(&l->v[--l->n]);
}

scrm_source *scrm_sources_add(scrm_source_list *l, const char *location)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 16;
		l->v = scrm_xrealloc(l->v, l->cap * sizeof *l->v);
	}
	scrm_source *s = &l->v[l->n++];
	memset(s, 0, sizeof *s);
	s->location = scrm_xstrdup(location);
	return s;
}

void scrm_source_add_query(scrm_source *s, const char *q)
{
	s->queries = scrm_xrealloc(s->queries, (s->nqueries + 1) * sizeof *s->queries);
	s->queries[s->nqueries++] = scrm_xstrdup(q);
}

static void free_words(char **words, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(words[i]);
	free(words);
}

/* Splits line into words (quotes removed); false on an unclosed quote, with nothing left to free. */
static bool split_words(const char *line, char ***words, size_t *n)
{
	const char *p = line;
	*words = NULL;
	*n = 0;
	for (;;) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (!*p)
			return true;
		scrm_buf w = SCRM_BUF_INIT;
		scrm_buf_append(&w, "", 0);
		while (*p && !isspace((unsigned char)*p)) {
			if (*p == '\'' || *p == '"') {
				char q = *p++;
				const char *end = strchr(p, q);
				if (!end) {
					scrm_buf_free(&w);
					free_words(*words, *n);
					*words = NULL;
					*n = 0;
					return false;
				}
				scrm_buf_append(&w, p, (size_t)(end - p));
				p = end + 1;
			} else {
				scrm_buf_putc(&w, *p++);
			}
		}
		*words = scrm_xrealloc(*words, (*n + 1) * sizeof **words);
		(*words)[(*n)++] = w.data;
	}
}

/* Fills s from the option words after the location; a reason on failure. */
static const char *apply_options(scrm_source *s, char **w, size_t n)
{
	for (size_t i = 1; i < n; i += 2) {
		if (i + 1 >= n)
			return "option without a value";
		char **slot = strcmp(w[i], "-t") == 0 ? &s->type
		            : strcmp(w[i], "-m") == 0 ? &s->map
		            : strcmp(w[i], "-g") == 0 ? &s->group
		            : strcmp(w[i], "-c") == 0 ? &s->channel : NULL;
		if (strcmp(w[i], "-q") == 0 && scrm_keywords_empty(w[i + 1])) {
			return "-q: an empty or blank keyword matches nothing";
		} else if (strcmp(w[i], "-q") == 0) {
			scrm_source_add_query(s, w[i + 1]);
		} else if (slot) {
			free(*slot);
			*slot = scrm_xstrdup(w[i + 1]);
			s->channel_set = s->channel_set || slot == &s->channel;
		} else {
			return "unknown option (use -t, -q, -m, -g or -c)";
		}
	}
	return NULL;
}

bool scrm_source_check(const scrm_source *s, scrm_buf *err)
{
	if (s->type && !scrm_adapter_type_check(s->type, err))
		return false;
	if (s->map) {
		scrm_jmap *m = scrm_jmap_load(s->map, err);
		if (!m)
			return false;
		scrm_jmap_free(m);
	}
	char *path = scrm_source_is_http(s->location) ? NULL : scrm_source_local_path(s->location);
	bool readable = path || scrm_source_is_http(s->location);
	free(path);
	if (!readable)
		scrm_buf_printf(err, "%s: only http, https and file URLs are read", s->location);
	return readable;
}

bool scrm_sources_read(scrm_source_list *l, const char *path, scrm_buf *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		return false;
	}
	size_t first = l->n;
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	const char *reason = NULL;
	scrm_buf why = SCRM_BUF_INIT;
	while (!reason && getline(&line, &cap, fp) != -1) {
		lineno++;
		char **w;
		size_t n;
		const char *text = line + (lineno == 1 ? scrm_utf8_bom_len(line, strlen(line)) : 0);
		if (!split_words(text, &w, &n)) {
			reason = "unclosed quote";
			break;
		}
		if (n > 0 && w[0][0] != '#') {
			scrm_source *s = scrm_sources_add(l, w[0]);
			reason = apply_options(s, w, n);
			if (!reason && !scrm_source_check(s, &why))
				reason = why.data;
		}
		free_words(w, n);
	}
	if (!reason && ferror(fp))
		reason = strerror(errno);
	free(line);
	fclose(fp);
	if (reason) {
		scrm_buf_printf(err, "%s:%lu: %s", path, lineno, reason);
		scrm_sources_truncate(l, first);
	}
	scrm_buf_free(&why);
	return !reason;
}

static void put(scrm_jw *w, const char *key, const char *value)
{
	if (!value)
		return;
	scrm_jw_key(w, key);
	scrm_jw_cstring(w, value);
}

void scrm_source_to_json(const scrm_source *s, scrm_buf *out)
{
	scrm_jw w;
	scrm_jw_init(&w, out);
	scrm_jw_object_begin(&w);
	put(&w, "source", s->location);
	put(&w, "type", s->type);
	if (s->nqueries) {
		scrm_jw_key(&w, "queries");
		scrm_jw_array_begin(&w);
		for (size_t i = 0; i < s->nqueries; i++)
			scrm_jw_cstring(&w, s->queries[i]);
		scrm_jw_array_end(&w);
	}
	put(&w, "map", s->map);
	put(&w, "group", s->group);
	put(&w, "channel", s->channel);
	scrm_jw_object_end(&w);
}

/* Appends the whole of path ("-": standard input), at most max bytes, to out. */
static bool read_all(const char *path, size_t max, scrm_buf *out, const char **why)
{
	FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	if (!fp) {
		*why = strerror(errno);
		return false;
	}
	char chunk[65536];
	size_t n;
	bool ok = true;
	while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
		if (out->len + n > max) {
			*why = "file larger than the size limit";
			ok = false;
			break;
		}
		scrm_buf_append(out, chunk, n);
	}
	if (ok && ferror(fp)) {
		*why = strerror(errno);
		ok = false;
	}
	if (fp != stdin)
		fclose(fp);
	return ok;
}

/* Appends the gzip data in[0..n) decompressed (every member of a
 * concatenation) to out, at most max bytes: the cap is on what is held in
 * memory, as for a response, so a gzip bomb stops there. */
static bool gunzip(const scrm_buf *in, size_t max, scrm_buf *out, const char **why)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (inflateInit2(&z, 15 + 16) != Z_OK) {
		*why = "gzip: cannot initialise zlib";
		return false;
	}
	const unsigned char *next = (const unsigned char *)in->data;
	size_t left = in->len;
	unsigned char chunk[65536];
	size_t start = out->len;
	bool ok = true;
	for (;;) {
		if (z.avail_in == 0 && left > 0) {   /* zlib counts its input in uInt */
			z.next_in = (unsigned char *)next;
			z.avail_in = left > (uInt)-1 ? (uInt)-1 : (uInt)left;
			next += z.avail_in;
			left -= z.avail_in;
		}
		z.next_out = chunk;
		z.avail_out = sizeof chunk;
		int rc = inflate(&z, Z_NO_FLUSH);
		size_t got = sizeof chunk - z.avail_out;
		if (out->len - start + got > max) {
			*why = "file larger than the size limit once decompressed";
			ok = false;
			break;
		}
		scrm_buf_append(out, chunk, got);
		if (rc == Z_STREAM_END && z.avail_in == 0 && left == 0)
			break;
		if (rc == Z_STREAM_END && inflateReset(&z) == Z_OK)
			continue;
		if (rc != Z_OK) {
			*why = rc == Z_BUF_ERROR ? "truncated gzip data" : z.msg ? z.msg : "invalid gzip data";
			ok = false;
			break;
		}
	}
	inflateEnd(&z);
	return ok;
}

bool scrm_source_read_file(const char *path, size_t max, scrm_buf *out, const char **why)
{
	size_t start = out->len;
	bool ok = read_all(path, max, out, why);
	if (ok && out->len > start && scrm_source_is_gzip(out->data + start, out->len - start)) {
		scrm_buf packed = SCRM_BUF_INIT;
		scrm_buf_append(&packed, out->data + start, out->len - start);
		out->len = start;
		out->data[start] = '\0';
		ok = gunzip(&packed, max, out, why);
		scrm_buf_free(&packed);
	}
	return ok;
}

bool scrm_source_is_gzip(const char *data, size_t len)
{
	return len >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b;
}

bool scrm_source_is_http(const char *location)
{
	return scrm_url_is_http(location);
}

char *scrm_source_local_path(const char *location)
{
	size_t sl = scrm_url_scheme_len(location);
	/* "C:" style drive letters are not schemes we know; anything with "://" is a URL. */
	if (sl == 0 || strncmp(location + sl, "://", 3) != 0)
		return scrm_xstrdup(location);
	if (sl != 4 || strncasecmp(location, "file", 4) != 0)
		return NULL;
	const char *p = location + 7;
	if (strncasecmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;
	/* Undo percent-encoding ("%20"), as a browser does for file URLs. */
	char *out = scrm_xmalloc(strlen(p) + 1), *o = out;
	for (; *p && *p != '?' && *p != '#'; p++) {
		if (scrm_url_escape(p, strnlen(p, 3), o))
			p += 2;
		else
			*o = *p;
		o++;
	}
	*o = '\0';
	return out;
}

char *scrm_source_scope_name(const char *location)
{
	if (scrm_source_is_http(location) || strcmp(location, "-") == 0)
		return scrm_xstrdup(location);
	char *path = scrm_source_local_path(location);
	char *real = path ? realpath(path, NULL) : NULL;
	free(path);
	if (!real)
		return scrm_xstrdup(location);
	scrm_buf name = SCRM_BUF_INIT;
	scrm_buf_printf(&name, "file://%s", real);
	free(real);
	return name.data;
}
