/* brands.c - see brands.h. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "brands.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <pcre2.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "msg.h"
#include "normalize.h"
#include "utf8.h"

/* A single word this long (in bytes of folded text) or longer is matched with one typo allowed. */
#define FUZZY_MIN_LEN 5

typedef struct phrase {
	char *s;
	size_t n;
	bool word_start, word_end;   /* needs a word boundary before / after */
	int bit;                     /* its bit in scrm_brands.present, or -1: always scanned */
	bool fuzzy;                  /* a single word long enough to match with a typo */
} phrase;

#define PATTERN_LITS 16
#define PATTERN_CLAUSES 8

/*
 * A compiled pattern and what every match of it contains: clauses, each
 * one or more literals (lower-case ASCII letters and digits, their first
 * eight bytes) of which one at least occurs. need[c] holds the prefix bits
 * of clause c's literals (0: not indexed, no test); a text missing any
 * clause is never handed to PCRE2.
 */
typedef struct pattern {
	pcre2_code *re;
	struct {
		char s[8];
		size_t n;
		unsigned clause;
	} lits[PATTERN_LITS];
	size_t nlits;
	unsigned nclauses;
	uint64_t need[PATTERN_CLAUSES];
} pattern;

/* Word lengths up to this have a mask of their own in scrm_brands.fuzzy_lens, longer ones share one. */
#define FUZZY_LENS 64

typedef struct brand {
	char *name;
	phrase *keywords;
	size_t nkeywords;
	phrase *excludes;
	size_t nexcludes;
	pattern *patterns;
	size_t npatterns;
	pattern *xpatterns;
	size_t nxpatterns;
	bool fuzzy;
	uint64_t fuzzy_bits;   /* its fuzzy keywords' bits in scrm_brands' fuzzy masks */
} brand;

/* A word of the text with a letter drawn out: its token, and where its two shorter spellings are. */
typedef struct drawn_word {
	uint32_t tok;
	uint32_t once, once_len;     /* runs of three letters or more said once: "nuvia" */
	uint32_t twice, twice_len;   /* said twice: "nuviaa", "freee" to "free" */
} drawn_word;

/* The first four to eight bytes of phrases, and the phrases (bits) that begin with them. */
typedef struct prefix {
	uint32_t head;       /* the first four bytes, as loaded from the text */
	uint32_t hash;       /* prefix_hash(head | CASE_BITS): only a text position of that hash can match */
	char bytes[8];
	size_t len;
	bool nocase;         /* a pattern's literal: matched ignoring ASCII case, as PCRE2_CASELESS would */
	unsigned char next;  /* 1 + the index of the next prefix whose hash ends in the same byte; 0: none */
	uint64_t phrases;
} prefix;

/* Phrases (keywords, exclusions) with a prefix bit: the first 64 of four bytes or more. */
#define PREFIX_BITS 64
/* A set of 4-byte prefixes as a bitmap of their hashes: 8 kB, stays in the L1 cache. */
/*
 * Before the bitmap, sixteen text positions at a time are tested with
 * vector compares against the prefixes' first two bytes, when they have at
 * most this many distinct pairs: most positions are ruled out for less.
 */
#define HEADS_MAX 16
#define PREFIX_HASH_BITS 16

typedef struct span {
	size_t start, end;
} span;

struct scrm_brands {
	brand *v;
	size_t n;
	scrm_buf names;          /* the one-word keywords, as spelt and folded, each NUL-terminated */
	pcre2_match_data *md;
	span *spans;       /* exclusion occurrences of the brand being matched */
	size_t nspans, capspans;
	const brand *spans_of;   /* the brand whose exclusions are in spans, or NULL */
	prefix *prefixes;        /* the distinct prefixes of the phrases with a bit */
	size_t nprefixes;
	/* 1 + the index of the first prefix whose hash ends in this byte, 0: none (at most
	 * PREFIX_BITS prefixes): a text position whose hash is in the set looks at those alone. */
	unsigned char by_hash[256];
	uint64_t prefix_set[(1u << PREFIX_HASH_BITS) / 64];
	/* The prefixes' distinct first two bytes, 0x20 OR'ed in; HEADS_MAX + 1: too many to test. */
	unsigned char head0[HEADS_MAX], head1[HEADS_MAX];
	size_t nheads;
	uint64_t present;        /* phrases whose prefix occurs in the text being matched */
	size_t first[PREFIX_BITS];   /* where, the first time */
	/*
	 * fuzzy_hit's first tests, for every fuzzy keyword (of the brands with
	 * fuzzy on) at once: bit k % 64 stands for the k-th of them. A word is
	 * a misspelling of none when the masks of its length and of its first
	 * two bytes share no bit, which rules out most words with one AND.
	 */
	uint64_t fuzzy_heads[256];              /* keywords whose first or second byte this is */
	uint64_t fuzzy_lens[FUZZY_LENS + 1];    /* within a byte of this length; the last: of FUZZY_LENS or more */
	/* The tokens of the text being matched whose masks share a bit, in
	 * order, and those masks: listed once, when the first brand needs them. */
	uint32_t *cand;
	uint64_t *cand_mask;
	size_t ncand, capcand;
	bool cand_ready;
	/* The words of that text with a letter drawn out ("nuviaaaa"), listed
	 * with the candidates, and their runs said once and twice, in drawn. */
	drawn_word *drawn;
	size_t ndrawn, capdrawn;
	char *drawn_text;
	size_t drawn_cap;
	/* A text with a misspelt brand word spelt right (excluded_as_spelt()),
	 * whose exclusions are found without the prefix filter (ungated). */
	scrm_buf respelt;
	bool ungated;
};

void scrm_brands_free(scrm_brands *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++) {
		brand *br = &b->v[i];
		free(br->name);
		for (size_t j = 0; j < br->nkeywords; j++)
			free(br->keywords[j].s);
		for (size_t j = 0; j < br->nexcludes; j++)
			free(br->excludes[j].s);
		for (size_t j = 0; j < br->npatterns; j++)
			pcre2_code_free(br->patterns[j].re);
		for (size_t j = 0; j < br->nxpatterns; j++)
			pcre2_code_free(br->xpatterns[j].re);
		free(br->keywords);
		free(br->excludes);
		free(br->patterns);
		free(br->xpatterns);
	}
	free(b->v);
	scrm_buf_free(&b->names);
	pcre2_match_data_free(b->md);
	free(b->spans);
	free(b->prefixes);
	free(b->cand);
	free(b->cand_mask);
	free(b->drawn);
	free(b->drawn_text);
	scrm_buf_free(&b->respelt);
	free(b);
}

size_t scrm_brands_count(const scrm_brands *b)
{
	return b->n;
}

const char *scrm_brands_names(const scrm_brands *b, size_t *len)
{
	*len = b->names.len;
	return b->names.data;
}

/* Is the character ending just before s[i] (i > 0) a letter, digit or mark? */
static bool word_char_before(const char *s, size_t n, size_t i)
{
	size_t j = i - 1;
	while (j > 0 && ((unsigned char)s[j] & 0xC0) == 0x80)
		j--;
	return scrm_word_char_at(s, n, j);
}

static bool boundary_ok(const char *t, size_t n, size_t start, size_t end, bool ws, bool we)
{
	return (!ws || start == 0 || !word_char_before(t, n, start)) &&
	       (!we || end == n || !scrm_word_char_at(t, n, end));
}

/*
 * First occurrence of needle[0..m) in hay[0..n) (memmem is not POSIX). A
 * plain loop on the first and last bytes: texts are short and a common first
 * letter would cost a memchr call per occurrence.
 */
static const char *find(const char *hay, size_t n, const char *needle, size_t m)
{
	if (m == 0 || m > n)
		return NULL;
	const char first = needle[0], last = needle[m - 1];
	for (size_t i = 0, end = n - m; i <= end; i++)
		if (hay[i] == first && hay[i + m - 1] == last && memcmp(hay + i, needle, m) == 0)
			return hay + i;
	return NULL;
}

static void add_span(scrm_brands *b, size_t start, size_t end)
{
	if (b->nspans == b->capspans) {
		b->capspans = b->capspans ? 2 * b->capspans : 16;
		b->spans = scrm_xrealloc(b->spans, b->capspans * sizeof *b->spans);
	}
	b->spans[b->nspans].start = start;
	b->spans[b->nspans].end = end;
	b->nspans++;
}

static bool phrase_scan(scrm_brands *b, const brand *br, const phrase *ph, const char *t, size_t n, bool record);
static bool pattern_scan(scrm_brands *b, const brand *br, const pattern *pat, const char *t, size_t n, bool record);

/*
 * Whether [start, end) overlaps an exclusion of brand br. The exclusions
 * are found only when a first candidate needs them: most texts name no
 * brand at all, and most exclusion patterns then never run.
 */
static bool excluded(scrm_brands *b, const brand *br, const char *t, size_t n, size_t start, size_t end)
{
	if (b->spans_of != br) {
		b->nspans = 0;
		for (size_t j = 0; j < br->nexcludes; j++)
			phrase_scan(b, br, &br->excludes[j], t, n, true);
		for (size_t j = 0; j < br->nxpatterns; j++)
			pattern_scan(b, br, &br->xpatterns[j], t, n, true);
		b->spans_of = br;
	}
	for (size_t i = 0; i < b->nspans; i++)
		if (b->spans[i].start < end && start < b->spans[i].end)
			return true;
	return false;
}

/*
 * Finds occurrences of a phrase at word boundaries. With record set, adds
 * every one to the exclusion spans and returns false; otherwise returns
 * true at the first occurrence not excluded.
 */
static bool phrase_scan(scrm_brands *b, const brand *br, const phrase *ph, const char *t, size_t n, bool record)
{
	size_t off = 0;
	const char *q;

	if (ph->bit >= 0 && !b->ungated) {
		if (!(b->present >> ph->bit & 1))
			return false;
		off = b->first[ph->bit];   /* no occurrence before */
	}

	while (off < n && (q = find(t + off, n - off, ph->s, ph->n)) != NULL) {
		size_t s = (size_t)(q - t), e = s + ph->n;
		if (boundary_ok(t, n, s, e, ph->word_start, ph->word_end)) {
			if (record)
				add_span(b, s, e);
			else if (!excluded(b, br, t, n, s, e))
				return true;
		}
		off = s + 1;
	}
	return false;
}

/* As phrase_scan, for a compiled pattern; not run when its literal is absent from the text. */
static bool pattern_scan(scrm_brands *b, const brand *br, const pattern *pat, const char *t, size_t n, bool record)
{
	PCRE2_SIZE off = 0;
	const pcre2_code *re = pat->re;

	for (unsigned c = 0; c < pat->nclauses && !b->ungated; c++)
		if (pat->need[c] && !(b->present & pat->need[c]))
			return false;

	while (off <= n) {
		/* The folded text is valid UTF-8 (the contract above): no check on every call. */
		int rc = pcre2_match(re, (PCRE2_SPTR)t, n, off, PCRE2_NO_UTF_CHECK, b->md, NULL);
		if (rc < 0)
			return false;   /* no match, or a match limit hit: treat as no match */
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(b->md);
		size_t start = ov[0], end = ov[1];   /* excluded() may reuse the match data */
		if (record)
			add_span(b, start, end);
		else if (!excluded(b, br, t, n, start, end))
			return true;
		off = end > start ? end : start + 1;
		while (off < n && ((unsigned char)t[off] & 0xC0) == 0x80)
			off++;
	}
	return false;
}

bool scrm_edit1(const char *a, size_t na, const char *b, size_t nb)
{
	if (na > nb) {
		const char *t = a;
		a = b;
		b = t;
		size_t tn = na;
		na = nb;
		nb = tn;
	}
	size_t i = 0;
	while (i < na && a[i] == b[i])
		i++;
	if (na == nb) {
		if (i == na)
			return false;
		if (memcmp(a + i + 1, b + i + 1, na - i - 1) == 0)
			return true;
		return i + 1 < na && a[i] == b[i + 1] && a[i + 1] == b[i] &&
		       memcmp(a + i + 2, b + i + 2, na - i - 2) == 0;
	}
	return nb == na + 1 && memcmp(a + i, b + i + 1, na - i) == 0;
}

/* Whether s[0..n) may be a name or its misspelling: a typo changes a
 * letter, so no digit or sign ("orange2", "nuvia²" folded, the tag
 * "#pannenuvia" against the word "pannenuvia") makes one. */
static bool spelt_in_letters(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if ((s[i] >= '0' && s[i] <= '9') || s[i] == '#' || s[i] == '@')
			return false;
	return true;
}

/* A single-word keyword long enough for a misspelling, seen near word w? */
static const phrase *fuzzy_hit(const brand *br, const char *w, size_t wn)
{
	if (!spelt_in_letters(w, wn))
		return NULL;
	for (size_t k = 0; k < br->nkeywords; k++) {
		const phrase *ph = &br->keywords[k];
		/* One edit leaves one of the first two bytes in place or shifted by one: test that inline first. */
		if ((wn == ph->n || wn == ph->n + 1 || wn + 1 == ph->n) && ph->fuzzy &&
		    (w[0] == ph->s[0] || w[1] == ph->s[1] || w[0] == ph->s[1] || w[1] == ph->s[0]) &&
		    scrm_edit1(w, wn, ph->s, ph->n))
			return ph;
	}
	return NULL;
}

/* The word a token offers to fuzzy matching: a hashtag without its '#'. */
static const char *fuzzy_word(const scrm_token *tok, size_t *wn)
{
	bool hashtag = tok->kind == SCRM_TOKEN_HASHTAG;
	*wn = tok->len - hashtag;
	return tok->ptr + hashtag;
}

/* Whether w[0..wn) holds a run of three of the same ASCII letter. */
static bool has_drawn_letter(const char *w, size_t wn)
{
	for (size_t i = 2; i < wn; i++)
		if (w[i] == w[i - 1] && w[i] == w[i - 2] && w[i] >= 'a' && w[i] <= 'z')
			return true;
	return false;
}

/* Writes w[0..wn) to out with each run of three letters or more cut to keep (1 or 2) of them; returns the length. */
static size_t cut_runs(const char *w, size_t wn, size_t keep, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < wn;) {
		size_t run = 1;
		while (i + run < wn && w[i + run] == w[i])
			run++;
		size_t said = run >= 3 && w[i] >= 'a' && w[i] <= 'z' ? keep : run;
		memset(out + k, w[i], said);
		k += said;
		i += run;
	}
	return k;
}

/* Adds token i, whose word w[0..wn) has a drawn-out letter, to the drawn words. */
static void add_drawn(scrm_brands *b, uint32_t i, const char *w, size_t wn)
{
	if (b->ndrawn == b->capdrawn) {
		b->capdrawn = b->capdrawn ? 2 * b->capdrawn : 8;
		b->drawn = scrm_xrealloc(b->drawn, b->capdrawn * sizeof *b->drawn);
	}
	size_t used = b->ndrawn ? b->drawn[b->ndrawn - 1].twice + b->drawn[b->ndrawn - 1].twice_len : 0;
	if (used + 2 * wn > b->drawn_cap) {
		b->drawn_cap = 2 * (used + 2 * wn);
		b->drawn_text = scrm_xrealloc(b->drawn_text, b->drawn_cap);
	}
	drawn_word *d = &b->drawn[b->ndrawn++];
	d->tok = i;
	d->once = (uint32_t)used;
	d->once_len = (uint32_t)cut_runs(w, wn, 1, b->drawn_text + d->once);
	d->twice = d->once + d->once_len;
	d->twice_len = (uint32_t)cut_runs(w, wn, 2, b->drawn_text + d->twice);
}

/*
 * Lists the tokens that may be a misspelling of any brand's keywords, and
 * of which: one pass over the tokens for all brands, which then test only
 * theirs. Each index is written always and counted when it passes,
 * without a branch (word lengths and letters come in no order a predictor
 * could learn). Words with a letter drawn out, too long for the masks,
 * are listed apart.
 */
static void list_candidates(scrm_brands *b, const scrm_tokens *toks)
{
	if (toks->n > b->capcand) {
		b->capcand = toks->n;
		b->cand = scrm_xrealloc(b->cand, b->capcand * sizeof *b->cand);
		b->cand_mask = scrm_xrealloc(b->cand_mask, b->capcand * sizeof *b->cand_mask);
	}
	size_t nc = 0;
	b->ndrawn = 0;
	for (size_t i = 0; i < toks->n; i++) {
		const scrm_token *tok = &toks->v[i];
		bool word = tok->kind != SCRM_TOKEN_URL && tok->kind != SCRM_TOKEN_MENTION;
		size_t wn;
		const char *w = fuzzy_word(tok, &wn);
		uint64_t mask = (b->fuzzy_heads[(unsigned char)w[0]] | b->fuzzy_heads[(unsigned char)w[wn > 1]]) &
		                b->fuzzy_lens[wn < FUZZY_LENS ? wn : FUZZY_LENS];
		b->cand[nc] = (uint32_t)i;
		b->cand_mask[nc] = mask;
		nc += word & (mask != 0);
		/* A name of FUZZY_MIN_LEN letters with one said three times is that long and one more. */
		if (word && wn > FUZZY_MIN_LEN && has_drawn_letter(w, wn))
			add_drawn(b, (uint32_t)i, w, wn);
	}
	b->ncand = nc;
	b->cand_ready = true;
}

/* The keyword of brand br that w[0..wn), a drawn-out word with its runs cut, spells or misspells, or NULL. */
static const phrase *drawn_hit(const brand *br, const char *w, size_t wn)
{
	for (size_t k = 0; k < br->nkeywords; k++) {
		const phrase *ph = &br->keywords[k];
		if (ph->fuzzy && wn == ph->n && memcmp(w, ph->s, wn) == 0)
			return ph;
	}
	return fuzzy_hit(br, w, wn);
}

/*
 * Whether the brand word misspelt or drawn out at t[s..s+wn) lies in an
 * exclusion once spelt as its keyword kw: "jus d'orangeee" and "jus
 * d'orrange" are "jus d'orange". The exclusions are looked for in the text
 * so respelt, without the prefix filter, which knows the text's own
 * prefixes only; the exclusion spans of the text itself are then found
 * again when next needed.
 */
static bool excluded_as_spelt(scrm_brands *b, const brand *br, const char *t, size_t n, size_t s, size_t wn,
                              const phrase *kw)
{
	if (br->nexcludes == 0 && br->nxpatterns == 0)
		return false;
	scrm_buf *r = &b->respelt;
	scrm_buf_clear(r);
	scrm_buf_append(r, t, s);
	scrm_buf_append(r, kw->s, kw->n);
	scrm_buf_append(r, t + s + wn, n - s - wn);
	b->ungated = true;
	b->spans_of = NULL;
	bool ex = excluded(b, br, r->data, r->len, s, s + kw->n);
	b->ungated = false;
	b->spans_of = NULL;
	return ex;
}

static bool fuzzy_scan(scrm_brands *b, const brand *br, const char *t, size_t n, const scrm_tokens *toks,
                       scrm_brand_match *m)
{
	if (!b->cand_ready)
		list_candidates(b, toks);
	for (size_t c = 0; c < b->ncand; c++) {
		if (!(b->cand_mask[c] & br->fuzzy_bits))
			continue;   /* one edit from none of this brand's keywords */
		size_t wn;
		const char *w = fuzzy_word(&toks->v[b->cand[c]], &wn);
		size_t s = (size_t)(w - t);
		const phrase *kw = fuzzy_hit(br, w, wn);
		if (kw && !excluded(b, br, t, n, s, s + wn) && !excluded_as_spelt(b, br, t, n, s, wn, kw)) {
			m->spelling = w;
			m->spelling_len = wn;
			return true;
		}
	}
	/* "Nuviaaaa", "Telviooo": the name with a letter drawn out, or misspelt as well. */
	for (size_t d = 0; d < b->ndrawn; d++) {
		const drawn_word *dw = &b->drawn[d];
		size_t wn;
		const char *w = fuzzy_word(&toks->v[dw->tok], &wn);
		size_t s = (size_t)(w - t);
		const phrase *kw = drawn_hit(br, b->drawn_text + dw->once, dw->once_len);
		if (!kw)
			kw = drawn_hit(br, b->drawn_text + dw->twice, dw->twice_len);
		if (kw && !excluded(b, br, t, n, s, s + wn) && !excluded_as_spelt(b, br, t, n, s, wn, kw)) {
			m->spelling = w;
			m->spelling_len = wn;
			return true;
		}
	}
	return false;
}

/*
 * The set of prefixes holds the hashes of their first four bytes with this
 * OR'ed in (ASCII lower case for letters), so that one test per text
 * position serves exact phrases and case-blind literals alike.
 */
#define CASE_BITS UINT32_C(0x20202020)

/* Does the case-blind prefix p (lower-case letters and digits) occur at t[i]? */
static bool nocase_at(const char *t, size_t n, size_t i, const prefix *p)
{
	if (i + p->len > n)
		return false;
	for (size_t j = 0; j < p->len; j++)
		if (((unsigned char)t[i + j] | 0x20) != (unsigned char)p->bytes[j])
			return false;
	return true;
}

static uint32_t prefix_hash(uint32_t bytes)
{
	return (uint32_t)(bytes * 2654435761u) >> (32 - PREFIX_HASH_BITS);
}

/* The prefixes occurring at t[i] (i + 4 <= n): into present, and first where new. */
static inline void prefix_at(scrm_brands *b, const char *t, size_t n, size_t i)
{
	uint32_t x;
	memcpy(&x, t + i, 4);
	uint32_t h = prefix_hash(x | CASE_BITS);
	if (!(b->prefix_set[h / 64] >> (h % 64) & 1))
		return;
	for (unsigned k = b->by_hash[h & 255]; k; k = b->prefixes[k - 1].next) {
		const prefix *p = &b->prefixes[k - 1];
		if (p->hash != h)
			continue;
		if (p->nocase ? !nocase_at(t, n, i, p) :
		    (p->head != x || i + p->len > n || memcmp(t + i, p->bytes, p->len) != 0))
			continue;
		for (uint64_t fresh = p->phrases & ~b->present; fresh; fresh &= fresh - 1)
			b->first[__builtin_ctzll(fresh)] = i;
		b->present |= p->phrases;
	}
}

/*
 * Sets present to the phrases whose prefix occurs in t, and first to where
 * it first does: one pass over the text for all of them, after which a
 * phrase is searched only from there, and most are not searched at all
 * (most texts hold few of them).
 */
static void find_prefixes(scrm_brands *b, const char *t, size_t n)
{
	size_t i = 0;

	b->present = 0;
#ifdef __SSE2__
	/* Positions in increasing order still: first[] keeps the first occurrence. */
	if (b->nheads <= HEADS_MAX) {
		__m128i h0[HEADS_MAX], h1[HEADS_MAX];
		const __m128i lower = _mm_set1_epi8(0x20);
		for (size_t k = 0; k < b->nheads; k++) {
			h0[k] = _mm_set1_epi8((char)b->head0[k]);
			h1[k] = _mm_set1_epi8((char)b->head1[k]);
		}
		for (; i + 17 <= n; i += 16) {
			__m128i v0 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(t + i)), lower);
			__m128i v1 = _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(t + i + 1)), lower);
			__m128i hit = _mm_setzero_si128();
			for (size_t k = 0; k < b->nheads; k++)
				hit = _mm_or_si128(hit, _mm_and_si128(_mm_cmpeq_epi8(v0, h0[k]), _mm_cmpeq_epi8(v1, h1[k])));
			for (unsigned mask = (unsigned)_mm_movemask_epi8(hit); mask; mask &= mask - 1) {
				size_t p = i + (size_t)__builtin_ctz(mask);
				if (p + 4 <= n)
					prefix_at(b, t, n, p);
			}
		}
	}
#endif
	for (; i + 4 <= n; i++)
		prefix_at(b, t, n, i);
}

size_t scrm_brands_match(scrm_brands *b, const char *t, size_t n, const scrm_tokens *toks, scrm_brand_match *out)
{
	size_t count = 0;

	find_prefixes(b, t, n);
	b->cand_ready = false;

	for (size_t i = 0; i < b->n; i++) {
		const brand *br = &b->v[i];
		bool hit = false;
		scrm_brand_match m = { br->name, NULL, 0 };

		b->spans_of = NULL;
		for (size_t j = 0; j < br->nkeywords && !hit; j++)
			hit = phrase_scan(b, br, &br->keywords[j], t, n, false);
		for (size_t j = 0; j < br->npatterns && !hit; j++)
			hit = pattern_scan(b, br, &br->patterns[j], t, n, false);
		if (!hit && br->fuzzy)
			hit = fuzzy_scan(b, br, t, n, toks, &m);
		if (hit)
			out[count++] = m;
	}
	return count;
}
/* --- parsing --- */

static void set_phrase(phrase *ph, const char *s, size_t n)
{
	scrm_buf norm = SCRM_BUF_INIT, scratch = SCRM_BUF_INIT, folded = SCRM_BUF_INIT;

	scrm_normalize_text(s, n, &norm, &scratch);
	scrm_normalize_fold(norm.data ? norm.data : "", norm.len, &folded);
	scrm_buf_putc(&folded, '\0');
	ph->s = folded.data;
	ph->n = folded.len - 1;
	ph->word_start = ph->n && scrm_word_char_at(ph->s, ph->n, 0);
	ph->word_end = ph->n && word_char_before(ph->s, ph->n, ph->n);
	ph->bit = -1;
	ph->fuzzy = ph->n >= FUZZY_MIN_LEN && !memchr(ph->s, ' ', ph->n) && spelt_in_letters(ph->s, ph->n);
	scrm_buf_free(&norm);
	scrm_buf_free(&scratch);
}

/* Bytes that stand for themselves in a pattern and, caselessly, match only themselves in either
 * ASCII case ('k' and 's' also match U+212A and U+017F, so they are left out). */
static bool plain_literal(unsigned char c)
{
	c |= 0x20;
	return ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) && c != 'k' && c != 's';
}

/* Skips the character class opening at s[i] ('['); returns the index after it, or 0 when unsure. */
static size_t skip_class(const char *s, size_t n, size_t i)
{
	i++;
	if (i < n && s[i] == '^')
		i++;
	if (i < n && s[i] == ']')
		i++;
	for (; i < n; i++) {
		if (s[i] == '\\')
			i++;
		else if (s[i] == '[')
			return 0;   /* a POSIX class: give up */
		else if (s[i] == ']')
			return i + 1;
	}
	return 0;
}

/* Adds a literal (the first 8 bytes of run[0..len), lower case) to clause c of pat; false when full. */
static bool add_literal(pattern *pat, const char *run, size_t len, unsigned c)
{
	if (pat->nlits == PATTERN_LITS)
		return false;
	pat->lits[pat->nlits].n = len < 8 ? len : 8;
	for (size_t i = 0; i < pat->lits[pat->nlits].n; i++)
		pat->lits[pat->nlits].s[i] = (char)(run[i] | 0x20);
	pat->lits[pat->nlits].clause = c;
	pat->nlits++;
	return true;
}

/* Literals of which every match of a part of a pattern contains one at least (a disjunction). */
typedef struct lit_set {
	const char *s[PATTERN_LITS];
	size_t n[PATTERN_LITS];
	size_t count;
} lit_set;

static bool walk(const char *s, size_t n, pattern *pat, lit_set *best);

/*
 * Collects into out a literal of 4 bytes or more for each alternative of the
 * group body s[0..n) (or, for an alternative without one, the literals of a
 * group it must match); false when an alternative has none or they do not fit.
 */
static bool group_literals(const char *s, size_t n, lit_set *out)
{
	size_t from = 0, depth = 0;

	out->count = 0;
	for (size_t j = 0; j <= n; j++) {
		if (j < n && s[j] == '\\') {
			j++;
			continue;
		}
		if (j < n && s[j] == '[') {
			size_t end = skip_class(s, n, j);
			if (!end)
				return false;
			j = end - 1;
			continue;
		}
		if (j < n && s[j] == '(')
			depth++;
		else if (j < n && s[j] == ')')
			depth--;
		else if (j == n || (s[j] == '|' && !depth)) {
			lit_set alt = { .count = 0 };
			if (!walk(s + from, j - from, NULL, &alt) || !alt.count || out->count + alt.count > PATTERN_LITS)
				return false;
			for (size_t a = 0; a < alt.count; a++) {
				out->s[out->count] = alt.s[a];
				out->n[out->count++] = alt.n[a];
			}
			from = j + 1;
		}
	}
	return true;
}

/* A group that every match of pat must match and whose alternatives all hold literals: one clause. */
static void group_clause(const char *s, size_t n, pattern *pat)
{
	lit_set set;

	if (!group_literals(s, n, &set) || pat->nclauses == PATTERN_CLAUSES || pat->nlits + set.count > PATTERN_LITS)
		return;
	for (size_t a = 0; a < set.count; a++)
		add_literal(pat, set.s[a], set.n[a], pat->nclauses);
	pat->nclauses++;
}

/*
 * A run of literal bytes has ended: a clause of its own at the top (best
 * NULL); inside an alternative, the longest run of 4 bytes or more, which
 * replaces any group's literals found so far (one literal tests faster).
 */
static void end_run(const char *run, size_t len, pattern *pat, lit_set *best)
{
	if (best) {
		if (len >= 4 && (best->count != 1 || len > best->n[0])) {
			best->s[0] = run;
			best->n[0] = len;
			best->count = 1;
		}
	} else if (len >= 4 && pat->nclauses < PATTERN_CLAUSES && add_literal(pat, run, len, pat->nclauses)) {
		pat->nclauses++;
	}
}

/*
 * Walks the pattern s[0..n) for runs of plain letters and digits that every
 * match contains (outside groups, classes and alternations, not
 * quantified). At the top (best NULL) each run of 4 bytes or more becomes a
 * clause of pat, and so does each group that must match (not quantified,
 * not a negative assertion) whose every alternative holds such a run or
 * such a group of its own. Inside an alternative (pat NULL), best gets the
 * longest run, else the literals of the first group that must match.
 * Returns false on anything it does not fully understand: option settings,
 * verbs, escapes that are not a class or an assertion or punctuation,
 * alternation at the top level.
 */
static bool walk(const char *s, size_t n, pattern *pat, lit_set *best)
{
	size_t start = 0, len = 0, depth = 0, group = 0;

	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '(' && i + 1 < n && (s[i + 1] == '*' || (s[i + 1] == '?' && i + 2 < n &&
		    (((s[i + 2] | 0x20) >= 'a' && (s[i + 2] | 0x20) <= 'z') || s[i + 2] == '-' || s[i + 2] == '^'))))
			return false;
		if (c == '\\') {
			if (i + 1 >= n)
				return false;
			unsigned char e = (unsigned char)s[i + 1];
			if ((((e | 0x20) >= 'a' && (e | 0x20) <= 'z') || (e >= '0' && e <= '9') || e >= 0x80) &&
			    !strchr("bBsSwWdDhHvV", e))
				return false;
			i++;
		} else if (c == '[') {
			size_t end = skip_class(s, n, i);
			if (!end)
				return false;
			i = end - 1;
		} else if (c == '(') {
			if (!depth)
				group = i;
			depth++;
		} else if (c == ')') {
			if (!depth)
				return false;
			if (!--depth && !(i + 1 < n && strchr("?*+{", s[i + 1]))) {
				/* A group that must match: (, (?:, (?=, (?<=, (?> open it. */
				size_t body = group + 1;
				if (s[body] == '?')
					body += s[body + 1] == ':' || s[body + 1] == '=' || s[body + 1] == '>' ? 2 :
					        s[body + 1] == '<' && s[body + 2] == '=' ? 3 : 0;
				if (body > group + 1 || s[body] != '?') {
					lit_set set;
					if (!best)
						group_clause(s + body, i - body, pat);
					else if (!best->count && group_literals(s + body, i - body, &set))
						*best = set;
				}
			}
		} else if (c == '|' && !depth) {
			return false;
		}
		if (depth || c == '(' || c == ')' || c == '\\' || c == '[' || c == '|') {
			end_run(s + start, len, pat, best);
			len = 0;
		} else if (c == '?' || c == '*' || c == '+' || c == '{') {
			/* The byte before is optional or repeated: the run ends before it. */
			end_run(s + start, len ? len - 1 : 0, pat, best);
			len = 0;
			if (c == '{')
				while (i < n && s[i] != '}')
					i++;
		} else if (plain_literal(c)) {
			if (!len)
				start = i;
			len++;
		} else {
			end_run(s + start, len, pat, best);
			len = 0;
		}
	}
	if (depth)
		return false;
	end_run(s + start, len, pat, best);
	return true;
}

/* Finds literals that every match of pattern s[0..n) contains, so that texts without them skip PCRE2. */
static void required_literals(const char *s, size_t n, pattern *pat)
{
	if (!walk(s, n, pat, NULL))
		pat->nlits = pat->nclauses = 0;
}

static pcre2_code *compile(const char *s, size_t n, scrm_buf *why)
{
	int errcode;
	PCRE2_SIZE erroff;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)s, n, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS,
	                               &errcode, &erroff, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(errcode, msg, sizeof msg);
		scrm_buf_printf(why, "bad pattern at offset %zu: %s", (size_t)erroff, (const char *)msg);
		return NULL;
	}
	/* JIT is an optimisation: without it (unsupported platform) matching still works. */
	(void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

static void *grow(void *v, size_t n, size_t size)
{
	return scrm_xrealloc(v, (n + 1) * size);
}

static bool is_directive(const char *line, size_t k, const char *word)
{
	return strlen(word) == k && memcmp(line, word, k) == 0;
}

/* Applies one rules line (trimmed, non-empty, not a comment); false with a reason in why. */
static bool rule_line(scrm_brands *b, const char *line, size_t n, scrm_buf *why)
{
	size_t k = 0;
	while (k < n && line[k] != ' ' && line[k] != '\t')
		k++;
	const char *arg = line + k;
	size_t an = n - k;
	while (an && (*arg == ' ' || *arg == '\t')) {
		arg++;
		an--;
	}
	if (is_directive(line, k, "brand")) {
		if (!an) {
			scrm_buf_puts(why, "brand needs a name");
			return false;
		}
		/* Two lists of one name would count it twice in clean.brands (share of voice). */
		for (size_t i = 0; i < b->n; i++)
			if (strlen(b->v[i].name) == an && memcmp(b->v[i].name, arg, an) == 0) {
				scrm_buf_printf(why, "brand '%.*s' is named twice: list all its keywords under one 'brand' line",
				                (int)an, arg);
				return false;
			}
		b->v = grow(b->v, b->n, sizeof *b->v);
		brand *br = &b->v[b->n++];
		memset(br, 0, sizeof *br);
		br->name = scrm_xstrndup(arg, an);
		br->fuzzy = true;
		return true;
	}
	if (!b->n) {
		scrm_buf_puts(why, "a 'brand NAME' line must come first");
		return false;
	}
	brand *br = &b->v[b->n - 1];
	if (!an) {
		scrm_buf_printf(why, "'%.*s' needs an argument", (int)k, line);
		return false;
	}
	if (!scrm_utf8_valid(arg, an, NULL)) {
		scrm_buf_puts(why, "invalid UTF-8");
		return false;
	}
	if (is_directive(line, k, "keyword") || is_directive(line, k, "exclude")) {
		bool kw = is_directive(line, k, "keyword");
		phrase ph;
		set_phrase(&ph, arg, an);
		if (!ph.n) {
			free(ph.s);
			scrm_buf_puts(why, "empty phrase");
			return false;
		}
		if (kw) {
			br->keywords = grow(br->keywords, br->nkeywords, sizeof ph);
			br->keywords[br->nkeywords++] = ph;
			if (!memchr(ph.s, ' ', ph.n)) {
				scrm_buf_append(&b->names, arg, an);
				scrm_buf_putc(&b->names, '\0');
				scrm_buf_append(&b->names, ph.s, ph.n);
				scrm_buf_putc(&b->names, '\0');
			}
		} else {
			br->excludes = grow(br->excludes, br->nexcludes, sizeof ph);
			br->excludes[br->nexcludes++] = ph;
		}
		return true;
	}
	if (is_directive(line, k, "pattern") || is_directive(line, k, "exclude-pattern")) {
		pattern pat;
		memset(&pat, 0, sizeof pat);
		if (!(pat.re = compile(arg, an, why)))
			return false;
		required_literals(arg, an, &pat);
		if (is_directive(line, k, "pattern")) {
			br->patterns = grow(br->patterns, br->npatterns, sizeof pat);
			br->patterns[br->npatterns++] = pat;
		} else {
			br->xpatterns = grow(br->xpatterns, br->nxpatterns, sizeof pat);
			br->xpatterns[br->nxpatterns++] = pat;
		}
		return true;
	}
	if (is_directive(line, k, "fuzzy")) {
		if (an == 2 && memcmp(arg, "on", 2) == 0)
			br->fuzzy = true;
		else if (an == 3 && memcmp(arg, "off", 3) == 0)
			br->fuzzy = false;
		else {
			scrm_buf_puts(why, "fuzzy takes 'on' or 'off'");
			return false;
		}
		return true;
	}
	scrm_buf_printf(why, "unknown directive '%.*s' (brand, keyword, pattern, exclude, exclude-pattern, fuzzy)",
	                (int)k, line);
	return false;
}

/* Adds a prefix's first two bytes (0x20 OR'ed in) to the heads tested first, if not there. */
static void add_head(scrm_brands *b, unsigned char c0, unsigned char c1)
{
	for (size_t k = 0; k < b->nheads && k < HEADS_MAX; k++)
		if (b->head0[k] == c0 && b->head1[k] == c1)
			return;
	if (b->nheads < HEADS_MAX) {
		b->head0[b->nheads] = c0;
		b->head1[b->nheads] = c1;
	}
	if (b->nheads <= HEADS_MAX)
		b->nheads++;
}

/*
 * Gives the first PREFIX_BITS phrases and pattern literals of four bytes or
 * more a bit (in *bit) and indexes their first (up to) eight bytes s[0..n).
 */
static void add_prefix(scrm_brands *b, const char *s, size_t n, bool nocase, int *bit, int *bits)
{
	size_t k, len = n < 8 ? n : 8;

	if (n < 4 || *bits == PREFIX_BITS)
		return;
	*bit = (*bits)++;
	for (k = 0; k < b->nprefixes; k++)
		if (b->prefixes[k].len == len && b->prefixes[k].nocase == nocase &&
		    memcmp(b->prefixes[k].bytes, s, len) == 0)
			break;
	if (k == b->nprefixes) {
		b->prefixes = grow(b->prefixes, b->nprefixes, sizeof *b->prefixes);
		prefix *p = &b->prefixes[b->nprefixes++];
		memset(p, 0, sizeof *p);
		memcpy(&p->head, s, 4);
		memcpy(p->bytes, s, len);
		p->len = len;
		p->nocase = nocase;
		uint32_t h = prefix_hash(p->head | CASE_BITS);
		p->hash = h;
		p->next = b->by_hash[h & 255];
		b->by_hash[h & 255] = (unsigned char)b->nprefixes;
		b->prefix_set[h / 64] |= UINT64_C(1) << (h % 64);
		add_head(b, (unsigned char)(s[0] | 0x20), (unsigned char)(s[1] | 0x20));
	}
	b->prefixes[k].phrases |= UINT64_C(1) << *bit;
}

/* A clause is tested only when each of its literals got a prefix bit. */
static void index_pattern(scrm_brands *b, pattern *pat, int *bits)
{
	bool ok[PATTERN_CLAUSES];

	for (unsigned c = 0; c < pat->nclauses; c++) {
		pat->need[c] = 0;
		ok[c] = true;
	}
	for (size_t k = 0; k < pat->nlits; k++) {
		int bit = -1;
		add_prefix(b, pat->lits[k].s, pat->lits[k].n, true, &bit, bits);
		if (bit < 0)
			ok[pat->lits[k].clause] = false;
		else
			pat->need[pat->lits[k].clause] |= UINT64_C(1) << bit;
	}
	for (unsigned c = 0; c < pat->nclauses; c++)
		if (!ok[c])
			pat->need[c] = 0;
}

/*
 * The masks of what fuzzy_hit can accept (scrm_brands.fuzzy_heads and
 * fuzzy_lens): word lengths within a byte of a fuzzy keyword's, and words
 * whose first or second byte is one of its first two.
 */
static void index_fuzzy(scrm_brands *b)
{
	unsigned k = 0;
	for (size_t i = 0; i < b->n; i++) {
		brand *br = &b->v[i];
		for (size_t j = 0; br->fuzzy && j < br->nkeywords; j++) {
			const phrase *ph = &br->keywords[j];
			if (!ph->fuzzy)
				continue;
			uint64_t bit = UINT64_C(1) << (k++ % 64);
			br->fuzzy_bits |= bit;
			b->fuzzy_heads[(unsigned char)ph->s[0]] |= bit;
			b->fuzzy_heads[(unsigned char)ph->s[1]] |= bit;
			for (size_t L = ph->n - 1; L <= ph->n + 1; L++)
				b->fuzzy_lens[L < FUZZY_LENS ? L : FUZZY_LENS] |= bit;
		}
	}
}

static void index_prefixes(scrm_brands *b)
{
	int bits = 0;
	index_fuzzy(b);
	for (size_t i = 0; i < b->n; i++) {
		for (size_t j = 0; j < b->v[i].nkeywords; j++) {
			phrase *ph = &b->v[i].keywords[j];
			add_prefix(b, ph->s, ph->n, false, &ph->bit, &bits);
		}
		for (size_t j = 0; j < b->v[i].nexcludes; j++) {
			phrase *ph = &b->v[i].excludes[j];
			add_prefix(b, ph->s, ph->n, false, &ph->bit, &bits);
		}
	}
	/* Patterns after every phrase, so that the phrases' bits do not depend on them. */
	for (size_t i = 0; i < b->n; i++) {
		for (size_t j = 0; j < b->v[i].npatterns; j++)
			index_pattern(b, &b->v[i].patterns[j], &bits);
		for (size_t j = 0; j < b->v[i].nxpatterns; j++)
			index_pattern(b, &b->v[i].xpatterns[j], &bits);
	}
}

scrm_brands *scrm_brands_parse(const char *text, size_t n, const char *name, scrm_buf *err)
{
	scrm_brands *b = scrm_xcalloc(1, sizeof *b);
	scrm_buf why = SCRM_BUF_INIT;
	unsigned long lineno = 0;
	const char *p = text, *end = text + n;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *s = p, *e = nl ? nl : end;
		p = nl ? nl + 1 : end;
		lineno++;
		while (s < e && (*s == ' ' || *s == '\t'))
			s++;
		while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		if (s == e || *s == '#')
			continue;
		if (!rule_line(b, s, (size_t)(e - s), &why))
			goto fail;
	}
	for (size_t i = 0; i < b->n; i++) {
		if (!b->v[i].nkeywords && !b->v[i].npatterns) {
			scrm_buf_printf(&why, "brand '%s' has no keyword or pattern", b->v[i].name);
			lineno = 0;
			goto fail;
		}
	}
	if (!b->n) {
		scrm_buf_puts(&why, "no brand defined");
		lineno = 0;
		goto fail;
	}
	index_prefixes(b);
	b->md = pcre2_match_data_create(1, NULL);
	if (!b->md)
		scrm_die(SCRM_EXIT_IO, "out of memory");
	scrm_buf_free(&why);
	return b;
fail:
	if (lineno)
		scrm_buf_printf(err, "%s:%lu: %s", name, lineno, why.data);
	else
		scrm_buf_printf(err, "%s: %s", name, why.data);
	scrm_buf_free(&why);
	scrm_brands_free(b);
	return NULL;
}
