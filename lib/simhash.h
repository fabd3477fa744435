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
	uint64_t w = 0;
	memcpy(&w, s, n);
	h ^= w;
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h ? h : 1;
}
/* Mixes two hashes into one (order matters), for sequences such as word bigrams. */
uint64_t scrm_hash_combine(uint64_t a, uint64_t b);

/* A SimHash being accumulated (all features weigh the same): ones counted per bit. */
typedef struct scrm_simhash {
	uint64_t packed[8];     /* eight 8-bit counters each, flushed into ones[] before they overflow */
	uint32_t ones[64];
	unsigned features;
	unsigned pending;
} scrm_simhash;

void scrm_simhash_init(scrm_simhash *s);
/* Adds a feature (its hash). */
void scrm_simhash_add(scrm_simhash *s, uint64_t feature);
/* The fingerprint: bit i set when most features have bit i set; 0 when no feature was added. */
uint64_t scrm_simhash_value(scrm_simhash *s);
int scrm_hamming(uint64_t a, uint64_t b);

#endif
