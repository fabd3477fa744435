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

uint64_t scrm_hash64(const void *p, size_t n, uint64_t seed)
{
	const unsigned char *s = p;
	uint64_t h = seed ^ (0x9e3779b97f4a7c15ULL * (n + 1));

	/* Words are short: one multiply per 8 bytes, and a single finaliser. */
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
	h = mix(h ^ w);
	return h ? h : 1;
}

uint64_t scrm_hash_combine(uint64_t a, uint64_t b)
{
	uint64_t h = mix(a * 0x9e3779b97f4a7c15ULL + b);
	return h ? h : 1;
}

void scrm_simhash_init(scrm_simhash *s)
{
	memset(s, 0, sizeof *s);
}

/* Spreads the 4 bits of x (< 16) to the low bit of 4 bytes; the shifted copies do not overlap, so no carries. */
static uint64_t spread4(uint64_t x)
{
	return (x * 0x204081ULL) & 0x01010101ULL;
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
		uint64_t byte = feature >> (8 * b) & 0xFF;
		s->packed[b] += spread4(byte & 15) | spread4(byte >> 4) << 32;
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
