/*
 * opml.c - OPML subscription lists with expat.
 *
 * Folders are the outlines without an xmlUrl; their names, outermost first,
 * make a feed's group. Readers disagree on the details (xmlURL, @title for
 * @text, categories); the choices here are listparser's, whose corpus the
 * tests use.
 */
#include "opml.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "feed_prep.h"
#include "msg.h"

typedef struct ostate {
	XML_Parser p;
	scrm_opml *o;
	char **names;            /* per open element: a folder's name, else NULL */
	size_t depth, cap;
	bool in_head_title;
	scrm_buf text;
} ostate;

void scrm_opml_init(scrm_opml *o)
{
	memset(o, 0, sizeof *o);
}

void scrm_opml_free(scrm_opml *o)
{
	for (size_t i = 0; i < o->n; i++) {
		free(o->feeds[i].url);
		free(o->feeds[i].title);
		free(o->feeds[i].group);
	}
	free(o->feeds);
	free(o->title);
	scrm_opml_init(o);
}

static const char *local_name(const char *name)
{
	const char *sep = strchr(name, SCRM_XML_NS_SEP);
	return sep ? sep + 1 : name;
}

/* The attribute whose local name is want (ASCII case-insensitive), or NULL. */
static const char *attr(const XML_Char **atts, const char *want)
{
	for (size_t i = 0; atts[i]; i += 2)
		if (strcasecmp(local_name(atts[i]), want) == 0)
			return atts[i + 1];
	return NULL;
}

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* A trimmed copy of s[0..n), NULL when nothing is left. */
static char *trimmed(const char *s, size_t n)
{
	while (n > 0 && is_space(*s))
		s++, n--;
	while (n > 0 && is_space(s[n - 1]))
		n--;
	return n ? scrm_xstrndup(s, n) : NULL;
}

static char *trimmed_attr(const XML_Char **atts, const char *want)
{
	const char *v = attr(atts, want);
	return v ? trimmed(v, strlen(v)) : NULL;
}

/* "/root/parent/child, other" -> "root/parent/child" */
static char *category_group(const char *cat)
{
	if (!cat)
		return NULL;
	size_t n = strcspn(cat, ",");
	while (n > 0 && (is_space(*cat) || *cat == '/'))
		cat++, n--;
	while (n > 0 && (is_space(cat[n - 1]) || cat[n - 1] == '/'))
		n--;
	return n ? scrm_xstrndup(cat, n) : NULL;
}

static char *folder_path(const ostate *s)
{
	scrm_buf b = SCRM_BUF_INIT;
	for (size_t i = 0; i < s->depth; i++) {
		if (!s->names[i])
			continue;
		if (b.len)
			scrm_buf_putc(&b, '/');
		scrm_buf_puts(&b, s->names[i]);
	}
	return b.data;
}

static void add_feed(ostate *s, const XML_Char **atts, char *url)
{
	scrm_opml *o = s->o;
	for (size_t i = 0; i < o->n; i++)
		if (strcmp(o->feeds[i].url, url) == 0) {
			free(url);
			return;
		}
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 16;
		o->feeds = scrm_xrealloc(o->feeds, o->cap * sizeof *o->feeds);
	}
	scrm_opml_feed *f = &o->feeds[o->n++];
	f->url = url;
	f->title = trimmed_attr(atts, "text");
	if (!f->title)
		f->title = trimmed_attr(atts, "title");
	f->group = folder_path(s);
	if (!f->group)
		f->group = category_group(attr(atts, "category"));
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	ostate *s = ud;
	if (s->depth >= SCRM_XML_MAX_DEPTH) {
		scrm_xml_too_deep(s->p);
		return;
	}
	if (s->depth == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->names = scrm_xrealloc(s->names, s->cap * sizeof *s->names);
	}
	char *folder = NULL;
	const char *local = local_name(name);
	if (strcasecmp(local, "outline") == 0) {
		char *url = trimmed_attr(atts, "xmlUrl");
		const char *type = attr(atts, "type");
		if (url && type && (strcasecmp(type, "source") == 0 || strcasecmp(type, "include") == 0)) {
			free(url);   /* another subscription list, not a feed */
		} else if (url) {
			add_feed(s, atts, url);
		} else {
			folder = trimmed_attr(atts, "text");
			if (!folder)
				folder = trimmed_attr(atts, "title");
		}
	} else if (strcasecmp(local, "title") == 0 && s->depth >= 1 && !s->o->title) {
		s->in_head_title = true;
		scrm_buf_clear(&s->text);
	}
	s->names[s->depth++] = folder;
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	ostate *s = ud;
	(void)name;
	if (s->in_head_title) {
		s->in_head_title = false;
		s->o->title = trimmed(s->text.data ? s->text.data : "", s->text.len);
	}
	if (s->depth > 0)
		free(s->names[--s->depth]);
}

static void XMLCALL on_text(void *ud, const XML_Char *t, int len)
{
	ostate *s = ud;
	if (s->in_head_title && len > 0)
		scrm_buf_append(&s->text, t, (size_t)len);
}

int scrm_opml_parse(const char *data, size_t len, scrm_opml *o, scrm_buf *err)
{
	scrm_buf conv = SCRM_BUF_INIT, fixed = SCRM_BUF_INIT;
	ostate s;
	memset(&s, 0, sizeof s);
	s.o = o;
	size_t n;
	const char *doc = scrm_xml_prepare(data, len, NULL, &conv, &fixed, &n);
	XML_Parser p = scrm_xml_parser_new(&s);
	s.p = p;
	XML_SetElementHandler(p, on_start, on_end);
	XML_SetCharacterDataHandler(p, on_text);
	int rc = 0;
	if (scrm_xml_parse_all(p, doc, n) == XML_STATUS_ERROR) {
		if (err)
			scrm_xml_error(p, err);
		rc = o->n > 0 ? 1 : -1;
	}
	while (s.depth > 0)
		free(s.names[--s.depth]);
	free(s.names);
	scrm_buf_free(&s.text);
	scrm_buf_free(&conv);
	scrm_buf_free(&fixed);
	XML_ParserFree(p);
	return rc;
}
