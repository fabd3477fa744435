/*
 * langid_names.h - the layout of a set of names (langid.h), shared by
 * langid_names.c, which fills and searches it, and the scorer, which asks
 * every word of a text the inline question below first.
 */
#ifndef SCRM_LANGID_NAMES_H
#define SCRM_LANGID_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "langid.h"

struct scrm_langid_names {
	uint64_t *hashes;   /* open addressing; 0: an empty slot */
	size_t mask;        /* slots - 1, a power of two less one */
	size_t count;
	/* The first two bytes, five bits of each, of every spelling detection
	 * may write of a name (accents on): tested inline on every word. */
	uint64_t bytes[16];
};

/* The byte filter's bit of a word whose first two bytes are a and b. */
static inline unsigned scrm_langid_names_byte_bit(unsigned a, unsigned b)
{
	return (a & 31) << 5 | (b & 31);
}

/* Whether the word w[0..n) (n >= 1), as detection writes it, may be a
 * name: false for nearly every word, at the cost of a bit test. */
static inline bool scrm_langid_names_may_have(const scrm_langid_names *s, const unsigned char *w, size_t n)
{
	unsigned bit = scrm_langid_names_byte_bit(w[0], n > 1 ? w[1] : 0);
	return s->bytes[bit / 64] >> (bit % 64) & 1;
}

#endif
