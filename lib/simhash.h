/*
 * simhash.h - 64-bit fingerprints: a fast non-cryptographic byte hash and
 * Charikar's SimHash over weighted features. Pure functions over values the
 * caller owns.
 */
#ifndef SCRM_SIMHASH_H
#define SCRM_SIMHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* splitmix64's finaliser, never 0: every input bit reaches every output bit. */
inline uint64_t scrm_hash_finish(uint64_t h)
{
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h ? h : 1;
}

/*
 * Hash of p[0..n) with a seed; well mixed in every bit, not for security.
 * Never returns 0. Inline: it runs once per token of every text.
 */
inline uint64_t scrm_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (0x9e3779b97f4a7c15ULL * (n + 1));

	/* Words are short: one multiply per 8 bytes, and a single finaliser (splitmix64's). */
	while (n >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xff51afd7ed558ccdULL;
		h = h << 31 | h >> 33;
		s += 8;
		n -= 8;
	}
	/*
	 * The last 0 to 7 bytes as a little-endian number, assembled from loads
	 * that cover them (overlapping for 4 to 7) rather than copied byte by
	 * byte into a stack word: reading that word back whole cannot be
	 * forwarded from the narrow stores and stalls on every token.
	 */
	uint64_t w = 0;
	if (n >= 4) {
		uint32_t lo, hi;
		memcpy(&lo, s, 4);
		memcpy(&hi, s + n - 4, 4);
		w = (uint64_t)lo | (uint64_t)hi << (8 * (n - 4));
	} else if (n > 0) {
		w = (uint64_t)s[0] | (uint64_t)s[n / 2] << (8 * (n / 2)) | (uint64_t)s[n - 1] << (8 * (n - 1));
	}
	return scrm_hash_finish(h ^ w);
}
/* Mixes two hashes into one (order matters), for sequences such as word bigrams. Never
 * returns 0. Inline: it runs once per token of every text. */
inline uint64_t scrm_hash_combine(uint64_t a, uint64_t b)
{
	return scrm_hash_finish(a * 0x9e3779b97f4a7c15ULL + b);
}

/* A SimHash being accumulated (all features weigh the same): ones counted per bit. */
typedef struct scrm_simhash {
	uint64_t plane[8];      /* bit-sliced 8-bit counters (see simhash.c), flushed into ones[] before they overflow */
	uint32_t ones[64];
	unsigned features;
	unsigned pending;
} scrm_simhash;

void scrm_simhash_init(scrm_simhash *s);
/* Adds a feature (its hash). */
void scrm_simhash_add(scrm_simhash *s, uint64_t feature);
/* Adds n features at once: the same as adding each in turn, faster. */
void scrm_simhash_add_all(scrm_simhash *s, const uint64_t *features, size_t n);
/* The fingerprint: bit i set when most features have bit i set; 0 when no feature was added. */
uint64_t scrm_simhash_value(scrm_simhash *s);
/* Number of differing bits; inline, counted in registers: without -mpopcnt the builtin is a
 * library call, and the duplicate check calls this for every candidate. */
static inline int scrm_hamming(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ b;
	x -= (x >> 1) & UINT64_C(0x5555555555555555);
	x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
	x = (x + (x >> 4)) & UINT64_C(0x0f0f0f0f0f0f0f0f);
	return (int)((x * UINT64_C(0x0101010101010101)) >> 56);
}

#endif
