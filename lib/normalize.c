/* normalize.c - see normalize.h. */
#include "normalize.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "html_text.h"
#include "msg.h"
#include "simhash.h"
#include "swar.h"
#include "utf8.h"

/* Decodes the (valid) UTF-8 sequence at s; returns its length, 1 for a stray byte. */
static size_t decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t k = scrm_utf8_seq_len(s, n);
	switch (k) {
	case 2: *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F); return 2;
	case 3: *cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F); return 3;
	case 4:
		*cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
		      (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
		return 4;
	default: *cp = k == 1 ? s[0] : 0xFFFD; return 1;
	}
}

/*
 * Whether w is eight bytes of printable ASCII with single spaces between
 * them (none first, last or next to another): what strip_and_fold's byte
 * loop would write for them is then w itself.
 */
static bool plain_run8(uint64_t w)
{
	if (scrm_swar_in_range(w, ' ', 0x7E) != scrm_swar_bytes(0x80))
		return false;
	uint64_t space = scrm_swar_in_range(w, ' ', ' ');
	return (space & (space >> 8 | space << 8 | UINT64_C(0x80) | UINT64_C(0x80) << 56)) == 0;
}

#ifdef __SSE2__
/* plain_run8 for sixteen bytes at once: the byte tests as vector compares, the spaces' neighbours on the mask. */
static bool plain_run16(const unsigned char *p)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
	/* Signed: bytes of 0x80 and up are below ' ' too. */
	__m128i bad = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F)));
	if (_mm_movemask_epi8(bad))
		return false;
	unsigned space = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')));
	return (space & (space >> 1 | space << 1 | 1u | 1u << 15)) == 0;
}
#endif

static bool is_space(uint32_t c)
{
	return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
	       (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
	       c == 0x205F || c == 0x3000;
}

/* Characters that carry nothing a reader sees and serve to dodge filters. */
static bool is_invisible(uint32_t c)
{
	return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0xAD || c == 0x34F || c == 0x61C ||
	       c == 0x180E || c == 0x200B || c == 0x200E || c == 0x200F ||
	       (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
	       (c >= 0x2066 && c <= 0x206F) || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB) ||
	       c == 0xE0001;
}

/*
 * Code points that are NFC whatever surrounds them and need no composition
 * (NFC_Quick_Check=Yes, not combining): Latin-1 to Latin Extended-B, IPA,
 * general punctuation after U+2001, currency, arrows and mathematical
 * operators, box drawing to dingbats, variation selectors, emoji. Text made
 * only of these and ASCII skips the NFC pass.
 */
static bool nfc_stable(uint32_t c)
{
	return (c >= 0xA0 && c <= 0x2FF) || (c >= 0x2002 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
	       (c >= 0x2190 && c <= 0x22FF) || (c >= 0x2500 && c <= 0x27BF) || (c >= 0xFE00 && c <= 0xFE0F) ||
	       (c >= 0x1F000 && c <= 0x1FAFF);
}

/*
 * Drops invisible characters and folds white space; returns whether the
 * text needs an NFC pass. Every byte written stands for a byte read (a
 * space for a run of white space), so the room reserved up front is enough.
 */
static bool strip_and_fold(const char *s, size_t n, scrm_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	bool pending_space = false, compose = false;
	uint32_t prev = ' ';

	scrm_buf_reserve(out, n + 1);
	char *const base = out->data + out->len;
	char *o = base;
	while (i < n) {
		/* Runs of printable ASCII, and the single spaces between them, most of any text. */
		if (p[i] > 0x20 && p[i] < 0x7F) {
			if (pending_space) {
				*o++ = ' ';
				pending_space = false;
			}
			/*
			 * Sixteen, then eight at a time while they last, then the rest of the run
			 * eight at a time too, its end found with a bit scan (the
			 * bytes stored past it are overwritten or beyond the length):
			 * o never runs ahead of p, so the room holds them.
			 */
#ifdef __SSE2__
			while (n - i >= 16 && plain_run16(p + i)) {
				memcpy(o, p + i, 16);
				o += 16;
				i += 16;
			}
#endif
			while (n - i >= 8 && plain_run8(scrm_swar_load(p + i))) {
				memcpy(o, p + i, 8);
				o += 8;
				i += 8;
			}
			while (n - i >= 8) {
				uint64_t w = scrm_swar_load(p + i);
				uint64_t stop = ~scrm_swar_in_range(w, 0x21, 0x7E) & scrm_swar_bytes(0x80);
				size_t k = stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
				memcpy(o, &w, 8);
				o += k;
				i += k;
				if (stop)
					break;
			}
			while (i < n && p[i] > 0x20 && p[i] < 0x7F)
				*o++ = (char)p[i++];
			prev = p[i - 1];
			continue;
		}
		if (p[i] == ' ') {
			pending_space = o > base;
			i++;
			continue;
		}
		if (p[i] == 0xC3 && n - i >= 2 && (p[i + 1] & 0xC0) == 0x80) {
			/* U+00C0 to U+00FF, the accented letters of European text: no
			 * space, nothing invisible, NFC whatever surrounds them. */
			if (pending_space) {
				*o++ = ' ';
				pending_space = false;
			}
			o[0] = (char)p[i];
			o[1] = (char)p[i + 1];
			o += 2;
			prev = 0xC0 | (p[i + 1] & 0x3Fu);
			i += 2;
			continue;
		}
		uint32_t c;
		size_t k;
		if (p[i] < 0x80) {
			c = p[i];
			k = 1;
		} else {
			k = decode(p + i, n - i, &c);
		}
		if (is_space(c)) {
			pending_space = o > base;
			i += k;
			continue;
		}
		if (c == 0x200C || c == 0x200D) {
			/* Joiners matter inside emoji and some scripts, never next to ASCII. */
			uint32_t next = ' ';
			if (i + k < n)
				decode(p + i + k, n - i - k, &next);
			if (prev < 0x80 || next < 0x80) {
				i += k;
				continue;
			}
		} else if (is_invisible(c)) {
			i += k;
			continue;
		}
		if (pending_space) {
			*o++ = ' ';
			pending_space = false;
		}
		memcpy(o, p + i, k);
		o += k;
		compose |= k > 1 && !nfc_stable(c);
		prev = c;
		i += k;
	}
	out->len += (size_t)(o - base);
	out->data[out->len] = '\0';
	return compose;
}

void scrm_normalize_text(const char *s, size_t n, scrm_buf *out, scrm_buf *scratch)
{
	size_t start = out->len;
	bool compose;

	scrm_buf_clear(scratch);
	if ((memchr(s, '<', n) || memchr(s, '&', n)) && scrm_html_looks_like_html(s, n)) {
		scrm_html_to_line(s, n, scratch);
		compose = strip_and_fold(scratch->data ? scratch->data : "", scratch->len, out);
	} else {
		compose = strip_and_fold(s, n, out);
	}
	if (!compose)
		return;
	utf8proc_uint8_t *nfc = NULL;
	utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)out->data + start,
	                                  (utf8proc_ssize_t)(out->len - start), &nfc,
	                                  UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (m < 0) {
		if (m == UTF8PROC_ERROR_NOMEM)
			scrm_die(SCRM_EXIT_IO, "out of memory");
		/* Cannot happen on valid UTF-8; keep the text rather than lose it. */
		return;
	}
	out->len = start;
	scrm_buf_append(out, nfc, (size_t)m);
	free(nfc);
}

#define FOLD_OPTIONS (UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK | UTF8PROC_LUMP)

/* Folded forms of U+00A0..U+024F, precomputed with utf8proc_decompose_char and FOLD_OPTIONS
 * (the Latin letters of French, Spanish, German... without a library call each). */
static const char fold_latin[][6] = {
	" ", "\xc2\xa1", "\xc2\xa2", "\xc2\xa3", "\xc2\xa4", "\xc2\xa5", "\xc2\xa6", "\xc2\xa7", /* U+00A0 */
	" ", "\xc2\xa9", "a", "\xc2\xab", "\xc2\xac", "\xc2\xad", "\xc2\xae", " ", /* U+00A8 */
	"\xc2\xb0", "\xc2\xb1", "2", "3", " ", "\xce\xbc", "\xc2\xb6", "\xc2\xb7", /* U+00B0 */
	" ", "1", "o", "\xc2\xbb", "1/4", "1/2", "3/4", "\xc2\xbf", /* U+00B8 */
	"a", "a", "a", "a", "a", "a", "\xc3\xa6", "c", /* U+00C0 */
	"e", "e", "e", "e", "i", "i", "i", "i", /* U+00C8 */
	"\xc3\xb0", "n", "o", "o", "o", "o", "o", "\xc3\x97", /* U+00D0 */
	"\xc3\xb8", "u", "u", "u", "u", "y", "\xc3\xbe", "ss", /* U+00D8 */
	"a", "a", "a", "a", "a", "a", "\xc3\xa6", "c", /* U+00E0 */
	"e", "e", "e", "e", "i", "i", "i", "i", /* U+00E8 */
	"\xc3\xb0", "n", "o", "o", "o", "o", "o", "\xc3\xb7", /* U+00F0 */
	"\xc3\xb8", "u", "u", "u", "u", "y", "\xc3\xbe", "y", /* U+00F8 */
	"a", "a", "a", "a", "a", "a", "c", "c", /* U+0100 */
	"c", "c", "c", "c", "c", "c", "d", "d", /* U+0108 */
	"\xc4\x91", "\xc4\x91", "e", "e", "e", "e", "e", "e", /* U+0110 */
	"e", "e", "e", "e", "g", "g", "g", "g", /* U+0118 */
	"g", "g", "g", "g", "h", "h", "\xc4\xa7", "\xc4\xa7", /* U+0120 */
	"i", "i", "i", "i", "i", "i", "i", "i", /* U+0128 */
	"i", "\xc4\xb1", "ij", "ij", "j", "j", "k", "k", /* U+0130 */
	"\xc4\xb8", "l", "l", "l", "l", "l", "l", "l\xc2\xb7", /* U+0138 */
	"l\xc2\xb7", "\xc5\x82", "\xc5\x82", "n", "n", "n", "n", "n", /* U+0140 */
	"n", "'n", "\xc5\x8b", "\xc5\x8b", "o", "o", "o", "o", /* U+0148 */
	"o", "o", "\xc5\x93", "\xc5\x93", "r", "r", "r", "r", /* U+0150 */
	"r", "r", "s", "s", "s", "s", "s", "s", /* U+0158 */
	"s", "s", "t", "t", "t", "t", "\xc5\xa7", "\xc5\xa7", /* U+0160 */
	"u", "u", "u", "u", "u", "u", "u", "u", /* U+0168 */
	"u", "u", "u", "u", "w", "w", "y", "y", /* U+0170 */
	"y", "z", "z", "z", "z", "z", "z", "s", /* U+0178 */
	"\xc6\x80", "\xc9\x93", "\xc6\x83", "\xc6\x83", "\xc6\x85", "\xc6\x85", "\xc9\x94", "\xc6\x88", /* U+0180 */
	"\xc6\x88", "\xc9\x96", "\xc9\x97", "\xc6\x8c", "\xc6\x8c", "\xc6\x8d", "\xc7\x9d", "\xc9\x99", /* U+0188 */
	"\xc9\x9b", "\xc6\x92", "\xc6\x92", "\xc9\xa0", "\xc9\xa3", "\xc6\x95", "\xc9\xa9", "\xc9\xa8", /* U+0190 */
	"\xc6\x99", "\xc6\x99", "\xc6\x9a", "\xc6\x9b", "\xc9\xaf", "\xc9\xb2", "\xc6\x9e", "\xc9\xb5", /* U+0198 */
	"o", "o", "\xc6\xa3", "\xc6\xa3", "\xc6\xa5", "\xc6\xa5", "\xca\x80", "\xc6\xa8", /* U+01A0 */
	"\xc6\xa8", "\xca\x83", "\xc6\xaa", "\xc6\xab", "\xc6\xad", "\xc6\xad", "\xca\x88", "u", /* U+01A8 */
	"u", "\xca\x8a", "\xca\x8b", "\xc6\xb4", "\xc6\xb4", "\xc6\xb6", "\xc6\xb6", "\xca\x92", /* U+01B0 */
	"\xc6\xb9", "\xc6\xb9", "\xc6\xba", "\xc6\xbb", "\xc6\xbd", "\xc6\xbd", "\xc6\xbe", "\xc6\xbf", /* U+01B8 */
	"\xc7\x80", "\xc7\x81", "\xc7\x82", "\xc7\x83", "dz", "dz", "dz", "lj", /* U+01C0 */
	"lj", "lj", "nj", "nj", "nj", "a", "a", "i", /* U+01C8 */
	"i", "o", "o", "u", "u", "u", "u", "u", /* U+01D0 */
	"u", "u", "u", "u", "u", "\xc7\x9d", "a", "a", /* U+01D8 */
	"a", "a", "\xc3\xa6", "\xc3\xa6", "\xc7\xa5", "\xc7\xa5", "g", "g", /* U+01E0 */
	"k", "k", "o", "o", "o", "o", "\xca\x92", "\xca\x92", /* U+01E8 */
	"j", "dz", "dz", "dz", "g", "g", "\xc6\x95", "\xc6\xbf", /* U+01F0 */
	"n", "n", "a", "a", "\xc3\xa6", "\xc3\xa6", "\xc3\xb8", "\xc3\xb8", /* U+01F8 */
	"a", "a", "a", "a", "e", "e", "e", "e", /* U+0200 */
	"i", "i", "i", "i", "o", "o", "o", "o", /* U+0208 */
	"r", "r", "r", "r", "u", "u", "u", "u", /* U+0210 */
	"s", "s", "t", "t", "\xc8\x9d", "\xc8\x9d", "h", "h", /* U+0218 */
	"\xc6\x9e", "\xc8\xa1", "\xc8\xa3", "\xc8\xa3", "\xc8\xa5", "\xc8\xa5", "a", "a", /* U+0220 */
	"e", "e", "o", "o", "o", "o", "o", "o", /* U+0228 */
	"o", "o", "y", "y", "\xc8\xb4", "\xc8\xb5", "\xc8\xb6", "\xc8\xb7", /* U+0230 */
	"\xc8\xb8", "\xc8\xb9", "\xe2\xb1\xa5", "\xc8\xbc", "\xc8\xbc", "\xc6\x9a", "\xe2\xb1\xa6", "\xc8\xbf", /* U+0238 */
	"\xc9\x80", "\xc9\x82", "\xc9\x82", "\xc6\x80", "\xca\x89", "\xca\x8c", "\xc9\x87", "\xc9\x87", /* U+0240 */
	"\xc9\x89", "\xc9\x89", "\xc9\x8b", "\xc9\x8b", "\xc9\x8d", "\xc9\x8d", "\xc9\x8f", "\xc9\x8f", /* U+0248 */
};

/* Appends the folded form of one non-ASCII code point. */
static void fold_char(uint32_t c, scrm_buf *out)
{
	if (c >= 0xA0 && c <= 0x24F) {
		/* Its length counted here: one byte or a few, no strlen call for every accent. */
		const char *f = fold_latin[c - 0xA0];
		size_t k = 1;
		while (k < sizeof fold_latin[0] && f[k])
			k++;
		scrm_buf_append(out, f, k);
		return;
	}
	/* The trade marks stay symbols, as "®" does: compatibility would make
	 * letters of them, which run into the name they follow ("Nuvia™" is
	 * "nuviatm"). */
	if (c == 0x2122 || c == 0x2120) {
		char enc[4];
		scrm_buf_append(out, enc, scrm_utf8_encode(c, enc));
		return;
	}
	utf8proc_int32_t cps[32];
	int bound = 0;
	utf8proc_ssize_t m = utf8proc_decompose_char((utf8proc_int32_t)c, cps, 32, FOLD_OPTIONS, &bound);
	if (m < 0 || m > 32) {
		cps[0] = (utf8proc_int32_t)c;
		m = 1;
	}
	for (utf8proc_ssize_t j = 0; j < m; j++) {
		char enc[4];
		if (cps[j] == 0x2019 || cps[j] == 0x2018 || cps[j] == 0x2BC || cps[j] == 0xB4)
			cps[j] = '\'';
		scrm_buf_append(out, enc, scrm_utf8_encode((uint32_t)cps[j], enc));
	}
}

bool scrm_word_char_at(const char *s, size_t n, size_t i)
{
	unsigned char c = (unsigned char)s[i];
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
	utf8proc_int32_t cp;
	if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp) < 0)
		return false;
	utf8proc_category_t cat = utf8proc_category(cp);
	return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_NO;
}

bool scrm_token_is_symbols(const scrm_token *tok)
{
	for (size_t i = 0; i < tok->len; i++)
		if (((unsigned char)tok->ptr[i] & 0xC0) != 0x80 && scrm_word_char_at(tok->ptr, tok->len, i))
			return false;
	return tok->len > 0;
}

void scrm_normalize_fold(const char *s, size_t n, scrm_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	scrm_buf_reserve(out, n + 1);
	while (i < n) {
		/* ASCII runs are lower-cased straight into the buffer (room reserved above or below). */
		char *o = out->data + out->len;
		size_t start = i;
#ifdef __SSE2__
		/* Sixteen bytes a step; signed compares, as no byte here is 0x80 or more. */
		while (n - i >= 16) {
			__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			if (_mm_movemask_epi8(v))
				break;
			__m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
			                              _mm_cmplt_epi8(v, _mm_set1_epi8('Z' + 1)));
			_mm_storeu_si128((__m128i *)(void *)o, _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
			o += 16;
			i += 16;
		}
#endif
		while (n - i >= 8 && (scrm_swar_load(p + i) & scrm_swar_bytes(0x80)) == 0) {
			uint64_t w = scrm_swar_load(p + i);
			w |= scrm_swar_in_range(w, 'A', 'Z') >> 2;   /* 0x80 >> 2: the case bit */
			memcpy(o, &w, 8);
			o += 8;
			i += 8;
		}
		while (i < n && p[i] < 0x80) {
			unsigned char c = p[i++];
			*o++ = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		}
		out->len += i - start;
		out->data[out->len] = '\0';
		if (i < n) {
			uint32_t c;
			i += decode(p + i, n - i, &c);
			fold_char(c, out);
			scrm_buf_reserve(out, n - i + 1);
		}
	}
}

static inline bool word_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool scrm_word_byte(unsigned char c)
{
	return word_byte(c);
}

/* The end of the run of word bytes starting at s[i]: eight bytes a step, the first non-word byte
 * found with one bit scan rather than a branch per byte. */
static size_t word_end(const char *s, size_t n, size_t i)
{
	while (n - i >= 8) {
		uint64_t w = scrm_swar_load(s + i);
		/* Non-word bytes: ASCII other than letters and digits. */
		uint64_t stop = ~(w | scrm_swar_letters(w) | scrm_swar_in_range(w, '0', '9')) & scrm_swar_bytes(0x80);
		if (stop)
			return i + (size_t)__builtin_ctzll(stop) / 8;
		i += 8;
	}
	while (i < n && word_byte((unsigned char)s[i]))
		i++;
	return i;
}

/* URLs run to the next space; their length, or 0 when s does not start one. */
static size_t url_at(const char *s, size_t n)
{
	if (!((n > 7 && memcmp(s, "http://", 7) == 0) || (n > 8 && memcmp(s, "https://", 8) == 0) ||
	      (n > 4 && memcmp(s, "www.", 4) == 0)))
		return 0;
	size_t k = 0;
	while (k < n && s[k] != ' ')
		k++;
	return k;
}

/*
 * What a byte of folded text can start, for the tokeniser's scan between
 * tokens: 1 a word (ASCII letters and digits, every byte >= 0x80, as
 * word_byte), 2 a hashtag or mention ('#', '@'), 0 nothing. One load a
 * byte instead of a chain of compares.
 */
static const unsigned char token_start[256] = {
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x00 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x10 */
	0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,   /* 0x20 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,   /* 0x30 */
	2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x40 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,   /* 0x50 */
	0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x60 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,   /* 0x70 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x80 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0x90 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xa0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xb0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xc0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xd0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xe0 */
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,   /* 0xf0 */
};

/* scrm_token_next; scrm_tokenize calls it directly, without the exported wrapper (inlined
 * there: a call per token cost more than its scan). */
static inline __attribute__((always_inline)) bool token_next(const char *s, size_t n, size_t *pos, scrm_token *tok)
{
	size_t i = *pos;

	for (;;) {
		while (i < n && !token_start[(unsigned char)s[i]])
			i++;
		if (i >= n) {
			*pos = n;
			return false;
		}
		size_t start = i;
		if (s[i] == '#' || s[i] == '@') {
			size_t j = i + 1;
			while (j < n && (word_byte((unsigned char)s[j]) || s[j] == '_' ||
			                 (s[i] == '@' && (s[j] == '.' || s[j] == '-') && j + 1 < n &&
			                  word_byte((unsigned char)s[j + 1]))))
				j++;
			if (j == i + 1) {  /* a lone '#' or '@' */
				i = j;
				continue;
			}
			tok->kind = s[i] == '#' ? SCRM_TOKEN_HASHTAG : SCRM_TOKEN_MENTION;
			tok->ptr = s + start;
			tok->len = j - start;
			*pos = j;
			return true;
		}
		size_t u = (s[i] == 'h' || s[i] == 'w') ? url_at(s + i, n - i) : 0;
		if (u) {
			tok->kind = SCRM_TOKEN_URL;
			tok->ptr = s + start;
			tok->len = u;
			*pos = i + u;
			return true;
		}
		i = word_end(s, n, i);
		tok->kind = SCRM_TOKEN_WORD;
		tok->ptr = s + start;
		tok->len = i - start;
		*pos = i;
		return true;
	}
}

bool scrm_token_next(const char *s, size_t n, size_t *pos, scrm_token *tok)
{
	return token_next(s, n, pos, tok);
}

void scrm_tokenize(const char *s, size_t n, scrm_tokens *out)
{
	size_t pos = 0;
	scrm_token tok;

	out->n = 0;
	while (token_next(s, n, &pos, &tok)) {
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 64;
			out->v = scrm_xrealloc(out->v, out->cap * sizeof *out->v);
			out->hash = scrm_xrealloc(out->hash, out->cap * sizeof *out->hash);
		}
		out->v[out->n] = tok;
		out->hash[out->n] = scrm_hash64(tok.ptr, tok.len, 0);
		out->n++;
	}
}

void scrm_tokens_free(scrm_tokens *t)
{
	free(t->v);
	free(t->hash);
	t->v = NULL;
	t->hash = NULL;
	t->n = t->cap = 0;
}
