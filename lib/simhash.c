/* simhash.c - see simhash.h. */
#include "simhash.h"

#include <string.h>

/* The external definitions of the inline functions in simhash.h. */
extern inline uint64_t scrm_hash_finish(uint64_t h);
extern inline uint64_t scrm_hash64(const void *p, size_t n, uint64_t seed);
extern inline uint64_t scrm_hash_combine(uint64_t a, uint64_t b);

void scrm_simhash_init(scrm_simhash *s)
{
	memset(s, 0, sizeof *s);
}

static void flush(scrm_simhash *s)
{
	for (int k = 0; k < 8; k++)
		for (uint64_t x = s->plane[k]; x; x &= x - 1)
			s->ones[__builtin_ctzll(x)] += UINT32_C(1) << k;
	memset(s->plane, 0, sizeof s->plane);
	s->pending = 0;
}

void scrm_simhash_add(scrm_simhash *s, uint64_t feature)
{
	scrm_simhash_add_all(s, &feature, 1);
}

/*
 * The counters are bit-sliced: bit i of plane[k] is bit k of the count of
 * features with bit i set, so adding a feature is a ripple-carry through
 * the planes, a few word operations for all 64 counters. The planes stay in
 * registers across the features, and the carry goes through all eight
 * without a test (a branch on it would mispredict often). 8 planes hold
 * 255 adds: then they are flushed into ones[].
 *
 * Features come in pairs: a pair's two-bit sum per lane (a ^ b, and a & b
 * worth two) goes into the planes with one ripple. Adding a ^ b to plane 0
 * carries only where a & b is clear, so the carry into plane 1 is the OR
 * of the two, and the pair costs little more than one feature did.
 */
void scrm_simhash_add_all(scrm_simhash *s, const uint64_t *features, size_t n)
{
	while (n > 0) {
		size_t room = 255 - s->pending, k = n < room ? n : room;
		uint64_t plane[8];
		memcpy(plane, s->plane, sizeof plane);
		size_t i = 0;
		for (; i + 2 <= k; i += 2) {
			uint64_t a = features[i], b = features[i + 1];
			uint64_t sum = a ^ b;
			uint64_t carry = (plane[0] & sum) | (a & b);
			plane[0] ^= sum;
			/* Unrolled, so that the planes stay in registers. */
#pragma GCC unroll 7
			for (int p = 1; p < 8; p++) {
				uint64_t t = plane[p] & carry;
				plane[p] ^= carry;
				carry = t;
			}
		}
		if (i < k) {
			uint64_t carry = features[i];
#pragma GCC unroll 8
			for (int p = 0; p < 8; p++) {
				uint64_t t = plane[p] & carry;
				plane[p] ^= carry;
				carry = t;
			}
		}
		memcpy(s->plane, plane, sizeof plane);
		s->features += (unsigned)k;
		s->pending += (unsigned)k;
		features += k;
		n -= k;
		if (s->pending == 255)
			flush(s);
	}
}

/*
 * The bits whose bit-sliced count (< 256) is at least c (<= 255), each
 * lane of the planes subtracting c at once: the lanes left with no borrow.
 */
static uint64_t at_least(const uint64_t plane[8], unsigned c)
{
	uint64_t borrow = 0;
	for (int k = 0; k < 8; k++) {
		uint64_t a = plane[k];
		borrow = c >> k & 1 ? ~a | borrow : ~a & borrow;
	}
	return ~borrow;
}

uint64_t scrm_simhash_value(scrm_simhash *s)
{
	uint64_t fp = 0;

	if (!s->features)
		return 0;
	/* Most texts have fewer than 255 features: every count is still in the planes. */
	if (s->pending == s->features)
		return at_least(s->plane, s->features / 2 + 1);
	flush(s);
	for (int i = 0; i < 64; i++)
		if (2 * s->ones[i] > s->features)
			fp |= 1ULL << i;
	return fp;
}
