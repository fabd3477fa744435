/*
 * langid_load.c - reads a language-identification model file into memory.
 *
 * File format (all integers little-endian), optionally gzip-compressed:
 *   "SCRMLID1"
 *   u32 nlangs (2..255), u32 nngrams, u32 npairs, u32 base (1..1000, added to every weight)
 *   nlangs x 8 bytes: language codes, NUL-padded
 *   nngrams x u64: n-gram keys (bytes of the n-gram, first byte lowest), distinct, non-zero
 *   nngrams x u8: number of (language, weight) pairs of each n-gram, 1..nlangs
 *   npairs x 2 bytes: language index, weight
 * scripts/langid/eld2model.py writes it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "bigalloc.h"
#include "datadir.h"
#include "langid.h"
#include "langid_model.h"
#include "msg.h"

#define MODEL_MAGIC "SCRMLID1"
#define MODEL_MAX_NGRAMS (1u << 24)
#define MODEL_NAME "clean/langid.bin"
#define PREFETCH_AHEAD 16

/* A byte cursor over the decompressed file; ok turns false on the first short read. */
typedef struct {
	const unsigned char *p, *end;
	int ok;
} cursor;

static const unsigned char *take(cursor *c, size_t n)
{
	if (!c->ok || (size_t)(c->end - c->p) < n) {
		c->ok = 0;
		return NULL;
	}
	const unsigned char *r = c->p;
	c->p += n;
	return r;
}

static uint32_t take_u32(cursor *c)
{
	const unsigned char *b = take(c, 4);
	return b ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24 : 0;
}

static uint64_t get_u64(const unsigned char *b)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | b[i];
	return v;
}

static void set_err(scrm_buf *err, const char *path, const char *why)
{
	if (err) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "%s: %s", path, why);
	}
}

/* Reads the whole (possibly gzip-compressed) file into buf; returns 0 or an errno-style failure text. */
static const char *slurp(const char *path, scrm_buf *buf)
{
	errno = 0;
	gzFile f = gzopen(path, "rb");
	if (!f)
		return errno ? strerror(errno) : "cannot open";
	const char *why = NULL;
	for (;;) {
		scrm_buf_reserve(buf, 1 << 16);
		int n = gzread(f, buf->data + buf->len, 1 << 16);
		if (n < 0) {
			int e;
			why = gzerror(f, &e);
			why = e == Z_ERRNO ? strerror(errno) : "corrupt compressed data";
			break;
		}
		if (n == 0)
			break;
		buf->len += (size_t)n;
	}
	if (gzclose(f) != Z_OK && !why)
		why = "read error";
	return why;
}

/*
 * Lays out count (language, weight) pairs as a row (see langid_model.h),
 * each weight plus base; false, the row left to be reused, when a
 * language's sum does not fit a byte. The languages are already checked.
 */
static int row_fill(uint8_t *row, const unsigned char *pairs, size_t count, unsigned base)
{
	memset(row, 0, SCRM_LANGID_ROW_LANGS);
	for (size_t k = 0; k < count; k++) {
		unsigned v = row[pairs[2 * k]] + pairs[2 * k + 1] + base;
		if (v > UINT8_MAX) {
			memset(row, 0, SCRM_LANGID_ROW_LANGS);
			return 0;
		}
		row[pairs[2 * k]] = (uint8_t)v;
	}
	return 1;
}

/* Builds the model from the decompressed bytes; NULL and *why set when they do not form a model. */
static scrm_langid *parse(const unsigned char *data, size_t len, const char **why)
{
	cursor c = { data, data + len, 1 };
	const unsigned char *magic = take(&c, 8);
	if (!magic || memcmp(magic, MODEL_MAGIC, 8) != 0) {
		*why = "not a scrm language model";
		return NULL;
	}
	uint32_t nlangs = take_u32(&c), nngrams = take_u32(&c), npairs = take_u32(&c), base = take_u32(&c);
	if (!c.ok || nlangs < 2 || nlangs > SCRM_LANGID_MAX_LANGS || nngrams == 0 || nngrams > MODEL_MAX_NGRAMS ||
	    npairs < nngrams || npairs >= SCRM_LANGID_MAX_PAIRS || npairs > (uint64_t)nngrams * nlangs ||
	    base == 0 || base > 1000) {
		*why = "bad model header";
		return NULL;
	}
	const unsigned char *codes = take(&c, (size_t)nlangs * 8);
	const unsigned char *keys = take(&c, (size_t)nngrams * 8);
	const unsigned char *counts = take(&c, nngrams);
	const unsigned char *pairs = take(&c, (size_t)npairs * 2);
	if (!c.ok || c.p != c.end) {
		*why = "model truncated or too long";
		return NULL;
	}

	scrm_langid *m = scrm_xcalloc(1, sizeof *m);
	m->nlangs = nlangs;
	m->base = base;
	m->codes = scrm_xcalloc(nlangs, sizeof *m->codes);
	for (size_t i = 0; i < nlangs; i++) {
		memcpy(m->codes[i], codes + 8 * i, 7);
		if (m->codes[i][0] == 0 || codes[8 * i + 7] != 0) {
			*why = "bad language code";
			goto fail;
		}
		const char *code = m->codes[i];
		if (code[0] >= 'a' && code[0] <= 'z' && code[1] >= 'a' && code[1] <= 'z' && code[2] == 0 && i < 255)
			m->by_code[(code[0] - 'a') * 26 + (code[1] - 'a')] = (uint8_t)(i + 1);
	}
	size_t size = 1;
	while (size < (size_t)nngrams * 2)
		size <<= 1;
	m->mask = size - 1;
	m->table = scrm_big_alloc(size * sizeof *m->table);
	m->npairs = npairs;
	m->pairs = scrm_big_alloc((size_t)npairs * 2 + 1);
	memcpy(m->pairs, pairs, (size_t)npairs * 2);
	for (size_t i = 0; i < npairs; i++)
		if (m->pairs[2 * i] >= nlangs) {
			*why = "language index out of range";
			goto fail;
		}

	/* Rows: counted first (the pairs are checked further down, the rows filled as they are). */
	size_t nrows = 0;
	if (nlangs <= SCRM_LANGID_ROW_LANGS)
		for (size_t i = 0; i < nngrams; i++)
			nrows += counts[i] >= SCRM_LANGID_ROW_MIN;
	if (nrows)
		m->rows = scrm_big_alloc(nrows * sizeof *m->rows);
	m->nrows = nrows;
	nrows = 0;

	/*
	 * In the file's order (by key in ours), n-grams land all over a table
	 * bigger than the cache: the slot of the n-gram PREFETCH_AHEAD places
	 * on is prefetched as each one is filled, so that the misses overlap
	 * instead of following one another (a third of the loading time).
	 */
	uint32_t first = 0;
	for (size_t i = 0; i < nngrams; i++) {
		scrm_langid_key k = get_u64(keys + 8 * i);
		if (k == 0 || counts[i] == 0 || counts[i] > npairs - first) {
			*why = "bad n-gram entry";
			goto fail;
		}
		if (i + PREFETCH_AHEAD < nngrams) {
			uint64_t later = scrm_langid_mix(get_u64(keys + 8 * (i + PREFETCH_AHEAD)));
			__builtin_prefetch(&m->table[later & m->mask], 1);
		}
		uint64_t x = scrm_langid_mix(k);
		uint32_t fp = scrm_langid_fp(x);
		size_t h = (size_t)x & m->mask;
		while (m->table[h].fp != 0) {
			/* Two n-grams the scorer could not tell apart: a duplicate, or (once in ~10^5 models) a hash collision. */
			if (m->table[h].fp == fp) {
				*why = "duplicate n-gram fingerprint";
				goto fail;
			}
			h = (h + 1) & m->mask;
		}
		uint32_t ref = first << 8 | counts[i];
		if (counts[i] == 1)
			ref = SCRM_LANGID_INLINE | (uint32_t)pairs[2 * first] << 8 | pairs[2 * first + 1];
		else if (m->rows && counts[i] >= SCRM_LANGID_ROW_MIN &&
		         row_fill(m->rows[nrows], pairs + 2 * first, counts[i], base))
			ref = (uint32_t)nrows++ << 8;   /* < npairs / 4 < 2^21 rows: clear of the inline bit */
		m->table[h] = (scrm_langid_slot){ fp, ref };
		first += counts[i];
	}
	if (first != npairs) {
		*why = "pair count mismatch";
		goto fail;
	}
	scrm_langid_slang_index(m);
	return m;
fail:
	scrm_langid_free(m);
	return NULL;
}

scrm_langid *scrm_langid_load(const char *path, scrm_buf *err)
{
	scrm_buf name = SCRM_BUF_INIT, data = SCRM_BUF_INIT;
	if (!path) {
		scrm_datadir(&name);
		scrm_buf_puts(&name, "/" MODEL_NAME);
		path = name.data;
	}
	scrm_langid *m = NULL;
	const char *why = slurp(path, &data);
	if (!why && data.len == 0)
		why = "empty file";
	if (!why)
		m = parse((const unsigned char *)data.data, data.len, &why);
	if (!m)
		set_err(err, path, why);
	scrm_buf_free(&data);
	scrm_buf_free(&name);
	return m;
}

void scrm_langid_free(scrm_langid *m)
{
	if (!m)
		return;
	free(m->codes);
	scrm_big_free(m->table, (m->mask + 1) * sizeof *m->table);
	scrm_big_free(m->pairs, m->npairs * 2 + 1);
	scrm_big_free(m->rows, m->nrows * sizeof *m->rows);
	free(m);
}

size_t scrm_langid_count(const scrm_langid *m)
{
	return m->nlangs;
}

const char *scrm_langid_lang(const scrm_langid *m, size_t i)
{
	return i < m->nlangs ? m->codes[i] : NULL;
}
