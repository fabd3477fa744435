/*
 * tone_lex.c - term tables of the tone engine and the lexicon file format.
 *
 * A lexicon file is UTF-8 text, one term a line:
 *	term TAB kind [TAB value]
 * kind: "v" valence (value in [-4, 4], VADER's scale), "b" booster (value:
 * +0.293 intensifies, negative diminishes), "n" negator, "c" contrast, "i"
 * insult or threat (value: valence), "s" clause separator ("et", "and"),
 * "o" aside (a separator whose clause is about something else: "sinon"),
 * "=" alias (value: the term it stands for), "a" an intensifier right
 * before a term with a valence and a valence (value) anywhere else.
 * Terms are normalised like tokens (lower case, no accents); a term of
 * several words is a phrase; a term that tokenises to nothing (punctuation
 * that is not an emoticon) can never match and is skipped. Blank lines and
 * comments ('#' after any blanks) are ignored. A later line for the same
 * term replaces the earlier one; within one file that is reported, as a
 * list that gives a term twice was most likely not meant to.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

void scrm_tone_table_init(scrm_tone_table *t)
{
	memset(t, 0, sizeof *t);
}

void scrm_tone_table_free(scrm_tone_table *t)
{
	for (size_t i = 0; i < t->narena; i++)
		free(t->arena[i]);
	free(t->arena);
	free(t->slots);
	free(t->phrases);
	free(t->pairs);
	memset(t, 0, sizeof *t);
}

static void *arena_alloc(scrm_tone_table *t, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!t->block || t->block_used + n > t->block_size) {
		size_t size = n > 65536 ? n : 65536;
		if (t->narena == t->arena_cap) {
			t->arena_cap = t->arena_cap ? t->arena_cap * 2 : 16;
			t->arena = scrm_xrealloc(t->arena, t->arena_cap * sizeof *t->arena);
		}
		t->block = scrm_xmalloc(size);
		t->arena[t->narena++] = t->block;
		t->block_size = size;
		t->block_used = 0;
	}
	void *p = t->block + t->block_used;
	t->block_used += n;
	return p;
}

const scrm_tone_entry *scrm_tone_table_find(const scrm_tone_table *t, const char *key, size_t n, uint64_t h)
{
	if (!t->nslots)
		return NULL;
	size_t mask = t->nslots - 1;
	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const scrm_tone_slot *s = &t->slots[i];
		if (!s->entry)
			return NULL;
		if (s->hash == h && s->entry->keylen == n && memcmp(s->entry->key, key, n) == 0)
			return s->entry;
	}
}

static void rehash(scrm_tone_table *t)
{
	size_t nslots = t->nslots ? t->nslots * 2 : 1024;
	scrm_tone_slot *slots = scrm_xcalloc(nslots, sizeof *slots);
	for (size_t i = 0; i < t->nslots; i++) {
		if (!t->slots[i].entry)
			continue;
		size_t j = t->slots[i].hash & (nslots - 1);
		while (slots[j].entry)
			j = (j + 1) & (nslots - 1);
		slots[j] = t->slots[i];
	}
	free(t->slots);
	t->slots = slots;
	t->nslots = nslots;
}

scrm_tone_entry *scrm_tone_table_get(scrm_tone_table *t, const char *key, size_t n)
{
	uint64_t h = scrm_tone_hash(key, n);
	scrm_tone_entry *found = (scrm_tone_entry *)scrm_tone_table_find(t, key, n, h);
	if (found)
		return found;
	if ((t->count + 1) * 2 > t->nslots)
		rehash(t);
	scrm_tone_entry *e = arena_alloc(t, sizeof *e);
	char *k = arena_alloc(t, n + 1);
	memcpy(k, key, n);
	k[n] = '\0';
	memset(e, 0, sizeof *e);
	e->key = k;
	e->keylen = (uint32_t)n;
	e->aspect = -1;
	e->hash = h;
	size_t j = h & (t->nslots - 1);
	while (t->slots[j].entry)
		j = (j + 1) & (t->nslots - 1);
	t->slots[j].hash = h;
	t->slots[j].entry = e;
	t->count++;
	const char *space = memchr(key, ' ', n);
	if (space) {
		if (!t->phrases) {
			t->phrases = scrm_xcalloc(SCRM_TONE_PHRASE_BITS / 64, sizeof *t->phrases);
			t->pairs = scrm_xcalloc(SCRM_TONE_PHRASE_BITS / 64, sizeof *t->pairs);
		}
		uint32_t bit = scrm_tone_phrase_bit(h);
		t->phrases[bit >> 6] |= 1ull << (bit & 63);
		/* Keys are token keys joined by single spaces: the words' hashes
		 * are those their tokens carry. */
		const char *second = space + 1, *end = key + n;
		const char *after = memchr(second, ' ', (size_t)(end - second));
		bit = scrm_tone_pair_bit(scrm_tone_hash(key, (size_t)(space - key)),
		                         scrm_tone_hash(second, (size_t)((after ? after : end) - second)));
		t->pairs[bit >> 6] |= 1ull << (bit & 63);
	}
	return e;
}

/* Whether an entry is a term or an aspect's, not only a phrase's first word. */
static bool says_something(const scrm_tone_entry *e)
{
	return e && (e->kind != SCRM_TERM_NONE || e->aspect >= 0);
}

/*
 * Exact key first; then, for words of five letters or more, French
 * inflections removed one letter at a time, at most two ("déçues" -> "decue"
 * -> "decu"; "nulles" -> "nulle"); last, the word as a phrase's first word
 * only.
 */
const scrm_tone_entry *scrm_tone_table_lookup_word(const scrm_tone_table *t, const char *key, size_t n,
                                                   uint64_t h)
{
	const scrm_tone_entry *exact = scrm_tone_table_find(t, key, n, h);
	if (says_something(exact))
		return exact;
	/* A word that only starts phrases ("tarifs" of "tarifs élevés") does
	 * not hide the word it inflects ("tarif", the price). */
	const scrm_tone_entry *e = NULL;
	if (n >= 5 && (key[n - 1] == 's' || key[n - 1] == 'x' || key[n - 1] == 'e')) {
		/* FNV is a running hash: the prefixes' hashes come from one pass. */
		uint64_t h2 = scrm_tone_hash(key, n - 2);
		uint64_t h1 = scrm_tone_hash_more(h2, key + n - 2, 1);
		e = scrm_tone_table_find(t, key, n - 1, h1);
		char c = key[n - 2];
		if (!says_something(e) && (c == 's' || c == 'x' || c == 'e'))
			e = scrm_tone_table_find(t, key, n - 2, h2);
	}
	if (says_something(e))
		return e;
	return exact && exact->phrase_start ? exact : NULL;
}

const scrm_tone_entry *scrm_tone_phrase_word(const scrm_tone_table *t, const char *key, size_t n, bool inflected,
                                             bool (*want)(const scrm_tone_entry *))
{
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && key[j] != ' ')
			j++;
		uint64_t h = scrm_tone_hash(key + i, j - i);
		const scrm_tone_entry *w = inflected ? scrm_tone_table_lookup_word(t, key + i, j - i, h)
		                                     : scrm_tone_table_find(t, key + i, j - i, h);
		if (w && w->kind == SCRM_TERM_ALIAS && w->alias)
			w = w->alias;
		if (w && want(w))
			return w;
		i = j + 1;
	}
	return NULL;
}

static bool is_negator(const scrm_tone_entry *e)
{
	return e->kind == SCRM_TERM_NEGATOR;
}

/* Whether a word of key (several words, space-separated) is a negator of t. */
static bool holds_negator(const scrm_tone_table *t, const char *key, size_t n)
{
	return scrm_tone_phrase_word(t, key, n, false, is_negator) != NULL;
}

/* Whether the last word of key (several words) is a negator of t. */
static bool ends_in_negator(const scrm_tone_table *t, const char *key, size_t n)
{
	size_t start = scrm_tone_last_word(key, n);
	return scrm_tone_phrase_word(t, key + start, n - start, false, is_negator) != NULL;
}

/*
 * Negators that stand for a thing or a person ("rien", "nothing"): a
 * phrase ending in one has said what it negates ("merci pour rien",
 * "thanks for nothing", "toujours rien"), and turns over no term after it
 * ("Thanks for nothing #fail", "payé pour rien, nul").
 */
static bool ends_in_negated_thing(const char *key, size_t n)
{
	static const char *const things[] = { "rien", "nothing", "nada", "none", "nobody", "nowhere" };
	size_t start = scrm_tone_last_word(key, n);
	for (size_t i = 0; i < sizeof things / sizeof things[0]; i++)
		if (n - start == strlen(things[i]) && memcmp(key + start, things[i], n - start) == 0)
			return true;
	return false;
}

/*
 * Whether key opens with the "plus" of "ne … plus": "plus" alone is no
 * negator (it is also "more"), but a phrase it opens names what is no
 * more ("plus de réseau"), and the "ne" before it ("on n'a plus de
 * réseau") is the same negation, not one that turns the phrase over.
 */
static bool opens_with_no_more(const char *key, size_t n)
{
	return n > 5 && memcmp(key, "plus ", 5) == 0;
}

void scrm_tone_phrases_mark_negation(scrm_tone_table **tables, size_t ntables)
{
	for (size_t i = 0; i < ntables; i++)
		for (size_t s = 0; s < tables[i]->nslots; s++) {
			scrm_tone_entry *e = tables[i]->slots[s].entry;
			if (e && memchr(e->key, ' ', e->keylen)) {
				e->own_negation = holds_negator(tables[i], e->key, e->keylen) ||
				                  opens_with_no_more(e->key, e->keylen);
				e->negates_after = e->own_negation && e->value != 0 &&
				                   ends_in_negator(tables[i], e->key, e->keylen) &&
				                   !ends_in_negated_thing(e->key, e->keylen);
			}
		}
}

/* A lexicon line's kind letter, read. */
typedef struct term_kind {
	uint8_t kind;
	bool negates_before, expletive, laughter, wanted, aside;
} term_kind;

/* Kind letter p is a negator that also turns the term right before it,
 * x a valence said as an oath, l one said as a laugh, w a valence of a
 * want, o a separator whose clause is an aside. */
static bool parse_kind(const char *s, size_t n, term_kind *out)
{
	static const char kinds[] = "vbncis=apxwol";
	static const uint8_t values[] = { SCRM_TERM_VALENCE, SCRM_TERM_BOOSTER, SCRM_TERM_NEGATOR,
	                                  SCRM_TERM_CONTRAST, SCRM_TERM_INSULT, SCRM_TERM_SEPARATOR,
	                                  SCRM_TERM_ALIAS, SCRM_TERM_BOOSTER_VALENCE, SCRM_TERM_NEGATOR,
	                                  SCRM_TERM_VALENCE, SCRM_TERM_VALENCE, SCRM_TERM_SEPARATOR,
	                                  SCRM_TERM_VALENCE };
	if (n != 1)
		return false;
	const char *p = strchr(kinds, s[0]);
	if (!p || !*p)
		return false;
	out->kind = values[p - kinds];
	out->negates_before = *p == 'p';
	out->expletive = *p == 'x';
	out->laughter = *p == 'l';
	out->wanted = *p == 'w';
	out->aside = *p == 'o';
	return true;
}

void scrm_tone_table_mark_phrase(scrm_tone_table *t, const char *key, size_t n)
{
	bool first = true;
	for (size_t i = 0; i < n; i++) {
		if (key[i] != ' ')
			continue;
		scrm_tone_entry *e = scrm_tone_table_get(t, key, i);
		e->phrase_start = true;
		if (first && key[i + 1] == SCRM_TONE_NUMBER_WORD[0] && (i + 2 == n || key[i + 2] == ' '))
			e->number_next = true;
		first = false;
	}
}

static void set_err(scrm_buf *err, const char *path, unsigned long line, const char *reason)
{
	scrm_buf_clear(err);
	if (line)
		scrm_buf_printf(err, "%s:%lu: %s", path, line, reason);
	else
		scrm_buf_printf(err, "%s: %s", path, reason);
}

/* Splits line into at most 3 TAB-separated fields; returns their number. */
static size_t split_tabs(char *line, char *f[3])
{
	size_t k = 0;
	f[k++] = line;
	for (char *p = line; *p; p++)
		if (*p == '\t') {
			*p = '\0';
			if (k == 3)
				return 4;
			f[k++] = p + 1;
		}
	return k;
}

static bool parse_value(const char *s, float *out)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || *end || errno || !isfinite(v) || v < -10 || v > 10)
		return false;
	*out = (float)v;
	return true;
}

/*
 * Whether a valence term's key is a lone character or a number. Such keys
 * come from emoticons the tokenizer splits ("8)" is "8" and ")", "s:" is
 * "s" and ":") and from slang numbers ("143"): as valences they would
 * score every "8", "s", price and time of a text.
 */
static bool says_nothing(uint8_t kind, const char *key, size_t n)
{
	if (kind != SCRM_TERM_VALENCE && kind != SCRM_TERM_INSULT && kind != SCRM_TERM_BOOSTER_VALENCE)
		return false;
	size_t digits = 0;
	while (digits < n && key[digits] >= '0' && key[digits] <= '9')
		digits++;
	return n == 1 || digits == n;
}

/* The next "#" of s that is a word of its own (spaces or the ends around it), or NULL. */
static const char *next_number_word(const char *s)
{
	for (const char *p = strchr(s, '#'); p; p = strchr(p + 1, '#'))
		if ((p == s || p[-1] == ' ') && (p[1] == ' ' || p[1] == '\0'))
			return p;
	return NULL;
}

/*
 * A lexicon term normalised as texts are, into out, each word "#" kept as
 * the number word, which the tokenizer would drop as punctuation; returns
 * its words. Such a word never opens a term: a line starting with '#' is a
 * comment.
 */
static size_t normalize_lexicon_term(scrm_tone_text *scratch, const char *term, scrm_buf *out)
{
	size_t words = 0;
	for (const char *s = term;;) {
		const char *mark = next_number_word(s);
		size_t before = out->len;
		if (out->len)
			scrm_buf_putc(out, ' ');
		scrm_tone_normalize_term(scratch, s, mark ? (size_t)(mark - s) : strlen(s), out);
		words += scratch->ntok;
		if (scratch->ntok == 0) {
			out->len = before;     /* a space that joins nothing */
			out->data[before] = '\0';
		}
		if (!mark)
			return words;
		if (out->len)
			scrm_buf_putc(out, ' ');
		scrm_buf_puts(out, SCRM_TONE_NUMBER_WORD);
		words++;
		s = mark + 1;
	}
}

bool scrm_tone_lexicon_read(scrm_tone_table **tables, size_t ntables, const char *path, scrm_buf *err)
{
	/* Tells this read's terms from those of earlier files, which a line may override in silence. */
	static uint32_t reads;
	uint32_t serial = ++reads;
	FILE *fp = fopen(path, "r");
	if (!fp) {
		set_err(err, path, 0, strerror(errno));
		return false;
	}
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	bool ok = true;
	scrm_buf key = SCRM_BUF_INIT, target = SCRM_BUF_INIT;
	scrm_tone_text scratch;
	scrm_tone_text_init(&scratch);
	while (ok && (len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (scrm_tone_line_is_blank(line))
			continue;
		char *f[3];
		size_t nf = split_tabs(line, f);
		term_kind tk = { .kind = SCRM_TERM_NONE };
		float value = 0;
		const char *why = NULL;
		if (nf < 2 || nf > 3)
			why = "expected: term TAB kind [TAB value]";
		else if (!parse_kind(f[1], strlen(f[1]), &tk))
			why = "unknown kind (expected v, b, n, p, c, i, s, o, =, a, x, l or w)";
		else if ((tk.kind == SCRM_TERM_VALENCE || tk.kind == SCRM_TERM_BOOSTER || tk.kind == SCRM_TERM_INSULT ||
		          tk.kind == SCRM_TERM_BOOSTER_VALENCE) &&
		         (nf != 3 || !parse_value(f[2], &value)))
			why = "expected a number between -10 and 10";
		else if (tk.kind == SCRM_TERM_ALIAS && (nf != 3 || !*f[2]))
			why = "an alias needs the term it stands for";
		if (!why && !*f[0])
			why = "empty term";
		if (!why) {
			scrm_buf_clear(&key);
			if (normalize_lexicon_term(&scratch, f[0], &key) > SCRM_TONE_PHRASE_WORDS)
				why = SCRM_TONE_PHRASE_TOO_LONG;
			else if (key.len == 0 || says_nothing(tk.kind, key.data, key.len))
				continue;   /* no text can produce it as the term meant */
		}
		if (why) {
			set_err(err, path, lineno, why);
			ok = false;
			break;
		}
		if (tk.kind == SCRM_TERM_ALIAS) {
			scrm_buf_clear(&target);
			scrm_tone_normalize_term(&scratch, f[2], strlen(f[2]), &target);
		}
		for (size_t i = 0; i < ntables; i++) {
			scrm_tone_entry *e = scrm_tone_table_get(tables[i], key.data, key.len);
			const scrm_tone_entry *to = tk.kind == SCRM_TERM_ALIAS && target.len
				? scrm_tone_table_find(tables[i], target.data, target.len,
				                       scrm_tone_hash(target.data, target.len))
				: NULL;
			/* The same term said again the same way ("❤" and "❤️") is no conflict. */
			if (i == 0 && e->given_in == serial &&
			    (e->kind != tk.kind || e->negates_before != tk.negates_before || e->expletive != tk.expletive ||
			     e->laughter != tk.laughter || e->wanted != tk.wanted || e->aside != tk.aside ||
			     e->value != value || e->alias != to))
				scrm_warn_at(path, lineno, "\"%s\" is the term of line %lu once normalised (\"%s\"), "
				             "given otherwise there; this line replaces it",
				             f[0], (unsigned long)e->given_at, key.data);
			e->given_in = serial;
			e->given_at = (uint32_t)lineno;
			e->derived = false;
			e->kind = tk.kind;
			e->negates_before = tk.negates_before;
			e->expletive = tk.expletive;
			e->laughter = tk.laughter;
			e->wanted = tk.wanted;
			e->aside = tk.aside;
			e->value = value;
			e->alias = NULL;
			if (tk.kind == SCRM_TERM_ALIAS && target.len)
				e->alias = scrm_tone_table_get(tables[i], target.data, target.len);
			scrm_tone_table_mark_phrase(tables[i], key.data, key.len);
		}
	}
	if (ok && ferror(fp)) {
		set_err(err, path, 0, strerror(errno));
		ok = false;
	}
	free(line);
	scrm_buf_free(&key);
	scrm_buf_free(&target);
	scrm_tone_text_free(&scratch);
	fclose(fp);
	return ok;
}
