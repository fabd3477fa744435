/*
 * feed_entry.c - a parsed feed entry becomes a mention.
 *
 * The choices made here are the ones a reader of the mention expects:
 * text is the fullest body (content over summary) as plain text, the date
 * is when it was first said (published, else updated, else created), and
 * the id stays the same from one fetch to the next.
 */
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "date.h"
#include "feed_impl.h"
#include "html_text.h"
#include "msg.h"
#include "url.h"
#include "utf8.h"

void scrm_feed_entry_init(scrm_feed_entry *e)
{
	memset(e, 0, sizeof *e);
}

static void text_clear(scrm_feed_text *t)
{
	free(t->s);
	t->s = NULL;
	t->html = false;
	t->prio = 0;
}

void scrm_feed_person_clear(scrm_feed_person *p)
{
	free(p->name);
	free(p->email);
	free(p->url);
	p->name = p->email = p->url = NULL;
}

void scrm_feed_entry_clear(scrm_feed_entry *e)
{
	text_clear(&e->id);
	text_clear(&e->link);
	text_clear(&e->title);
	text_clear(&e->summary);
	text_clear(&e->content);
	text_clear(&e->published);
	text_clear(&e->updated);
	text_clear(&e->created);
	scrm_feed_person_clear(&e->author);
	free(e->lang);
	scrm_feed_entry_init(e);
}

void scrm_feed_text_offer(scrm_feed_text *t, char *s, bool html, int prio)
{
	if (!s)
		return;
	if (t->s && t->prio > prio) {
		free(s);
		return;
	}
	free(t->s);
	t->s = s;
	t->html = html;
	t->prio = prio;
}

static bool blank(const char *s)
{
	if (!s)
		return true;
	for (; *s; s++)
		if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
			return false;
	return true;
}

static char *trimmed_dup(const char *s, size_t n)
{
	while (n > 0 && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	return n ? scrm_xstrndup(s, n) : NULL;
}

void scrm_feed_person_parse(scrm_feed_person *p, const char *s)
{
	scrm_feed_person_clear(p);
	if (blank(s))
		return;
	const char *at = strchr(s, '@');
	const char *open = strchr(s, '(');
	const char *close = open ? strrchr(open, ')') : NULL;
	const char *lt = strchr(s, '<');
	const char *gt = lt ? strchr(lt, '>') : NULL;
	if (at && open && close && at < open) {
		/* "me@example.com (Me)" */
		p->email = trimmed_dup(s, (size_t)(open - s));
		p->name = trimmed_dup(open + 1, (size_t)(close - open - 1));
	} else if (at && open && close && at > open && at < close) {
		/* "Me (me@example.com)" */
		p->name = trimmed_dup(s, (size_t)(open - s));
		p->email = trimmed_dup(open + 1, (size_t)(close - open - 1));
	} else if (at && lt && gt && at > lt && at < gt) {
		/* "Me <me@example.com>" */
		p->name = trimmed_dup(s, (size_t)(lt - s));
		p->email = trimmed_dup(lt + 1, (size_t)(gt - lt - 1));
	} else if (at && !strchr(s, ' ')) {
		p->email = trimmed_dup(s, strlen(s));
	} else {
		p->name = trimmed_dup(s, strlen(s));
	}
}

/* Plain text tidied the way scrm_html_to_text tidies: spaces folded, at most
 * one blank line, ends trimmed (appended to out). */
static void tidy_plain(const char *s, size_t n, bool one_line, scrm_buf *out)
{
	int breaks = 0;
	bool space = false, any = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '\n') {
			breaks++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
			space = true;
			continue;
		}
		if (any) {
			if (breaks && !one_line)
				scrm_buf_append(out, "\n\n", breaks > 1 ? 2 : 1);
			else if (breaks || space)
				scrm_buf_putc(out, ' ');
		}
		breaks = 0;
		space = false;
		any = true;
		scrm_buf_putc(out, c);
	}
	if (!out->data)
		scrm_buf_append(out, "", 0);
}

/* Plain text of a text construct into out (cleared); false when empty. */
static bool plain(const scrm_feed_text *t, bool one_line, scrm_buf *out)
{
	scrm_buf_clear(out);
	if (!t->s)
		return false;
	if (t->html) {
		if (one_line)
			scrm_html_to_line(t->s, strlen(t->s), out);
		else
			scrm_html_to_text(t->s, strlen(t->s), out);
	} else {
		tidy_plain(t->s, strlen(t->s), one_line, out);
	}
	return out->len > 0;
}

static void set_buf(char **field, const scrm_buf *b)
{
	scrm_mention_set(field, b->data, b->len);
}

/* Appends the first digits hex digits of the SHA-256 of in[0..n) to out. */
static void sha256_hex(const char *in, size_t n, unsigned digits, scrm_buf *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	if (!EVP_Digest(in, n, md, &mdlen, EVP_sha256(), NULL))
		scrm_die(SCRM_EXIT_IO, "SHA-256 failed");
	for (unsigned int i = 0; i < mdlen && 2 * i < digits; i++)
		scrm_buf_printf(out, "%02x", md[i]);
}

/* "sha256:" + hex of what identifies an entry that has neither id nor link. */
static void hash_id(const scrm_feed_ctx *c, const scrm_feed_entry *e, scrm_buf *out)
{
	scrm_buf in = SCRM_BUF_INIT;
	const char *parts[] = { c->base_url, e->title.s, e->published.s, e->updated.s, e->summary.s,
		                e->content.s };
	for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
		if (parts[i])
			scrm_buf_puts(&in, parts[i]);
		scrm_buf_putc(&in, '\n');
	}
	scrm_buf_puts(out, "sha256:");
	sha256_hex(in.data, in.len, 64, out);
	scrm_buf_free(&in);
}

void scrm_feed_id_scope(const char *scope, scrm_buf *out)
{
	scrm_buf_puts(out, "feed:");
	sha256_hex(scope, strlen(scope), 16, out);
	scrm_buf_putc(out, ':');
}

/* Whether an entry id names the entry wherever it is found: a URL with an
 * authority, a tag: URI (RFC 4151) or a URN. "42" or "post-1" does not. */
static bool global_id(const char *id)
{
	size_t n = scrm_url_scheme_len(id);
	return n > 0 && (strncmp(id + n, "://", 3) == 0 || (n == 3 && (strncasecmp(id, "tag", 3) == 0 ||
	                                                              strncasecmp(id, "urn", 3) == 0)));
}

/* The ISO 639-1 code of a language tag ("fr-FR", "en_us", "FR" -> "fr", "en", "fr") into
 * out, as scrm-mention(5) wants it; NULL for anything else ("french", "x-klingon"). */
static const char *iso639(const char *tag, char out[3])
{
	if (!tag)
		return NULL;
	while (*tag == ' ' || *tag == '\t' || *tag == '\n' || *tag == '\r')
		tag++;
	char a = tag[0], b = a ? tag[1] : 0;
	bool letters = ((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z')) &&
	               ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
	char end = letters ? tag[2] : 'x';
	if (!letters || !(end == 0 || end == '-' || end == '_' || end == ' ' || end == '\n' || end == '\r'))
		return NULL;
	out[0] = (char)(a | 0x20);
	out[1] = (char)(b | 0x20);
	out[2] = 0;
	return out;
}

static const char *first_date(const scrm_feed_entry *e, char out[SCRM_DATE_LEN])
{
	const scrm_feed_text *d[] = { &e->published, &e->updated, &e->created };
	for (size_t i = 0; i < 3; i++)
		if (d[i]->s && scrm_date_normalize(d[i]->s, strlen(d[i]->s), out))
			return out;
	return NULL;
}

bool scrm_feed_emit(scrm_feed_ctx *c, scrm_feed_entry *e)
{
	scrm_mention m;
	scrm_buf b = SCRM_BUF_INIT;
	char date[SCRM_DATE_LEN];
	scrm_mention_init(&m);
	scrm_mention_set_cstr(&m.source, c->source);
	if (plain(&c->title, true, &b))
		set_buf(&m.channel, &b);
	/* Google Alerts' links go through a Google redirect: the article's own URL is kept. */
	scrm_buf_clear(&b);
	if (e->link.s && scrm_url_unwrap(e->link.s, &b))
		set_buf(&m.url, &b);
	else if (e->link.s && scrm_url_is_http(e->link.s))
		scrm_mention_set_cstr(&m.url, e->link.s);
	scrm_buf_clear(&b);
	if (!blank(e->id.s))
		tidy_plain(e->id.s, strlen(e->id.s), true, &b);
	else if (!blank(e->link.s))
		scrm_buf_puts(&b, e->link.s);
	scrm_buf id = SCRM_BUF_INIT;
	scrm_buf_puts(&id, b.len && !global_id(b.data) && c->id_scope ? c->id_scope : "feed:");
	if (b.len)
		scrm_buf_append(&id, b.data, b.len);
	else
		hash_id(c, e, &id);
	set_buf(&m.id, &id);
	scrm_buf_free(&id);
	scrm_mention_set_cstr(&m.created_at, first_date(e, date));
	if (plain(&e->title, true, &b))
		set_buf(&m.title, &b);
	if (plain(&e->content, false, &b) || plain(&e->summary, false, &b))
		set_buf(&m.text, &b);
	const scrm_feed_person *a = e->author.name || e->author.email || e->author.url ? &e->author : &c->author;
	if (a->name) {
		scrm_buf_clear(&b);
		tidy_plain(a->name, strlen(a->name), true, &b);
		if (b.len)
			set_buf(&m.author.name, &b);
	}
	if (a->url && scrm_url_is_http(a->url))
		scrm_mention_set_cstr(&m.author.url, a->url);
	char lang[3];
	scrm_mention_set_cstr(&m.lang, iso639(e->lang ? e->lang : c->lang, lang));
	scrm_buf_free(&b);
	c->entries++;
	bool more = c->sink(c->sink_ctx, &m);
	scrm_mention_clear(&m);
	if (!more)
		c->stopped = true;
	return more;
}

void scrm_feed_fill_info(const scrm_feed_ctx *c, scrm_feed_info *info)
{
	if (!info)
		return;
	scrm_buf b = SCRM_BUF_INIT;
	scrm_feed_info_clear(info);
	if (plain(&c->title, true, &b))
		info->title = scrm_xstrdup(b.data);
	if (c->link.s)
		info->link = scrm_xstrdup(c->link.s);
	if (c->format)
		info->format = scrm_xstrdup(c->format);
	if (c->lang)
		info->lang = scrm_xstrdup(c->lang);
	info->entries = c->entries;
	scrm_buf_free(&b);
}
