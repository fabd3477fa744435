/*
 * simhash.h - 64-bit fingerprints: a fast non-cryptographic byte hash and
 * Charikar's SimHash over weighted features. Pure functions over values the
 * caller owns.
 */
#ifndef SCRM_SIMHASH_H
#define SCRM_SIMHASH_H

#include <stddef.h>
#include <stdint.h>

/* Hash of p[0..n) with a seed; well mixed in every bit, not for security. Never returns 0. */
uint64_t scrm_hash64(const void *p, size_t n, uint64_t seed);
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
