/* clean_seen.c - see clean_seen.h. */
#include "clean_seen.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bigalloc.h"
#include "msg.h"
#include "simhash.h"

/* Index numbers: the exact keys, then the bands (index NKEYS + j is band j). */
enum { KEY_ID, KEY_TEXT, KEY_URL, KEY_HEAD, KEY_EVEN, KEY_ODD, NKEYS,
       MAX_INDEXES = NKEYS + SCRM_SEEN_MAX_DISTANCE + 1 };

/* Version 2 added the head, the starts and the halves; a version 1 file is
 * read as having none. Version 3 hashes the next word's start into each
 * start: a version 2 file's starts are read as none (its originals are
 * still found by every rule but the cut). */
#define SEEN_MAGIC "scrm-clean-seen 3"
#define SEEN_MAGIC_V2 "scrm-clean-seen 2"
#define SEEN_MAGIC_V1 "scrm-clean-seen 1"

/* Cold fields, read only once a key matched. */
typedef struct entry {
	uint64_t source, author, last_author;
	int64_t time;
	unsigned long copies;
	unsigned other_authors;
	char *id;
	uint16_t checks[SCRM_SEEN_CHECKS];   /* read only for a text cut short whose head matched */
} entry;

/* What a chain walk reads of a slot, within one cache line: a visit costs one miss, not three. */
typedef struct hot {
	_Alignas(32) uint64_t seq;   /* insertion number from 1; 0: empty slot */
	uint64_t fp;
	int32_t next[NKEYS];         /* per exact key: next older slot in the same bucket, -1: none */
} hot;

/*
 * The id of a copy, and the original it is a copy of (by insertion
 * number): a copy fetched again is a record fetched twice, not one more
 * copy. Only originals have a slot of the ring; copies' ids are kept in a
 * table as big as the exact keys' heads, one id a bucket, the newest: an
 * id pushed out by another is then counted again when fetched again, as
 * every copy was before these were kept.
 */
typedef struct copy_id {
	uint64_t key;    /* the id's hash; 0: empty */
	uint64_t seq;    /* the original's insertion number */
} copy_id;

/*
 * The ring is kept as parallel arrays so that walking a chain touches only
 * the hot part of each slot; exact keys and the cold entry are read once a
 * bucket matched. Exact keys are chained per bucket; bands keep their
 * buckets' newest entries in place (see RECENT).
 */
struct scrm_seen {
	size_t window;
	int64_t seconds;
	int distance;
	uint64_t last;            /* last insertion number (from 1) */
	size_t last_slot;         /* its slot, (last - 1) % window */
	hot *hot;                 /* per slot */
	uint64_t *keys;           /* per slot, NKEYS */
	entry *ring;              /* per slot */
	int32_t *heads;           /* NKEYS tables of mask + 1 chain heads; -1: empty */
	uint64_t *recent;         /* distance + 1 tables of band_mask + 1 buckets of RECENT entries */
	uint64_t mask;            /* of the exact-key tables; a band table has no more slots than band values */
	uint64_t band_mask;
	uint8_t band_lo[SCRM_SEEN_MAX_DISTANCE + 1];   /* band j is bits [band_lo[j], band_hi[j]) of a fingerprint */
	uint8_t band_hi[SCRM_SEEN_MAX_DISTANCE + 1];   /* (worked out once: the divisions cost per candidate) */
	copy_id *copy_ids;        /* the ids of copies, direct-mapped (see copy_id) */
	uint64_t copy_mask;
	scrm_seen_counts_fn counts_fn;
	void *counts_ctx;
};

/* A chain walk visits at most this many entries: work per record stays bounded even when
 * thousands of originals share a band (templated bot texts with a random suffix). */
#define MAX_VISIT 16

/*
 * A band bucket keeps the RECENT (= MAX_VISIT) entries last put in it,
 * newest first, each as a 24-bit fold of its fingerprint and its insertion
 * number (40 bits, so at most 2^40 records a run; 0: none): a lookup reads
 * the bucket's two cache lines instead of missing once per entry of a
 * chain (the corpus's texts share sentences, so buckets fill), and goes to
 * an entry only when the fold says it may be near. The fold XORs together
 * bits of the fingerprint outside the band (entries of a bucket mostly
 * share it), each bit into one place, so the fold's distance never exceeds
 * the fingerprint's.
 */
#define RECENT MAX_VISIT
#define SEQ_BITS 40
#define SEQ_MASK ((UINT64_C(1) << SEQ_BITS) - 1)

static uint64_t fold24(const scrm_seen *s, uint64_t fp, int j)
{
	int lo = s->band_lo[j], hi = s->band_hi[j];
	if (hi - lo < 64)   /* a single band is the whole fingerprint: fold it all */
		fp &= ~(((UINT64_C(1) << (hi - lo)) - 1) << lo);
	fp = (fp ^ fp >> 32) & 0xffffffff;
	return (fp ^ fp >> 24) & 0xffffff;
}

static uint64_t band(const scrm_seen *s, uint64_t fp, int j)
{
	int lo = s->band_lo[j], hi = s->band_hi[j];
	uint64_t v = fp >> lo;
	return hi - lo == 64 ? v : v & ((1ULL << (hi - lo)) - 1);
}

/* Band j's buckets are salted with BAND_SALT + j: the salt it had before
 * the head key came, so that near duplicates are found as before. */
#define BAND_SALT 3

static uint64_t bucket(const scrm_seen *s, int x, uint64_t key)
{
	uint64_t salt = x < NKEYS ? (uint64_t)x : (uint64_t)(x - NKEYS + BAND_SALT);
	return ((key + salt) * 0x9e3779b97f4a7c15ULL >> 20) & (x < NKEYS ? s->mask : s->band_mask);
}

/* The chain head of exact key x for bucket b. */
static int32_t *head_of(const scrm_seen *s, int x, uint64_t b)
{
	return &s->heads[(size_t)x * (s->mask + 1) + b];
}

/* The RECENT entries of band j's bucket b. */
static uint64_t *recent_of(const scrm_seen *s, int j, uint64_t b)
{
	return &s->recent[((size_t)j * (s->band_mask + 1) + b) * RECENT];
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
	for (int j = 0; j <= distance; j++) {
		s->band_lo[j] = (uint8_t)(j * 64 / (distance + 1));
		s->band_hi[j] = (uint8_t)((j + 1) * 64 / (distance + 1));
	}
	s->mask = size - 1;
	/* 16-bit bands (distance 3) have 65536 values: a bigger table would only spread misses. */
	int width = (64 + distance) / (distance + 1);
	s->band_mask = width < 63 && (1ULL << width) < size ? (1ULL << width) - 1 : size - 1;
	size_t nheads = NKEYS * size, nrecent = (size_t)(distance + 1) * (s->band_mask + 1) * RECENT;
	s->hot = scrm_big_alloc(window * sizeof *s->hot);
	s->keys = scrm_xcalloc(window * NKEYS, sizeof *s->keys);
	s->ring = scrm_xcalloc(window, sizeof *s->ring);
	s->heads = scrm_big_alloc(nheads * sizeof *s->heads);
	memset(s->heads, 0xff, nheads * sizeof *s->heads);
	s->recent = scrm_big_alloc(nrecent * sizeof *s->recent);
	s->copy_mask = size - 1;
	s->copy_ids = scrm_big_alloc(size * sizeof *s->copy_ids);
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
	scrm_big_free(s->hot, s->window * sizeof *s->hot);
	free(s->keys);
	free(s->ring);
	scrm_big_free(s->heads, NKEYS * (s->mask + 1) * sizeof *s->heads);
	scrm_big_free(s->recent, (size_t)(s->distance + 1) * (s->band_mask + 1) * RECENT * sizeof *s->recent);
	scrm_big_free(s->copy_ids, (s->copy_mask + 1) * sizeof *s->copy_ids);
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
		uint64_t k = s->keys[i * NKEYS + (size_t)x];
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
	if (s->keys[slot * NKEYS + (size_t)c->x] != c->key)
		return false;
	if (c->x == KEY_URL)
		return s->ring[slot].source != it->source;
	if (c->x == KEY_HEAD)
		return it->cut_check < 0 || s->ring[slot].checks[it->cut_check] == it->checks[it->cut_check];
	return true;
}

/*
 * The nearest live original within the distance (ties: the oldest) among
 * the RECENT newest entries of each band's bucket b[0..distance], or -1;
 * *dist its distance. The entries of a bucket are newest first: the first
 * forgotten one ends it. The candidates that the folds let through are
 * gathered first and their slots prefetched, so that their cache misses
 * overlap; the answer, a minimum, does not depend on the order they are
 * weighed in.
 */
static long near(const scrm_seen *s, const uint64_t *b, const scrm_seen_item *it, int *dist)
{
	size_t cand[(SCRM_SEEN_MAX_DISTANCE + 1) * RECENT];
	uint8_t cand_band[(SCRM_SEEN_MAX_DISTANCE + 1) * RECENT];
	size_t nc = 0;

	for (int j = 0; j <= s->distance; j++) {
		const uint64_t *r = recent_of(s, j, b[j]);
		uint64_t fold = fold24(s, it->fp, j);
		for (int n = 0; n < RECENT && r[n]; n++) {
			uint64_t age = (s->last - r[n]) & SEQ_MASK;
			if (age >= s->window)
				break;
			if (scrm_hamming(r[n] >> SEQ_BITS, fold) > s->distance)
				continue;
			/* The slot of insertion last - age, without a division. */
			size_t i = age <= s->last_slot ? s->last_slot - (size_t)age : s->last_slot + s->window - (size_t)age;
			__builtin_prefetch(&s->hot[i]);
			cand[nc] = i;
			cand_band[nc++] = (uint8_t)j;
		}
	}
	long best = -1;
	int best_d = 0;
	for (size_t c = 0; c < nc; c++) {
		size_t i = cand[c];
		const hot *h = &s->hot[i];
		if (band(s, h->fp, cand_band[c]) != band(s, it->fp, cand_band[c]))
			continue;   /* another band value in the same bucket */
		int d = scrm_hamming(h->fp, it->fp);
		if (d <= s->distance && (best < 0 || d < best_d || (d == best_d && h->seq < s->hot[best].seq)) &&
		    !expired(s, i, it->time)) {
			best = (long)i;
			best_d = d;
		}
	}
	*dist = best_d;
	return best;
}

static void report_counts(scrm_seen *s, const entry *e)
{
	if (e->copies && s->counts_fn)
		s->counts_fn(s->counts_ctx, e->id && *e->id ? e->id : NULL, e->copies);
}

static void insert(scrm_seen *s, const scrm_seen_item *it)
{
	uint64_t seq = ++s->last;
	size_t slot = (size_t)((seq - 1) % s->window);
	s->last_slot = slot;
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
	s->keys[slot * NKEYS + KEY_HEAD] = it->head_key;
	s->keys[slot * NKEYS + KEY_EVEN] = it->even_key;
	s->keys[slot * NKEYS + KEY_ODD] = it->odd_key;
	e->source = it->source;
	e->author = it->author;
	e->time = it->time;
	e->id = it->id ? scrm_xstrdup(it->id) : NULL;
	memcpy(e->checks, it->checks, sizeof e->checks);
	for (int x = 0; x < NKEYS; x++) {
		uint64_t k = s->keys[slot * NKEYS + (size_t)x];
		int32_t *next = &s->hot[slot].next[x];
		*next = -1;
		if (!k)
			continue;
		int32_t *head = head_of(s, x, bucket(s, x, k));
		*next = *head;
		*head = (int32_t)slot;
	}
	for (int j = 0; it->fp && j <= s->distance; j++) {
		uint64_t k = band(s, it->fp, j);
		if (!k)
			continue;   /* a zero band is no key: such entries are found through the other bands */
		uint64_t *r = recent_of(s, j, bucket(s, NKEYS + j, k));
		memmove(r + 1, r, (RECENT - 1) * sizeof *r);
		r[0] = fold24(s, it->fp, j) << SEQ_BITS | (seq & SEQ_MASK);
	}
}

/*
 * The buckets of item's keys and bands into b, their heads and band slots
 * prefetched (again, if scrm_seen_prefetch() did: that costs little). A
 * band bucket is read and rewritten for this record only, then not for a
 * long while (32 MB of them by default): fetched without temporal
 * locality, so that it does not push the language model's hot lines out
 * of the caches.
 */
static inline void buckets(const scrm_seen *s, const scrm_seen_item *it, const uint64_t keys[NKEYS],
                           uint64_t b[MAX_INDEXES])
{
	for (int x = 0; x < NKEYS; x++) {
		b[x] = bucket(s, x, keys[x]);
		__builtin_prefetch(head_of(s, x, b[x]));
	}
	for (int j = 0; j <= s->distance; j++) {
		b[NKEYS + j] = bucket(s, NKEYS + j, band(s, it->fp, j));
		const uint64_t *rb = recent_of(s, j, b[NKEYS + j]);
		__builtin_prefetch(rb, 0, 0);
		__builtin_prefetch(rb + RECENT - 1, 0, 0);
	}
}

/* The keys a lookup asks for: a text cut short looks for originals whose
 * head is its own, the others for their equals. */
static void lookup_keys(const scrm_seen_item *it, uint64_t keys[NKEYS])
{
	keys[KEY_ID] = it->id_key;
	keys[KEY_TEXT] = it->text_key;
	keys[KEY_URL] = it->url_key;
	keys[KEY_HEAD] = it->cut_key;
	keys[KEY_EVEN] = it->even_key;
	keys[KEY_ODD] = it->odd_key;
}

void scrm_seen_prefetch(const scrm_seen *s, const scrm_seen_item *it)
{
	uint64_t keys[NKEYS];
	lookup_keys(it, keys);
	uint64_t b[MAX_INDEXES];

	buckets(s, it, keys, b);
}

static copy_id *copy_slot(const scrm_seen *s, uint64_t id_key)
{
	return &s->copy_ids[(id_key * 0x9e3779b97f4a7c15ULL >> 20) & s->copy_mask];
}

/* Keeps the id of a copy of the original inserted as seq. */
static void remember_copy(scrm_seen *s, uint64_t id_key, uint64_t seq)
{
	if (id_key)
		*copy_slot(s, id_key) = (copy_id){ id_key, seq };
}

/* The slot of the live original of which a copy with item's id was seen, or -1. */
static long copy_fetched_again(const scrm_seen *s, const scrm_seen_item *it)
{
	if (!it->id_key)
		return -1;
	const copy_id *c = copy_slot(s, it->id_key);
	if (c->key != it->id_key || !c->seq)
		return -1;
	size_t slot = (size_t)((c->seq - 1) % s->window);
	if (s->hot[slot].seq != c->seq || expired(s, slot, it->time))
		return -1;   /* the original was forgotten: so is its copy */
	return (long)slot;
}

/* The live original that exact key x (of value key, bucket b) finds, its kind set in *r; or -1. */
static long exact(const scrm_seen *s, int x, uint64_t key, uint64_t b, const scrm_seen_item *it,
                  scrm_dup_result *r)
{
	static const scrm_dup_kind kinds[NKEYS] = { SCRM_DUP_ID, SCRM_DUP_TEXT, SCRM_DUP_URL, SCRM_DUP_CUT,
	                                            SCRM_DUP_EDIT, SCRM_DUP_EDIT };
	if (!key)
		return -1;
	exact_ctx c = { x, key };
	long found = walk(s, x, b, it, visit_exact, &c);
	if (found >= 0)
		r->kind = kinds[x];
	return found;
}

void scrm_seen_check(scrm_seen *s, const scrm_seen_item *it, scrm_dup_result *r)
{
	uint64_t keys[NKEYS];
	long found = -1;

	uint64_t b[MAX_INDEXES];

	lookup_keys(it, keys);
	memset(r, 0, sizeof *r);
	if (!it->id_key && !it->text_key && !it->url_key && !it->head_key && !it->cut_key && !it->even_key &&
	    !it->odd_key && !it->fp)
		return;   /* nothing to compare it with, nor to remember */
	/* Fetched at once rather than missed one by one (when the caller
	 * has not had them fetched already). */
	buckets(s, it, keys, b);
	/* Then the newest slot of each exact key's chain: what the walks below read first. */
	for (int x = 0; x < NKEYS; x++) {
		int32_t slot = keys[x] ? *head_of(s, x, b[x]) : -1;
		if (slot >= 0) {
			__builtin_prefetch(&s->hot[slot]);
			__builtin_prefetch(&s->keys[(size_t)slot * NKEYS + (size_t)x]);
		}
	}
	/* The edited copies last: a copy near by its SimHash is a near
	 * duplicate, as it was before they were looked for. The halves are
	 * remembered whatever the distance, for a later run's sake. */
	if ((found = copy_fetched_again(s, it)) >= 0)
		r->kind = SCRM_DUP_ID;
	for (int x = 0; x < KEY_EVEN && found < 0; x++)
		found = exact(s, x, keys[x], b[x], it, r);
	if (found < 0 && it->fp) {
		int d;
		found = near(s, b + NKEYS, it, &d);
		if (found >= 0) {
			r->kind = SCRM_DUP_NEAR;
			r->distance = d;
		}
	}
	/* --distance 0 asks for no fuzzy match: not this one either. */
	for (int x = KEY_EVEN; x < NKEYS && found < 0 && s->distance > 0; x++)
		found = exact(s, x, keys[x], b[x], it, r);
	if (found < 0) {
		insert(s, it);
		return;
	}
	entry *e = &s->ring[found];
	/* A record fetched twice is not amplification; any other copy is. */
	if (r->kind != SCRM_DUP_ID) {
		remember_copy(s, it->id_key, s->hot[found].seq);
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

/* The insertion number of the oldest live entry (1 when none was forgotten). */
static uint64_t first_live(const scrm_seen *s)
{
	return s->last > s->window ? s->last - s->window + 1 : 1;
}

/* Visits live entries oldest first. */
static void each_entry(const scrm_seen *s, void (*fn)(const scrm_seen *, size_t, void *), void *ctx)
{
	for (uint64_t q = first_live(s); q <= s->last; q++)
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

/* Writes v in decimal at p; returns the end. (printf was a few percent of a run with --seen.) */
static char *put_dec(char *p, int64_t v)
{
	char d[24], *q = d + sizeof d;
	uint64_t mag = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	do {
		*--q = (char)('0' + mag % 10);
		mag /= 10;
	} while (mag);
	if (v < 0)
		*--q = '-';
	size_t n = (size_t)(d + sizeof d - q);
	memcpy(p, q, n);
	return p + n;
}

/* The eight hex digits of the 32 bits of v, most significant first, as the bytes of a word in memory order. */
static inline uint64_t hex8(uint32_t v)
{
	uint64_t x = v;
	/* Spread the nibbles one a byte, the lowest nibble in the lowest byte. */
	x = (x | x << 16) & UINT64_C(0x0000ffff0000ffff);
	x = (x | x << 8) & UINT64_C(0x00ff00ff00ff00ff);
	x = (x | x << 4) & UINT64_C(0x0f0f0f0f0f0f0f0f);
	/* 'a' - '0' - 10 more where a nibble is 10 or more. */
	uint64_t letter = ((x + UINT64_C(0x0606060606060606)) >> 4) & UINT64_C(0x0101010101010101);
	x += UINT64_C(0x3030303030303030) + letter * ('a' - '0' - 10);
	/* The most significant digit, in the highest byte, first in memory. */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return x;
#else
	return __builtin_bswap64(x);
#endif
}

/* Writes v as 16 lower-case hex digits and a space at p, as printf's "%016" PRIx64 " " would; returns the end. */
static char *put_hex(char *p, uint64_t v)
{
	uint64_t hi = hex8((uint32_t)(v >> 32)), lo = hex8((uint32_t)v);
	memcpy(p, &hi, 8);
	memcpy(p + 8, &lo, 8);
	p[16] = ' ';
	return p + 17;
}

/* The longest dump line before its id: nine keys, the checks, a time (up to 20 bytes), " -\n" or " =". */
#define DUMP_FIELDS 9
#define DUMP_HEAD (DUMP_FIELDS * 17 + SCRM_SEEN_CHECKS * 4 + 1 + 20 + 3)

/* Writes the checks as 4 hex digits each, then a space; "- " when there are none. Returns the end. */
static char *put_checks(char *p, const uint16_t *checks)
{
	if (!checks[0]) {   /* the shortest start: an original without it has none */
		memcpy(p, "- ", 2);
		return p + 2;
	}
	for (int j = 0; j < SCRM_SEEN_CHECKS; j += 2) {
		uint64_t h = hex8((uint32_t)checks[j] << 16 | checks[j + 1]);
		memcpy(p, &h, 8);
		p += 8;
	}
	*p++ = ' ';
	return p;
}

/* One line: the keys and time formatted in place, appended at once, then the id in runs between escapes. */
static void dump_one(const scrm_seen *s, size_t slot, void *ctx)
{
	scrm_buf *out = ctx;
	const entry *e = &s->ring[slot];
	const uint64_t *k = &s->keys[slot * NKEYS];
	const uint64_t v[DUMP_FIELDS] = { s->hot[slot].fp, k[KEY_ID], k[KEY_TEXT], k[KEY_URL], e->source, e->author,
	                                  k[KEY_HEAD], k[KEY_EVEN], k[KEY_ODD] };
	char head[DUMP_HEAD], *p = head;

	for (int i = 0; i < DUMP_FIELDS; i++)
		p = put_hex(p, v[i]);
	p = put_checks(p, e->checks);
	if (e->time == SCRM_SEEN_NO_TIME)
		*p++ = '-';
	else
		p = put_dec(p, e->time);
	if (!e->id) {
		memcpy(p, " -\n", 3);
		scrm_buf_append(out, head, (size_t)(p + 3 - head));
		return;
	}
	memcpy(p, " =", 2);
	scrm_buf_append(out, head, (size_t)(p + 2 - head));
	for (const char *q = e->id;;) {
		size_t run = strcspn(q, "\\\n");
		scrm_buf_append(out, q, run);
		q += run;
		if (!*q)
			break;
		scrm_buf_puts(out, *q == '\\' ? "\\\\" : "\\n");
		q++;
	}
	scrm_buf_putc(out, '\n');
}

/* The ids of copies whose original is live, after the entries: "+ KEY N",
 * N the original's place among the lines above (0 for the first). */
static void dump_copies(const scrm_seen *s, scrm_buf *out)
{
	uint64_t first = first_live(s);
	for (uint64_t i = 0; i <= s->copy_mask; i++) {
		const copy_id *c = &s->copy_ids[i];
		if (!c->key || c->seq < first || c->seq > s->last || s->hot[(c->seq - 1) % s->window].seq != c->seq)
			continue;
		char line[2 + 17 + 21], *p = line;
		memcpy(p, "+ ", 2);
		p = put_dec(put_hex(p + 2, c->key), (int64_t)(c->seq - first));
		*p++ = '\n';
		scrm_buf_append(out, line, (size_t)(p - line));
	}
}

void scrm_seen_dump(const scrm_seen *s, scrm_buf *out)
{
	uint64_t live = s->last < s->window ? s->last : s->window;
	/* Room for the lines up front (ids of a dozen bytes or so): no copy of a growing buffer on the way. */
	scrm_buf_reserve(out, (size_t)live * (DUMP_HEAD + 16) + 64);
	scrm_buf_puts(out, SEEN_MAGIC "\n");
	each_entry(s, dump_one, out);
	dump_copies(s, out);
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

/* The checks field: "- " or SCRM_SEEN_CHECKS runs of 4 hex digits, then a space. */
static bool parse_checks(const char **p, const char *end, uint16_t *checks)
{
	const char *q = *p;
	if (end - q >= 2 && q[0] == '-' && q[1] == ' ') {
		*p = q + 2;
		return true;
	}
	if (end - q < SCRM_SEEN_CHECKS * 4 + 1 || q[SCRM_SEEN_CHECKS * 4] != ' ')
		return false;
	for (int j = 0; j < SCRM_SEEN_CHECKS; j++) {
		uint16_t v = 0;
		for (int d = 0; d < 4; d++) {
			char c = *q++;
			int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
			if (x < 0)
				return false;
			v = (uint16_t)(v << 4 | x);
		}
		checks[j] = v;
	}
	*p = q + 1;
	return true;
}

/* One entry of a dump in the format of version (1, 2 or 3). */
static bool parse_line(scrm_seen *s, const char *p, const char *end, int version, scrm_buf *id)
{
	scrm_seen_item it;
	uint64_t *fields[DUMP_FIELDS] = { &it.fp, &it.id_key, &it.text_key, &it.url_key, &it.source, &it.author,
	                                  &it.head_key, &it.even_key, &it.odd_key };
	int nfields = version == 1 ? 6 : DUMP_FIELDS;

	memset(&it, 0, sizeof it);
	for (int i = 0; i < nfields; i++)
		if (!parse_hex(&p, end, fields[i]))
			return false;
	if (version >= 2 && !parse_checks(&p, end, it.checks))
		return false;
	if (version == 2)
		memset(it.checks, 0, sizeof it.checks);
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

/* A "+ KEY N" line of a dump of version 3: the id of a copy of the Nth
 * entry read, whose insertion number is then base + 1 + N. */
static bool parse_copy(scrm_seen *s, const char *p, const char *end, uint64_t base)
{
	uint64_t key;
	p += 2;
	if (!parse_hex(&p, end, &key) || p >= end || *p < '0' || *p > '9')
		return false;
	char *stop;
	errno = 0;
	unsigned long long n = strtoull(p, &stop, 10);
	if (errno || stop != end)
		return false;
	if (key && n < s->last - base)   /* its original was read (and the window kept it, if live) */
		remember_copy(s, key, base + 1 + n);
	return true;
}

bool scrm_seen_load(scrm_seen *s, const char *text, size_t n, scrm_buf *err)
{
	const char *p = text, *end = text + n;
	scrm_buf id = SCRM_BUF_INIT;
	unsigned long line = 1;
	size_t magic = strlen(SEEN_MAGIC);   /* every version's magic has its length */
	int version = 0;

	if (n >= magic + 1 && memcmp(text, SEEN_MAGIC "\n", magic + 1) == 0)
		version = 3;
	else if (n >= magic + 1 && memcmp(text, SEEN_MAGIC_V2 "\n", magic + 1) == 0)
		version = 2;
	else if (n >= magic + 1 && memcmp(text, SEEN_MAGIC_V1 "\n", magic + 1) == 0)
		version = 1;
	if (!version) {
		scrm_buf_puts(err, "not a scrm-clean seen file");
		return false;
	}
	p += magic + 1;
	uint64_t base = s->last;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *eol = nl ? nl : end;
		line++;
		bool copy = version >= 3 && eol - p >= 2 && p[0] == '+' && p[1] == ' ';
		if (copy ? !parse_copy(s, p, eol, base) : !parse_line(s, p, eol, version, &id)) {
			scrm_buf_printf(err, "line %lu: malformed entry", line);
			scrm_buf_free(&id);
			return false;
		}
		p = nl ? nl + 1 : end;
	}
	scrm_buf_free(&id);
	return true;
}
