/*
 * feed_xml.c - RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 with expat, streaming.
 *
 * The document is first turned into UTF-8 (charset.c) and lightly
 * repaired (see repair()); expat then reads it with namespaces on. Each
 * entry is handed over as soon as its end tag is read, so an error later in
 * the document loses nothing that came before it (SCRM_FEED_PARTIAL).
 *
 * Safety: no external entity is ever loaded (the handler refuses, parameter
 * entities are never parsed) and expat's protection against entity
 * amplification ("billion laughs", on by default since expat 2.4) is kept.
 */
#include <expat.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "feed_impl.h"
#include "feed_prep.h"
#include "html_text.h"
#include "msg.h"
#include "url.h"


enum ns {
	NS_NONE,      /* also the RSS 1.0 / 0.90 / userland namespaces: same element names */
	NS_ATOM10,
	NS_ATOM03,
	NS_RDF,
	NS_DC,
	NS_DCTERMS,
	NS_CONTENT,
	NS_XHTML,
	NS_MEDIA,
	NS_ITUNES,
	NS_XML,
	NS_OTHER
};

static const struct { const char *uri; enum ns ns; } ns_uris[] = {
	{ "http://www.w3.org/2005/Atom", NS_ATOM10 },
	{ "http://purl.org/atom/ns#", NS_ATOM03 },
	{ "http://purl.org/rss/1.0/", NS_NONE },
	{ "http://my.netscape.com/rdf/simple/0.9/", NS_NONE },
	{ "http://backend.userland.com/rss2", NS_NONE },
	{ "http://backend.userland.com/rss", NS_NONE },
	{ "http://blogs.law.harvard.edu/tech/rss", NS_NONE },
	{ "http://www.w3.org/1999/02/22-rdf-syntax-ns#", NS_RDF },
	{ "http://purl.org/dc/elements/1.1/", NS_DC },
	{ "http://purl.org/dc/elements/1.0/", NS_DC },
	{ "http://purl.org/dc/terms/", NS_DCTERMS },
	{ "http://purl.org/rss/1.0/modules/content/", NS_CONTENT },
	{ "http://www.w3.org/1999/xhtml", NS_XHTML },
	{ "http://search.yahoo.com/mrss/", NS_MEDIA },
	{ "http://search.yahoo.com/mrss", NS_MEDIA },
	{ "http://www.itunes.com/dtds/podcast-1.0.dtd", NS_ITUNES },
	{ "http://www.itunes.com/DTDs/Podcast-1.0.dtd", NS_ITUNES },
	{ "http://www.w3.org/XML/1998/namespace", NS_XML },
};

/* What a captured element's text becomes. */
enum field {
	F_NONE,
	F_TITLE,
	F_LINK,
	F_ID,
	F_GUID,
	F_SUMMARY,
	F_CONTENT,
	F_PUBLISHED,
	F_UPDATED,
	F_CREATED,
	F_AUTHOR,       /* RSS style: "me@example.com (Me)" */
	F_AUTHOR_NAME,  /* inside atom:author */
	F_AUTHOR_EMAIL,
	F_AUTHOR_URL,
	F_LANG
};

typedef struct frame {
	char *base;     /* owned when own_base */
	char *lang;     /* owned when own_lang */
	bool own_base, own_lang;
} frame;

typedef struct xstate {
	XML_Parser p;
	scrm_feed_ctx *c;
	frame *stack;
	size_t depth, cap;
	bool is_atom;
	size_t entry_depth;         /* depth of the open entry, 0: none */
	scrm_feed_entry entry;
	size_t author_depth;        /* inside atom:author, 0: not */
	bool author_collect;        /* this author is the one we keep */
	size_t skip_depth;          /* inside source, image, textinput, contributor: ignored */
	size_t cap_depth;           /* depth of the element being captured, 0: none */
	enum field cap_field;
	int cap_prio;
	bool cap_html;              /* the text is markup */
	bool cap_xhtml;             /* its direct text is XHTML text (escape it back) */
	bool cap_base64;            /* the text is base64 (Atom binary content) */
	bool guid_permalink;
	char *alt_atom_uri;         /* a pre-standard Atom namespace the root used (echo, pie...) */
	char local[64];             /* the current element's local name, lower-cased */
	scrm_buf text;
	scrm_buf scratch;
} xstate;

static enum ns ns_of(const char *name, const char **local)
{
	const char *sep = strchr(name, SCRM_XML_NS_SEP);
	if (!sep) {
		*local = name;
		return NS_NONE;
	}
	*local = sep + 1;
	size_t n = (size_t)(sep - name);
	for (size_t i = 0; i < sizeof ns_uris / sizeof ns_uris[0]; i++)
		if (strlen(ns_uris[i].uri) == n && memcmp(ns_uris[i].uri, name, n) == 0)
			return ns_uris[i].ns;
	return NS_OTHER;
}

/* ns_of, plus the root's own Atom-like namespace, with the local name lower-cased into x->local
 * (feedparser reads element names case-insensitively; feeds in the wild rely on it). */
static enum ns classify(xstate *x, const char *name)
{
	const char *local;
	enum ns ns = ns_of(name, &local);
	if (ns == NS_OTHER && x->alt_atom_uri) {
		size_t n = strlen(x->alt_atom_uri);
		if (strncmp(name, x->alt_atom_uri, n) == 0 && name[n] == SCRM_XML_NS_SEP)
			ns = NS_ATOM03;
	}
	size_t i = 0;
	for (; local[i] && i < sizeof x->local - 1; i++)
		x->local[i] = (local[i] >= 'A' && local[i] <= 'Z') ? (char)(local[i] - 'A' + 'a') : local[i];
	x->local[i] = 0;
	return ns;
}

static const char *attr(const XML_Char **atts, enum ns want_ns, const char *want)
{
	for (size_t i = 0; atts[i]; i += 2) {
		const char *local;
		if (ns_of(atts[i], &local) == want_ns && strcmp(local, want) == 0)
			return atts[i + 1];
	}
	return NULL;
}

static frame *top(xstate *x)
{
	return &x->stack[x->depth - 1];
}

static void push(xstate *x, const XML_Char **atts)
{
	if (x->depth == x->cap) {
		x->cap = x->cap ? x->cap * 2 : 32;
		x->stack = scrm_xrealloc(x->stack, x->cap * sizeof *x->stack);
	}
	frame f = { x->c->base_url ? (char *)x->c->base_url : NULL, NULL, false, false };
	if (x->depth > 0) {
		f.base = top(x)->base;
		f.lang = top(x)->lang;
	}
	const char *base = attr(atts, NS_XML, "base");
	if (base) {
		scrm_buf b = SCRM_BUF_INIT;
		scrm_url_resolve(f.base, base, &b);
		f.base = b.data ? b.data : scrm_xstrdup("");
		f.own_base = true;
	}
	const char *lang = attr(atts, NS_XML, "lang");
	if (lang) {
		f.lang = *lang ? scrm_xstrdup(lang) : NULL;
		f.own_lang = f.lang != NULL;
		for (char *u = f.lang; u && *u; u++)
			if (*u == '_')
				*u = '-';   /* "en_US", a common slip for "en-US" */
	}
	x->stack[x->depth++] = f;
}

static void pop(xstate *x)
{
	frame *f = top(x);
	if (f->own_base)
		free(f->base);
	if (f->own_lang)
		free(f->lang);
	x->depth--;
}

/* ref against the xml:base in scope, else the document's URL, else (a feed read from
 * a file) the site's own link, which is what relative links in a feed mean. */
static char *resolve(xstate *x, const char *ref)
{
	scrm_buf b = SCRM_BUF_INIT;
	const char *base = top(x)->base;
	if (!base && x->c->link.s && scrm_url_is_http(x->c->link.s))
		base = x->c->link.s;
	scrm_url_resolve(base, ref, &b);
	return b.data ? b.data : scrm_xstrdup("");
}

static bool is_html_type(const char *type)
{
	return type && (strcmp(type, "html") == 0 || strcmp(type, "text/html") == 0 ||
	                strcmp(type, "HTML") == 0);
}

static bool is_xhtml_type(const char *type)
{
	return type && (strcmp(type, "xhtml") == 0 || strcmp(type, "application/xhtml+xml") == 0);
}

static void capture(xstate *x, enum field f, int prio, bool html, bool xhtml)
{
	x->cap_depth = x->depth;
	x->cap_field = f;
	x->cap_prio = prio;
	x->cap_html = html || xhtml;
	x->cap_xhtml = xhtml;
	x->cap_base64 = false;
	scrm_buf_clear(&x->text);
}

/* Atom text construct (title, summary, content, ...): its kind from type (and 0.3's mode). */
static void capture_atom(xstate *x, enum field f, int prio, const XML_Char **atts)
{
	const char *type = attr(atts, NS_NONE, "type");
	const char *mode = attr(atts, NS_NONE, "mode");
	if (f == F_CONTENT && attr(atts, NS_NONE, "src"))
		return;   /* out-of-line content: nothing to read here */
	bool xhtml = is_xhtml_type(type) && !(mode && strcmp(mode, "escaped") == 0);
	bool html = is_html_type(type) || (is_xhtml_type(type) && !xhtml);
	/* Atom 0.3 says base64 with mode; 1.0 with a type that is neither text nor XML (RFC 4287 4.1.3.3) */
	bool base64 = (mode && strcmp(mode, "base64") == 0) ||
	              (type && strchr(type, '/') && strncmp(type, "text/", 5) != 0 &&
	               !strstr(type, "xml") && x->c->format && strcmp(x->c->format, "atom10") == 0);
	capture(x, f, prio, html && !base64, xhtml && !base64);
	x->cap_base64 = base64;
}

static void atom_link(xstate *x, const XML_Char **atts)
{
	const char *rel = attr(atts, NS_NONE, "rel");
	const char *href = attr(atts, NS_NONE, "href");
	const char *type = attr(atts, NS_NONE, "type");
	if (rel && strcmp(rel, "alternate") != 0)
		return;
	int prio = !type || strcmp(type, "text/html") == 0 || strcmp(type, "application/xhtml+xml") == 0 ? 3 : 2;
	scrm_feed_text *t = x->entry_depth ? &x->entry.link : &x->c->link;
	if (t->s && t->prio >= prio)
		return;   /* the first alternate link is the one */
	if (href)
		scrm_feed_text_offer(t, resolve(x, href), false, prio);
	else
		capture(x, F_LINK, prio, false, false);   /* some write the URL as the element's text */
}

static void set_format(xstate *x, const char *format, const char *source)
{
	if (!x->c->format)
		x->c->format = scrm_xstrdup(format);
	if (!x->c->source)
		x->c->source = source;
}

/* Notes the format from the root element; returns the namespace to read it in. */
static enum ns root_element(xstate *x, enum ns ns, const char *name, const XML_Char **atts)
{
	const char *local = x->local;
	if (ns == NS_OTHER && strcmp(local, "feed") == 0) {
		/* a pre-standard Atom namespace (echo, pie, necho...): read it as Atom 0.3 */
		const char *sep = strchr(name, SCRM_XML_NS_SEP);
		x->alt_atom_uri = scrm_xstrndup(name, (size_t)(sep - name));
		ns = NS_ATOM03;
	}
	if (ns == NS_NONE && strcmp(local, "rss") == 0) {
		const char *v = attr(atts, NS_NONE, "version");
		static const struct { const char *v, *f; } versions[] = {
			{ "0.90", "rss090" }, { "0.91", "rss091" }, { "0.92", "rss092" }, { "0.93", "rss093" },
			{ "0.94", "rss094" }, { "2.0", "rss20" }, { "2", "rss20" }, { "2.00", "rss20" },
		};
		const char *f = "rss";
		for (size_t i = 0; v && i < sizeof versions / sizeof versions[0]; i++)
			if (strcmp(v, versions[i].v) == 0)
				f = versions[i].f;
		set_format(x, f, "rss");
	} else if (ns == NS_RDF && strcmp(local, "rdf") == 0) {
		set_format(x, "rss10", "rss");
	} else if ((ns == NS_ATOM10 || ns == NS_ATOM03 || ns == NS_NONE) &&
	           (strcmp(local, "feed") == 0 || strcmp(local, "entry") == 0)) {
		x->is_atom = true;
		set_format(x, ns == NS_ATOM10 ? "atom10" : ns == NS_ATOM03 ? "atom03" : "atom", "atom");
	} else if (ns == NS_NONE && strcmp(local, "channel") == 0) {
		set_format(x, "rss", "rss");
	}
	if (x->depth > 0 && top(x)->lang && !x->c->lang)
		x->c->lang = scrm_xstrdup(top(x)->lang);
	return ns;
}

/* Elements that hold a field, in the item/entry or the channel/feed. */
static void field_element(xstate *x, enum ns ns, const char *local, const XML_Char **atts)
{
	bool atom = ns == NS_ATOM10 || ns == NS_ATOM03 || (ns == NS_NONE && x->is_atom);
	bool in_entry = x->entry_depth > 0;
	if (x->author_depth) {
		if (!x->author_collect)
			return;
		if (strcmp(local, "name") == 0)
			capture(x, F_AUTHOR_NAME, 3, false, false);
		else if (strcmp(local, "email") == 0)
			capture(x, F_AUTHOR_EMAIL, 3, false, false);
		else if (strcmp(local, "uri") == 0 || strcmp(local, "url") == 0)
			capture(x, F_AUTHOR_URL, 3, false, false);
		return;
	}
	if (atom) {
		if (strcmp(local, "title") == 0)
			capture_atom(x, F_TITLE, 3, atts);
		else if (strcmp(local, "link") == 0)
			atom_link(x, atts);
		else if (strcmp(local, "id") == 0)
			capture(x, F_ID, 3, false, false);
		else if (strcmp(local, "summary") == 0)
			capture_atom(x, F_SUMMARY, 3, atts);
		else if (strcmp(local, "content") == 0)
			capture_atom(x, F_CONTENT, 3, atts);
		else if (strcmp(local, "published") == 0 || strcmp(local, "issued") == 0)
			capture(x, F_PUBLISHED, 3, false, false);
		else if (strcmp(local, "updated") == 0 || strcmp(local, "modified") == 0)
			capture(x, F_UPDATED, 3, false, false);
		else if (strcmp(local, "created") == 0)
			capture(x, F_CREATED, 3, false, false);
		else if (strcmp(local, "author") == 0) {
			int *prio = in_entry ? &x->entry.author_prio : &x->c->author_prio;
			x->author_depth = x->depth;
			x->author_collect = *prio < 3;
			if (x->author_collect) {
				scrm_feed_person_clear(in_entry ? &x->entry.author : &x->c->author);
				*prio = 3;
			}
		}
		return;
	}
	switch (ns) {
	case NS_NONE:
		if (strcmp(local, "title") == 0)
			capture(x, F_TITLE, 3, false, false);
		else if (strcmp(local, "link") == 0)
			capture(x, F_LINK, 3, false, false);
		else if (strcmp(local, "guid") == 0) {
			const char *pl = attr(atts, NS_NONE, "isPermaLink");
			if (!pl)
				pl = attr(atts, NS_NONE, "ispermalink");
			x->guid_permalink = !pl || strcmp(pl, "false") != 0;
			capture(x, F_GUID, 3, false, false);
		} else if (strcmp(local, "description") == 0)
			capture(x, F_SUMMARY, 3, true, false);
		else if (strcmp(local, "pubdate") == 0)
			capture(x, F_PUBLISHED, 3, false, false);
		else if (strcmp(local, "author") == 0)
			capture(x, F_AUTHOR, 3, false, false);
		else if (strcmp(local, "language") == 0)
			capture(x, F_LANG, 3, false, false);
		else if (strcmp(local, "body") == 0 || strcmp(local, "fullitem") == 0)
			capture(x, F_CONTENT, 2, true, false);
		else if (strcmp(local, "abstract") == 0)   /* CDF */
			capture(x, F_SUMMARY, 2, true, false);
		break;
	case NS_DC:
		if (strcmp(local, "title") == 0)
			capture(x, F_TITLE, 2, false, false);
		else if (strcmp(local, "description") == 0)
			capture(x, F_SUMMARY, 2, true, false);
		else if (strcmp(local, "date") == 0)
			capture(x, F_UPDATED, 2, false, false);
		else if (strcmp(local, "creator") == 0 || strcmp(local, "author") == 0)
			capture(x, F_AUTHOR, 2, false, false);
		else if (strcmp(local, "language") == 0)
			capture(x, F_LANG, 2, false, false);
		break;
	case NS_DCTERMS:
		if (strcmp(local, "issued") == 0)
			capture(x, F_PUBLISHED, 2, false, false);
		else if (strcmp(local, "modified") == 0)
			capture(x, F_UPDATED, 2, false, false);
		else if (strcmp(local, "created") == 0)
			capture(x, F_CREATED, 2, false, false);
		break;
	case NS_CONTENT:
		if (strcmp(local, "encoded") == 0)
			capture(x, F_CONTENT, 3, true, false);
		break;
	case NS_XHTML:
		if (strcmp(local, "body") == 0 || strcmp(local, "div") == 0)
			capture(x, F_CONTENT, 2, true, true);
		break;
	case NS_ITUNES:
		if (strcmp(local, "summary") == 0)
			capture(x, F_SUMMARY, 1, false, false);
		else if (strcmp(local, "author") == 0)
			capture(x, F_AUTHOR, 1, false, false);
		break;
	case NS_MEDIA:
		if (strcmp(local, "title") == 0)
			capture(x, F_TITLE, 1, false, false);
		else if (strcmp(local, "description") == 0)
			capture(x, F_SUMMARY, 1, false, false);
		break;
	default:
		break;
	}
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	xstate *x = ud;
	const char *local;
	ns_of(name, &local);   /* as written, for markup kept as markup */
	if (x->depth >= SCRM_XML_MAX_DEPTH) {
		scrm_xml_too_deep(x->p);
		return;
	}
	push(x, atts);
	if (x->cap_depth) {
		if (x->cap_html) {
			/* markup inside a field (XHTML content, or HTML left unescaped): write it back */
			scrm_buf_putc(&x->text, '<');
			scrm_buf_puts(&x->text, local);
			for (size_t i = 0; atts[i]; i += 2) {
				const char *alocal;
				ns_of(atts[i], &alocal);
				scrm_buf_putc(&x->text, ' ');
				scrm_buf_puts(&x->text, alocal);
				scrm_buf_puts(&x->text, "=\"");
				scrm_xml_escape(&x->text, atts[i + 1], strlen(atts[i + 1]), true);
				scrm_buf_putc(&x->text, '"');
			}
			scrm_buf_putc(&x->text, '>');
		}
		return;
	}
	if (x->skip_depth)
		return;
	enum ns ns = classify(x, name);
	local = x->local;
	if (x->depth == 1) {
		ns = root_element(x, ns, name, atts);
		if (ns == NS_OTHER)
			return;
	}
	if (strcmp(local, "image") == 0 || strcmp(local, "textinput") == 0 ||
	    (strcmp(local, "source") == 0 && x->entry_depth) ||
	    ((ns == NS_ATOM10 || ns == NS_ATOM03) && strcmp(local, "contributor") == 0)) {
		/* their title and link are not the feed's or the entry's */
		x->skip_depth = x->depth;
		return;
	}
	bool rss_core = ns == NS_NONE;
	bool atom_ns = ns == NS_ATOM10 || ns == NS_ATOM03;
	/* an "item" in an Atom feed is an entry too, as feedparser reads it */
	if (!x->entry_depth && (((rss_core || atom_ns) && strcmp(local, "item") == 0) ||
	                        ((atom_ns || (rss_core && x->is_atom)) && strcmp(local, "entry") == 0))) {
		x->entry_depth = x->depth;
		scrm_feed_entry_clear(&x->entry);
		if (top(x)->lang)
			x->entry.lang = scrm_xstrdup(top(x)->lang);
		const char *about = attr(atts, NS_RDF, "about");
		if (about && *about)
			scrm_feed_text_offer(&x->entry.id, scrm_xstrdup(about), false, 1);
		/* Microsoft's CDF puts an item's link and date in attributes */
		const char *href = attr(atts, NS_NONE, "HREF");
		const char *lastmod = attr(atts, NS_NONE, "LASTMOD");
		if (href && *href)
			scrm_feed_text_offer(&x->entry.link, resolve(x, href), false, 2);
		if (lastmod && *lastmod)
			scrm_feed_text_offer(&x->entry.updated, scrm_xstrdup(lastmod), false, 2);
		return;
	}
	if (rss_core && strcmp(local, "channel") == 0) {
		if (!x->c->format)
			set_format(x, "rss", "rss");
		return;
	}
	field_element(x, ns, local, atts);
}

static char *take_text(xstate *x)
{
	/* The empty case apart, so that GCC at -O3 sees no read of len bytes from "". */
	char *s = x->text.len ? scrm_xstrndup(x->text.data, x->text.len) : scrm_xstrdup("");
	scrm_buf_clear(&x->text);
	return s;
}

static char *take_trimmed(xstate *x)
{
	const char *s = x->text.data ? x->text.data : "";
	size_t n = x->text.len;
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	char *r = n ? scrm_xstrndup(s, n) : NULL;
	scrm_buf_clear(&x->text);
	return r;
}

static void set_person_field(char **field, char *s)
{
	if (!s)
		return;
	if (*field) {
		free(s);
		return;
	}
	*field = s;
}

/* Replaces the captured text with its base64 decoding (white space ignored); false if it is not base64. */
static bool unbase64(xstate *x)
{
	scrm_buf clean = SCRM_BUF_INIT;
	for (size_t i = 0; i < x->text.len; i++) {
		char ch = x->text.data[i];
		if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r')
			scrm_buf_putc(&clean, ch);
	}
	bool ok = clean.len % 4 == 0 && clean.len <= INT32_MAX;
	if (ok && clean.len > 0) {
		unsigned char *out = scrm_xmalloc(clean.len / 4 * 3 + 1);
		int n = EVP_DecodeBlock(out, (const unsigned char *)clean.data, (int)clean.len);
		ok = n >= 0;
		if (ok) {
			/* EVP_DecodeBlock counts the padding as zero bytes */
			n -= (clean.data[clean.len - 1] == '=') + (clean.data[clean.len - 2] == '=');
			scrm_buf_clear(&x->text);
			scrm_buf_append(&x->text, out, (size_t)n);
		}
		free(out);
	}
	scrm_buf_free(&clean);
	return ok;
}

/* The captured element ended: its text goes where it belongs. */
static void finish_capture(xstate *x)
{
	bool in_entry = x->entry_depth > 0;
	scrm_feed_entry *e = &x->entry;
	scrm_feed_ctx *c = x->c;
	scrm_feed_person *person = in_entry ? &e->author : &c->author;
	int *author_prio = in_entry ? &e->author_prio : &c->author_prio;
	enum field f = x->cap_field;
	if (x->cap_base64 && unbase64(x))
		x->cap_html = scrm_html_looks_like_html(x->text.data ? x->text.data : "", x->text.len);
	x->cap_depth = 0;
	x->cap_field = F_NONE;
	switch (f) {
	case F_TITLE: {
		char *s = take_text(x);
		/* an RSS title has no type: markup in it is taken as HTML, as feedparser does */
		bool html = x->cap_html || (!x->is_atom && scrm_html_looks_like_html(s, strlen(s)));
		scrm_feed_text_offer(in_entry ? &e->title : &c->title, s, html, x->cap_prio);
		break;
	}
	case F_SUMMARY:
		if (in_entry)
			scrm_feed_text_offer(&e->summary, take_text(x), x->cap_html, x->cap_prio);
		break;
	case F_CONTENT:
		if (in_entry)
			scrm_feed_text_offer(&e->content, take_text(x), x->cap_html, x->cap_prio);
		break;
	case F_LINK: {
		char *s = take_trimmed(x);
		if (s) {
			char *r = resolve(x, s);
			free(s);
			scrm_feed_text_offer(in_entry ? &e->link : &c->link, r, false, x->cap_prio);
		}
		break;
	}
	case F_ID:
		if (in_entry)
			scrm_feed_text_offer(&e->id, take_trimmed(x), false, x->cap_prio);
		break;
	case F_GUID:
		if (in_entry) {
			char *s = take_trimmed(x);
			/* A permalink guid must be a URL (RSS 2.0); "4" resolved against
			 * the channel's link would name a page that does not exist. */
			if (s && x->guid_permalink && scrm_url_is_http(s))
				scrm_feed_text_offer(&e->link, resolve(x, s), false, 1);
			scrm_feed_text_offer(&e->id, s, false, x->cap_prio);
		}
		break;
	case F_PUBLISHED:
		if (in_entry)
			scrm_feed_text_offer(&e->published, take_trimmed(x), false, x->cap_prio);
		break;
	case F_UPDATED:
		if (in_entry)
			scrm_feed_text_offer(&e->updated, take_trimmed(x), false, x->cap_prio);
		break;
	case F_CREATED:
		if (in_entry)
			scrm_feed_text_offer(&e->created, take_trimmed(x), false, x->cap_prio);
		break;
	case F_AUTHOR: {
		char *s = take_trimmed(x);
		if (s && x->cap_prio > *author_prio) {
			scrm_feed_person_parse(person, s);
			*author_prio = x->cap_prio;
		}
		free(s);
		break;
	}
	case F_AUTHOR_NAME:
		set_person_field(&person->name, take_trimmed(x));
		break;
	case F_AUTHOR_EMAIL:
		set_person_field(&person->email, take_trimmed(x));
		break;
	case F_AUTHOR_URL: {
		char *s = take_trimmed(x);
		if (s) {
			set_person_field(&person->url, resolve(x, s));
			free(s);
		}
		break;
	}
	case F_LANG:
		if (!in_entry && !c->lang)
			c->lang = take_trimmed(x);
		break;
	case F_NONE:
		break;
	}
	scrm_buf_clear(&x->text);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	xstate *x = ud;
	if (x->cap_depth && x->depth > x->cap_depth) {
		if (x->cap_html) {
			const char *local;
			ns_of(name, &local);
			scrm_buf_puts(&x->text, "</");
			scrm_buf_puts(&x->text, local);
			scrm_buf_putc(&x->text, '>');
		}
	} else if (x->cap_depth == x->depth) {
		finish_capture(x);
	} else if (x->skip_depth == x->depth) {
		x->skip_depth = 0;
	} else if (x->author_depth == x->depth) {
		x->author_depth = 0;
	} else if (x->entry_depth == x->depth) {
		x->entry_depth = 0;
		if (!x->c->source)
			x->c->source = x->is_atom ? "atom" : "rss";
		bool more = scrm_feed_emit(x->c, &x->entry);
		scrm_feed_entry_clear(&x->entry);
		if (!more)
			XML_StopParser(x->p, XML_FALSE);
	}
	pop(x);
}

static void XMLCALL on_text(void *ud, const XML_Char *s, int len)
{
	xstate *x = ud;
	if (!x->cap_depth || len <= 0)
		return;
	/* text of a child element, or XHTML's own text, is text in markup: escape it back */
	if (x->cap_html && (x->cap_xhtml || x->depth > x->cap_depth))
		scrm_xml_escape(&x->text, s, (size_t)len, false);
	else
		scrm_buf_append(&x->text, s, (size_t)len);
}

/* An entity the document's DTD would define, had it been loaded: HTML's names are what feeds mean. */
static void XMLCALL on_skipped_entity(void *ud, const XML_Char *name, int is_param)
{
	xstate *x = ud;
	if (is_param)
		return;
	scrm_buf ref = SCRM_BUF_INIT;
	scrm_buf_clear(&x->scratch);
	scrm_buf_printf(&ref, "&%s;", name);
	if (scrm_html_entity(ref.data, ref.len, &x->scratch) == ref.len)
		on_text(ud, x->scratch.data, (int)x->scratch.len);
	scrm_buf_free(&ref);
}

int scrm_feed_parse_xml(scrm_feed_ctx *c, const char *data, size_t len, const char *http_charset,
                        scrm_buf *err)
{
	scrm_buf conv = SCRM_BUF_INIT, fixed = SCRM_BUF_INIT;
	size_t n;
	const char *doc = scrm_xml_prepare(data, len, http_charset, &conv, &fixed, &n);

	xstate x;
	memset(&x, 0, sizeof x);
	x.c = c;
	x.p = scrm_xml_parser_new(&x);
	XML_SetElementHandler(x.p, on_start, on_end);
	XML_SetCharacterDataHandler(x.p, on_text);
	XML_SetSkippedEntityHandler(x.p, on_skipped_entity);
	scrm_feed_entry_init(&x.entry);

	int rc = SCRM_FEED_OK;
	if (scrm_xml_parse_all(x.p, doc, n) == XML_STATUS_ERROR && !c->stopped) {
		scrm_xml_error(x.p, err);
		rc = c->entries > 0 || c->title.s ? SCRM_FEED_PARTIAL : SCRM_FEED_ERROR;
	} else if (!c->format && c->entries == 0 && !c->stopped) {
		scrm_buf_puts(err, "not a feed (no rss, RDF or feed root element)");
		rc = SCRM_FEED_ERROR;
	}
	if (!c->source)
		c->source = x.is_atom ? "atom" : "rss";
	while (x.depth > 0)
		pop(&x);
	free(x.stack);
	scrm_feed_entry_clear(&x.entry);
	scrm_buf_free(&x.text);
	scrm_buf_free(&x.scratch);
	free(x.alt_atom_uri);
	XML_ParserFree(x.p);
	scrm_buf_free(&conv);
	scrm_buf_free(&fixed);
	return rc;
}
