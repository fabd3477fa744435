/*
 * langid_names.c - the names language identification leaves out (see
 * langid.h): a set of words, kept as 64-bit hashes of their folded bytes
 * (lower case, Latin accents off, so that "Décathlon" in a text meets the
 * rules' "decathlon"; runs of a letter once, so that "Nuviaaa" meets
 * "nuvia"), with a filter on the first two bytes of their
 * spellings (langid_names.h), so that the words of a text, nearly none of
 * which are names, are mostly turned away by a bit test.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "langid.h"
#include "langid_names.h"
#include "msg.h"
#include "utf8.h"


/* The letters U+00E0..U+00FF, which detection writes as 0xC3 0xA0..0xBF, without
 * their accents ("" for the sign ÷, never in a word; "ae", "th" spelt out). */
static const char *const latin1_folded[32] = {
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y"
};

/* The folded byte that begins the letter at w[*i] (of n bytes), past which *i moves; 0 at the end. */
static unsigned char folded_lead(const unsigned char *w, size_t n, size_t *i)
{
	if (*i >= n)
		return 0;
	if (w[*i] == 0xC3 && *i + 1 < n && w[*i + 1] >= 0xA0 && w[*i + 1] <= 0xBF) {
		*i += 2;
		return (unsigned char)latin1_folded[w[*i - 1] - 0xA0][0];
	}
	return w[(*i)++];
}

/* Hashes one folded byte, unless it repeats the one before. */
static inline void hash_byte(uint64_t *h, unsigned char *prev, unsigned char c)
{
	if (c == *prev)
		return;
	*prev = c;
	*h = (*h ^ c) * UINT64_C(1099511628211);
}

/*
 * FNV-1a over the word's folded bytes, each run of one byte hashed once:
 * a name said louder ("Nuviaaa", "Freeee") is still the name, and the
 * names, few and chosen by the user, are not told apart by doubled
 * letters alone. Not an adversary's input: FNV is enough.
 */
static uint64_t folded_hash(const unsigned char *w, size_t n)
{
	uint64_t h = UINT64_C(14695981039346656037);
	unsigned char prev = 0;
	for (size_t i = 0; i < n; i++) {
		const char *f = NULL;
		if (w[i] == 0xC3 && i + 1 < n && w[i + 1] >= 0xA0 && w[i + 1] <= 0xBF)
			f = latin1_folded[w[++i] - 0xA0];
		else if (w[i] == 0xC5 && i + 1 < n && w[i + 1] == 0x93)
			f = (i++, "oe");
		else if (w[i] == 0xE2 && i + 2 < n && w[i + 1] == 0x80 && w[i + 2] == 0x99)
			f = (i += 2, "'");   /* the typographic apostrophe: l’oréal is l'oréal */
		if (!f) {
			hash_byte(&h, &prev, w[i]);
			continue;
		}
		for (; *f; f++)
			hash_byte(&h, &prev, (unsigned char)*f);
	}
	return h ? h : 1;
}

static void set_byte_bit(scrm_langid_names *s, unsigned a, unsigned b)
{
	unsigned bit = scrm_langid_names_byte_bit(a, b);
	s->bytes[bit / 64] |= UINT64_C(1) << (bit % 64);
}

/* Whether some accented letter detection writes as 0xC3 x folds to c. */
static bool has_accented(unsigned char c)
{
	for (size_t x = 0; x < 32; x++)
		if (latin1_folded[x][0] == c)
			return true;
	return false;
}

/*
 * Sets the byte filter's bits of every spelling of a name whose first two
 * folded bytes are a and b (0 for none) that detection may write: as it
 * is, with its second letter accented (its first byte 0xC3, or 0xC5 for
 * œ) or a typographic apostrophe (0xE2), or with its first letter accented
 * (then the two bytes are that letter's).
 */
static void mark_spellings(scrm_langid_names *s, unsigned char a, unsigned char b)
{
	set_byte_bit(s, a, b);
	set_byte_bit(s, a, a);   /* its first letter said louder: "Nnnuvia" */
	if (has_accented(b))
		set_byte_bit(s, a, 0xC3);
	if (b == 'o')
		set_byte_bit(s, a, 0xC5);
	if (b == '\'')
		set_byte_bit(s, a, 0xE2);
	for (unsigned x = 0; x < 32; x++)
		if (latin1_folded[x][0] == a)
			set_byte_bit(s, 0xC3, 0xA0 + x);
	if (a == 'o')
		set_byte_bit(s, 0xC5, 0x93);
}

scrm_langid_names *scrm_langid_names_new(void)
{
	scrm_langid_names *s = scrm_xcalloc(1, sizeof *s);
	s->mask = 15;
	s->hashes = scrm_xcalloc(s->mask + 1, sizeof *s->hashes);
	return s;
}

static void insert(scrm_langid_names *s, uint64_t h)
{
	size_t i = (size_t)h & s->mask;
	while (s->hashes[i] != 0 && s->hashes[i] != h)
		i = (i + 1) & s->mask;
	s->count += s->hashes[i] == 0;
	s->hashes[i] = h;
}

/* Doubles the table when it would be more than half full. */
static void make_room(scrm_langid_names *s)
{
	if (2 * (s->count + 1) <= s->mask + 1)
		return;
	uint64_t *old = s->hashes;
	size_t old_slots = s->mask + 1;
	s->mask = 2 * old_slots - 1;
	s->hashes = scrm_xcalloc(s->mask + 1, sizeof *s->hashes);
	s->count = 0;
	for (size_t i = 0; i < old_slots; i++)
		if (old[i] != 0)
			insert(s, old[i]);
	free(old);
}

void scrm_langid_names_add(scrm_langid_names *s, const char *w, size_t n)
{
	/* Lower-cased as the scorer does: ASCII by its bit, the rest by utf8proc. */
	unsigned char *lower = scrm_xmalloc(4 * n + 1);
	size_t len = 0;
	const unsigned char *p = (const unsigned char *)w;
	bool letters = false;
	for (size_t i = 0; i < n;) {
		utf8proc_int32_t cp;
		utf8proc_ssize_t k = utf8proc_iterate(p + i, (utf8proc_ssize_t)(n - i), &cp);
		if (k <= 0) {
			free(lower);
			return;
		}
		i += (size_t)k;
		utf8proc_category_t cat = utf8proc_category(cp);
		bool letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
		if (!letter && cp != '\'' && cp != 0x2019) {
			free(lower);
			return;
		}
		letters |= letter;
		len += scrm_utf8_encode((uint32_t)utf8proc_tolower(cp), (char *)lower + len);
	}
	if (letters) {
		make_room(s);
		insert(s, folded_hash(lower, len));
		size_t i = 0;
		unsigned char a = folded_lead(lower, len, &i), b = folded_lead(lower, len, &i);
		mark_spellings(s, a, b == 0xE2 ? '\'' : b);   /* ’ is the one letter-free 0xE2 taken */
	}
	free(lower);
}

size_t scrm_langid_names_count(const scrm_langid_names *s)
{
	return s ? s->count : 0;
}

bool scrm_langid_names_has(const scrm_langid_names *s, const unsigned char *w, size_t n)
{
	if (n == 0)
		return false;
	uint64_t h = folded_hash(w, n);
	for (size_t i = (size_t)h & s->mask; s->hashes[i] != 0; i = (i + 1) & s->mask)
		if (s->hashes[i] == h)
			return true;
	return false;
}

void scrm_langid_names_free(scrm_langid_names *s)
{
	if (!s)
		return;
	free(s->hashes);
	free(s);
}
