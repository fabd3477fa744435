/*
 * tone_text.c - splits social text into normalised tokens for the tone engine.
 *
 * Keys are lower case without accents ("Déçu" and "decu" meet), with French
 * elisions split off ("j'adore" = "je" + "adore"), letter runs of three or
 * more collapsed ("nuuul" = "nul", flagged as elongated), laughter folded to
 * "haha", URLs and @handles dropped, '#' removed from hashtags. Emoji are
 * tokens of their own (modifiers dropped); ASCII emoticons are recognised
 * when a whitespace-separated chunk is made of punctuation only.
 */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "msg.h"
#include "tone_chars.h"
#include "tone_impl.h"

void scrm_tone_text_init(scrm_tone_text *t)
{
	memset(t, 0, sizeof *t);
}

void scrm_tone_text_free(scrm_tone_text *t)
{
	free(t->tok);
	free(t->clause_sentence);
	free(t->padded);
	free(t->valued);
	free(t->aspected);
	scrm_buf_free(&t->keys);
	memset(t, 0, sizeof *t);
}

/* Lower-case ASCII spelling of U+00C0..U+00FF, accents removed ("" for × and ÷). */
static const char *const latin1[64] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"
};

/*
 * The key buffer is reserved up front (keys never exceed six times the text:
 * at most two bytes of key per byte of text, twice with the elongation
 * variant, plus one separator per token), so the hot loop writes directly.
 */
static inline void raw_putc(scrm_buf *b, char c)
{
	b->data[b->len++] = c;
}

static inline void raw_puts(scrm_buf *b, const char *s)
{
	while (*s)
		b->data[b->len++] = *s++;
}

/*
 * Appends the ASCII letters at p[*i..n) (p[*i] is one) to keys folded to
 * lower case, continuing hash *h; returns the OR of their bytes (bit 0x20
 * clear when all are capitals). Unbounded, it relies on a non-letter
 * before n: the tokenizer checks the text's last byte once, which spares
 * a test per letter.
 */
static inline unsigned ascii_letters(const unsigned char *p, size_t n, size_t *i, scrm_buf *keys, uint64_t *h,
                                     bool bounded)
{
	char *kp = keys->data + keys->len, *k0 = kp;
	size_t j = *i;
	uint64_t hh = *h;
	unsigned ored = 0;
	unsigned char b = p[j], lo = ascii_fold[b];
	do {
		*kp++ = (char)lo;
		hh = (hh ^ lo) * 1099511628211ull;
		ored |= b;
		if (++j == n && bounded)
			break;
		b = p[j];
	} while ((lo = ascii_fold[b]) != 0);
	keys->len += (size_t)(kp - k0);
	*i = j;
	*h = hh;
	return ored;
}

/* Appends the normalised spelling of letter cp (at most 4 bytes, room
 * reserved by the caller); sets *upper when it was a capital. */
static void put_letter(scrm_buf *b, uint32_t cp, bool *upper)
{
	if (cp < 0x80) {
		*upper = cp >= 'A' && cp <= 'Z';
		raw_putc(b, (char)(cp | 0x20));
		return;
	}
	if (cp >= 0xC0 && cp <= 0xFF) {
		*upper = cp < 0xE0 && cp != 0xDF;
		raw_puts(b, latin1[cp - 0xC0]);
		return;
	}
	if (cp == 0x152 || cp == 0x153) {
		*upper = cp == 0x152;
		raw_puts(b, "oe");
		return;
	}
	utf8proc_int32_t lo = utf8proc_tolower((utf8proc_int32_t)cp);
	*upper = lo != (utf8proc_int32_t)cp;
	utf8proc_ssize_t k = utf8proc_encode_char(lo, (utf8proc_uint8_t *)b->data + b->len);
	b->len += (size_t)k;
}

/* Appends s[0..n) lower-cased without accents, spaces squeezed (no splitting). */
static void normalize_span(const char *s, size_t n, scrm_buf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	bool upper;
	scrm_buf_reserve(out, 2 * n + 8);
	while (i < n) {
		uint32_t cp;
		size_t k = decode(p + i, n - i, &cp);
		enum cls c = classify(cp);
		if (c == C_LETTER)
			put_letter(out, cp, &upper);
		else if (c == C_APOS)
			raw_putc(out, '\'');
		else if (c == C_SPACE) {
			if (out->len > 0 && out->data[out->len - 1] != ' ')
				raw_putc(out, ' ');
		} else if (c != C_SKIP) {
			memcpy(out->data + out->len, s + i, k);
			out->len += k;
		}
		i += k;
	}
	out->data[out->len] = '\0';
	while (out->len > 0 && out->data[out->len - 1] == ' ')
		out->data[--out->len] = '\0';
}

static void close_clause(scrm_tone_text *t, bool sentence_end)
{
	bool empty = t->ntok == 0 || t->tok[t->ntok - 1].clause != t->nclauses;
	if (!empty) {
		if (t->nclauses + 1u >= t->clause_cap) {
			t->clause_cap = t->clause_cap ? t->clause_cap * 2 : 32;
			t->clause_sentence = scrm_xrealloc(t->clause_sentence,
			                                   t->clause_cap * sizeof *t->clause_sentence);
		}
		t->clause_sentence[t->nclauses] = t->nsentences;
		if (t->nclauses < UINT16_MAX - 1)
			t->nclauses++;
	}
	/* Counted without a branch: sentence ends come in no order. */
	t->nsentences += sentence_end && !empty && t->nsentences < UINT16_MAX - 1;
}

/* French elided prefixes split off a word: "j'", "qu'"... (key as written before the apostrophe). */
static const char *elision(const char *w, size_t n)
{
	static const struct {
		const char *pre;
		size_t len;
		const char *full;
	} elided[] = {
		{ "c", 1, "ce" }, { "d", 1, "de" }, { "j", 1, "je" }, { "l", 1, "le" }, { "m", 1, "me" },
		{ "n", 1, "ne" }, { "s", 1, "se" }, { "t", 1, "te" }, { "qu", 2, "que" },
		{ "jusqu", 5, "jusque" }, { "lorsqu", 6, "lorsque" }, { "puisqu", 6, "puisque" },
		{ "quoiqu", 6, "quoique" },
	};
	for (size_t i = 0; i < sizeof elided / sizeof elided[0]; i++)
		if (elided[i].len == n && memcmp(elided[i].pre, w, n) == 0)
			return elided[i].full;
	return NULL;
}

/* "hahaha", "ahahah", "hihihi", "hehe": two or more syllables of h + vowel. */
static bool is_laughter(const char *w, size_t n)
{
	if (n < 4)
		return false;
	size_t h = 0;
	for (size_t i = 0; i < n; i++) {
		char c = w[i];
		if (c == 'h')
			h++;
		else if (c != 'a' && c != 'e' && c != 'i' && c != 'o')
			return false;
	}
	return h >= 2 && h * 3 >= n;
}

/*
 * Finishes the word whose raw key is keys[start..]: collapses letter runs,
 * recognises laughter, and records the two-letter variant for elongations.
 * h is the key's hash when hashed (the tokenizer's ASCII loop computes it
 * as it goes).
 */
static void finish_word(scrm_tone_text *t, scrm_tone_token *k, size_t start, bool hashed, uint64_t h)
{
	scrm_buf *b = &t->keys;
	char *w = b->data + start;
	size_t n = b->len - start, o = 0;
	bool elong = false, runs = false;
	if (!hashed)
		h = scrm_tone_hash(w, n);
	for (size_t i = 2; i < n && !runs; i++)
		runs = w[i] == w[i - 2] && w[i] == w[i - 1];
	/* Collapses runs of three or more letters in place (rare: checked first);
	 * add_alt() builds the two-letter variant. */
	for (size_t i = 0; runs && i < n;) {
		size_t j = i + 1;
		while (j < n && w[j] == w[i])
			j++;
		size_t run = j - i;
		if (run >= 3 && (unsigned char)w[i] >= 'a' && (unsigned char)w[i] <= 'z') {
			w[o++] = w[i];
			elong = true;
		} else {
			for (size_t x = 0; x < run; x++)
				w[o++] = w[i];
		}
		i = j;
	}
	if (!runs)
		o = n;
	if (o >= 4 && is_laughter(w, o)) {
		memcpy(w, "haha", 4);
		o = 4;
		elong = false;
		runs = true;
	}
	k->hash = runs ? scrm_tone_hash(w, o) : h;
	b->len = start + o;
	k->key = (uint32_t)start;
	k->keylen = (uint16_t)(o > UINT16_MAX ? UINT16_MAX : o);
	k->alt = k->key;
	raw_putc(b, '\0');
	if (elong)
		k->flags |= SCRM_TOK_ELONG;
}

/* Builds the two-letter variant of an elongated token from its source span. */
static void add_alt(scrm_tone_text *t, scrm_tone_token *k, const char *text)
{
	scrm_buf *b = &t->keys;
	size_t start = b->len;
	normalize_span(text + k->src, k->srclen, b);
	char *w = b->data + start;
	size_t n = b->len - start, o = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && w[j] == w[i])
			j++;
		size_t run = j - i;
		if (run >= 3) {
			w[o++] = w[i];
			w[o++] = w[i];
		} else {
			memmove(w + o, w + i, run);
			o += run;
		}
		i = j;
	}
	b->len = start + o;
	b->data[b->len] = '\0';
	scrm_buf_putc(b, '\0');
	k->alt = (uint32_t)start;
}

/* What a punctuation character does to the text's structure and emphasis. */
enum { ROLE_CLAUSE = 1, ROLE_SENTENCE = 2, ROLE_EXCLAIM = 4, ROLE_QUESTION = 8 };

static const unsigned char ascii_punct_role[128] = {
	['.'] = ROLE_CLAUSE | ROLE_SENTENCE, ['!'] = ROLE_CLAUSE | ROLE_SENTENCE | ROLE_EXCLAIM,
	['?'] = ROLE_CLAUSE | ROLE_SENTENCE | ROLE_QUESTION, [','] = ROLE_CLAUSE, [';'] = ROLE_CLAUSE,
	[':'] = ROLE_CLAUSE, ['('] = ROLE_CLAUSE, [')'] = ROLE_CLAUSE, ['"'] = ROLE_CLAUSE,
	['/'] = ROLE_CLAUSE
};

static inline unsigned punct_role(uint32_t cp)
{
	if (cp < 0x80)
		return ascii_punct_role[cp];
	if (cp == 0x2026)    /* ... */
		return ROLE_CLAUSE | ROLE_SENTENCE;
	return cp == 0xAB || cp == 0xBB ? ROLE_CLAUSE : 0;   /* French quotes */
}

/* Clause and sentence boundaries and emphasis counts of a punctuation mark. */
static inline void punctuation(scrm_tone_text *t, uint32_t cp)
{
	unsigned what = punct_role(cp);
	t->exclaims += (what & ROLE_EXCLAIM) != 0;
	t->questions += (what & ROLE_QUESTION) != 0;
	if (what & ROLE_CLAUSE)
		close_clause(t, what & ROLE_SENTENCE);
}

/* Whether the mark at p[i], right after a token, is the point or comma of
 * a decimal number ("19.99", "3,5"): it ends no clause or sentence. */
static inline bool decimal_point(const scrm_tone_text *t, const unsigned char *p, size_t n, size_t i)
{
	/* A digit right after a mark is the rare part: tested first. */
	if (i + 1 >= n || (unsigned)(p[i + 1] - '0') > 9u || (p[i] != '.' && p[i] != ',') || t->ntok == 0)
		return false;
	const scrm_tone_token *k = &t->tok[t->ntok - 1];
	return k->src + k->srclen == i && scrm_tone_is_digits(t, k);
}

/* Past the fraction of the number whose point is at p[i]: "3.5 weeks" is
 * read as "3 weeks", the number word of a phrase, the last token spanning
 * the whole number as written. */
static size_t fraction_end(scrm_tone_text *t, const unsigned char *p, size_t n, size_t i)
{
	do
		i++;
	while (i < n && p[i] < 0x80 && ascii_class[p[i]] == C_DIGIT);
	scrm_tone_token *k = &t->tok[t->ntok - 1];
	k->srclen = (uint32_t)(i - k->src);
	return i;
}

/* The ASCII letters and digits that start no URL ("http", "www."), no
 * emoticon ("xD", "8)") and no handle: a chunk starting with one is a word
 * without further look. */
static const unsigned char word_only[256] = {
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['Y'] = 1,
	['Z'] = 1, ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['y'] = 1, ['z'] = 1,
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1,
	['9'] = 1
};

/*
 * Whether a chunk starting at p[i] may be a URL, a handle or an emoticon
 * (scrm_tone_special_chunk() decides). The letters that follow rule most
 * chunks out at once: emoticons have at most one letter (but "xD"), and
 * URLs start "http" or "www.".
 */
static bool may_be_special(const unsigned char *p, size_t n, size_t i)
{
	unsigned char b = p[i];
	if (b >= 0x80 || ascii_class[b] == C_SPACE)
		return false;
	if (ascii_class[b] == C_LETTER) {
		if (b != 'h' && b != 'w' && b != 'x' && b != 'X')
			return false;
		unsigned char next = i + 1 < n ? p[i + 1] : 0;
		if (next < 0x80 && ascii_class[next] == C_LETTER)
			return (b == 'h' && next == 't') || (b == 'w' && next == 'w') ||
			       ((b == 'x' || b == 'X') && next == 'D');
		return true;
	}
	if (ascii_class[b] == C_DIGIT)
		return b == '8';
	/* Punctuation ("#hashtag", "(word"): two letters after it make too
	 * many for an emoticon; a handle is special whatever follows. */
	if (b != '@' && i + 2 < n && ascii_fold[p[i + 1]] && ascii_fold[p[i + 2]])
		return false;
	return true;
}

/*
 * Tokenises the word (letters, digits, inner apostrophes) starting at
 * text[i], a letter or digit, into a new token; returns where it ends.
 * bounded: an ASCII letter run may reach the end of the text.
 */
static size_t word_token(scrm_tone_text *t, const char *text, size_t n, size_t i, bool bounded)
{
	const unsigned char *p = (const unsigned char *)text;
	uint32_t cp;
	size_t k;
	enum cls c;
	scrm_tone_token *tok = scrm_tone_new_token(t);
	size_t start = t->keys.len, wstart = i;
	unsigned letters = 0;
	bool lower = false;
	/* The key's hash, while only the ASCII loop below writes the key. */
	uint64_t h = 1469598103934665603ull;
	bool hashed = true;
	while (i < n) {
		unsigned char b = p[i], lo = ascii_fold[b];
		if (lo) {
			/* ASCII letters: the common case, kept tight. */
			size_t i0 = i;
			unsigned ored = bounded ? ascii_letters(p, n, &i, &t->keys, &h, true)
			                        : ascii_letters(p, n, &i, &t->keys, &h, false);
			lower = lower || (ored & 0x20);
			letters += (unsigned)(i - i0);
			b = i < n ? p[i] : 0;
			/* Space and ASCII punctuation end the word at once. */
			if (i >= n || (b < 0x80 && ascii_class[b] != C_DIGIT && ascii_class[b] != C_APOS))
				break;
			continue;
		}
		if (b < 0x80) {
			cp = b;
			k = 1;
			c = ascii_class[b];
		} else {
			k = decode(p + i, n - i, &cp);
			c = classify(cp);
		}
		if (c == C_LETTER || c == C_DIGIT || c == C_APOS)
			hashed = false;
		if (c == C_LETTER) {
			bool up;
			put_letter(&t->keys, cp, &up);
			letters++;
			lower = lower || !up;
		} else if (c == C_DIGIT) {
			memcpy(t->keys.data + t->keys.len, text + i, k);
			t->keys.len += k;
		} else if (c == C_APOS) {
			/* An elision ends the token; otherwise the apostrophe stays ("don't"). */
			const char *full = elision(t->keys.data + start, t->keys.len - start);
			if (full && i + k < n) {
				t->keys.len = start;
				raw_puts(&t->keys, full);
				i += k;
				break;
			}
			uint32_t next = 0;
			if (i + k < n)
				decode(p + i + k, n - i - k, &next);
			if (i + k < n && classify(next) == C_LETTER)
				raw_putc(&t->keys, '\'');
			else {
				i += k;
				break;
			}
		} else if (c != C_SKIP || cp == 0x200D)
			break;
		i += k;
	}
	tok->src = (uint32_t)wstart;
	tok->srclen = (uint32_t)(i - wstart);
	if (letters) {
		tok->flags |= SCRM_TOK_WORD;
		t->words++;
		if (letters >= 2 && !lower) {
			tok->flags |= SCRM_TOK_CAPS;
			t->capswords++;
		}
	}
	finish_word(t, tok, start, hashed, h);
	if (tok->flags & SCRM_TOK_ELONG)
		add_alt(t, tok, text);
	return i;
}

/* The token of a word cached from an earlier text: its key copied, no folding or hashing. */
static void emit_cached(scrm_tone_text *t, scrm_tone_word *w, size_t i, size_t e)
{
	uint32_t key = (uint32_t)t->keys.len;
	/* Every field at once, instead of zeroing then filling. */
	*scrm_tone_push_token(t) = (scrm_tone_token){ .hash = w->hash, .key = key, .alt = key, .src = (uint32_t)i,
	                                              .srclen = (uint32_t)(e - i), .keylen = w->keylen,
	                                              .clause = t->nclauses, .sentence = t->nsentences,
	                                              .flags = w->flags, .word = w };
	/* The whole padded key, NUL included: the reserve has room for it. */
	memcpy(t->keys.data + t->keys.len, w->key, sizeof w->key);
	t->keys.len += w->keylen + 1u;
	/* Counted without branches (words and numbers come in no order);
	 * only words are ever in capitals. */
	t->words += (w->flags & SCRM_TOK_WORD) != 0;
	t->capswords += (w->flags & SCRM_TOK_CAPS) != 0;
}

#ifdef __SSE2__
/*
 * The ASCII letters and digits at the start of p[0..16) (readable), 16
 * when all are, with the 16 bytes in *v: most words, found without a loop.
 */
static inline size_t ascii_alnum_run(const unsigned char *p, __m128i *v)
{
	*v = _mm_loadu_si128((const __m128i *)(const void *)p);
	return (size_t)__builtin_ctz(~ascii_alnum_mask(*v));
}

/* The spelling of n (< 16) bytes in v, zero-padded into raw, and its slot index. */
static inline size_t run_home(__m128i v, size_t n, uint64_t raw[3])
{
	/* Bytes from n on cleared with one compare against their indexes:
	 * no branch on the word's length. */
	const __m128i index = _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
	v = _mm_and_si128(v, _mm_cmplt_epi8(index, _mm_set1_epi8((char)n)));
	raw[0] = (uint64_t)_mm_cvtsi128_si64(v);
	raw[1] = (uint64_t)_mm_cvtsi128_si64(_mm_srli_si128(v, 8));
	raw[2] = 0;
	return scrm_tone_words_home_raw(raw, n);
}
#endif

/* word_token() through the word cache: a spelling met before is copied from it, a new one added. */
static size_t cached_word(scrm_tone_text *t, const char *text, size_t n, size_t i, bool bounded)
{
	const unsigned char *p = (const unsigned char *)t->padded;
	uint64_t raw[3];
	size_t e = 0, home = 0;
#ifdef __SSE2__
	/* ASCII letters and digits then ASCII that ends a word: the common
	 * case. The zeros after the text stop the run at its end. */
	__m128i v;
	size_t run = ascii_alnum_run(p + i, &v);
	if (run > 0 && run < 16 && (i + run == n || (p[i + run] < 0x80 && ascii_class[p[i + run]] != C_APOS))) {
		e = i + run;
		home = run_home(v, run, raw);
	}
#endif
	if (e == 0) {
		e = scrm_tone_plain_word_end(p, n, i);
		if (e == 0)
			return word_token(t, text, n, i, bounded);
		home = scrm_tone_words_home(t->padded + i, e - i, raw);
	}
	scrm_tone_word *w = scrm_tone_words_find(t->cache, raw, e - i, home);
	if (w) {
		emit_cached(t, w, i, e);
		return e;
	}
	size_t end = word_token(t, text, n, i, bounded);
	scrm_tone_token *k = &t->tok[t->ntok - 1];
	if (end == e && !(k->flags & SCRM_TOK_ELONG))
		k->word = scrm_tone_words_add(t->cache, raw, e - i, home, k, t->keys.data + k->key);
	return end;
}

void scrm_tone_tokenize(scrm_tone_text *t, const char *text, size_t n)
{
	const unsigned char *p = (const unsigned char *)text;
	t->ntok = 0;
	t->nvalued = t->naspected = 0;
	scrm_buf_clear(&t->keys);
	/* + a cached key's padding (emit_cached) */
	scrm_buf_reserve(&t->keys, 6 * n + 64 + SCRM_TONE_WORD_MAX + 1);
	if (t->cache) {
		scrm_tone_words_next_text(t->cache);
		if (n + SCRM_TONE_PAD > t->padded_cap) {
			t->padded_cap = n + SCRM_TONE_PAD;
			t->padded = scrm_xrealloc(t->padded, t->padded_cap);
		}
		memcpy(t->padded, text, n);
		memset(t->padded + n, 0, SCRM_TONE_PAD);
	}
	raw_putc(&t->keys, '\0');   /* offset 0 is the empty key */
	t->exclaims = t->questions = t->words = t->capswords = 0;
	t->nclauses = t->nsentences = 0;
	size_t i = 0;
	bool chunk_start = true;
	/* Whether an ASCII letter run may reach the end of the text. */
	bool bounded = n > 0 && ascii_fold[p[n - 1]] != 0;
	while (i < n && t->nclauses < SCRM_TONE_CLAUSES_MAX) {
		if (p[i] == ' ') {
			/* The most common byte: no clause, no token. */
			i++;
			chunk_start = true;
			continue;
		}
		/* The next most common: a word that cannot be a URL, a handle
		 * or an emoticon, whatever starts it. */
		uint32_t cp = p[i];
		size_t k = 1;
		enum cls c = C_LETTER;
		if (!word_only[p[i]]) {
			if (chunk_start && may_be_special(p, n, i)) {
				size_t e = scrm_tone_special_chunk(t, text, n, i);
				if (e != i) {
					i = e;
					chunk_start = false;
					continue;
				}
			}
			if (p[i] < 0x80) {
				c = ascii_class[p[i]];
			} else {
				k = decode(p + i, n - i, &cp);
				c = classify(cp);
			}
			chunk_start = c == C_SPACE;
			if (c == C_SPACE) {
				if (cp == '\n' || cp == 0x2029)
					close_clause(t, true);
				i += k;
				continue;
			}
		}
		if (c == C_LETTER || c == C_DIGIT) {
			i = t->cache ? cached_word(t, text, n, i, bounded) : word_token(t, text, n, i, bounded);
			/* What follows a word is a space, or an ASCII mark and a space:
			 * taken here, where it is the rule, so that the top of the
			 * loop mostly meets the next word. A mark right after a word
			 * starts no chunk, so it is plain punctuation. */
			enum cls after = i < n && p[i] < 0x80 ? ascii_class[p[i]] : C_SPACE;
			if (after != C_SPACE && after != C_LETTER && after != C_DIGIT) {
				if (decimal_point(t, p, n, i))
					i = fraction_end(t, p, n, i);
				else {
					punctuation(t, p[i]);
					i++;
				}
			}
			chunk_start = i < n && p[i] == ' ';
			i += chunk_start;
			continue;
		}
		if (c == C_EMOJI) {
			size_t start = t->keys.len;
			memcpy(t->keys.data + start, text + i, k);
			t->keys.len += k;
			size_t e = i + k;
			/* Drop what follows a zero-width joiner: "🤷‍♂️" is "🤷". */
			while (e < n) {
				uint32_t cp2;
				size_t k2 = decode(p + e, n - e, &cp2);
				if (classify(cp2) != C_SKIP)
					break;
				e += k2;
				if (cp2 == 0x200D && e < n) {
					e += decode(p + e, n - e, &cp2);
				}
			}
			scrm_tone_token *prev = t->ntok ? &t->tok[t->ntok - 1] : NULL;
			if (prev && (prev->flags & SCRM_TOK_EMOJI) && prev->keylen == k && memcmp(t->keys.data + prev->key, text + i, k) == 0 &&
			    prev->clause == t->nclauses) {
				/* A repeated emoji counts once, as an emphasis. */
				prev->flags |= SCRM_TOK_ELONG;
				prev->srclen = (uint32_t)(e - prev->src);
				t->keys.len = start;
				t->keys.data[start] = '\0';
			} else {
				scrm_tone_token *tok = scrm_tone_new_token(t);
				tok->src = (uint32_t)i;
				tok->srclen = (uint32_t)(e - i);
				tok->flags = SCRM_TOK_EMOJI;
				tok->key = tok->alt = (uint32_t)start;
				tok->keylen = (uint16_t)k;
				tok->hash = scrm_tone_hash(text + i, k);
				raw_putc(&t->keys, '\0');
			}
			i = e;
			continue;
		}
		punctuation(t, cp);
		i += k;
	}
	close_clause(t, true);
	t->keys.data[t->keys.len] = '\0';
	/* Tokens of a trailing empty clause do not exist; make sure every clause index is valid. */
	if (t->nclauses == 0) {
		if (t->clause_cap < 1) {
			t->clause_cap = 32;
			t->clause_sentence = scrm_xrealloc(t->clause_sentence,
			                                   t->clause_cap * sizeof *t->clause_sentence);
		}
		t->clause_sentence[0] = 0;
	}
}

void scrm_tone_normalize_term(scrm_tone_text *scratch, const char *s, size_t n, scrm_buf *out)
{
	/* Terms are split exactly as texts are, so that "j'en ai marre" in a
	 * lexicon meets "j'en ai marre" in a mention. */
	scrm_tone_tokenize(scratch, s, n);
	for (size_t i = 0; i < scratch->ntok; i++) {
		if (i > 0)
			scrm_buf_putc(out, ' ');
		scrm_buf_append(out, scrm_tone_key(scratch, &scratch->tok[i]), scratch->tok[i].keylen);
	}
	if (!out->data)
		scrm_buf_puts(out, "");
}
