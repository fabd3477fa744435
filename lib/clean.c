/* clean.c - see clean.h. */
#include "clean.h"

#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include <strings.h>
#include <time.h>

#include "brands.h"
#include "clean_seen.h"
#include "clean_splice.h"
#include "date.h"
#include "io.h"
#include "json.h"
#include "jw.h"
#include "langid.h"
#include "msg.h"
#include "normalize.h"
#include "simhash.h"
#include "spam.h"
#include "url.h"

#define MAX_LANGS 32

static const char *const drop_names[] = { "dup", "spam", "irrelevant", "lang" };
#define NDROP (sizeof drop_names / sizeof drop_names[0])

static const char *const dup_names[] = { "", "id", "text", "url", "cut", "edit", "near" };

struct scrm_clean {
	scrm_clean_opts o;
	scrm_brands *brands;
	scrm_brand_match *matches;
	scrm_langid *langid;
	char langs[MAX_LANGS][8];
	size_t nlangs;
	scrm_langid_names *brand_names;     /* left out of language identification */
	scrm_langid_hints kept_hints;       /* the --lang list's, and the brand names */
	scrm_langid_hints record_hints;     /* and the record's source tag */
	scrm_seen *seen;
	scrm_spam *spam;
	scrm_writer *counts;
	scrm_buf counts_line;
	bool unsaved;                       /* records came since the --seen file was last saved */
	time_t saved_at;                    /* when it was, by scrm_clean_checkpoint; 0: not yet */
	unsigned long dropped[NDROP + 1];   /* per reason, then records */
	/* scratch, reused from record to record */
	scrm_buf s_text, s_title, s_id, s_field, s_url, s_unwrap, s_lang;
	scrm_buf norm, norm_title, tmp, folded, obj, kvtext, kvlang, id;
	scrm_tokens toks;
};

/* The brands' one-word keywords as names language identification leaves
 * out ("hello Nuvia" is no Finnish); NULL without rules. */
static scrm_langid_names *brand_names(const scrm_brands *b)
{
	size_t len;
	const char *p = b ? scrm_brands_names(b, &len) : NULL;
	if (!p)
		return NULL;
	scrm_langid_names *names = scrm_langid_names_new();
	for (const char *end = p + len; p < end; p += strlen(p) + 1)
		scrm_langid_names_add(names, p, strlen(p));
	return names;
}

void scrm_clean_opts_init(scrm_clean_opts *o)
{
	memset(o, 0, sizeof *o);
	o->spam_threshold = 0.5;
	o->bot_rate = 60;
	o->distance = 3;
	o->window = 100000;
	o->min_words = 4;
}

/* Calls fn for each comma-separated item of s; false as soon as fn does. */
static bool each_item(const char *s, bool (*fn)(void *ctx, const char *item, size_t n), void *ctx)
{
	while (*s) {
		size_t n = strcspn(s, ",");
		if (!fn(ctx, s, n))
			return false;
		s += n;
		if (*s == ',')
			s++;
	}
	return true;
}

static bool add_drop(void *ctx, const char *item, size_t n)
{
	unsigned *mask = ctx;
	for (size_t i = 0; i < NDROP; i++)
		if (strlen(drop_names[i]) == n && memcmp(item, drop_names[i], n) == 0) {
			*mask |= 1u << i;
			return true;
		}
	return false;
}

bool scrm_clean_parse_drop(const char *s, unsigned *mask)
{
	*mask = 0;
	return *s && each_item(s, add_drop, mask);
}

bool scrm_clean_parse_window(const char *s, scrm_clean_opts *o)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-' || v == 0)
		return false;
	if (!*end) {
		if (v > 100000000)
			return false;
		o->window = (size_t)v;
		return true;
	}
	if (end[1])
		return false;
	const char *units = "smhd";
	const long mult[] = { 1, 60, 3600, 86400 };
	const char *u = strchr(units, *end);
	if (!u || v > 3650ULL * 86400)
		return false;
	o->window_seconds = (int64_t)v * mult[u - units];
	return true;
}

static bool add_lang(void *ctx, const char *item, size_t n)
{
	scrm_clean *c = ctx;
	/* "fr, en" as well as "fr,en". */
	while (n > 0 && (*item == ' ' || *item == '\t'))
		item++, n--;
	while (n > 0 && (item[n - 1] == ' ' || item[n - 1] == '\t'))
		n--;
	if (n == 0 || n >= sizeof c->langs[0] || c->nlangs == MAX_LANGS)
		return false;
	memcpy(c->langs[c->nlangs], item, n);
	c->langs[c->nlangs][n] = '\0';
	c->nlangs++;
	return true;
}

static void counts_fn(void *ctx, const char *id, unsigned long copies)
{
	scrm_clean *c = ctx;
	scrm_jw w;
	scrm_buf_clear(&c->counts_line);
	scrm_jw_init(&w, &c->counts_line);
	scrm_jw_object_begin(&w);
	scrm_jw_key(&w, "id");
	if (id)
		scrm_jw_cstring(&w, id);
	else
		scrm_jw_null(&w);   /* an original without id: counted all the same */
	scrm_jw_key(&w, "copies");
	scrm_jw_int(&w, (int64_t)copies);
	scrm_jw_object_end(&w);
	scrm_buf_putc(&c->counts_line, '\n');
	/* A failure is sticky and reported by scrm_clean_finish. */
	(void)scrm_writer_write(c->counts, c->counts_line.data, c->counts_line.len);
}

/* Reads a whole file (plain or gzip, "-": standard input) into out; false with errno set when
 * it cannot be opened, or with a reason in err when reading failed. */
static bool slurp(const char *path, scrm_buf *out, scrm_buf *err)
{
	scrm_reader *r = scrm_reader_open(path);
	const char *line;
	size_t len;
	int rc;

	if (!r)
		return false;
	while ((rc = scrm_reader_getline(r, &line, &len)) == 1) {
		scrm_buf_append(out, line, len);
		scrm_buf_putc(out, '\n');
	}
	if (rc < 0)
		scrm_buf_printf(err, "%s: %s", path, scrm_reader_error(r));
	scrm_reader_close(r);
	return rc == 0;
}

/*
 * Whether path, plain or gzip, starts as a seen file does (or does not
 * exist: an empty memory); false with a reason in err otherwise. Read
 * before the whole file is: a wrong file named by mistake (a device, an
 * archive) must be refused, not loaded into memory.
 */
static bool seen_header_ok(const char *path, scrm_buf *err)
{
	static const char magic[] = "scrm-clean-seen ";
	char head[sizeof magic - 1];
	gzFile f = gzopen(path, "rb");
	if (!f) {
		if (errno == ENOENT)
			return true;
		scrm_buf_printf(err, "%s: %s", path, errno ? strerror(errno) : "cannot be read");
		return false;
	}
	int got = gzread(f, head, sizeof head), why = errno;
	gzclose(f);
	if (got < 0) {
		scrm_buf_printf(err, "%s: %s", path, strerror(why));
		return false;
	}
	if (got == 0)
		return true;   /* empty: an empty memory, as before */
	if (got == (int)sizeof head && memcmp(head, magic, sizeof head) == 0)
		return true;
	scrm_buf_printf(err, "%s: not a scrm-clean seen file", path);
	return false;
}

/* *out: the model --spam-model names (NULL for "none"); false with a reason in err. */
static bool load_spam_model(const char *path, scrm_bayes **out, scrm_buf *err)
{
	scrm_buf text = SCRM_BUF_INIT, why = SCRM_BUF_INIT;

	*out = NULL;
	if (!path) {
		*out = scrm_spam_default_model();
		return true;
	}
	if (strcmp(path, "none") == 0)
		return true;
	if (!slurp(path, &text, err)) {
		if (!err->len)
			scrm_buf_printf(err, "%s: %s", path, strerror(errno));
	} else if (!(*out = scrm_bayes_parse(text.data ? text.data : "", text.len, &why))) {
		scrm_buf_printf(err, "%s: %s", path, why.data);
	} else if (scrm_bayes_class(*out, "spam") < 0) {
		scrm_buf_printf(err, "%s: the model has no class 'spam'", path);
		scrm_bayes_free(*out);
		*out = NULL;
	}
	scrm_buf_free(&text);
	scrm_buf_free(&why);
	return *out != NULL;
}

scrm_clean *scrm_clean_new(const scrm_clean_opts *o, scrm_buf *err, int *status)
{
	scrm_clean *c = scrm_xcalloc(1, sizeof *c);

	*status = SCRM_EXIT_USAGE;
	c->o = *o;
	if (o->rules) {
		scrm_buf text = SCRM_BUF_INIT;
		if (slurp(o->rules, &text, err))
			c->brands = scrm_brands_parse(text.data ? text.data : "", text.len, o->rules, err);
		else if (!err->len)
			scrm_buf_printf(err, "%s: %s", o->rules, strerror(errno));
		scrm_buf_free(&text);
		if (!c->brands)
			goto fail;
		c->matches = scrm_xcalloc(scrm_brands_count(c->brands), sizeof *c->matches);
	}
	if (o->langs && (!each_item(o->langs, add_lang, c) || !c->nlangs)) {
		scrm_buf_printf(err, "--lang: expected codes such as fr,en, got '%s'", o->langs);
		goto fail;
	}
	if (!o->no_lang && !(c->langid = scrm_langid_load(o->langid_model, err)))
		goto fail;
	/* A code the model does not know would drop every record in silence. */
	for (size_t i = 0; c->langid && i < c->nlangs; i++) {
		scrm_langid_hints known = SCRM_LANGID_NO_HINTS;
		const char *code = c->langs[i];
		if (strcmp(code, "und") == 0)
			continue;   /* keeps the texts whose language is unsure */
		if (strpbrk(code, "-_")) {
			scrm_buf_printf(err, "--lang: '%s' names a region; give the language alone (the text tells no region)",
			                code);
			goto fail;
		}
		if (!scrm_langid_hint(c->langid, &known, code, strlen(code))) {
			scrm_buf_printf(err, "--lang: '%s' is no language the model knows; it knows", code);
			for (size_t l = 0; l < scrm_langid_count(c->langid); l++)
				scrm_buf_printf(err, " %s", scrm_langid_lang(c->langid, l));
			scrm_buf_puts(err, ", and und keeps the texts it is unsure of");
			goto fail;
		}
	}
	c->kept_hints = SCRM_LANGID_NO_HINTS;
	for (size_t i = 0; c->langid && !o->no_lang_hints && i < c->nlangs; i++)
		(void)scrm_langid_hint(c->langid, &c->kept_hints, c->langs[i], strlen(c->langs[i]));   /* und: no hint */
	c->kept_hints.names = c->brand_names = brand_names(c->brands);
	scrm_bayes *model;
	if (!load_spam_model(o->spam_model, &model, err))
		goto fail;
	c->spam = scrm_spam_new(model, !o->spam_model, o->bot_rate);
	c->seen = scrm_seen_new(o->window, o->window_seconds, o->distance);
	if (o->seen) {
		scrm_buf text = SCRM_BUF_INIT, why = SCRM_BUF_INIT;
		bool ok = seen_header_ok(o->seen, err);
		if (!ok) {
			/* refused before it is read */
		} else if (!slurp(o->seen, &text, err)) {
			if (errno != ENOENT || err->len) {
				if (!err->len)
					scrm_buf_printf(err, "%s: %s", o->seen, strerror(errno));
				ok = false;
			}
		} else if (text.len && !scrm_seen_load(c->seen, text.data, text.len, &why)) {
			scrm_buf_printf(err, "%s: %s", o->seen, why.data);
			ok = false;
		}
		scrm_buf_free(&text);
		scrm_buf_free(&why);
		if (!ok)
			goto fail;
	}
	if (o->counts) {
		if (!(c->counts = scrm_writer_open(o->counts))) {
			scrm_buf_printf(err, "%s: %s", o->counts, strerror(errno));
			*status = SCRM_EXIT_IO;   /* an output, as -o and --rejects are */
			goto fail;
		}
		scrm_seen_on_counts(c->seen, counts_fn, c);
	}
	return c;
fail:
	scrm_clean_free(c);
	return NULL;
}

void scrm_clean_free(scrm_clean *c)
{
	if (!c)
		return;
	scrm_brands_free(c->brands);
	free(c->matches);
	scrm_langid_free(c->langid);
	scrm_langid_names_free(c->brand_names);
	scrm_seen_free(c->seen);
	scrm_spam_free(c->spam);
	if (c->counts) {
		char why[200];
		(void)scrm_writer_close(c->counts, why, sizeof why);   /* only after a failure elsewhere */
	}
	scrm_buf *bufs[] = { &c->counts_line, &c->s_text, &c->s_title, &c->s_id, &c->s_field, &c->s_url, &c->s_unwrap, &c->s_lang,
	                     &c->norm, &c->norm_title, &c->tmp, &c->folded, &c->obj, &c->kvtext,
	                     &c->kvlang, &c->id };
	for (size_t i = 0; i < sizeof bufs / sizeof bufs[0]; i++)
		scrm_buf_free(bufs[i]);
	scrm_tokens_free(&c->toks);
	free(c);
}

const unsigned long *scrm_clean_dropped(const scrm_clean *c)
{
	return c->dropped;
}

/* Replaces the --seen file with the memory as it is; false with a reason appended to err. */
static bool save_seen(scrm_clean *c, scrm_buf *err)
{
	scrm_buf dump = SCRM_BUF_INIT;
	bool ok = true;

	scrm_seen_dump(c->seen, &dump);
	if (!scrm_write_file_atomic(c->o.seen, dump.data, dump.len)) {
		if (err->len)
			scrm_buf_puts(err, "; ");
		scrm_buf_printf(err, "%s: %s", c->o.seen, strerror(errno));
		ok = false;
	}
	scrm_buf_free(&dump);
	return ok;
}

bool scrm_clean_finish(scrm_clean *c, bool output_ok, scrm_buf *err)
{
	bool ok = true;

	if (c->counts) {
		char why[200];
		scrm_seen_flush(c->seen);
		if (!scrm_writer_close(c->counts, why, sizeof why)) {
			scrm_buf_printf(err, "%s: write error: %s", c->o.counts, why);
			ok = false;
		}
		c->counts = NULL;
	}
	if (c->o.seen && !output_ok) {
		/* Remembered, the records lost would be dropped as copies next run. */
		scrm_buf_printf(err, "%s%s: not updated, as output was lost", ok ? "" : "; ", c->o.seen);
		ok = false;
	} else if (c->o.seen && !save_seen(c, err)) {
		ok = false;
	}
	return ok;
}

bool scrm_clean_checkpoint(scrm_clean *c, scrm_buf *err)
{
	if (c->counts)
		scrm_writer_flush(c->counts);   /* a failure is sticky: scrm_clean_finish reports it */
	if (!c->o.seen || !c->unsaved)
		return true;
	time_t now = time(NULL);
	if (c->saved_at && now - c->saved_at < SCRM_CLEAN_CHECKPOINT_SECONDS)
		return true;
	c->saved_at = now;
	if (!save_seen(c, err))
		return false;
	c->unsaved = false;
	return true;
}

/* --- one record --- */

/* The members scrm-clean reads, found in one pass over the record's index (last one wins). */
typedef struct fields {
	scrm_json_value text, title, lang, id, url, source, created_at, author;
} fields;

/*
 * The wanted names a key may be, by the first byte of its text (after the
 * quote): a bit per entry of want[] in pick; a key that starts with an
 * escape may be any of them.
 */
static unsigned candidates(char first)
{
	switch (first) {
	case 't': return 1u << 0 | 1u << 1;   /* text, title */
	case 'l': return 1u << 2;
	case 'i': return 1u << 3;
	case 'u': return 1u << 4;
	case 's': return 1u << 5;
	case 'c': return 1u << 6;
	case 'a': return 1u << 7;
	case '\\': return 0xff;
	default: return 0;
	}
}

static void pick(const scrm_record *rec, fields *f)
{
	/* In the order of the bits of candidates(). */
	static const struct {
		const char *name;
		size_t len, off;
	} want[] = {
		{ "text", 4, offsetof(fields, text) }, { "title", 5, offsetof(fields, title) },
		{ "lang", 4, offsetof(fields, lang) }, { "id", 2, offsetof(fields, id) },
		{ "url", 3, offsetof(fields, url) }, { "source", 6, offsetof(fields, source) },
		{ "created_at", 10, offsetof(fields, created_at) }, { "author", 6, offsetof(fields, author) },
	};

	memset(f, 0, sizeof *f);
	for (size_t m = 0; m < rec->nmembers; m++) {
		const scrm_record_member *member = &rec->members[m];
		for (unsigned c = candidates(member->key.ptr[1]); c; c &= c - 1) {
			size_t i = (size_t)__builtin_ctz(c);
			if (scrm_record_member_is(member, want[i].name, want[i].len))
				*(scrm_json_value *)((char *)f + want[i].off) = member->value;
		}
	}
}

/* The decoded string v, or NULL when it is not a string. */
static const char *str(scrm_json_value v, scrm_buf *scratch, size_t *n)
{
	*n = 0;
	return v.type == SCRM_JSON_STRING ? scrm_json_string(v, scratch, n) : NULL;
}

/* Hash of a string value, seeded; 0 when absent, not a string, or empty. */
static uint64_t value_hash(scrm_json_value v, uint64_t seed, scrm_buf *scratch)
{
	size_t n;
	const char *s = str(v, scratch, &n);
	return s && n ? scrm_hash64(s, n, seed) : 0;
}

/* Who posted: author.id, handle and name (NONE when absent), found in one
 * pass over the object; the last of a repeated key wins. */
typedef struct author_fields {
	scrm_json_value id, handle, name;
} author_fields;

static void author_fields_of(const fields *f, author_fields *a)
{
	scrm_json_value k, v;
	memset(a, 0, sizeof *a);
	if (f->author.type != SCRM_JSON_OBJECT)
		return;
	scrm_json_iter it = scrm_json_iter_start(f->author);
	while (scrm_json_object_next(&it, &k, &v)) {
		if (scrm_json_string_equals(k, "id", 2))
			a->id = v;
		else if (scrm_json_string_equals(k, "handle", 6))
			a->handle = v;
		else if (scrm_json_string_equals(k, "name", 4))
			a->name = v;
	}
}

/* The account: author.id, else handle, else name, within its source (hash source). */
static uint64_t author_hash(const author_fields *a, uint64_t source, scrm_buf *scratch)
{
	const scrm_json_value who[] = { a->id, a->handle, a->name };
	for (size_t i = 0; i < 3; i++) {
		uint64_t h = value_hash(who[i], source + i, scratch);
		if (h)
			return h;
	}
	return 0;
}

/* The URL as the same page is written in different places: no scheme, "www.", fragment or final '/', the host in lower case. */
static uint64_t url_hash(const char *u, size_t n)
{
	char host[256];
	size_t h = 0;

	/* Scheme and host in any case (RFC 3986); the path as written. */
	if (n > 8 && strncasecmp(u, "https://", 8) == 0) {
		u += 8;
		n -= 8;
	} else if (n > 7 && strncasecmp(u, "http://", 7) == 0) {
		u += 7;
		n -= 7;
	}
	if (n > 4 && strncasecmp(u, "www.", 4) == 0) {
		u += 4;
		n -= 4;
	}
	const char *frag = memchr(u, '#', n);
	if (frag)
		n = (size_t)(frag - u);
	while (n && u[n - 1] == '/')
		n--;
	while (h < n && h < sizeof host && u[h] != '/') {
		host[h] = (char)(u[h] >= 'A' && u[h] <= 'Z' ? u[h] + 32 : u[h]);
		h++;
	}
	if (!n)
		return 0;
	return scrm_hash_combine(scrm_hash64(host, h, 7), scrm_hash64(u + h, n - h, 11));
}

/*
 * The target of a redirect link (Google Alerts' google.com/url?url=...,
 * Facebook's l.php?u=...), or url itself: an article linked through
 * several alerts, or once through one and once directly, is one URL.
 * scrm-fetch unwraps feed links, but a CSV import or another collector
 * may not.
 */
static const char *unwrapped_url(scrm_clean *c, const char *url, size_t *n)
{
	if (!scrm_url_may_unwrap(url, *n) || memchr(url, '\0', *n))
		return url;
	/* A NUL-terminated copy (url may sit in s_url), unwrapped into s_url. */
	scrm_buf_clear(&c->s_unwrap);
	scrm_buf_append(&c->s_unwrap, url, *n);
	scrm_buf_clear(&c->s_url);
	if (!scrm_url_unwrap(c->s_unwrap.data, &c->s_url))
		return c->s_unwrap.data;
	*n = c->s_url.len;
	return c->s_url.data;
}

static bool is_repost_marker(const scrm_token *t)
{
	return (t->len == 2 && (memcmp(t->ptr, "rt", 2) == 0 || memcmp(t->ptr, "mt", 2) == 0)) ||
	       (t->len >= 4 && memcmp(t->ptr, "\xf0\x9f\x94\x81", 4) == 0) ||   /* 🔁 */
	       (t->len >= 3 && memcmp(t->ptr, "\xe2\x99\xbb", 3) == 0);          /* ♻ */
}

typedef struct text_keys {
	uint64_t seq;     /* hash of the word sequence, 0 if none */
	uint64_t head;    /* hash of its first SCRM_SEEN_HEAD_WORDS words, when it has more; else 0 */
	uint64_t cut;     /* the same, when the text is cut short and has that many whole words; else 0 */
	uint64_t even, odd;   /* hashes of its words at even and at odd places, with their count; 0: too few */
	uint16_t checks[SCRM_SEEN_CHECKS];   /* hashes of its longer starts and the next word's
	                                     * start (see clean_seen.h), 0: too short */
	int cut_check;    /* a cut text: the longest of those it holds whole (its last word aside), or -1 */
	uint64_t fp;      /* SimHash, 0 when too few words */
	bool repost;      /* began with "RT @x" or a boost marker */
	const char *reposted;   /* x of the innermost "RT @x" (folded, no '@'), or NULL */
	size_t reposted_len;
} text_keys;

/*
 * Whether a text ends cut short: an ellipsis ("…", "...", "[…]") after its
 * last word, before nothing but links and spaces (a share card's cut, a
 * feed's summary). last is the index of the last token that is no link;
 * text[0..n) is what the tokens point into.
 */
static bool cut_short(const scrm_tokens *toks, size_t last, const char *text, size_t n)
{
	const char *p = toks->v[last].ptr + toks->v[last].len;
	const char *end = last + 1 < toks->n ? toks->v[last + 1].ptr : text + n;
	size_t room = (size_t)(end - p);
	for (size_t i = 0; i + 3 <= room; i++)
		if (memcmp(p + i, "\xe2\x80\xa6", 3) == 0 || memcmp(p + i, "...", 3) == 0)
			return true;
	return false;
}

/* The first two bytes of a word (one if it has one), what a word cut
 * short still shows of it. */
static uint64_t word_start(const scrm_token *tok)
{
	uint64_t b0 = (unsigned char)tok->ptr[0];
	return tok->len >= 2 ? b0 | (uint64_t)(unsigned char)tok->ptr[1] << 8 | 1u << 16 : b0;
}

/*
 * Keys of a text (its tokens) for duplicate detection: leading repost
 * markers ("RT @x:", "🔁", nested as "RT @y: RT @x:"), URLs (shorteners
 * differ from copy to copy) and emoji are left out. SimHash features
 * are the words (a run of one word counted once): a bag of words moves
 * less than word bigrams when a word is edited (one word in sixteen: about
 * 7 bits on average against 9), and order rarely tells copies apart.
 * The hashes of the text's starts (its first 8 words, then 9 to 20) let a
 * copy cut short find its original, and those of its halves (the words at
 * even places, at odd places) a copy with one word replaced (clean_seen.h).
 */
static void text_keys_of(const scrm_tokens *toks, const char *text, size_t n, int min_words, text_keys *k)
{
	int words = 0;
	size_t said = 0, last = SIZE_MAX;     /* tokens in seq; the last of them */
	uint64_t head = 0, half[2] = { 0, 0 };
	scrm_simhash sh;
	uint64_t batch[64];   /* features waiting to be added together */
	size_t nb = 0, i = 0;

	memset(k, 0, sizeof *k);
	scrm_simhash_init(&sh);
	while (i < toks->n && toks->v[i].kind == SCRM_TOKEN_WORD && is_repost_marker(&toks->v[i])) {
		k->repost = true;
		if (++i < toks->n && toks->v[i].kind == SCRM_TOKEN_MENTION) {
			k->reposted = toks->v[i].ptr + 1;
			k->reposted_len = toks->v[i].len - 1;
			i++;
		}
	}
	uint64_t prev = 0;
	for (; i < toks->n; i++) {
		const scrm_token *tok = &toks->v[i];
		/* Nor emoji: a copy with one added ("... no internet at all 😡")
		 * is the same text. */
		if (tok->kind == SCRM_TOKEN_URL || (tok->ptr[0] & 0x80 && scrm_token_is_symbols(tok)))
			continue;
		uint64_t h = toks->hash[i];
		if (said >= (size_t)SCRM_SEEN_CHECK_WORDS(0) && said <= (size_t)SCRM_SEEN_CHECK_WORDS(SCRM_SEEN_CHECKS - 1))
			k->checks[said - SCRM_SEEN_CHECK_WORDS(0)] = (uint16_t)(scrm_hash_combine(k->seq, word_start(tok)) | 1);
		k->seq = scrm_hash_combine(k->seq, h);
		half[said & 1] = scrm_hash_combine(half[said & 1], h);
		if (++said == SCRM_SEEN_HEAD_WORDS)
			head = k->seq;
		last = i;
		/* A word said again at once ("yay yay yay", "@user @user") is one
		 * feature: repeated, it would outweigh the rest of the text, and
		 * such texts would all look alike. */
		if (h == prev)
			continue;
		prev = h;
		batch[nb++] = h;
		if (nb == sizeof batch / sizeof batch[0]) {
			scrm_simhash_add_all(&sh, batch, nb);
			nb = 0;
		}
		words++;
	}
	scrm_simhash_add_all(&sh, batch, nb);
	k->fp = words >= min_words ? scrm_simhash_value(&sh) : 0;
	/* A text is cut from a longer one, so an original with no word past
	 * its head has nothing to be cut from. A cut text's last word may be
	 * cut in the middle, so only the words before it are compared: the
	 * head, then the longest start kept that they cover, of which there
	 * must be one ("... de mon forfait…" is no cut of "... de mon
	 * abonnement internet", though its first eight words are). */
	if (said >= SCRM_SEEN_EDIT_WORDS) {
		k->even = scrm_hash_combine(half[0], said);
		k->odd = scrm_hash_combine(half[1] ^ 0x5bd1e995u, said);
	}
	k->cut_check = -1;
	if (said > SCRM_SEEN_HEAD_WORDS) {
		k->head = head;
		for (int j = SCRM_SEEN_CHECKS - 1; j >= 0 && k->cut_check < 0; j--)
			if ((size_t)SCRM_SEEN_CHECK_WORDS(j) < said)
				k->cut_check = j;
		if (k->cut_check >= 0 && cut_short(toks, last, text, n))
			k->cut = head;
	}
}

/* Is code[0..n) ("fr", "fr-CA", "FR_fr") the language want? */
static bool lang_is(const char *code, size_t n, const char *want)
{
	size_t m = strlen(want);
	return m <= n && strncasecmp(code, want, m) == 0 && (m == n || code[m] == '-' || code[m] == '_');
}

static bool lang_kept(const scrm_clean *c, const char *code, size_t n)
{
	for (size_t i = 0; i < c->nlangs; i++)
		if (lang_is(code, n, c->langs[i]))
			return true;
	return false;
}

/* Normalises text and title into c->norm, c->norm_title, folds both into c->folded (title
 * first, for brands only) and tokenises it; returns the text's tokens (a view into c->toks). */
static scrm_tokens prepare_text(scrm_clean *c, const char *text, size_t tn, const char *title, size_t hn,
                                const char **ft, size_t *fn)
{
	scrm_buf_clear(&c->norm);
	scrm_buf_clear(&c->norm_title);
	scrm_buf_clear(&c->folded);
	if (text)
		scrm_normalize_text(text, tn, &c->norm, &c->tmp);
	if (title) {
		scrm_normalize_text(title, hn, &c->norm_title, &c->tmp);
		scrm_normalize_fold(c->norm_title.data ? c->norm_title.data : "", c->norm_title.len, &c->folded);
		scrm_buf_puts(&c->folded, " \n ");
	}
	size_t body = c->folded.len;
	scrm_normalize_fold(c->norm.data ? c->norm.data : "", c->norm.len, &c->folded);
	*ft = c->folded.data ? c->folded.data + body : "";
	*fn = c->folded.len - body;
	/* One tokenisation for every check: brands see the title's tokens too, the rest the text's. */
	scrm_tokenize(c->folded.data ? c->folded.data : "", c->folded.len, &c->toks);
	if (c->toks.n == 0)
		return (scrm_tokens){ NULL, NULL, 0, 0 };   /* no arrays yet before the first token */
	size_t first = 0;
	while (first < c->toks.n && c->toks.v[first].ptr < *ft)
		first++;
	return (scrm_tokens){ c->toks.v + first, c->toks.hash + first, c->toks.n - first, 0 };
}

/* The hints for a record whose source tagged it tag[0..n) (NULL: untagged):
 * without hints, the brand names alone. */
static const scrm_langid_hints *lang_hints(scrm_clean *c, const char *tag, size_t n)
{
	if (c->o.no_lang_hints || !tag)
		return &c->kept_hints;
	c->record_hints = c->kept_hints;
	(void)scrm_langid_hint(c->langid, &c->record_hints, tag, n);   /* unknown: the list's alone */
	return &c->record_hints;
}

static void write_lang(scrm_jw *w, const scrm_langid_result *lr)
{
	scrm_jw_key(w, "lang");
	scrm_jw_object_begin(w);
	scrm_jw_key(w, "code");
	scrm_jw_cstring(w, lr->lang);
	scrm_jw_key(w, "confidence");
	scrm_jw_fixed(w, lr->confidence, 3);
	scrm_jw_object_end(w);
}

/* Writes brands, misspelt and relevant; returns whether any brand matched. */
static bool write_brands(scrm_clean *c, scrm_jw *w)
{
	size_t k = scrm_brands_match(c->brands, c->folded.data ? c->folded.data : "", c->folded.len,
	                             &c->toks, c->matches);
	bool fuzzy = false;

	scrm_jw_key(w, "brands");
	scrm_jw_array_begin(w);
	for (size_t i = 0; i < k; i++) {
		scrm_jw_cstring(w, c->matches[i].brand);
		fuzzy |= c->matches[i].spelling != NULL;
	}
	scrm_jw_array_end(w);
	if (fuzzy) {
		scrm_jw_key(w, "misspelt");
		scrm_jw_object_begin(w);
		for (size_t i = 0; i < k; i++)
			if (c->matches[i].spelling) {
				scrm_jw_key(w, c->matches[i].brand);
				scrm_jw_string(w, c->matches[i].spelling, c->matches[i].spelling_len);
			}
		scrm_jw_object_end(w);
	}
	scrm_jw_key(w, "relevant");
	scrm_jw_bool(w, k > 0);
	return k > 0;
}

/* A handle as "RT @x" writes it: no '@', ASCII letters in lower case; 0 if empty. */
static uint64_t handle_hash(const char *h, size_t n, uint64_t source)
{
	char folded[256];
	if (n > 0 && h[0] == '@') {
		h++;
		n--;
	}
	if (n == 0 || n > sizeof folded)
		return 0;
	for (size_t i = 0; i < n; i++)
		folded[i] = (char)(h[i] >= 'A' && h[i] <= 'Z' ? h[i] + 32 : h[i]);
	return scrm_hash64(folded, n, source + 5);
}

/*
 * Whose words a text is, for the same-text rule: the account "RT @x: ..."
 * reposts (the innermost, when reposts nest), else the author's handle, as
 * a repost names it, else the account itself. So a repost of a text is a
 * copy of it, however short.
 */
static uint64_t text_author_hash(const author_fields *a, const text_keys *tk, uint64_t source, uint64_t account,
                                 scrm_buf *scratch)
{
	uint64_t h = tk->reposted ? handle_hash(tk->reposted, tk->reposted_len, source) : 0;
	if (!h) {
		size_t n;
		const char *s = str(a->handle, scratch, &n);
		if (s)
			h = handle_hash(s, n, source);
	}
	return h ? h : account;
}

/* Fills the duplicate lookup item from the record's fields and the text's keys. */
static void seen_item_of(scrm_clean *c, const fields *f, const text_keys *tk, scrm_seen_item *it)
{
	size_t n;
	int64_t t;

	memset(it, 0, sizeof *it);
	scrm_buf_clear(&c->id);
	const char *id = str(f->id, &c->s_id, &n);
	if (id && n && !memchr(id, '\0', n)) {
		scrm_buf_append(&c->id, id, n);
		it->id = c->id.data;
		it->id_key = scrm_hash64(id, n, 1);
	}
	author_fields who;
	author_fields_of(f, &who);
	uint64_t source = value_hash(f->source, 0, &c->s_field);
	it->author = author_hash(&who, source, &c->s_field);
	uint64_t writer = text_author_hash(&who, tk, source, it->author, &c->s_field);
	it->text_key = writer && tk->seq ? scrm_hash_combine(writer, tk->seq) : 0;
	it->head_key = tk->head;
	it->cut_key = tk->cut;
	it->even_key = tk->even;
	it->odd_key = tk->odd;
	memcpy(it->checks, tk->checks, sizeof it->checks);
	it->cut_check = tk->cut_check;
	const char *url = str(f->url, &c->s_url, &n);
	if (url && n) {
		url = unwrapped_url(c, url, &n);
		it->url_key = url_hash(url, n);
		it->source = value_hash(f->source, 3, &c->s_field);
	}
	it->fp = tk->fp;
	it->repost = tk->repost;
	it->time = SCRM_SEEN_NO_TIME;
	const char *when = str(f->created_at, &c->s_field, &n);
	if (when && scrm_date_parse(when, n, &t))
		it->time = t;
}

static void write_dup(scrm_jw *w, const scrm_dup_result *dr)
{
	scrm_jw_key(w, "dup");
	scrm_jw_cstring(w, dup_names[dr->kind]);
	scrm_jw_key(w, "dup_of");
	if (dr->of)
		scrm_jw_cstring(w, dr->of);
	else
		scrm_jw_null(w);
	if (dr->kind == SCRM_DUP_NEAR) {
		scrm_jw_key(w, "distance");
		scrm_jw_int(w, dr->distance);
	}
	if (dr->kind != SCRM_DUP_ID) {
		scrm_jw_key(w, "copies");
		scrm_jw_int(w, (int64_t)dr->copies);
	}
}

static void write_spam(scrm_jw *w, const scrm_spam_result *sr)
{
	scrm_jw_key(w, "spam");
	scrm_jw_fixed(w, sr->score, 3);
	if (!sr->flags)
		return;
	scrm_jw_key(w, "flags");
	scrm_jw_array_begin(w);
	for (int i = 0; i < SCRM_SPAM_NFLAGS; i++)
		if (sr->flags & (1u << i))
			scrm_jw_cstring(w, scrm_spam_flag_name(i));
	scrm_jw_array_end(w);
}

static void write_dropped(scrm_clean *c, scrm_jw *w, unsigned drop)
{
	c->dropped[NDROP]++;
	scrm_jw_key(w, "dropped");
	scrm_jw_array_begin(w);
	for (size_t i = 0; i < NDROP; i++)
		if (drop & (1u << i)) {
			scrm_jw_cstring(w, drop_names[i]);
			c->dropped[i]++;
		}
	scrm_jw_array_end(w);
}

unsigned scrm_clean_record(scrm_clean *c, const scrm_record *rec, scrm_buf *out)
{
	size_t tn, hn, fn, n;
	const char *ft;
	unsigned drop = 0;
	fields f;
	scrm_jw w;

	c->unsaved = true;
	pick(rec, &f);
	const char *text = str(f.text, &c->s_text, &tn);
	const char *title = str(f.title, &c->s_title, &hn);
	scrm_tokens text_toks = prepare_text(c, text, tn, title, hn, &ft, &fn);
	bool changed = text && (c->norm.len != tn || memcmp(c->norm.data ? c->norm.data : "", text, tn) != 0);

	/* The duplicate lookup's memory is fetched while language and brands are worked out. */
	text_keys tk;
	scrm_seen_item it;
	scrm_dup_result dr;
	text_keys_of(&text_toks, ft, fn, c->o.min_words, &tk);
	seen_item_of(c, &f, &tk, &it);
	scrm_seen_prefetch(c->seen, &it);

	scrm_buf_clear(&c->obj);
	scrm_jw_init(&w, &c->obj);
	scrm_jw_object_begin(&w);

	/* Its own scratch: the language is read again after the other fields. */
	const char *given = str(f.lang, &c->s_lang, &n);
	if (given && !n)
		given = NULL;
	/* Language: of the text, or of the title when there is no text. */
	scrm_langid_result lr = { "und", 0 };
	if (c->langid) {
		const scrm_buf *lt = c->norm.len ? &c->norm : &c->norm_title;
		scrm_langid_detect_hinted(c->langid, lt->data ? lt->data : "", lt->len, lang_hints(c, given, n), &lr);
		write_lang(&w, &lr);
	}
	bool detected = strcmp(lr.lang, "und") != 0;
	/* The language that counts: the one detected, else the one the source gave. */
	const char *eff = detected || !given ? lr.lang : given;
	size_t eff_len = detected || !given ? strlen(lr.lang) : n;
	if (c->nlangs && !lang_kept(c, eff, eff_len))
		drop |= SCRM_CLEAN_DROP_LANG;

	if (c->brands && !write_brands(c, &w) && (c->o.drop & SCRM_CLEAN_DROP_IRRELEVANT))
		drop |= SCRM_CLEAN_DROP_IRRELEVANT;

	scrm_seen_check(c->seen, &it, &dr);
	if (dr.kind != SCRM_DUP_NONE) {
		write_dup(&w, &dr);
		if (c->o.drop & SCRM_CLEAN_DROP_DUP)
			drop |= SCRM_CLEAN_DROP_DUP;
	}

	scrm_spam_input si = { ft, fn, &text_toks, it.author, it.time == SCRM_SEEN_NO_TIME ? INT64_MIN : it.time,
	                       dr.kind == SCRM_DUP_NEAR && !tk.repost ? dr.other_authors : 0,
	                       /* The built-in model learnt English SMS: it knows nothing of other languages. */
	                       c->o.spam_model || lang_is(eff, eff_len, "en") };
	scrm_spam_result sr;
	scrm_spam_check(c->spam, &si, &sr);
	write_spam(&w, &sr);
	if (sr.score >= c->o.spam_threshold && (c->o.drop & SCRM_CLEAN_DROP_SPAM))
		drop |= SCRM_CLEAN_DROP_SPAM;

	if (c->o.keep_raw && changed) {
		scrm_jw_key(&w, "raw_text");
		scrm_jw_string(&w, text, tn);
	}
	if (drop)
		write_dropped(c, &w, drop);
	scrm_jw_object_end(&w);

	scrm_splice_kv kv[3];
	size_t nkv = 0;
	if (changed) {
		scrm_buf_clear(&c->kvtext);
		scrm_json_quote(&c->kvtext, c->norm.data ? c->norm.data : "", c->norm.len);
		kv[nkv++] = (scrm_splice_kv){ "text", c->kvtext.data, c->kvtext.len };
	}
	if (detected && !given) {
		scrm_buf_clear(&c->kvlang);
		scrm_json_quote(&c->kvlang, lr.lang, strlen(lr.lang));
		kv[nkv++] = (scrm_splice_kv){ "lang", c->kvlang.data, c->kvlang.len };
	}
	kv[nkv++] = (scrm_splice_kv){ "clean", c->obj.data, c->obj.len };
	scrm_clean_splice(rec, kv, nkv, out);
	return drop;
}

bool scrm_clean_train_spam(scrm_bayes *m, const scrm_record *rec, const char **why)
{
	scrm_buf s = SCRM_BUF_INIT, norm = SCRM_BUF_INIT, tmp = SCRM_BUF_INIT, folded = SCRM_BUF_INIT;
	size_t n, ln;
	int cls = -1;
	const char *text = scrm_record_string(rec, "text", &s, &n);
	scrm_json_value v = scrm_record_get(rec, "spam");

	if (v.type == SCRM_JSON_TRUE || v.type == SCRM_JSON_FALSE) {
		cls = scrm_bayes_class(m, v.type == SCRM_JSON_TRUE ? "spam" : "ham");
	} else {
		scrm_buf lb = SCRM_BUF_INIT;
		const char *label = scrm_record_string(rec, "label", &lb, &ln);
		if (label && ln < 16) {
			char name[16];
			memcpy(name, label, ln);
			name[ln] = '\0';
			cls = scrm_bayes_class(m, name);
		}
		scrm_buf_free(&lb);
	}
	if (!text || cls < 0) {
		*why = !text ? "no \"text\" to learn from" : "no label (\"label\": \"spam\"/\"ham\" or \"spam\": true/false)";
		scrm_buf_free(&s);
		return false;
	}
	scrm_normalize_text(text, n, &norm, &tmp);
	scrm_normalize_fold(norm.data ? norm.data : "", norm.len, &folded);
	scrm_spam_train(m, (size_t)cls, folded.data ? folded.data : "", folded.len);
	scrm_buf *bufs[] = { &s, &norm, &tmp, &folded };
	for (size_t i = 0; i < 4; i++)
		scrm_buf_free(bufs[i]);
	return true;
}
