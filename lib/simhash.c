/* simhash.c - see simhash.h. */
#include "simhash.h"

#include <string.h>

static uint64_t mix(uint64_t x)
{
	/* splitmix64's finaliser: every input bit reaches every output bit. */
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	x ^= x >> 31;
	return x;
}

/* The external definition of the inline function in simhash.h. */
extern inline uint64_t scrm_hash64(const void *p, size_t n, uint64_t seed);

uint64_t scrm_hash_combine(uint64_t a, uint64_t b)
{
	uint64_t h = mix(a * 0x9e3779b97f4a7c15ULL + b);
	return h ? h : 1;
}

void scrm_simhash_init(scrm_simhash *s)
{
	memset(s, 0, sizeof *s);
}

/*
 * Spreads the 8 bits of x (< 256) to the low bit of 8 bytes: x copied into
 * every byte, byte k keeps bit k, and adding 0x7F sets a byte's top bit
 * exactly when it is not zero (0x80 + 0x7F: no carry into the next byte).
 */
static uint64_t spread8(uint64_t x)
{
	uint64_t kept = (x * 0x0101010101010101ULL) & 0x8040201008040201ULL;
	return (kept + 0x7F7F7F7F7F7F7F7FULL) >> 7 & 0x0101010101010101ULL;
}

static void flush(scrm_simhash *s)
{
	for (int b = 0; b < 8; b++) {
		for (int k = 0; k < 8; k++)
			s->ones[8 * b + k] += (uint32_t)(s->packed[b] >> (8 * k) & 0xFF);
		s->packed[b] = 0;
	}
	s->pending = 0;
}

/* Counts the bits of eight features' bytes at once: byte b of the feature adds 1 to the
 * counters of its set bits, held as bytes of packed[b] (at most 255 adds before a flush). */
void scrm_simhash_add(scrm_simhash *s, uint64_t feature)
{
	for (int b = 0; b < 8; b++) {
		s->packed[b] += spread8(feature >> (8 * b) & 0xFF);
	}
	s->features++;
	if (++s->pending == 255)
		flush(s);
}

uint64_t scrm_simhash_value(scrm_simhash *s)
{
	uint64_t fp = 0;

	if (!s->features)
		return 0;
	flush(s);
	for (int i = 0; i < 64; i++)
		if (2 * s->ones[i] > s->features)
			fp |= 1ULL << i;
	return fp;
}

/* Bit counting in registers: without -mpopcnt the builtin is a library call, a few percent of a run. */
int scrm_hamming(uint64_t a, uint64_t b)
{
	uint64_t x = a ^ b;
	x -= (x >> 1) & UINT64_C(0x5555555555555555);
	x = (x & UINT64_C(0x3333333333333333)) + ((x >> 2) & UINT64_C(0x3333333333333333));
	x = (x + (x >> 4)) & UINT64_C(0x0f0f0f0f0f0f0f0f);
	return (int)((x * UINT64_C(0x0101010101010101)) >> 56);
}
