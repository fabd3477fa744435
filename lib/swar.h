/*
 * swar.h - eight bytes at a time in a 64-bit word ("SIMD within a
 * register"): the byte tests the text scanners share, so that a run of
 * ASCII is classified with a few word operations instead of a branch per
 * byte. Pure functions on values; nothing is owned.
 */
#ifndef SCRM_SWAR_H
#define SCRM_SWAR_H

#include <stdint.h>
#include <string.h>

/* The eight bytes at p as one little-endian word (the first byte lowest). */
static inline uint64_t scrm_swar_load(const void *p)
{
	uint64_t w;
	memcpy(&w, p, 8);
	return w;
}

/* c in every byte. */
static inline uint64_t scrm_swar_bytes(unsigned char c)
{
	return UINT64_C(0x0101010101010101) * c;
}

/*
 * The high bit of each byte of w that is ASCII and within [lo, hi]
 * (lo <= hi <= 0x7F), every other bit clear. On the low seven bits x of a
 * byte, x + (0x80 - lo) has its high bit set when x >= lo and
 * x + (0x7F - hi) when x > hi; neither sum carries into the next byte.
 */
static inline uint64_t scrm_swar_in_range(uint64_t w, unsigned char lo, unsigned char hi)
{
	uint64_t x = w & scrm_swar_bytes(0x7F);
	uint64_t ge_lo = x + scrm_swar_bytes((unsigned char)(0x80 - lo));
	uint64_t gt_hi = x + scrm_swar_bytes((unsigned char)(0x7F - hi));
	return ge_lo & ~gt_hi & ~w & scrm_swar_bytes(0x80);
}

/*
 * Nonzero when some byte of w is zero: the high bit is set in each zero
 * byte, and may be in a byte above one (a borrow), never below: the lowest
 * bit set marks the first zero byte.
 */
static inline uint64_t scrm_swar_zero_bytes(uint64_t w)
{
	return (w - scrm_swar_bytes(1)) & ~w & scrm_swar_bytes(0x80);
}

/* The high bit of each byte of w that is an ASCII letter, either case. */
static inline uint64_t scrm_swar_letters(uint64_t w)
{
	return scrm_swar_in_range(w | scrm_swar_bytes(0x20), 'a', 'z');
}

#endif
