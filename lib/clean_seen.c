/* clean_seen.c - see clean_seen.h. */
#include "clean_seen.h"

#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "simhash.h"

enum { KEY_ID, KEY_TEXT, KEY_URL, NKEYS, MAX_INDEXES = NKEYS + SCRM_SEEN_MAX_DISTANCE + 1 };

#define SEEN_MAGIC "scrm-clean-seen 1"

/* Cold fields, read only once a key matched. */
typedef struct entry {
	uint64_t source, author, last_author;
	int64_t time;
	unsigned long copies;
	unsigned other_authors;
	char *id;
} entry;

/* What a chain walk reads of a slot, in one cache line: a visit costs one miss, not three. */
typedef struct hot {
	_Alignas(64) uint64_t seq;   /* insertion number from 1; 0: empty slot */
	uint64_t fp;
	int32_t next[MAX_INDEXES];   /* per index: next older slot in the same bucket, -1: none */
} hot;

/*
 * The ring is kept as parallel arrays so that walking a chain touches only
 * the hot part of each slot; exact keys and the cold entry are read once a
 * bucket matched.
 */
struct scrm_seen {
	size_t window;
	int64_t seconds;
	int distance;
	int nindexes;             /* NKEYS + distance + 1 */
	uint64_t last;            /* last insertion number (from 1) */
	hot *hot;                 /* per slot */
	uint64_t *keys;           /* per slot, NKEYS */
	entry *ring;              /* per slot */
	int32_t *heads;           /* NKEYS tables of mask + 1 slots, then distance + 1 of band_mask + 1; -1: empty */
	uint64_t mask;            /* of the exact-key tables; a band table has no more slots than band values */
	uint64_t band_mask;
	scrm_seen_counts_fn counts_fn;
	void *counts_ctx;
};

/* A chain walk visits at most this many entries: work per record stays bounded even when
 * thousands of originals share a band (templated bot texts with a random suffix). */
#define MAX_VISIT 16

static uint64_t band(const scrm_seen *s, uint64_t fp, int j)
{
	int nb = s->distance + 1, lo = j * 64 / nb, hi = (j + 1) * 64 / nb;
	uint64_t v = fp >> lo;
	return hi - lo == 64 ? v : v & ((1ULL << (hi - lo)) - 1);
}

static uint64_t key_of(const scrm_seen *s, size_t slot, int x)
{
	if (x < NKEYS)
		return s->keys[slot * NKEYS + (size_t)x];
	return s->hot[slot].fp ? band(s, s->hot[slot].fp, x - NKEYS) : 0;
}

static uint64_t bucket(const scrm_seen *s, int x, uint64_t key)
{
	return ((key + (uint64_t)x) * 0x9e3779b97f4a7c15ULL >> 20) & (x < NKEYS ? s->mask : s->band_mask);
}

/* The chain head of index x for bucket b. */
static int32_t *head_of(const scrm_seen *s, int x, uint64_t b)
{
	size_t exact = s->mask + 1, bands = s->band_mask + 1;
	return &s->heads[x < NKEYS ? (size_t)x * exact + b : NKEYS * exact + (size_t)(x - NKEYS) * bands + b];
}

scrm_seen *scrm_seen_new(size_t window, int64_t seconds, int distance)
{
	scrm_seen *s = scrm_xcalloc(1, sizeof *s);
	uint64_t size = 1;

	if (window < 1)
		window = 1;
	if (distance < 0)
		distance = 0;
	if (distance > SCRM_SEEN_MAX_DISTANCE)
		distance = SCRM_SEEN_MAX_DISTANCE;
	while (size < 2 * (uint64_t)window)
		size <<= 1;
	s->window = window;
	s->seconds = seconds;
	s->distance = distance;
	s->nindexes = NKEYS + distance + 1;
	s->mask = size - 1;
	/* 16-bit bands (distance 3) have 65536 values: a bigger table would only spread misses. */
	int width = (64 + distance) / (distance + 1);
	s->band_mask = width < 63 && (1ULL << width) < size ? (1ULL << width) - 1 : size - 1;
	size_t nheads = NKEYS * size + (size_t)(distance + 1) * (s->band_mask + 1);
	s->hot = aligned_alloc(_Alignof(hot), window * sizeof *s->hot);
	if (!s->hot)
		scrm_die(SCRM_EXIT_IO, "out of memory");
	memset(s->hot, 0, window * sizeof *s->hot);
	s->keys = scrm_xcalloc(window * NKEYS, sizeof *s->keys);
	s->ring = scrm_xcalloc(window, sizeof *s->ring);
	s->heads = scrm_xmalloc(nheads * sizeof *s->heads);
	memset(s->heads, 0xff, nheads * sizeof *s->heads);
	return s;
}

void scrm_seen_on_counts(scrm_seen *s, scrm_seen_counts_fn fn, void *ctx)
{
	s->counts_fn = fn;
	s->counts_ctx = ctx;
}

void scrm_seen_free(scrm_seen *s)
{
	if (!s)
		return;
	for (size_t i = 0; i < s->window; i++)
		free(s->ring[i].id);
	free(s->hot);
	free(s->keys);
	free(s->ring);
	free(s->heads);
	free(s);
}

static bool expired(const scrm_seen *s, size_t slot, int64_t now)
{
	if (s->seconds <= 0 || now == SCRM_SEEN_NO_TIME)
		return false;
	int64_t t = s->ring[slot].time;
	return t != SCRM_SEEN_NO_TIME && t < now - s->seconds;
}

/*
 * Walks the chain of index x at bucket b, newest first, calling visit for
 * each live entry until it returns true (then returns that slot, else -1).
 * A chain is cut where it reaches a slot reused since it was linked: the
 * reused slot is newer than its predecessor (or, at the head, sits in
 * another bucket).
 */
typedef bool (*visit_fn)(const scrm_seen *s, size_t slot, const scrm_seen_item *it, void *ctx);

static long walk(const scrm_seen *s, int x, uint64_t b, const scrm_seen_item *it, visit_fn visit, void *ctx)
{
	int32_t slot = *head_of(s, x, b);
	uint64_t prev = UINT64_MAX;

	for (int n = 0; slot >= 0 && n < MAX_VISIT; n++) {
		size_t i = (size_t)slot;
		const hot *h = &s->hot[i];
		if (h->seq == 0 || h->seq >= prev)
			break;
		uint64_t k = key_of(s, i, x);
		if (!k || bucket(s, x, k) != b)
			break;
		if (!expired(s, i, it->time) && visit(s, i, it, ctx))
			return slot;
		prev = h->seq;
		slot = h->next[x];
	}
	return -1;
}

typedef struct exact_ctx {
	int x;
	uint64_t key;
} exact_ctx;

static bool visit_exact(const scrm_seen *s, size_t slot, const scrm_seen_item *it, void *ctx)
{
	const exact_ctx *c = ctx;
	return s->keys[slot * NKEYS + (size_t)c->x] == c->key &&
	       (c->x != KEY_URL || s->ring[slot].source != it->source);
}

typedef struct near_ctx {
	int j;
	long best;
	int best_d;
} near_ctx;

static bool visit_near(const scrm_seen *s, size_t slot, const scrm_seen_item *it, void *ctx)
{
	near_ctx *c = ctx;
	uint64_t fp = s->hot[slot].fp;
	if (!fp || band(s, fp, c->j) != band(s, it->fp, c->j))
		return false;
	int d = scrm_hamming(fp, it->fp);
	if (d <= s->distance && (c->best < 0 || d < c->best_d ||
	                         (d == c->best_d && s->hot[slot].seq < s->hot[c->best].seq))) {
		c->best = (long)slot;
		c->best_d = d;
	}
	return false;
}

static void report_counts(scrm_seen *s, const entry *e)
{
	if (e->copies && s->counts_fn)
		s->counts_fn(s->counts_ctx, e->id ? e->id : "", e->copies);
}

static void insert(scrm_seen *s, const scrm_seen_item *it)
{
	uint64_t seq = ++s->last;
	size_t slot = (size_t)((seq - 1) % s->window);
	entry *e = &s->ring[slot];

	if (s->hot[slot].seq) {
		report_counts(s, e);
		free(e->id);
	}
	memset(e, 0, sizeof *e);
	s->hot[slot].seq = seq;
	s->hot[slot].fp = it->fp;
	s->keys[slot * NKEYS + KEY_ID] = it->id_key;
	s->keys[slot * NKEYS + KEY_TEXT] = it->text_key;
	s->keys[slot * NKEYS + KEY_URL] = it->url_key;
	e->source = it->source;
	e->author = it->author;
	e->time = it->time;
	e->id = it->id ? scrm_xstrdup(it->id) : NULL;
	for (int x = 0; x < s->nindexes; x++) {
		uint64_t k = key_of(s, slot, x);
		int32_t *next = &s->hot[slot].next[x];
		*next = -1;
		if (!k)
			continue;
		int32_t *head = head_of(s, x, bucket(s, x, k));
		*next = *head;
		*head = (int32_t)slot;
	}
}

void scrm_seen_check(scrm_seen *s, const scrm_seen_item *it, scrm_dup_result *r)
{
	static const scrm_dup_kind kinds[NKEYS] = { SCRM_DUP_ID, SCRM_DUP_TEXT, SCRM_DUP_URL };
	const uint64_t keys[NKEYS] = { it->id_key, it->text_key, it->url_key };
	long found = -1;

	uint64_t b[MAX_INDEXES];

	memset(r, 0, sizeof *r);
	if (!it->id_key && !it->text_key && !it->url_key && !it->fp)
		return;   /* nothing to compare it with, nor to remember */
	/* The heads are scattered over megabytes: fetch them all at once rather than miss one by one. */
	for (int x = 0; x < s->nindexes; x++) {
		b[x] = bucket(s, x, x < NKEYS ? keys[x] : band(s, it->fp, x - NKEYS));
		__builtin_prefetch(head_of(s, x, b[x]));
	}
	for (int x = 0; x < NKEYS && found < 0; x++) {
		if (!keys[x])
			continue;
		exact_ctx c = { x, keys[x] };
		found = walk(s, x, b[x], it, visit_exact, &c);
		if (found >= 0)
			r->kind = kinds[x];
	}
	if (found < 0 && it->fp) {
		near_ctx c = { 0, -1, 0 };
		for (c.j = 0; c.j <= s->distance; c.j++)
			walk(s, NKEYS + c.j, b[NKEYS + c.j], it, visit_near, &c);
		if (c.best >= 0) {
			found = c.best;
			r->kind = SCRM_DUP_NEAR;
			r->distance = c.best_d;
		}
	}
	if (found < 0) {
		insert(s, it);
		return;
	}
	entry *e = &s->ring[found];
	/* A record fetched twice is not amplification; any other copy is. */
	if (r->kind != SCRM_DUP_ID) {
		e->copies++;
		if (r->kind == SCRM_DUP_NEAR && !it->repost && it->author && it->author != e->author &&
		    it->author != e->last_author) {
			e->other_authors++;
			e->last_author = it->author;
		}
	}
	r->of = e->id;
	r->copies = e->copies;
	r->other_authors = e->other_authors;
}

/* Visits live entries oldest first. */
static void each_entry(const scrm_seen *s, void (*fn)(const scrm_seen *, size_t, void *), void *ctx)
{
	uint64_t first = s->last > s->window ? s->last - s->window + 1 : 1;
	for (uint64_t q = first; q <= s->last; q++)
		fn(s, (size_t)((q - 1) % s->window), ctx);
}

static void flush_one(const scrm_seen *s, size_t slot, void *ctx)
{
	scrm_seen *w = ctx;
	(void)s;
	report_counts(w, &w->ring[slot]);
}

void scrm_seen_flush(scrm_seen *s)
{
	each_entry(s, flush_one, s);
	for (size_t i = 0; i < s->window; i++)
		s->ring[i].copies = 0;
}

static void dump_one(const scrm_seen *s, size_t slot, void *ctx)
{
	scrm_buf *out = ctx;
	const entry *e = &s->ring[slot];
	const uint64_t *k = &s->keys[slot * NKEYS];
	scrm_buf_printf(out, "%016" PRIx64 " %016" PRIx64 " %016" PRIx64 " %016" PRIx64 " %016" PRIx64
	                " %016" PRIx64 " ", s->hot[slot].fp, k[KEY_ID], k[KEY_TEXT], k[KEY_URL],
	                e->source, e->author);
	if (e->time == SCRM_SEEN_NO_TIME)
		scrm_buf_putc(out, '-');
	else
		scrm_buf_printf(out, "%" PRId64, e->time);
	if (!e->id) {
		scrm_buf_puts(out, " -\n");
		return;
	}
	scrm_buf_puts(out, " =");
	for (const char *p = e->id; *p; p++) {
		if (*p == '\\')
			scrm_buf_puts(out, "\\\\");
		else if (*p == '\n')
			scrm_buf_puts(out, "\\n");
		else
			scrm_buf_putc(out, *p);
	}
	scrm_buf_putc(out, '\n');
}

void scrm_seen_dump(const scrm_seen *s, scrm_buf *out)
{
	scrm_buf_puts(out, SEEN_MAGIC "\n");
	each_entry(s, dump_one, out);
}

static bool parse_hex(const char **p, const char *end, uint64_t *v)
{
	char *stop;
	if (*p >= end || **p == ' ' || **p == '-')
		return false;
	errno = 0;
	*v = strtoull(*p, &stop, 16);
	if (errno || stop == *p || stop >= end || *stop != ' ')
		return false;
	*p = stop + 1;
	return true;
}

static bool parse_line(scrm_seen *s, const char *p, const char *end, scrm_buf *id)
{
	scrm_seen_item it;
	uint64_t *fields[6] = { &it.fp, &it.id_key, &it.text_key, &it.url_key, &it.source, &it.author };

	memset(&it, 0, sizeof it);
	for (int i = 0; i < 6; i++)
		if (!parse_hex(&p, end, fields[i]))
			return false;
	if (p < end && *p == '-') {
		it.time = SCRM_SEEN_NO_TIME;
		p++;
	} else {
		char *stop;
		errno = 0;
		long long t = strtoll(p, &stop, 10);
		if (errno || stop == p || stop > end)
			return false;
		it.time = t;
		p = stop;
	}
	if (p >= end || *p++ != ' ' || p >= end)
		return false;
	if (*p == '=') {
		scrm_buf_clear(id);
		for (p++; p < end; p++) {
			if (*p == '\\' && p + 1 < end) {
				p++;
				scrm_buf_putc(id, *p == 'n' ? '\n' : *p);
			} else {
				scrm_buf_putc(id, *p);
			}
		}
		scrm_buf_putc(id, '\0');
		it.id = id->data;
	} else if (!(*p == '-' && p + 1 == end)) {
		return false;
	}
	insert(s, &it);
	return true;
}

bool scrm_seen_load(scrm_seen *s, const char *text, size_t n, scrm_buf *err)
{
	const char *p = text, *end = text + n;
	scrm_buf id = SCRM_BUF_INIT;
	unsigned long line = 1;
	size_t magic = strlen(SEEN_MAGIC);

	if (n < magic + 1 || memcmp(text, SEEN_MAGIC "\n", magic + 1) != 0) {
		scrm_buf_puts(err, "not a scrm-clean seen file");
		return false;
	}
	p += magic + 1;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		line++;
		if (!parse_line(s, p, eol, &id)) {
			scrm_buf_printf(err, "line %lu: malformed entry", line);
			scrm_buf_free(&id);
			return false;
		}
		p = nl ? nl + 1 : end;
	}
	scrm_buf_free(&id);
	return true;
}
