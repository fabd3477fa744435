/*
 * langid.c - scores a text against a language model: normalise into lower-case
 * words, cut each word into byte n-grams, add up each language's weights.
 *
 * The n-gram scheme is the one the model's weights were trained for (ELD's):
 * per word of L bytes, " "+bytes[0..4), then bytes[j..j+4) for j = 3, 6, ...
 * while j + 4 < L, and finally the last four bytes + " " (a word of four bytes
 * or fewer is one n-gram, " word ", so short words are whole-word features).
 * Each distinct n-gram of a text counts once.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "langid.h"
#include "langid_model.h"
#include "langid_names.h"
#include "swar.h"
#include "utf8.h"

/* Only the first TEXT_MAX normalised bytes are scored: beyond that the answer no longer changes. */
#define TEXT_MAX 1024
#define WORD_MAX 70             /* longer words are cut, as the model was trained */
#define NGRAMS_MAX (TEXT_MAX + 2)
#define SET_MAX 4096            /* a power of two >= 2 * NGRAMS_MAX */

/* Calibration of the confidence (scripts/langid/calibrate.py fitted them on held-out data). */
#define CONF_A (-1.1707)
#define CONF_B (0.3508)
#define CONF_C (-0.1768)
#define CONF_D (0.4779)
#define CONF_MIN 0.3            /* below this the answer is "und": such texts were right 1 time in 3 */

#define SLANG_WEIGHT 100        /* a slang word's weight for its language (see add_slang) */
/* Slang words count in texts of at most this many n-grams (about a dozen
 * words): in longer ones the n-grams decide without them. */
#define SLANG_TEXT_NGRAMS 32

/* Decodes the code point at s[*i] (n bytes in all); advances *i; returns -1 for an invalid byte. */
static int32_t next_cp(const unsigned char *s, size_t n, size_t *i)
{
	size_t k = scrm_utf8_seq_len(s + *i, n - *i);
	if (k == 0) {
		(*i)++;
		return -1;
	}
	utf8proc_int32_t cp;
	utf8proc_iterate(s + *i, (utf8proc_ssize_t)k, &cp);
	*i += k;
	return cp;
}

static int is_letter(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	utf8proc_category_t c = utf8proc_category(cp);
	return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static int is_apostrophe(int32_t cp)
{
	return cp == '\'' || cp == '`' || cp == 0x2019;
}

/* ASCII whitespace: space, \t \n \v \f \r (9 to 13), one compare and one mask on the hot path. */
static int is_space(unsigned char c)
{
	return c <= ' ' && ((UINT64_C(1) << c) & (UINT64_C(1) << ' ' | UINT64_C(0x3e00))) != 0;
}

/* Whether the code point at s[i] (n bytes in all) is a letter; false at the end. */
static int letter_at(const unsigned char *s, size_t n, size_t i)
{
	if (i >= n)
		return 0;
	if (s[i] < 0x80)
		return is_letter(s[i]);
	return is_letter(next_cp(s, n, &i));
}

/* The 4 bytes at b as a key, first byte lowest. */
static scrm_langid_key four(const unsigned char *b)
{
	return (scrm_langid_key)b[0] | (scrm_langid_key)b[1] << 8 | (scrm_langid_key)b[2] << 16 |
	       (scrm_langid_key)b[3] << 24;
}

/*
 * Appends key to keys and its mix to mixed, and prefetches the model's
 * slot for it: the text is still being normalised when the slot is read,
 * so the cache miss overlaps that work.
 */
static inline size_t put_key(const scrm_langid *m, scrm_langid_key k, scrm_langid_key *keys, uint64_t *mixed,
                             size_t nk)
{
	uint64_t x = scrm_langid_mix(k);
	keys[nk] = k;
	mixed[nk] = x;
	__builtin_prefetch(&m->table[x & m->mask]);
	return nk + 1;
}

/*
 * Appends the n-grams of one word (see the top of this file) to keys and
 * mixed; returns the new count. w is readable for 8 bytes whatever len.
 */
static size_t word_ngrams(const scrm_langid *m, const unsigned char *w, size_t len, scrm_langid_key *keys,
                          uint64_t *mixed, size_t nk)
{
	if (len > WORD_MAX)
		len = WORD_MAX;
	if (len <= 4) {
		/* " word ": the word's bytes loaded at once and masked (len <= 4, no shift of 64). */
		uint64_t bytes;
		memcpy(&bytes, w, 8);
		bytes &= (UINT64_C(1) << (8 * len)) - 1;
		return put_key(m, ' ' | bytes << 8 | (scrm_langid_key)' ' << (8 * (len + 1)), keys, mixed, nk);
	}
	nk = put_key(m, ' ' | four(w) << 8, keys, mixed, nk);
	size_t j = 3;
	for (; j + 4 < len; j += 3)
		nk = put_key(m, four(w + j), keys, mixed, nk);
	return put_key(m, four(w + len - 4) | (scrm_langid_key)' ' << 32, keys, mixed, nk);
}

/*
 * Writes the run of ASCII letters at s[i] (one at least), lower-cased, to
 * out, at most max of them (max >= 1, and out has room for max + 8
 * bytes); returns how many. Eight bytes a step: all eight are stored, and
 * the run's end, found with one bit scan, says how many count.
 */
static size_t copy_letters(const unsigned char *s, size_t n, size_t i, unsigned char *out, size_t max)
{
	size_t k = 0;
	while (n - i - k >= 8) {
		uint64_t w = scrm_swar_load(s + i + k);
		uint64_t stop = ~scrm_swar_letters(w) & scrm_swar_bytes(0x80);
		w |= scrm_swar_bytes(0x20);
		memcpy(out + k, &w, 8);
		k += stop ? (size_t)__builtin_ctzll(stop) / 8 : 8;
		if (stop || k >= max)
			return k < max ? k : max;
	}
	while (k < max && i + k < n && (s[i + k] | 0x20) >= 'a' && (s[i + k] | 0x20) <= 'z') {
		out[k] = (unsigned char)(s[i + k] | 0x20);
		k++;
	}
	return k;
}

/* Nonzero when one of the first bytes of a word (n bytes, n >= 3, loaded in w and zero beyond) starts a run of three. */
static inline uint64_t has_run3(uint64_t w, size_t n)
{
	size_t starts = n < 8 ? n - 2 : 6;
	/* Byte i is zero when bytes i, i + 1 and i + 2 are the same. */
	uint64_t differ = (w ^ (w >> 8)) | (w ^ (w >> 16));
	return scrm_swar_zero_bytes(differ) & ((UINT64_C(1) << (8 * starts)) - 1);
}

/* Whether the word at w (len bytes) begins with the apostrophe after p,
 * an ASCII one, a backquote or a typographic one, with more after it. */
static inline bool elided_after(const unsigned char *w, size_t len, size_t p)
{
	return (len > p + 1 && (w[p] == '\'' || w[p] == '`')) ||
	       (len > p + 3 && w[p] == 0xE2 && w[p + 1] == 0x80 && w[p + 2] == 0x99);
}

/* Whether the word at w (len bytes) is "j'", "t'" or "qu'" and a word. */
static inline bool french_elision(const unsigned char *w, size_t len)
{
	return ((w[0] == 'j' || w[0] == 't') && elided_after(w, len, 1)) ||
	       (w[0] == 'q' && len > 2 && w[1] == 'u' && elided_after(w, len, 2));
}

/*
 * Appends to slang (at *nslang) the slot of the slang word at w (len
 * bytes, lower case, 8 more readable), if it is one: as written, or with
 * each run of three letters or more written once ("mdrrrr", "ouaaais",
 * "lmaooo"; a run that starts past the sixth byte is not looked for).
 */
static inline void note_slang(const scrm_langid *m, const unsigned char *w, size_t len, uint16_t *slang,
                              size_t *nslang)
{
	if (len < 2)
		return;   /* none is a single letter */
	/* Of the languages told, French alone writes "j'", "t'" and "qu'"
	 * before a word ("j'en ai marre", "je t'aime", "qu'est-ce"): each
	 * counts as the slang word "j'" (the list has it as French). */
	if (french_elision(w, len)) {
		int slot = scrm_langid_slang_find(m, (uint64_t)'j' | (uint64_t)'\'' << 8);
		if (slot >= 0) {
			slang[(*nslang)++] = (uint16_t)slot;
			return;
		}
	}
	uint64_t bytes = scrm_swar_load(w);
	if (len <= 8) {
		/* Masked to the word (two shifts: one of 64 is undefined). */
		bytes &= ~UINT64_C(0) >> (32 - 4 * len) >> (32 - 4 * len);
		int slot = scrm_langid_slang_may_have(m, bytes, len) ? scrm_langid_slang_find(m, bytes) : -1;
		if (slot >= 0) {
			slang[(*nslang)++] = (uint16_t)slot;
			return;
		}
	}
	if (len < 3 || !has_run3(bytes, len))
		return;
	unsigned char once[8];
	size_t k = 0;
	for (size_t i = 0; i < len;) {
		size_t run = 1;
		while (i + run < len && w[i + run] == w[i])
			run++;
		for (size_t r = run >= 3 ? 1 : run; r > 0; r--) {
			if (k == sizeof once)
				return;   /* too long for a slang word */
			once[k++] = w[i];
		}
		i += run;
	}
	int slot = k >= 2 ? scrm_langid_slang_find(m, scrm_langid_word_key(once, k)) : -1;
	if (slot >= 0)
		slang[(*nslang)++] = (uint16_t)slot;
}

/* Ends the word written at out[*word..*o): its n-grams into keys and mixed, a space after it;
 * a name (names may be NULL) is taken back instead, as it says nothing of the language. */
static inline void end_word(const scrm_langid *m, const scrm_langid_names *names, unsigned char *out, size_t *o,
                            size_t *word, scrm_langid_key *keys, uint64_t *mixed, size_t *nk)
{
	if (names && scrm_langid_names_may_have(names, out + *word, *o - *word) &&
	    scrm_langid_names_has(names, out + *word, *o - *word)) {
		*o = *word;
		return;
	}
	*nk = word_ngrams(m, out + *word, *o - *word, keys, mixed, *nk);
	out[(*o)++] = ' ';
	*word = *o;
}

/*
 * The slots of the slang words of norm (n bytes of words, each followed by
 * a space, then 8 readable bytes) into slang; returns their number, and
 * in *says_nothing whether every word is neutral ("lol", "ok") or a lone
 * letter. Out of line: the scoring loops stay as compact as they were
 * without it.
 */
static __attribute__((noinline)) size_t find_slang(const scrm_langid *m, const unsigned char *norm, size_t n,
                                                   uint16_t *slang, bool *says_nothing)
{
	size_t nslang = 0;
	*says_nothing = true;
	for (size_t i = 0; i < n;) {
		/* The word's end, eight bytes a step: every word has a space after it. */
		size_t end = i;
		for (;;) {
			uint64_t zero = scrm_swar_zero_bytes(scrm_swar_load(norm + end) ^ scrm_swar_bytes(' '));
			if (zero) {
				end += (size_t)__builtin_ctzll(zero) / 8;
				break;
			}
			end += 8;
		}
		size_t before = nslang;
		note_slang(m, norm + i, end - i, slang, &nslang);
		bool neutral = nslang > before && m->slang_lang[slang[nslang - 1]] == SCRM_LANGID_NEUTRAL;
		nslang -= neutral;
		*says_nothing = *says_nothing && (neutral || end - i == 1);
		i = end + 1;
	}
	return nslang;
}

/*
 * Writes the lower-case words of text into out (at most cap bytes, and 8
 * more readable), one space after each word, and their n-grams into keys
 * and their mixes into mixed (room for NGRAMS_MAX each), in one pass; the
 * number of bytes written goes to *out_len.
 * Letters are Unicode categories L*; an apostrophe stays when a letter
 * follows it (l'homme, don't); everything else separates words.
 * Whitespace-delimited tokens that say nothing about the language are left
 * out whole: URLs, @mentions, #hashtags, e-mail addresses, anything holding
 * a digit (the words and n-grams already written for such a token are
 * taken back when the digit or the "@" or "://" shows up), and the words
 * of names (NULL: none).
 * Returns the number of n-grams.
 */
static size_t normalise(const scrm_langid *m, const scrm_langid_names *names, const unsigned char *s, size_t n,
                        unsigned char *out, size_t cap, scrm_langid_key *keys, uint64_t *mixed, size_t *out_len)
{
	size_t i = 0, o = 0, word = 0, nk = 0;
	while (i < n && o + 8 < cap) {
		while (i < n && is_space(s[i]))
			i++;
		if (i == n)
			break;
		size_t token_o = o, token_nk = nk;
		int in_word = 0, noise = s[i] == '@' || s[i] == '#' || (n - i >= 4 && memcmp(s + i, "www.", 4) == 0);
		/* Most tokens are a run of ASCII letters then white space: ended here, the rest goes the long way. */
		if (!noise && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) {
			size_t k = copy_letters(s, n, i, out + o, cap - 8 - o);
			i += k;
			o += k;
			in_word = 1;
			if (i == n || is_space(s[i]) || o + 8 >= cap) {
				end_word(m, names, out, &o, &word, keys, mixed, &nk);
				continue;
			}
		}
		while (!noise && i < n && !is_space(s[i]) && o + 8 < cap) {
			/* Runs of ASCII letters, most of any text, straight to the output while o + 8 < cap. */
			if (((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z')) {
				size_t k = copy_letters(s, n, i, out + o, cap - 8 - o);
				i += k;
				o += k;
				in_word = 1;
				continue;
			}
			/* Accented Latin letters (U+00C0 to U+00FF but for the signs
			 * × and ÷), most of what is not ASCII in European text:
			 * lower-cased without utf8proc. */
			if (s[i] == 0xC3 && n - i >= 2 && (s[i + 1] & 0xC0) == 0x80 && s[i + 1] != 0x97 && s[i + 1] != 0xB7) {
				unsigned char c = s[i + 1];
				out[o++] = 0xC3;
				out[o++] = (unsigned char)(c < 0x9F ? c + 0x20 : c);
				i += 2;
				in_word = 1;
				continue;
			}
			int32_t cp = s[i] < 0x80 ? s[i++] : next_cp(s, n, &i);
			if (cp >= 0 && cp < 0x80 && is_letter(cp)) {
				out[o++] = (unsigned char)(cp | 0x20);
				in_word = 1;
			} else if ((cp >= '0' && cp <= '9') || cp == '@' ||
			           (cp == ':' && n - i >= 2 && s[i] == '/' && s[i + 1] == '/')) {
				noise = 1;
			} else if (cp >= 0 && is_apostrophe(cp) && letter_at(s, n, i)) {
				o += scrm_utf8_encode((uint32_t)cp, (char *)out + o);
				in_word = 1;
			} else if (cp >= 0x80 && is_letter(cp)) {
				o += scrm_utf8_encode((uint32_t)utf8proc_tolower(cp), (char *)out + o);
				in_word = 1;
			} else if (in_word) {
				end_word(m, names, out, &o, &word, keys, mixed, &nk);
				in_word = 0;
			}
		}
		if (noise) {
			o = word = token_o;
			nk = token_nk;
			while (i < n && !is_space(s[i]))
				i++;
		} else if (in_word) {
			end_word(m, names, out, &o, &word, keys, mixed, &nk);
		}
	}
	*out_len = o;
	return nk;
}

#ifdef __SSE2__
/* Adds the eight 16-bit lanes of a to score[0..8). */
static inline void add_lanes(uint32_t *score, __m128i a)
{
	const __m128i zero = _mm_setzero_si128();
	__m128i *s = (__m128i *)(void *)score;
	_mm_storeu_si128(s, _mm_add_epi32(_mm_loadu_si128(s), _mm_unpacklo_epi16(a, zero)));
	_mm_storeu_si128(s + 1, _mm_add_epi32(_mm_loadu_si128(s + 1), _mm_unpackhi_epi16(a, zero)));
}
#endif

/*
 * Adds rows r[0..n) to score (SCRM_LANGID_ROW_LANGS entries at least,
 * zero beyond the model's languages). The rows are summed into 16-bit
 * lanes, which 256 rows of bytes cannot overflow, then into score: with
 * SSE2 the lanes stay in eight registers.
 */
static void add_rows(const scrm_langid *m, const uint32_t *r, size_t n, uint32_t *score)
{
	for (size_t i = 0; i < n;) {
		size_t end = i + 256 < n ? i + 256 : n;
#ifdef __SSE2__
		const __m128i zero = _mm_setzero_si128();
		__m128i a0 = zero, a1 = zero, a2 = zero, a3 = zero, a4 = zero, a5 = zero, a6 = zero, a7 = zero;
		for (; i < end; i++) {
			const __m128i *row = (const __m128i *)(const void *)m->rows[r[i]];
			__m128i v0 = _mm_loadu_si128(row), v1 = _mm_loadu_si128(row + 1);
			__m128i v2 = _mm_loadu_si128(row + 2), v3 = _mm_loadu_si128(row + 3);
			a0 = _mm_add_epi16(a0, _mm_unpacklo_epi8(v0, zero));
			a1 = _mm_add_epi16(a1, _mm_unpackhi_epi8(v0, zero));
			a2 = _mm_add_epi16(a2, _mm_unpacklo_epi8(v1, zero));
			a3 = _mm_add_epi16(a3, _mm_unpackhi_epi8(v1, zero));
			a4 = _mm_add_epi16(a4, _mm_unpacklo_epi8(v2, zero));
			a5 = _mm_add_epi16(a5, _mm_unpackhi_epi8(v2, zero));
			a6 = _mm_add_epi16(a6, _mm_unpacklo_epi8(v3, zero));
			a7 = _mm_add_epi16(a7, _mm_unpackhi_epi8(v3, zero));
		}
		add_lanes(score, a0);
		add_lanes(score + 8, a1);
		add_lanes(score + 16, a2);
		add_lanes(score + 24, a3);
		add_lanes(score + 32, a4);
		add_lanes(score + 40, a5);
		add_lanes(score + 48, a6);
		add_lanes(score + 56, a7);
#else
		uint16_t acc[SCRM_LANGID_ROW_LANGS] = { 0 };
		for (; i < end; i++)
			for (size_t l = 0; l < SCRM_LANGID_ROW_LANGS; l++)
				acc[l] += m->rows[r[i]][l];
		for (size_t l = 0; l < SCRM_LANGID_ROW_LANGS; l++)
			score[l] += acc[l];
#endif
	}
}

/*
 * Adds SLANG_WEIGHT to the language of each distinct slang word (slots slang[0..nslang)). The
 * weight is that of two or three n-grams that only its language has: "mdr"
 * or "ptdr" alone say French, "ouais ouais" overcomes the Portuguese its
 * n-grams suggest, a slang word in a sentence of another language does not
 * turn it over.
 */
static void add_slang(const scrm_langid *m, const uint16_t *slang, size_t nslang, uint32_t *score)
{
	if (nslang == 0)
		return;
	uint64_t seen[SCRM_LANGID_SLANG_SLOTS / 64] = { 0 };
	for (size_t i = 0; i < nslang; i++) {
		unsigned slot = slang[i];
		if (seen[slot / 64] >> (slot % 64) & 1)
			continue;
		seen[slot / 64] |= UINT64_C(1) << (slot % 64);
		score[m->slang_lang[slot]] += SLANG_WEIGHT;
	}
}

/*
 * Adds SCRM_LANGID_HINT_WEIGHT to each hinted language that has a score:
 * a hint settles what the text leaves open, it does not make a language
 * of letters the model knows nothing of.
 */
static void add_hints(const scrm_langid *m, const scrm_langid_hints *h, uint32_t *score)
{
	if (!h)
		return;
	for (size_t w = 0; w < sizeof h->bits / sizeof h->bits[0]; w++)
		for (unsigned long long bits = h->bits[w]; bits; bits &= bits - 1) {
			size_t l = 64 * w + (size_t)__builtin_ctzll(bits);
			if (l < m->nlangs && score[l] > 0)
				score[l] += SCRM_LANGID_HINT_WEIGHT;
		}
}

int scrm_langid_hint(const scrm_langid *m, scrm_langid_hints *h, const char *code, size_t n)
{
	size_t len = 0;
	while (len < n && code[len] != '-' && code[len] != '_')
		len++;
	size_t l = m->nlangs;
	if (len == 2) {
		/* The common case, once per record in scrm-clean: a table lookup. */
		unsigned a = (unsigned char)code[0] | 0x20, b = (unsigned char)code[1] | 0x20;
		if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && m->by_code[(a - 'a') * 26 + (b - 'a')])
			l = m->by_code[(a - 'a') * 26 + (b - 'a')] - 1u;
	} else {
		for (l = 0; l < m->nlangs; l++)
			if (strlen(m->codes[l]) == len && strncasecmp(m->codes[l], code, len) == 0)
				break;
	}
	if (l >= m->nlangs)
		return 0;
	h->bits[l / 64] |= 1ull << (l % 64);
	return 1;
}

void scrm_langid_weigh(const scrm_langid *m, const char *text, size_t len, scrm_langid_evidence *ev)
{
	scrm_langid_weigh_hinted(m, text, len, NULL, ev);
}

void scrm_langid_weigh_hinted(const scrm_langid *m, const char *text, size_t len, const scrm_langid_hints *hints,
                              scrm_langid_evidence *ev)
{
	unsigned char norm[TEXT_MAX + 8];
	scrm_langid_key keys[NGRAMS_MAX];
	uint32_t score[SCRM_LANGID_MAX_LANGS];

	/* Rows add to SCRM_LANGID_ROW_LANGS entries whatever the number of languages. */
	memset(score, 0, (m->nlangs > SCRM_LANGID_ROW_LANGS ? m->nlangs : SCRM_LANGID_ROW_LANGS) * sizeof *score);
	memset(ev, 0, sizeof *ev);
	memcpy(ev->best, "und", 4);
	memcpy(ev->second, "und", 4);
	uint64_t mixed[NGRAMS_MAX];
	size_t norm_len;
	size_t nk = normalise(m, hints ? hints->names : NULL, (const unsigned char *)text, len, norm, TEXT_MAX, keys,
	                      mixed, &norm_len);
	/* Slang is looked for in short texts only, where the n-grams are few
	 * (each word makes one at least, so they bound the words). */
	uint16_t slang[SLANG_TEXT_NGRAMS];
	size_t nslang = 0;
	if (nk <= SLANG_TEXT_NGRAMS) {
		bool says_nothing;
		memset(norm + norm_len, 0, 8);   /* the word scan's loads run past the last space */
		nslang = find_slang(m, norm, norm_len, slang, &says_nothing);
		if (says_nothing)
			return;   /* "lol", "ok bravo", "x": "und", whatever the hints */
	}
	/*
	 * Each distinct n-gram counts once, so that "yay yay yay yay" is no
	 * stronger evidence than "yay". Drop repeats through a small set sized
	 * to the text (the model's slots were prefetched as the keys were made).
	 */
	scrm_langid_key seen[SET_MAX];
	size_t set_mask = 15;
	while (set_mask + 1 < 2 * nk)
		set_mask = set_mask * 2 + 1;
	memset(seen, 0, (set_mask + 1) * sizeof *seen);
	/* Each new one is then looked up in the model, in the same pass. Pairs
	 * and rows of the n-grams whose weights are not in their slot:
	 * prefetched, added last. */
	uint32_t refs[NGRAMS_MAX], rows[NGRAMS_MAX];
	size_t nr = 0, nrow = 0, nd = 0;
	for (size_t i = 0; i < nk; i++) {
		uint64_t x = mixed[i];
		size_t h = (size_t)(x >> 40) & set_mask;
		while (seen[h] != 0 && seen[h] != keys[i])
			h = (h + 1) & set_mask;
		if (seen[h] != 0)
			continue;
		seen[h] = keys[i];
		nd++;
		uint32_t fp = scrm_langid_fp(x);
		h = (size_t)x & m->mask;
		while (m->table[h].fp != 0 && m->table[h].fp != fp)
			h = (h + 1) & m->mask;
		if (m->table[h].fp == 0)
			continue;
		uint32_t ref = m->table[h].ref;
		if (ref & SCRM_LANGID_INLINE) {
			score[ref >> 8 & 0xff] += (ref & 0xff) + m->base;
		} else if ((ref & 0xff) == 0) {
			rows[nrow++] = ref >> 8;
			__builtin_prefetch(m->rows[ref >> 8]);
		} else {
			refs[nr++] = ref;
			__builtin_prefetch(m->pairs + 2 * (size_t)(ref >> 8));
		}
	}
	nk = nd;
	ev->ngrams = nk;
	for (size_t i = 0; i < nr; i++) {
		const uint8_t *p = m->pairs + 2 * (size_t)(refs[i] >> 8);
		for (uint32_t c = refs[i] & 0xff; c > 0; c--, p += 2)
			score[p[0]] += p[1] + m->base;
	}
	add_rows(m, rows, nrow, score);
	add_slang(m, slang, nslang, score);
	add_hints(m, hints, score);
	/* Strict comparisons in index order: ties go to the lower index, so the answer depends on the model alone. */
	/* The two scores are kept in registers: reloading score[best] made each step wait on the last. */
	size_t best = 0, second = 1;
	if (score[1] > score[0]) {
		best = 1;
		second = 0;
	}
	uint32_t best_v = score[best], second_v = score[second];
	for (size_t l = 2; l < m->nlangs; l++) {
		uint32_t v = score[l];
		if (v > best_v) {
			second = best;
			second_v = best_v;
			best = l;
			best_v = v;
		} else if (v > second_v) {
			second = l;
			second_v = v;
		}
	}
	if (score[best] == 0)
		return;
	memcpy(ev->best, m->codes[best], sizeof ev->best);
	if (score[second] > 0)
		memcpy(ev->second, m->codes[second], sizeof ev->second);
	ev->lead = (double)(score[best] - score[second]) / (double)nk;
}

/*
 * The confidence is a logistic fit of P(detection is right) on the lead and
 * the number of n-grams, made on held-out labelled text (scripts/langid/calibrate.py):
 * of the texts it gave 0.9 or more, 99.5% were right; 0.5 to 0.6, 60%; 0.2 to 0.3, 31%.
 */
void scrm_langid_detect(const scrm_langid *m, const char *text, size_t len, scrm_langid_result *out)
{
	scrm_langid_detect_hinted(m, text, len, NULL, out);
}

void scrm_langid_detect_hinted(const scrm_langid *m, const char *text, size_t len, const scrm_langid_hints *h,
                               scrm_langid_result *out)
{
	scrm_langid_evidence ev;
	scrm_langid_weigh_hinted(m, text, len, h, &ev);
	memcpy(out->lang, "und", 4);
	out->confidence = 0;
	if (strcmp(ev.best, "und") == 0)
		return;
	double root = sqrt(ev.lead), logn = log((double)ev.ngrams);
	double z = CONF_A + CONF_B * root + CONF_C * logn + CONF_D * root * logn;
	out->confidence = 1.0 / (1.0 + exp(-z));
	if (out->confidence >= CONF_MIN)
		memcpy(out->lang, ev.best, sizeof out->lang);
}
