/*
 * langid_model.h - the in-memory layout of a language-identification model,
 * shared by its loader (langid_load.c) and its scorer (langid.c) only.
 */
#ifndef SCRM_LANGID_MODEL_H
#define SCRM_LANGID_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "langid.h"

/* Up to 6 bytes of an n-gram, first byte in the low bits; 0 never occurs. */
typedef uint64_t scrm_langid_key;

/*
 * One hash-table slot, 8 bytes so that the table stays in cache: a 32-bit
 * fingerprint of the n-gram (0: empty slot) and its weights. Most n-grams
 * have one (language, weight) pair: it is kept in the slot itself,
 * SCRM_LANGID_INLINE | language << 8 | weight, saving a cache miss; those
 * with a row (see rows below) say row index << 8 (a count of 0); others
 * say where their pairs are, first index << 8 | count. A text's n-gram that
 * is not in the model matches a slot by chance about once in 2^32 probes.
 */
typedef struct {
	uint32_t fp;
	uint32_t ref;
} scrm_langid_slot;

#define SCRM_LANGID_INLINE (UINT32_C(1) << 31)
#define SCRM_LANGID_MAX_PAIRS (UINT32_C(1) << 23)

#define SCRM_LANGID_MAX_LANGS 255

/*
 * An n-gram common to many languages (" de ", " la ") is the costly kind:
 * most of a text's pairs are theirs. With SCRM_LANGID_ROW_MIN pairs or
 * more, and a model of at most SCRM_LANGID_ROW_LANGS languages, its
 * weights (base added) are laid out as a row of one byte per language, 0
 * where it has none, one cache line that the scorer adds with vector
 * instructions. Only n-grams whose weights fit a byte get one.
 */
#define SCRM_LANGID_ROW_MIN 4
#define SCRM_LANGID_ROW_LANGS 64

/* Slots of the table of social-media words (langid_slang.c):
 * 2^SCRM_LANGID_SLANG_LOG2. A word the filter lets through is looked up:
 * a table an eighth full at most mostly answers at its first probe. */
#define SCRM_LANGID_SLANG_LOG2 11
#define SCRM_LANGID_SLANG_SLOTS (1u << SCRM_LANGID_SLANG_LOG2)
/* The language of the words every language's posts use ("lol", "ok"):
 * none, and a short text of nothing else is "und". */
#define SCRM_LANGID_NEUTRAL 0xFF

struct scrm_langid {
	size_t nlangs;
	char (*codes)[8];       /* nlangs ISO 639-1 codes */
	/* Index + 1 of the language of each two-letter code "aa".."zz" (0:
	 * none), so that hints taken per record cost no search. */
	uint8_t by_code[26 * 26];
	unsigned base;          /* added to every stored weight when it is counted */
	size_t mask;            /* table size - 1; the size is a power of two */
	scrm_langid_slot *table;
	uint8_t *pairs;         /* (language index, weight) byte pairs */
	size_t npairs;
	uint8_t (*rows)[SCRM_LANGID_ROW_LANGS];   /* nrows rows; NULL when none */
	size_t nrows;
	/* Social-media words that tell their language (langid_slang.c): the
	 * word as scrm_langid_word_key() packs it (0: empty slot), and the
	 * index of its language. */
	uint64_t slang_key[SCRM_LANGID_SLANG_SLOTS];
	uint8_t slang_lang[SCRM_LANGID_SLANG_SLOTS];   /* SCRM_LANGID_NEUTRAL: no language's */
	/* One bit per first two bytes and length of a slang word
	 * (scrm_langid_slang_filter_bit()): 1 kB that rules out 94% of the
	 * words of tweets before the table is probed. */
	uint64_t slang_filter[8192 / 64];
};

/* Fills the social-media word table of a model whose languages are read (langid_slang.c). */
void scrm_langid_slang_index(scrm_langid *m);

/* Mixes an n-gram key (splitmix64's finaliser): the low bits pick the slot, the high 32 are the fingerprint. */
static inline uint64_t scrm_langid_mix(scrm_langid_key k)
{
	k ^= k >> 30;
	k *= UINT64_C(0xbf58476d1ce4e5b9);
	k ^= k >> 27;
	k *= UINT64_C(0x94d049bb133111eb);
	return k ^ (k >> 31);
}

/* A word of at most 8 bytes (n >= 1) as a nonzero key, first byte lowest. */
static inline uint64_t scrm_langid_word_key(const unsigned char *w, size_t n)
{
	uint64_t k = 0;
	for (size_t i = 0; i < n; i++)
		k |= (uint64_t)w[i] << (8 * i);
	return k;
}

/* The filter's bit for a word of 2 to 8 bytes: five bits of each of its first two bytes and its length. */
static inline unsigned scrm_langid_slang_filter_bit(uint64_t key, size_t len)
{
	return (unsigned)((key & 31) << 8 | (key >> 8 & 31) << 3 | (len - 1));
}

/* Whether a word of 2 to 8 bytes (its key) may be in the slang table: no false "no". */
static inline bool scrm_langid_slang_may_have(const scrm_langid *m, uint64_t key, size_t len)
{
	unsigned bit = scrm_langid_slang_filter_bit(key, len);
	return m->slang_filter[bit / 64] >> (bit % 64) & 1;
}

/* The slang table's first slot for a word's key: one multiply (the table is small, its keys few). */
static inline size_t scrm_langid_slang_home(uint64_t key)
{
	return (size_t)((key * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - SCRM_LANGID_SLANG_LOG2));
}

/* The slang table's slot of a word's key, or -1 when the word is not in it. */
static inline int scrm_langid_slang_find(const scrm_langid *m, uint64_t key)
{
	size_t h = scrm_langid_slang_home(key);
	while (m->slang_key[h] != 0) {
		if (m->slang_key[h] == key)
			return (int)h;
		h = (h + 1) & (SCRM_LANGID_SLANG_SLOTS - 1);
	}
	return -1;
}

static inline uint32_t scrm_langid_fp(uint64_t mixed)
{
	uint32_t fp = (uint32_t)(mixed >> 32);
	return fp ? fp : 1;
}

#endif
