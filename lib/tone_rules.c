/*
 * tone_rules.c - the lexicon score of a tokenised text: term lookup and the
 * rules that shift a term's valence (negation, boosters, contrast,
 * capitals, elongation, punctuation), after VADER (Hutto & Gilbert 2014),
 * extended for French negation ("ne ... pas", bare "pas" after the verb).
 */
#include <math.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

/* VADER's constants. */
#define BOOST_CAPS 0.733
#define NEGATION (-0.74)
#define BEFORE_CONTRAST 0.5
#define AFTER_CONTRAST 1.5
#define ELONGATION 0.293
#define BOOST_INCR 0.293    /* an intensifier's, which "a" terms lend */
#define WINDOW 3
/* scrm's: a want negated ("pas de remboursement") weighs about what the
 * lexicons give a want refused ("no refund" -2, "remboursement refusé"
 * -1.8) from a want named (-0.6). */
#define WANT_UNMET 3.0

double scrm_tone_normalize_score(double x)
{
	return x / sqrt(x * x + 15.0);
}

/* A word of a list the rules compare keys with, its length known. */
typedef struct rule_word {
	const char *s;
	size_t n;
} rule_word;
#define RULE_WORD(w) { w, sizeof w - 1 }
#define RULE_WORDS(list) list, sizeof list / sizeof list[0]

/* Whether token k's key is one of list's words: lengths first, as this
 * runs for every term of positive valence. */
static bool key_in(const scrm_tone_text *t, const scrm_tone_token *k, const rule_word *list, size_t count)
{
	for (size_t w = 0; w < count; w++)
		if (k->keylen == list[w].n && memcmp(scrm_tone_key(t, k), list[w].s, list[w].n) == 0)
			return true;
	return false;
}

/*
 * The numbers spelt out that a phrase's number word stands for besides
 * digits ("took three weeks" is "took # weeks"), from two up, French then
 * English. "un", "une", "a", "an" and "one" are left out: as articles they
 * would make "une heure" or "a week" a number, and no phrase counts one of
 * anything. A compound ("vingt-quatre") is two tokens, no number word.
 */
static const rule_word spelt_numbers[] = {
	RULE_WORD("deux"), RULE_WORD("trois"), RULE_WORD("quatre"), RULE_WORD("cinq"), RULE_WORD("six"),
	RULE_WORD("sept"), RULE_WORD("huit"), RULE_WORD("neuf"), RULE_WORD("dix"), RULE_WORD("onze"),
	RULE_WORD("douze"), RULE_WORD("treize"), RULE_WORD("quatorze"), RULE_WORD("quinze"), RULE_WORD("seize"),
	RULE_WORD("vingt"), RULE_WORD("trente"), RULE_WORD("quarante"), RULE_WORD("cinquante"),
	RULE_WORD("soixante"), RULE_WORD("cent"), RULE_WORD("mille"),
	RULE_WORD("two"), RULE_WORD("three"), RULE_WORD("four"), RULE_WORD("five"), RULE_WORD("seven"),
	RULE_WORD("eight"), RULE_WORD("nine"), RULE_WORD("ten"), RULE_WORD("eleven"), RULE_WORD("twelve"),
	RULE_WORD("thirteen"), RULE_WORD("fourteen"), RULE_WORD("fifteen"), RULE_WORD("sixteen"),
	RULE_WORD("seventeen"), RULE_WORD("eighteen"), RULE_WORD("nineteen"), RULE_WORD("twenty"),
	RULE_WORD("thirty"), RULE_WORD("forty"), RULE_WORD("fifty"), RULE_WORD("sixty"), RULE_WORD("hundred"),
	RULE_WORD("thousand"),
};

/* Whether token k may be a phrase's number word: digits or a number spelt out. */
static bool is_number(const scrm_tone_text *t, const scrm_tone_token *k)
{
	return k->flags & SCRM_TOK_WORD ? key_in(t, k, RULE_WORDS(spelt_numbers)) : scrm_tone_is_digits(t, k);
}

/* A phrase being matched from token i: its words so far, put together in
 * buf only when a lookup needs them. */
typedef struct phrase_text {
	char buf[256];
	size_t built, len;      /* tokens in buf, their length with spaces */
	unsigned numbers;       /* bit w: word w is taken as the number word */
} phrase_text;

/* Puts the phrase's first words (up to words) into p->buf. */
static void phrase_text_fill(const scrm_tone_text *t, size_t i, size_t words, phrase_text *p)
{
	for (; p->built < words; p->built++) {
		const scrm_tone_token *k = &t->tok[i + p->built];
		bool number = p->numbers >> p->built & 1;
		size_t n = number ? 1 : k->keylen;
		if (p->built)
			p->buf[p->len++] = ' ';
		memcpy(p->buf + p->len, number ? SCRM_TONE_NUMBER_WORD : scrm_tone_key(t, k), n);
		p->len += n;
	}
}

/*
 * The longest phrase starting at token i whose first word's entry is e
 * (a phrase start), or e itself when it says something, where a number
 * may be a phrase's number word: each number is taken as written when
 * the table has the phrase so far that way, else as the number word.
 * Called only when a number could be one: match_phrase() is the search
 * every text makes, and stays small.
 */
static __attribute__((noinline)) const scrm_tone_entry *
match_phrase_numbers(const scrm_tone_text *t, size_t i, const scrm_tone_table *table, const scrm_tone_entry *e,
                     size_t *span)
{
	const scrm_tone_token *k = &t->tok[i];
	phrase_text p;
	size_t len = k->keylen;     /* of the words up to j, spaces between */
	uint64_t h = k->hash;
	const scrm_tone_entry *best = e->kind || e->aspect >= 0 ? e : NULL;
	p.built = p.len = 0;
	p.numbers = 0;
	for (size_t j = i + 1; j < t->ntok && j < i + SCRM_TONE_PHRASE_WORDS && t->tok[j].clause == k->clause; j++) {
		const scrm_tone_token *kj = &t->tok[j];
		if (len + kj->keylen + 1 >= sizeof p.buf)
			break;
		h = scrm_tone_hash_more(h, " ", 1);
		uint64_t as_written = scrm_tone_hash_more(h, scrm_tone_key(t, kj), kj->keylen);
		uint64_t as_number = scrm_tone_hash_more(h, SCRM_TONE_NUMBER_WORD, 1);
		bool written = scrm_tone_table_may_have_phrase(table, as_written);
		bool number = is_number(t, kj) && scrm_tone_table_may_have_phrase(table, as_number);
		if (written && number) {
			/* "note 0 sur 5" or "note # sur #": the filter may be wrong, the table is not. */
			phrase_text_fill(t, i, j - i, &p);
			p.buf[p.len] = ' ';
			memcpy(p.buf + p.len + 1, scrm_tone_key(t, kj), kj->keylen);
			written = scrm_tone_table_find(table, p.buf, len + kj->keylen + 1u, as_written) != NULL;
		}
		if (written) {
			h = as_written;
			len += kj->keylen + 1u;
		} else if (number) {
			h = as_number;
			p.numbers |= 1u << (j - i);
			len += 2u;
		} else {
			break;
		}
		phrase_text_fill(t, i, j - i + 1, &p);
		const scrm_tone_entry *found = scrm_tone_table_find(table, p.buf, len, h);
		if (!found)
			break;
		if (found->kind != SCRM_TERM_NONE || found->aspect >= 0) {
			best = found;
			*span = j - i + 1;
		}
		if (!found->phrase_start)
			break;
	}
	return best;
}

/* The longest phrase starting at token i whose first word's entry is e
 * (a phrase start), or e itself when it says something, its words as
 * written; a number that stops the search may be a phrase's number word,
 * which match_phrase_numbers() then looks for from the start. */
static const scrm_tone_entry *match_phrase(const scrm_tone_text *t, size_t i, const scrm_tone_table *table,
                                           const scrm_tone_entry *e, size_t *span)
{
	const scrm_tone_token *k = &t->tok[i];
	phrase_text p;
	size_t len = k->keylen;     /* of the words up to j, spaces between */
	uint64_t h = k->hash;
	const scrm_tone_entry *best = e->kind || e->aspect >= 0 ? e : NULL;
	const scrm_tone_token *stop = NULL;     /* the word no phrase went on with */
	p.built = p.len = 0;
	p.numbers = 0;
	if (len >= sizeof p.buf || i + 1 >= t->ntok)
		return best;
	/* Most phrase starts are not followed by a phrase's second word: the
	 * two words' own hashes say so before the next is hashed on. */
	if (!scrm_tone_table_may_have_pair(table, k->hash, t->tok[i + 1].hash))
		stop = &t->tok[i + 1];
	for (size_t j = i + 1; !stop && j < t->ntok && j < i + SCRM_TONE_PHRASE_WORDS && t->tok[j].clause == k->clause;
	     j++) {
		const scrm_tone_token *kj = &t->tok[j];
		if (len + kj->keylen + 1 >= sizeof p.buf)
			break;
		h = scrm_tone_hash_more(h, " ", 1);
		h = scrm_tone_hash_more(h, scrm_tone_key(t, kj), kj->keylen);
		len += kj->keylen + 1u;
		/* Most words start no phrase with the next: the filter says so
		 * before any text is put together. */
		if (!scrm_tone_table_may_have_phrase(table, h)) {
			stop = kj;
			break;
		}
		phrase_text_fill(t, i, j - i + 1, &p);
		const scrm_tone_entry *found = scrm_tone_table_find(table, p.buf, len, h);
		if (!found) {
			stop = kj;
			break;
		}
		if (found->kind != SCRM_TERM_NONE || found->aspect >= 0) {
			best = found;
			*span = j - i + 1;
		}
		if (!found->phrase_start)
			break;
	}
	return stop && is_number(t, stop) ? match_phrase_numbers(t, i, table, e, span) : best;
}

/* The entry of token i's word alone, from the memo when it knows it. */
static const scrm_tone_entry *match_word(const scrm_tone_text *t, const scrm_tone_token *k,
                                         const scrm_tone_table *table, scrm_tone_memo_slot *slot)
{
	if (slot && slot->lex_ready)
		return slot->entry;
	const scrm_tone_entry *e = NULL;
	if (k->alt != k->key) {
		const char *alt = t->keys.data + k->alt;
		size_t n = strlen(alt);
		e = scrm_tone_table_lookup_word(table, alt, n, scrm_tone_hash(alt, n));
	}
	if (!e)
		e = scrm_tone_table_lookup_word(table, scrm_tone_key(t, k), k->keylen, k->hash);
	if (slot) {
		slot->entry = e;
		slot->lex_ready = true;
	}
	return e;
}

/* The longest phrase starting at token i (same clause), or the word alone;
 * slot is the token's memo or NULL. */
static inline const scrm_tone_entry *match(const scrm_tone_text *t, size_t i, const scrm_tone_table *table,
                                           scrm_tone_memo_slot *slot, size_t *span)
{
	const scrm_tone_token *k = &t->tok[i];
	const scrm_tone_entry *e = match_word(t, k, table, slot);
	*span = 1;
	/* Phrases start from the word as written (not an inflection or variant
	 * that matched: "tarifs" is the price, and starts "tarifs élevés"),
	 * and their hashes extend the word's hash. That depends on the word
	 * only: the memo remembers it. */
	bool phrase;
	if (slot && slot->phrase_ready) {
		phrase = slot->phrase;
	} else {
		/* Without an entry, the word is not in the table at all. */
		const scrm_tone_entry *written = !e || (e->keylen == k->keylen &&
		                                        memcmp(e->key, scrm_tone_key(t, k), k->keylen) == 0)
			? e : scrm_tone_table_find(table, scrm_tone_key(t, k), k->keylen, k->hash);
		phrase = written && written->phrase_start;
		if (slot) {
			slot->phrase = phrase;
			slot->number_next = phrase && written->number_next;
			slot->phrase_ready = true;
		}
	}
	if (!phrase)
		return e;
	return match_phrase(t, i, table, e, span);
}

/*
 * The span a negator phrase keeps: its last word goes to a phrase that
 * starts there when the word after the negator says nothing alone. So
 * "pas très" + "très patient" is "not very patient", where the longest
 * match alone ("pas très", then "patient" with no entry) lost the
 * opinion; "pas très bien" keeps "pas très" + "bien", not very good
 * rather than not excellent.
 */
static size_t negator_span(const scrm_tone_text *t, size_t i, size_t span, const scrm_tone_table *table,
                           scrm_tone_memo_slot *memo, scrm_tone_lang lang)
{
	size_t last = i + span - 1, next = i + span, inner;
	if (next >= t->ntok)
		return span;
	const scrm_tone_token *k = &t->tok[next];
	const scrm_tone_entry *alone = match_word(t, k, table, scrm_tone_memo_of(memo, k, lang));
	if (alone && alone->kind != SCRM_TERM_NONE)
		return span;
	match(t, last, table, scrm_tone_memo_of(memo, &t->tok[last], lang), &inner);
	return inner > 1 ? span - 1 : span;
}

static bool has_kind(const scrm_tone_token *k, int kind)
{
	return k->kind == kind;
}

/* What a French "ne" pairs with: the first of these after it in its clause
 * (keys, accents off) tells a negation ("ne ... pas") from a restriction
 * ("ne ... que"). */
static const rule_word ne_partners[] = {
	RULE_WORD("pas"), RULE_WORD("plus"), RULE_WORD("jamais"), RULE_WORD("rien"), RULE_WORD("personne"),
	RULE_WORD("guere"), RULE_WORD("aucun"), RULE_WORD("aucune"), RULE_WORD("nul"), RULE_WORD("nulle"),
	RULE_WORD("nullement"), RULE_WORD("point"), RULE_WORD("ni"), RULE_WORD("que"), RULE_WORD("qu")
};
static const rule_word ne_word[] = { RULE_WORD("ne") };
static const rule_word que_words[] = { RULE_WORD("que"), RULE_WORD("qu") };
/* Partners that restrict when "que" follows them ("plus que", "jamais que"). */
static const rule_word before_que_words[] = { RULE_WORD("plus"), RULE_WORD("jamais") };

/*
 * The partner of the "ne" at token i when it restricts rather than
 * negates, else 0 (no partner comes before its "ne"): "il ne fait que
 * tourner en rond" does nothing but go round in circles, "je ne suis
 * satisfait que du prix" is satisfied with the price alone. So it is when
 * the partner is "que", or "plus"/"jamais" right before "que" ("il ne reste
 * plus que des bugs": bugs and nothing else).
 */
static size_t restricting_partner(const scrm_tone_text *t, size_t i)
{
	uint16_t clause = t->tok[i].clause;
	for (size_t j = i + 1; j < t->ntok && t->tok[j].clause == clause; j++) {
		const scrm_tone_token *k = &t->tok[j];
		if (!key_in(t, k, RULE_WORDS(ne_partners)))
			continue;
		if (key_in(t, k, RULE_WORDS(que_words)))
			return j;
		bool restricting = key_in(t, k, RULE_WORDS(before_que_words)) && j + 1 < t->ntok &&
		                   t->tok[j + 1].clause == clause && key_in(t, &t->tok[j + 1], RULE_WORDS(que_words));
		return restricting ? j : 0;
	}
	return 0;
}

/* Takes the negator's kind from each restricting "ne", and from a
 * "jamais" it restricts with: neither turns anything over. */
static void unmark_restrictive_ne(scrm_tone_text *t)
{
	for (size_t i = 0; i < t->ntok; i++) {
		scrm_tone_token *k = &t->tok[i];
		if (!has_kind(k, SCRM_TERM_NEGATOR) || k->span != 1 || !key_in(t, k, RULE_WORDS(ne_word)))
			continue;
		size_t partner = restricting_partner(t, i);
		if (partner == 0)
			continue;
		k->kind = SCRM_TERM_NONE;
		if (has_kind(&t->tok[partner], SCRM_TERM_NEGATOR) && t->tok[partner].span == 1)
			t->tok[partner].kind = SCRM_TERM_NONE;
	}
}

/* Flags the tokens before and after the last contrast word of their sentence. */
static void mark_contrast(scrm_tone_text *t)
{
	bool seen = false;
	uint16_t sentence = UINT16_MAX;
	for (size_t i = t->ntok; i-- > 0;) {
		scrm_tone_token *k = &t->tok[i];
		if (k->sentence != sentence) {
			sentence = k->sentence;
			seen = false;
		}
		k->flags &= (uint8_t)~(SCRM_TOK_BEFORE_CONTRAST | SCRM_TOK_AFTER_CONTRAST);
		if (seen)
			k->flags |= SCRM_TOK_BEFORE_CONTRAST;
		if (has_kind(k, SCRM_TERM_CONTRAST))
			seen = true;
	}
	seen = false;
	sentence = UINT16_MAX;
	for (size_t i = 0; i < t->ntok; i++) {
		scrm_tone_token *k = &t->tok[i];
		if (k->sentence != sentence) {
			sentence = k->sentence;
			seen = false;
		}
		if (seen && !(k->flags & SCRM_TOK_BEFORE_CONTRAST))
			k->flags |= SCRM_TOK_AFTER_CONTRAST;
		if (has_kind(k, SCRM_TERM_CONTRAST))
			seen = true;
	}
}

/*
 * A clause's index once contrast words and separators have started shift
 * new ones before it. The tokenizer stops at SCRM_TONE_CLAUSES_MAX clauses
 * and shift at UINT16_MAX / 2, so the sum stays below the bound kept here
 * all the same: a 16-bit sum would wrap, and the clause sums are sized by
 * the largest.
 */
static inline uint16_t shifted_clause(uint16_t clause, uint16_t shift)
{
	uint32_t c = (uint32_t)clause + shift;
	return (uint16_t)(c < UINT16_MAX - 1u ? c : UINT16_MAX - 1u);
}

void scrm_tone_resolve(scrm_tone_text *t, const scrm_tone_table *table, scrm_tone_memo_slot *memo,
                       scrm_tone_lang lang)
{
	/* Contrast words and separators also start a new clause: renumber as we go. */
	uint16_t shift = 0, last_old = UINT16_MAX;
	bool clause_has_tokens = false, contrast = false;
	if (t->ntok > t->marked_cap) {
		t->marked_cap = t->ntok;
		t->valued = scrm_xrealloc(t->valued, t->marked_cap * sizeof *t->valued);
		t->aspected = scrm_xrealloc(t->aspected, t->marked_cap * sizeof *t->aspected);
	}
	/* In locals: the byte-sized fields written to each token may alias
	 * anything, which would make the compiler reload t's at every step. */
	scrm_tone_token *tok = t->tok;
	size_t ntok = t->ntok, nvalued = 0, naspected = 0, nnegators = 0;
	uint32_t *valued = t->valued, *aspected = t->aspected;
	for (size_t i = 0; i < ntok;) {
		size_t span = 1;
		scrm_tone_token *k = &tok[i];
		scrm_tone_memo_slot *slot = scrm_tone_memo_of(memo, k, lang);
		const scrm_tone_entry *e;
		bool aliased;
		uint8_t kind;
		int16_t aspect;
		/* A word met before, alone here: its phrase start (if it is one)
		 * has no phrase's second word after it, which the pair filter
		 * tells from the two tokens' hashes. */
		if (slot && slot->resolved_ready &&
		    !(slot->phrase && i + 1 < ntok && scrm_tone_table_may_have_pair(table, k->hash, tok[i + 1].hash))) {
			/* No entry to read. */
			e = slot->resolved;
			aliased = slot->aliased;
			kind = slot->kind;
			aspect = slot->aspect;
		} else {
			e = match(t, i, table, slot, &span);
			aliased = e && e->kind == SCRM_TERM_ALIAS && e->alias;
			if (aliased)
				e = e->alias;
			kind = e ? e->kind : SCRM_TERM_NONE;
			aspect = e ? e->aspect : -1;
			/* What the word makes alone: a phrase start with no phrase
			 * after it always makes the same. Not for a word a number
			 * may follow in a phrase ("took # weeks"): the pair filter
			 * above knows no number, and such words go this way. */
			if (slot && span == 1 && !slot->number_next) {
				slot->resolved = e;
				slot->aliased = aliased;
				slot->kind = kind;
				slot->aspect = aspect;
				slot->resolved_ready = true;
			}
			if (kind == SCRM_TERM_NEGATOR && span > 1)
				span = negator_span(t, i, span, table, memo, lang);
		}
		/* Without a branch: clauses end at no word a predictor could learn. */
		clause_has_tokens &= k->clause == last_old;
		last_old = k->clause;
		if ((kind == SCRM_TERM_CONTRAST || kind == SCRM_TERM_SEPARATOR) && clause_has_tokens &&
		    shift < UINT16_MAX / 2)
			shift++;
		contrast = contrast || kind == SCRM_TERM_CONTRAST;
		k->flags = (uint8_t)((k->flags & ~SCRM_TOK_ALIASED) | (aliased ? SCRM_TOK_ALIASED : 0));
		k->entry = e;
		k->kind = kind;
		k->aspect = aspect;
		k->span = (uint8_t)span;
		/* Later clauses of the same original clause move up with it. */
		k->clause = shifted_clause(k->clause, shift);
		/* Written always, counted when it applies: which tokens carry a
		 * valence or an aspect is no pattern a branch could learn. */
		valued[nvalued] = (uint32_t)i;
		nvalued += kind == SCRM_TERM_VALENCE || kind == SCRM_TERM_INSULT || kind == SCRM_TERM_BOOSTER_VALENCE;
		aspected[naspected] = (uint32_t)i;
		naspected += aspect >= 0;
		nnegators += kind == SCRM_TERM_NEGATOR;
		for (size_t j = i + 1; j < i + span; j++) {
			tok[j].entry = NULL;
			tok[j].kind = SCRM_TERM_NONE;
			tok[j].aspect = -1;
			tok[j].span = 0;
			tok[j].clause = shifted_clause(tok[j].clause, shift);
		}
		clause_has_tokens = true;
		i += span;
	}
	t->nvalued = nvalued;
	t->naspected = naspected;
	/* After the loop: a "ne" is told by what follows it, in the clause
	 * the renumbering above gives it. */
	if (lang == SCRM_TONE_FR && nnegators != 0)
		unmark_restrictive_ne(t);
	/* The tokenizer leaves the contrast flags clear: only texts with a
	 * contrast word need them set. */
	if (contrast)
		mark_contrast(t);
	if (shift == 0)
		return;
	/* Rebuild the clause -> sentence map. */
	uint16_t n = 0;
	for (size_t i = 0; i < t->ntok; i++)
		if (t->tok[i].clause + 1u > n)
			n = (uint16_t)(t->tok[i].clause + 1u);
	if (n > t->clause_cap) {
		t->clause_cap = n;
		t->clause_sentence = scrm_xrealloc(t->clause_sentence, n * sizeof *t->clause_sentence);
	}
	for (size_t i = 0; i < t->ntok; i++)
		t->clause_sentence[t->tok[i].clause] = t->tok[i].sentence;
	t->nclauses = n;
}

/*
 * The WINDOW terms before token i, nearest first, into before[] (their
 * count returned): a phrase is one term, as a word is ("pas du tout" is
 * right before "content" in "pas du tout content"), and is met at its
 * first word, which carries its entry.
 */
static size_t terms_before(const scrm_tone_text *t, size_t i, const scrm_tone_token *before[WINDOW])
{
	size_t d = 0;
	for (size_t j = i; j-- > 0 && d < WINDOW;)
		if (t->tok[j].span != 0)
			before[d++] = &t->tok[j];
	return d;
}

/* Whether the term at token i is negated: a negator among the WINDOW terms
 * before it, or right after it when it follows verbs ("j'aime pas"), same clause.
 * An emoji or emoticon never is: it shows the writer's mood, which a "not"
 * before it does not turn over ("pas content 😡" is angry twice). */
static bool negated(const scrm_tone_text *t, size_t i, size_t span)
{
	if (t->tok[i].flags & SCRM_TOK_EMOJI)
		return false;
	/* Clause ends and negators come in no order a branch predictor could
	 * learn: the window's tests are combined, not branched on. */
	uint16_t clause = t->tok[i].clause;
	bool in = true, found = false;
	const scrm_tone_token *before[WINDOW];
	size_t n = terms_before(t, i, before);
	for (size_t d = 0; d < n; d++) {
		in &= before[d]->clause == clause;
		found |= in & (has_kind(before[d], SCRM_TERM_NEGATOR) ||
		               (before[d]->entry && before[d]->entry->negates_after));
		/* A phrase holding its own negation takes the "ne" before it:
		 * "je n'ai jamais été aussi déçu" is very disappointed. */
		if (before[d]->entry && before[d]->entry->own_negation)
			break;
	}
	size_t j = i + span;
	if (j < t->ntok)
		found |= (t->tok[j].clause == clause) &&
		         has_kind(&t->tok[j], SCRM_TERM_NEGATOR) && t->tok[j].entry->negates_before;
	return found;
}

/* Whether a token's term has a valence to give (its entry's value is not zero). */
static bool is_valued(const scrm_tone_token *k)
{
	return (k->kind == SCRM_TERM_VALENCE || k->kind == SCRM_TERM_INSULT ||
	        k->kind == SCRM_TERM_BOOSTER_VALENCE) && k->entry->value != 0;
}

/* Whether token i, of kind SCRM_TERM_BOOSTER_VALENCE, intensifies the
 * term right after it in its clause rather than says something itself. */
static bool intensifies_next(const scrm_tone_text *t, size_t i)
{
	const scrm_tone_token *k = &t->tok[i];
	size_t j = i + (k->span ? k->span : 1);
	return j < t->ntok && t->tok[j].clause == k->clause && is_valued(&t->tok[j]);
}

/* The first token of the term right before token i in its clause, or i itself when there is none. */
static size_t term_before(const scrm_tone_text *t, size_t i)
{
	size_t j = i;
	while (j > 0 && t->tok[j - 1].clause == t->tok[i].clause) {
		j--;
		if (t->tok[j].span != 0)
			return j;
	}
	return i;
}

/*
 * Whether token i, of kind SCRM_TERM_BOOSTER_VALENCE, intensifies the term
 * right before it in its clause, as French puts "de ouf" after what it
 * grades ("ça rame de ouf", "c'est nul de ouf"): a term with a valence
 * that is not of that kind itself ("super de ouf" is two praises).
 */
static bool intensifies_prev(const scrm_tone_text *t, size_t i)
{
	size_t j = term_before(t, i);
	return j != i && is_valued(&t->tok[j]) && t->tok[j].kind != SCRM_TERM_BOOSTER_VALENCE;
}

/* Whether token i, of kind SCRM_TERM_BOOSTER_VALENCE, grades a term next to it rather than says something itself. */
static bool intensifies(const scrm_tone_text *t, size_t i)
{
	return intensifies_next(t, i) || intensifies_prev(t, i);
}

/* Sum of the boosters among the WINDOW terms before the term at i (span
 * tokens), fading with distance, and of one right after it; a term that
 * is a booster only next to a valence (kind a: "super", "de ouf") counts
 * right before i or right after it. */
static double boost(const scrm_tone_text *t, size_t i, size_t span, bool shout_ok)
{
	static const double fade[WINDOW] = { 1.0, 0.95, 0.9 };
	uint16_t clause = t->tok[i].clause;
	double b = 0;
	bool in = true;     /* as in negated(): the clause test joins the booster one */
	const scrm_tone_token *before[WINDOW];
	size_t n = terms_before(t, i, before);
	for (size_t d = 0; d < n; d++) {
		const scrm_tone_token *k = before[d];
		in &= k->clause == clause;
		bool lends = d == 0 && has_kind(k, SCRM_TERM_BOOSTER_VALENCE) && k->span == 1;
		if (!(in & (has_kind(k, SCRM_TERM_BOOSTER) | lends)))
			continue;
		double s = lends ? BOOST_INCR : k->entry->value;
		if (shout_ok && (k->flags & SCRM_TOK_CAPS))
			s += s > 0 ? BOOST_CAPS : -BOOST_CAPS;
		b += s * fade[d];
	}
	/* French puts the adverb after the verb it grades ("ça rame grave",
	 * "je déconseille fortement", "c'est nul de ouf"): a booster right
	 * after the term counts as one right before it, unless it grades the
	 * term after it ("aime trop bien"). */
	size_t j = i + span;
	if (j < t->ntok && t->tok[j].clause == clause && has_kind(&t->tok[j], SCRM_TERM_BOOSTER_VALENCE) &&
	    !intensifies_next(t, j) && intensifies_prev(t, j)) {
		double s = BOOST_INCR;
		if (shout_ok && (t->tok[j].flags & SCRM_TOK_CAPS))
			s += BOOST_CAPS;
		b += s;
	} else if (j < t->ntok && t->tok[j].clause == clause && has_kind(&t->tok[j], SCRM_TERM_BOOSTER) &&
	    !intensifies_next(t, j)) {
		double s = t->tok[j].entry->value;
		if (shout_ok && (t->tok[j].flags & SCRM_TOK_CAPS))
			s += s > 0 ? BOOST_CAPS : -BOOST_CAPS;
		b += s;
	}
	return b;
}

/* Thanks and congratulations, what irony turns on a brand (keys: lower
 * case, no accents); "great", "bien"... only as "great job", "bien joué". */
static const rule_word thanks_words[] = {
	RULE_WORD("merci"), RULE_WORD("bravo"), RULE_WORD("felicitations"), RULE_WORD("chapeau"),
	RULE_WORD("thanks"), RULE_WORD("thank"), RULE_WORD("thx"), RULE_WORD("congrats"),
	RULE_WORD("congratulations"), RULE_WORD("kudos"), RULE_WORD("cheers")
};
static const rule_word good_words[] = {
	RULE_WORD("great"), RULE_WORD("good"), RULE_WORD("nice"), RULE_WORD("well"), RULE_WORD("bien"),
	RULE_WORD("beau"), RULE_WORD("super")
};
static const rule_word job_words[] = {
	RULE_WORD("job"), RULE_WORD("work"), RULE_WORD("done"), RULE_WORD("joue"), RULE_WORD("travail"),
	RULE_WORD("boulot")
};
/* What the thanks are for: "pour", "for". */
static const rule_word for_words[] = { RULE_WORD("pour"), RULE_WORD("for") };
/* English says it with "on" too ("great job on the outage"), which French
 * writes for "we" ("Merci, on avait remarqué"): taken in the thanks' own
 * clause only, and its object not blame, the thanks are read as if no
 * "on" were there. */
static const rule_word on_words[] = { RULE_WORD("on") };
/* Words between "for"/"pour" and what the thanks are for. */
static const rule_word determiners[] = {
	RULE_WORD("the"), RULE_WORD("a"), RULE_WORD("an"), RULE_WORD("my"), RULE_WORD("our"), RULE_WORD("your"),
	RULE_WORD("this"), RULE_WORD("that"), RULE_WORD("these"), RULE_WORD("those"), RULE_WORD("all"),
	RULE_WORD("le"), RULE_WORD("la"), RULE_WORD("les"), RULE_WORD("l"), RULE_WORD("un"), RULE_WORD("une"),
	RULE_WORD("des"), RULE_WORD("du"), RULE_WORD("de"), RULE_WORD("d"), RULE_WORD("ce"), RULE_WORD("cet"),
	RULE_WORD("cette"), RULE_WORD("ces"), RULE_WORD("mon"), RULE_WORD("ma"), RULE_WORD("mes"),
	RULE_WORD("notre"), RULE_WORD("nos"), RULE_WORD("votre"), RULE_WORD("vos"), RULE_WORD("ton"),
	RULE_WORD("ta"), RULE_WORD("tes"), RULE_WORD("son"), RULE_WORD("sa"), RULE_WORD("ses"),
	RULE_WORD("leur"), RULE_WORD("leurs"), RULE_WORD("tout"), RULE_WORD("toute"), RULE_WORD("tous"),
	RULE_WORD("toutes")
};

static bool is_thanks(const scrm_tone_text *t, size_t i)
{
	const scrm_tone_token *k = &t->tok[i];
	return key_in(t, k, RULE_WORDS(thanks_words)) ||
	       (i + 1 < t->ntok && key_in(t, k, RULE_WORDS(good_words)) &&
	        key_in(t, &t->tok[i + 1], RULE_WORDS(job_words)));
}

#define IRONY_LEAD 3    /* tokens a clause may hold before its praise ("Merci beaucoup Orange") */
#define IRONY_GAP 4     /* tokens between the praise and "for"/"pour" */
#define IRONY_SKIP 3    /* determiners and intensifiers between "for"/"pour" and its object */
#define IRONY_BLAME (-0.5)   /* an object's valence from which it is blame (Pattern's "fous": -0.03) */
#define IRONY_MILD 1.5       /* below it a valence qualifies an object ("huge": 1.3; "good": 1.9) */
/* Blame that turns thanks alone in their clause over: an outage (-2), "sans
 * internet" (-1.8), not "late" (-1) or "souci" (-1.2), which thanks for a
 * fix or an apology mention too ("sorry for the late reply"). */
#define IRONY_CLEAR_BLAME (-1.5)
/* Tokens read on either side of such thanks: a tweet's sentence, and a
 * bound on the work a huge one-sentence text can ask for. */
#define IRONY_REACH 40

/* Whether token o is blame enough to be what ironic thanks are for. */
static bool is_blame_object(const scrm_tone_token *o)
{
	return o->span != 0 && is_valued(o) && o->entry->value <= IRONY_BLAME;
}

/* Whether token o may qualify the object of thanks without being their
 * reason: a word of no valence or of little ("massive", "huge", "3e"),
 * not praise ("the excellent problem solving"). */
static bool mild_modifier(const scrm_tone_token *o)
{
	return o->span != 0 && o->kind != SCRM_TERM_NEGATOR && (!is_valued(o) || fabs(o->entry->value) < IRONY_MILD);
}

/* "plus" in "plus de coupure": no more outages, no blame. */
static const rule_word no_more_words[] = { RULE_WORD("plus") };
static const rule_word of_words[] = { RULE_WORD("de"), RULE_WORD("d") };

/* Whether the term at token j follows "plus de" or "plus". */
static bool after_no_more(const scrm_tone_text *t, size_t j)
{
	if (j >= 1 && key_in(t, &t->tok[j - 1], RULE_WORDS(no_more_words)))
		return true;
	return j >= 2 && key_in(t, &t->tok[j - 1], RULE_WORDS(of_words)) &&
	       key_in(t, &t->tok[j - 2], RULE_WORDS(no_more_words));
}

static bool opens_clause(const scrm_tone_text *t, size_t i);

/* Whether the term at token j, valued, says an opinion of its own to
 * thanks: an oath says no more than the rest ("Merde alors, rappelé en 5
 * minutes, top"), and a laugh is no praise ("Merci Free, encore une panne
 * mdr"). */
static bool says_opinion(const scrm_tone_text *t, size_t j)
{
	const scrm_tone_entry *e = t->tok[j].entry;
	return !(e->expletive && opens_clause(t, j)) && !e->laughter;
}

/* Whether the valued term at token j is clear blame: negated ("pas de
 * coupure") or no more ("plus de coupure") it is none. */
static bool clear_blame(const scrm_tone_text *t, size_t j)
{
	const scrm_tone_token *o = &t->tok[j];
	return o->entry->value <= IRONY_CLEAR_BLAME && !after_no_more(t, j) &&
	       (o->entry->own_negation || !negated(t, j, o->span));
}

/*
 * What the opinions of tokens [from, to) of sentence say to thanks at i
 * (span tokens) in clause: 1 clear blame and no praise, -1 praise or an
 * opinion in the thanks' own clause, 0 neither. Blame negated ("pas de
 * coupure") or no more ("plus de coupure") is none.
 */
static int blame_around(const scrm_tone_text *t, size_t i, size_t span, size_t from, size_t to,
                        uint16_t sentence, uint16_t clause)
{
	int said = 0;
	for (size_t j = from; j < to && j < t->ntok && t->tok[j].sentence == sentence; j++) {
		const scrm_tone_token *o = &t->tok[j];
		if ((j >= i && j < i + span) || o->span == 0 || !is_valued(o) || !says_opinion(t, j))
			continue;
		if (o->clause == clause || o->entry->value > 0)
			return -1;
		if (clear_blame(t, j))
			said = 1;
	}
	return said;
}

/*
 * Thanks alone in their clause, then clear blame and no praise in their
 * sentence: "Bravo Free, 3 jours sans internet", "Thanks Comcast,
 * another outage today". Thanks for a fix say so with praise ("Merci Free,
 * la panne est réparée", "Thanks, the outage is fixed"), which keeps them
 * thanks. With adjacent, thanks that make a short sentence of their own,
 * a name at most, are said of the sentence before or after ("Encore une
 * coupure. Merci Orange.", "Merci Orange. Encore une coupure."), read the
 * same way.
 */
/* The first token of token j's sentence, or of the IRONY_REACH tokens before j. */
static size_t reach_back(const scrm_tone_text *t, size_t j)
{
	size_t from = j;
	while (from > 0 && j - from < IRONY_REACH && t->tok[from - 1].sentence == t->tok[j].sentence)
		from--;
	return from;
}

static bool thanks_then_blame(const scrm_tone_text *t, size_t i, size_t span, bool adjacent)
{
	const scrm_tone_token *k = &t->tok[i];
	size_t from = reach_back(t, i), to = i + span;
	while (to < t->ntok && to - i < span + IRONY_REACH && t->tok[to].sentence == k->sentence)
		to++;
	/* The sentence around them: praise before the thanks makes them meant
	 * too ("J'adore mon forfait, merci Free, mais la box plante"). */
	int said = blame_around(t, i, span, from, to, k->sentence, k->clause);
	if (said != 0 || !adjacent || to - from > span + IRONY_LEAD)
		return said > 0;
	/* Alone in a short sentence: the sentences on either side, neither
	 * with praise, one with clear blame. */
	int before = 0, after = 0;
	if (from > 0)
		before = blame_around(t, i, span, reach_back(t, from - 1), from, t->tok[from - 1].sentence, k->clause);
	if (to < t->ntok)
		after = blame_around(t, i, span, to, to + IRONY_REACH, t->tok[to].sentence, k->clause);
	return before >= 0 && after >= 0 && before + after > 0;
}

/* Praise said as an exclamation, what sarcasm opens with ("Génial,
 * encore une panne", "Great, another outage"). */
static const rule_word praise_words[] = {
	RULE_WORD("genial"), RULE_WORD("super"), RULE_WORD("parfait"), RULE_WORD("top"),
	RULE_WORD("formidable"), RULE_WORD("fantastique"), RULE_WORD("merveilleux"), RULE_WORD("excellent"),
	RULE_WORD("great"), RULE_WORD("perfect"), RULE_WORD("awesome"), RULE_WORD("wonderful"),
	RULE_WORD("fantastic"), RULE_WORD("brilliant"), RULE_WORD("nice"),
	RULE_WORD("cool"), RULE_WORD("lovely"), RULE_WORD("magnifique"), RULE_WORD("impressionnant"),
	RULE_WORD("champion"), RULE_WORD("champions"), RULE_WORD("amazing"), RULE_WORD("impressive")
};

/* An intensifier such praise may take ("So great,", "Trop cool,", "Très
 * bien,", a phrase whose last word is "bien"). */
static const rule_word praise_intensifiers[] = {
	RULE_WORD("trop"), RULE_WORD("tres"), RULE_WORD("vraiment"), RULE_WORD("so"), RULE_WORD("really"),
	RULE_WORD("just"), RULE_WORD("very")
};
static const rule_word bien_words[] = { RULE_WORD("bien") };

/* What may come before such praise ("Oh great,", "Ah génial,"). */
static const rule_word exclamations[] = {
	RULE_WORD("oh"), RULE_WORD("ah"), RULE_WORD("wow"), RULE_WORD("well"), RULE_WORD("bah"),
	RULE_WORD("ben"), RULE_WORD("ouah"), RULE_WORD("ouais")
};

/* Whether token i starts its sentence. */
static bool starts_sentence(const scrm_tone_text *t, size_t i)
{
	return i == 0 || t->tok[i - 1].sentence != t->tok[i].sentence;
}

/* Whether token i ends its sentence. */
static bool ends_sentence(const scrm_tone_text *t, size_t i)
{
	return i + 1 == t->ntok || t->tok[i + 1].sentence != t->tok[i].sentence;
}

/* Whether token i starts its clause. */
static bool starts_clause(const scrm_tone_text *t, size_t i)
{
	return i == 0 || t->tok[i - 1].clause != t->tok[i].clause;
}

/* Whether token i ends its clause. */
static bool ends_clause(const scrm_tone_text *t, size_t i)
{
	return i + 1 == t->ntok || t->tok[i + 1].clause != t->tok[i].clause;
}

#define NOT_OPENING SIZE_MAX

/*
 * Where the term at token i opens its clause: the exclamation before it
 * when one starts a clause right before it ("Oh great,", "Oh, putain"),
 * else i when it starts its clause itself; NOT_OPENING when it does
 * neither.
 */
static size_t clause_opening(const scrm_tone_text *t, size_t i)
{
	if (i > 0 && starts_clause(t, i - 1) && key_in(t, &t->tok[i - 1], RULE_WORDS(exclamations)))
		return i - 1;
	return starts_clause(t, i) ? i : NOT_OPENING;
}

/* Whether the term at token i opens its clause, an exclamation at most before it ("Oh putain,"). */
static bool opens_clause(const scrm_tone_text *t, size_t i)
{
	return clause_opening(t, i) != NOT_OPENING;
}

/*
 * Whether the term at i (span tokens) is such praise, an intensifier at
 * most before it or in it ("So great", "Trop bien"), a clause of its own,
 * an exclamation at most before that, at the start of its sentence or at
 * its end ("Deux jours sans internet, génial.", "No wifi again, great"):
 * not the praise a review's sentence ends a clause with ("c'est
 * excellent, mais...", "je la trouve super !").
 */
static bool praise_alone(const scrm_tone_text *t, size_t i, size_t span)
{
	size_t start = i, last = i + span - 1;
	if (span == 1) {
		if (!key_in(t, &t->tok[i], RULE_WORDS(praise_words)))
			return false;
		if (i > 0 && t->tok[i - 1].clause == t->tok[i].clause &&
		    key_in(t, &t->tok[i - 1], RULE_WORDS(praise_intensifiers)))
			start = i - 1;
	} else if (span != 2 || !key_in(t, &t->tok[i], RULE_WORDS(praise_intensifiers)) ||
	           (!key_in(t, &t->tok[last], RULE_WORDS(praise_words)) &&
	            !key_in(t, &t->tok[last], RULE_WORDS(bien_words)))) {
		return false;
	}
	if (!ends_clause(t, last))
		return false;
	size_t first = clause_opening(t, start);
	return first != NOT_OPENING && (starts_sentence(t, first) || ends_sentence(t, last));
}

/* What makes closing thanks meant: thanks given despite a fault
 * ("malgré le retard merci"), and "merci de" asking a favour. */
static const rule_word concession_words[] = {
	RULE_WORD("malgre"), RULE_WORD("despite"), RULE_WORD("spite")
};

/*
 * Thanks that close a sentence of clear blame, with no comma between, as
 * hurried messages write them: "1 semaine de retard merci bcp", "colis
 * arrivé ouvert et à moitié vide bravo". At most a name after them
 * ("bravo la poste"), no praise and no concession before them in the
 * sentence, and no "merci de" request.
 */
static bool closing_thanks(const scrm_tone_text *t, size_t i, size_t span)
{
	const scrm_tone_token *k = &t->tok[i];
	size_t after = 0;
	for (size_t j = i + span; j < t->ntok && t->tok[j].sentence == k->sentence; j++) {
		const scrm_tone_token *o = &t->tok[j];
		if (o->span == 0)
			continue;
		if (++after > IRONY_LEAD || is_valued(o) || (after == 1 && key_in(t, o, RULE_WORDS(of_words))))
			return false;
	}
	bool blame = false;
	for (size_t j = reach_back(t, i); j < i; j++) {
		const scrm_tone_token *o = &t->tok[j];
		if (o->span == 0)
			continue;
		if (key_in(t, o, RULE_WORDS(concession_words)))
			return false;
		if (!is_valued(o) || !says_opinion(t, j))
			continue;
		if (o->entry->value > 0)
			return false;
		blame |= clear_blame(t, j);
	}
	return blame;
}

/*
 * Ironic thanks, the commonest sarcasm of complaints: thanks or
 * congratulations that open their clause ("Merci Orange", "Thanks
 * Comcast", "Bravo", "Great job"; or after a contrast word: "I love the
 * phone but thanks Orange"), then "pour"/"for" whose object is blame
 * ("pour cette panne", "for ruining my weekend"). The thanks at token i
 * (span tokens) are then turned over. Thanks for something good or plain
 * ("for fixing my problem", "pour votre aide malgré la panne") are not:
 * only the object counts, the first term past determiners and
 * intensifiers. Thanks without "pour"/"for", and praise said as an
 * exclamation ("Génial, encore une panne"), are read against the blame
 * around them (thanks_then_blame()).
 */
static bool ironic(const scrm_tone_text *t, size_t i, size_t span)
{
	const scrm_tone_token *k = &t->tok[i];
	bool thanks = is_thanks(t, i);
	if (!thanks && !praise_alone(t, i, span))
		return false;
	size_t lead = 0;
	for (size_t j = i; j-- > 0 && t->tok[j].clause == k->clause;)
		if (++lead > IRONY_LEAD || (t->tok[j].span != 0 && is_valued(&t->tok[j])))
			return thanks && closing_thanks(t, i, span);
	/* A praise word of a sentence of its own is as often meant as not
	 * ("les problèmes de drogue aussi. génial.", of a series' realism). */
	if (!thanks)
		return thanks_then_blame(t, i, span, false);
	/* "for"/"pour" soon after, with no other opinion on the way. */
	size_t j = i + span, end = i + span + IRONY_GAP + 1;
	bool on = false;
	for (; j < t->ntok && j < end && t->tok[j].sentence == k->sentence; j++) {
		if (key_in(t, &t->tok[j], RULE_WORDS(for_words)))
			break;
		on = t->tok[j].clause == k->clause && key_in(t, &t->tok[j], RULE_WORDS(on_words));
		if (on)
			break;
		if (t->tok[j].span != 0 && is_valued(&t->tok[j]))
			return thanks_then_blame(t, i, span, true);
	}
	if (j >= t->ntok || j >= end || t->tok[j].sentence != k->sentence)
		return thanks_then_blame(t, i, span, true);
	/* Its object: the first term past determiners and intensifiers, or
	 * past a determiner and a mild modifier ("the massive outage", "la
	 * 3e panne", "the huge outage"). */
	uint16_t clause = t->tok[j].clause;
	size_t skipped = 0;
	bool determined = false;
	for (j++; j < t->ntok && t->tok[j].clause == clause; j++) {
		const scrm_tone_token *o = &t->tok[j];
		bool determiner = o->span != 0 && key_in(t, o, RULE_WORDS(determiners));
		bool filler = determiner || (o->span != 0 && o->kind == SCRM_TERM_BOOSTER);
		if (filler && skipped++ < IRONY_SKIP) {
			determined |= determiner;
			continue;
		}
		if (is_blame_object(o))
			return true;
		if (determined && mild_modifier(o) && j + 1 < t->ntok && t->tok[j + 1].clause == clause &&
		    is_blame_object(&t->tok[j + 1]))
			return true;
		break;
	}
	return on && thanks_then_blame(t, i, span, true);
}

/* What the contrast rule did to a contribution: its value is the clause's times this. */
static double contrast_factor(unsigned rules)
{
	return rules & SCRM_RULE_BEFORE_CONTRAST ? BEFORE_CONTRAST
	       : rules & SCRM_RULE_AFTER_CONTRAST ? AFTER_CONTRAST : 1.0;
}

/*
 * Gives contribution c the value v (rule applied), after the sums were
 * made: its clause's sum and praise or blame, which count it before the
 * contrast rule, and the mention's total, positive and negative sums.
 */
static void revalue(const scrm_tone_text *t, scrm_tone_contrib *c, double v, unsigned rule, double *clause_sum,
                    scrm_tone_sums *sums)
{
	double old = c->value, factor = contrast_factor(c->rules);
	double old_clause = old / factor, new_clause = v / factor;
	clause_sum[t->tok[c->tok].clause] += new_clause - old_clause;
	sums->praise += fmax(new_clause, 0) - fmax(old_clause, 0);
	sums->blame += fmax(-new_clause, 0) - fmax(-old_clause, 0);
	sums->total += v - old;
	sums->pos += fmax(v, 0) - fmax(old, 0);
	sums->neg += fmax(-v, 0) - fmax(-old, 0);
	c->value = (float)v;
	c->rules |= rule;
}

/*
 * An oath that opens its clause says louder what the rest of its sentence
 * says: delight in "Putain, c'est trop bien" or "Bordel c'est génial ce
 * truc", anger in "Putain, encore une panne". Its valence, blame as the
 * lexicon gives it, is turned to praise when the sentence's other terms
 * lean to praise; with nothing else to go by it stays blame. In the middle
 * of a clause the word is an ordinary term ("c'est le bordel"). One pass
 * over contribs (in token order, so sentence by sentence).
 */
static void expletives_follow_sentence(const scrm_tone_text *t, scrm_tone_contrib *contribs, size_t n,
                                       double *clause_sum, scrm_tone_sums *sums)
{
	for (size_t a = 0, b; a < n; a = b) {
		uint16_t sentence = t->tok[contribs[a].tok].sentence;
		double others = 0;
		bool any = false;
		for (b = a; b < n && t->tok[contribs[b].tok].sentence == sentence; b++) {
			const scrm_tone_token *k = &t->tok[contribs[b].tok];
			if (k->entry->expletive && opens_clause(t, contribs[b].tok))
				any = true;
			else
				others += contribs[b].value;
		}
		if (!any || others <= 0)
			continue;
		for (size_t m = a; m < b; m++) {
			scrm_tone_contrib *c = &contribs[m];
			const scrm_tone_token *k = &t->tok[c->tok];
			if (!k->entry->expletive || !opens_clause(t, c->tok) || c->value >= 0)
				continue;
			revalue(t, c, -c->value, SCRM_RULE_EXPLETIVE, clause_sum, sums);
		}
	}
}

/*
 * A laugh in a sentence whose other terms lean to blame is bitter, not
 * glad: "worst service ever lol", "colis perdu encore mdr", "the app
 * crashed again 😂". It counts nothing there, neither in the tone nor as
 * praise that would make the mention mixed. A laugh alone in its sentence
 * ("Encore une panne. Mdr.") answers the rest of the text, which decides
 * for it. Beside praise, or alone in the text, it keeps its valence ("lol
 * love it"). Two passes over contribs (in token order, so sentence by
 * sentence).
 */
#define LAUGH_BITTER (-1.0)   /* what the other terms must come to */

static void laughs_follow_sentence(const scrm_tone_text *t, scrm_tone_contrib *contribs, size_t n,
                                   double *clause_sum, scrm_tone_sums *sums)
{
	double text_others = 0;
	bool any_laugh = false;
	for (size_t m = 0; m < n; m++) {
		if (t->tok[contribs[m].tok].entry->laughter)
			any_laugh = true;
		else
			text_others += contribs[m].value;
	}
	if (!any_laugh)
		return;
	for (size_t a = 0, b; a < n; a = b) {
		uint16_t sentence = t->tok[contribs[a].tok].sentence;
		double others = 0;
		bool laughs = false, other_terms = false;
		for (b = a; b < n && t->tok[contribs[b].tok].sentence == sentence; b++) {
			if (t->tok[contribs[b].tok].entry->laughter) {
				laughs = true;
			} else {
				others += contribs[b].value;
				other_terms = true;
			}
		}
		if (!laughs || (other_terms ? others : text_others) > LAUGH_BITTER)
			continue;
		for (size_t m = a; m < b; m++) {
			scrm_tone_contrib *c = &contribs[m];
			const scrm_tone_token *k = &t->tok[c->tok];
			if (!k->entry->laughter || c->value == 0)
				continue;
			revalue(t, c, 0, SCRM_RULE_LAUGHTER, clause_sum, sums);
		}
	}
}

/* Words that, alone in their clause, only open or close what is said:
 * "Bon, encore une panne", "Ok, whatever". */
static const rule_word discourse_words[] = {
	RULE_WORD("bon"), RULE_WORD("ok"), RULE_WORD("okay")
};

/* Whether the term at token i (one word) is such a word alone in its clause. */
static bool discourse_marker(const scrm_tone_text *t, size_t i)
{
	const scrm_tone_token *k = &t->tok[i];
	return k->span == 1 && starts_clause(t, i) && ends_clause(t, i) && key_in(t, k, RULE_WORDS(discourse_words));
}

/*
 * A problem said to be over is no complaint: "Thanks for fixing my
 * problem", "la panne est réparée", "panne réparée en 2h, merci" praise
 * the repair, and read word by word they were mixed. Problems, by their
 * keys (lower case, no accents), and what says they are over: past
 * participles only ("please fix the outage", "quand allez-vous réparer
 * la panne ?" still complain), and the doing of it only after thanks
 * ("thanks for fixing", "merci pour la réparation").
 */
static const rule_word problem_words[] = {
	RULE_WORD("panne"), RULE_WORD("pannes"), RULE_WORD("probleme"), RULE_WORD("problemes"),
	RULE_WORD("souci"), RULE_WORD("soucis"), RULE_WORD("bug"), RULE_WORD("bugs"), RULE_WORD("coupure"),
	RULE_WORD("coupures"), RULE_WORD("incident"), RULE_WORD("incidents"), RULE_WORD("dysfonctionnement"),
	RULE_WORD("erreur"), RULE_WORD("erreurs"), RULE_WORD("problem"), RULE_WORD("problems"),
	RULE_WORD("issue"), RULE_WORD("issues"), RULE_WORD("outage"), RULE_WORD("outages"),
	RULE_WORD("glitch"), RULE_WORD("error"), RULE_WORD("errors"), RULE_WORD("fault")
};
static const rule_word repaired_words[] = {
	RULE_WORD("repare"), RULE_WORD("reparee"), RULE_WORD("repares"), RULE_WORD("reparees"),
	RULE_WORD("resolu"), RULE_WORD("resolue"), RULE_WORD("resolus"), RULE_WORD("resolues"),
	RULE_WORD("retabli"), RULE_WORD("retablie"), RULE_WORD("retablis"), RULE_WORD("retablies"),
	RULE_WORD("corrige"), RULE_WORD("corrigee"), RULE_WORD("corriges"), RULE_WORD("corrigees"),
	RULE_WORD("depanne"), RULE_WORD("depannee"), RULE_WORD("fixed"), RULE_WORD("repaired"),
	RULE_WORD("solved"), RULE_WORD("resolved"), RULE_WORD("restored"), RULE_WORD("sorted")
};
static const rule_word repairing_words[] = {
	RULE_WORD("reparation"), RULE_WORD("reparer"), RULE_WORD("resoudre"), RULE_WORD("retablir"),
	RULE_WORD("fixing"), RULE_WORD("repairing"), RULE_WORD("solving"), RULE_WORD("resolving"),
	RULE_WORD("restoring"), RULE_WORD("fix"), RULE_WORD("repair")
};

/* Negations a phrase may hold ("toujours pas", "still not"), whose words are then no negator of their own. */
static const rule_word negation_words[] = {
	RULE_WORD("ne"), RULE_WORD("n"), RULE_WORD("pas"), RULE_WORD("jamais"), RULE_WORD("not"),
	RULE_WORD("never"), RULE_WORD("no"), RULE_WORD("sans"), RULE_WORD("without")
};

/* Whether a negation comes before token j in its clause, as a negator or a
 * phrase's word. A restricting "ne", which negates no term, still counts
 * here by its key: a repair said with "ne ... que" came late ("la panne ne
 * fut résolue que le lendemain"), and the problem stays a complaint. */
static bool negation_before(const scrm_tone_text *t, size_t j)
{
	uint16_t clause = t->tok[j].clause;
	for (size_t d = j; d-- > 0 && t->tok[d].clause == clause;)
		if (t->tok[d].kind == SCRM_TERM_NEGATOR || key_in(t, &t->tok[d], RULE_WORDS(negation_words)))
			return true;
	return false;
}

/* Whether a key may be one of repaired_words or repairing_words: their
 * initials, so that the clause of a problem is scanned at the cost of a
 * compare a word (kept in step with the two lists above). */
static bool repair_initial(char c)
{
	return c == 'r' || c == 'c' || c == 'd' || c == 'f' || c == 's';
}

/* Whether thanks open a clause of the sentence of token i. */
static bool thanked(const scrm_tone_text *t, size_t i)
{
	uint16_t sentence = t->tok[i].sentence;
	size_t j = i;
	while (j > 0 && t->tok[j - 1].sentence == sentence)
		j--;
	for (; j < t->ntok && t->tok[j].sentence == sentence; j++)
		if (is_thanks(t, j))
			return true;
	return false;
}

/* Whether the problem at token i is said to be over in its clause, the repair not negated. */
static bool resolved(const scrm_tone_text *t, size_t i)
{
	const scrm_tone_token *k = &t->tok[i];
	if (k->span != 1 || !key_in(t, k, RULE_WORDS(problem_words)))
		return false;
	uint16_t clause = k->clause;
	size_t first = i;
	while (first > 0 && t->tok[first - 1].clause == clause)
		first--;
	for (size_t j = first; j < t->ntok && t->tok[j].clause == clause; j++) {
		const scrm_tone_token *o = &t->tok[j];
		if (!repair_initial(scrm_tone_key(t, o)[0]))
			continue;
		bool over = key_in(t, o, RULE_WORDS(repaired_words));
		if (!over && !key_in(t, o, RULE_WORDS(repairing_words)))
			continue;
		/* "pas réparée", "toujours pas réparée", "not fixed", "never fixed". */
		if (negation_before(t, j))
			continue;
		if (over || thanked(t, j))
			return true;
	}
	return false;
}

size_t scrm_tone_score_rules(const scrm_tone_text *t, scrm_tone_contrib *contribs,
                             double *clause_sum, scrm_tone_sums *sums)
{
	memset(sums, 0, sizeof *sums);
	for (size_t c = 0; c < t->nclauses; c++)
		clause_sum[c] = 0;
	/* Capitals stand out only when the rest is not in capitals too. */
	bool shout_ok = t->capswords > 0 && t->capswords < t->words;
	size_t n = 0;
	for (size_t m = 0; m < t->nvalued; m++) {
		size_t i = t->valued[m];
		const scrm_tone_token *k = &t->tok[i];
		const scrm_tone_entry *e = k->entry;
		if (e->value == 0 || (k->kind == SCRM_TERM_BOOSTER_VALENCE && intensifies(t, i)) ||
		    discourse_marker(t, i))
			continue;
		double v = e->value, sign = copysign(1.0, v);   /* v is not zero */
		unsigned rules = 0;
		if (shout_ok && (k->flags & SCRM_TOK_CAPS)) {
			v += sign * BOOST_CAPS;
			rules |= SCRM_RULE_CAPS;
		}
		if (k->flags & SCRM_TOK_ELONG) {
			v += sign * ELONGATION;
			rules |= SCRM_RULE_ELONG;
		}
		double b = boost(t, i, k->span ? k->span : 1, shout_ok);
		if (b != 0) {
			v += sign * b;
			rules |= SCRM_RULE_BOOSTER;
			if (v * sign < 0)
				v = 0;   /* a diminisher softens, it does not flip */
		}
		if (!e->own_negation && negated(t, i, k->span ? k->span : 1)) {
			v *= e->wanted ? WANT_UNMET : NEGATION;
			rules |= SCRM_RULE_NEGATION;
		}
		if (v > 0 && ironic(t, i, k->span ? k->span : 1)) {
			v = -v;
			rules |= SCRM_RULE_IRONY;
		}
		if (v < 0 && resolved(t, i)) {
			v = 0;
			rules |= SCRM_RULE_RESOLVED;
		}
		/* A clause's own tone, for the aspects it names: "la livraison
		 * était rapide mais..." still praises the delivery. */
		clause_sum[k->clause] += v;
		sums->praise += v > 0 ? v : 0.0;
		sums->blame -= v < 0 ? v : 0.0;
		/* Contrast: inside the sentence, before the last contrast word counts
		 * half, after it one and a half, in the mention's tone. */
		if (k->flags & SCRM_TOK_BEFORE_CONTRAST) {
			v *= BEFORE_CONTRAST;
			rules |= SCRM_RULE_BEFORE_CONTRAST;
		} else if (k->flags & SCRM_TOK_AFTER_CONTRAST) {
			v *= AFTER_CONTRAST;
			rules |= SCRM_RULE_AFTER_CONTRAST;
		}
		contribs[n].tok = (uint32_t)i;
		contribs[n].base = e->value;
		contribs[n].value = (float)v;
		contribs[n].rules = rules;
		n++;
		/* Into the positive or the negative sum without a branch (the
		 * sign is anybody's guess): adding zero leaves the other as it was. */
		sums->total += v;
		sums->pos += v > 0 ? v : 0.0;
		sums->neg -= v < 0 ? v : 0.0;
	}
	expletives_follow_sentence(t, contribs, n, clause_sum, sums);
	laughs_follow_sentence(t, contribs, n, clause_sum, sums);
	/* Emphasis from '!' and '?' goes the way the text already leans. */
	if (sums->total != 0) {
		double ep = (t->exclaims > 4 ? 4 : t->exclaims) * 0.292;
		if (t->questions > 1)
			ep += t->questions <= 3 ? t->questions * 0.18 : 0.96;
		sums->punct = sums->total > 0 ? ep : -ep;
		sums->total += sums->punct;
	}
	sums->compound = scrm_tone_normalize_score(sums->total);
	return n;
}

/* Tokens that a sentence asking about an aspect may have: "Et pour le service client ?". */
#define ASPECT_QUESTION_TOKENS 5

/* Words that may stand before an aspect asked about. */
static const rule_word aspect_leads[] = {
	RULE_WORD("et"), RULE_WORD("pour"), RULE_WORD("le"), RULE_WORD("la"), RULE_WORD("les"),
	RULE_WORD("l"), RULE_WORD("du"), RULE_WORD("de"), RULE_WORD("des"), RULE_WORD("au"),
	RULE_WORD("aux"), RULE_WORD("quant"), RULE_WORD("niveau"), RULE_WORD("cote"), RULE_WORD("votre"),
	RULE_WORD("vos"), RULE_WORD("ton"), RULE_WORD("ta"), RULE_WORD("tes"), RULE_WORD("and"),
	RULE_WORD("the"), RULE_WORD("what"), RULE_WORD("about"), RULE_WORD("as"), RULE_WORD("for"),
	RULE_WORD("your"), RULE_WORD("how"), RULE_WORD("hows"),
};
/* Words that may join an aspect asked about to whose it is, one word. */
static const rule_word aspect_owners[] = {
	RULE_WORD("de"), RULE_WORD("du"), RULE_WORD("chez"), RULE_WORD("of"), RULE_WORD("at"),
	RULE_WORD("from"),
};

/*
 * Whether token i's sentence asks about its aspect alone, and an answer
 * follows: the aspect, perhaps after a few small words, then '?' ("Le
 * SAV ? Inexistant.", "And the delivery? A disaster."), the form reviews
 * list aspects in. "Où est ma livraison ?" asks something else.
 */
bool scrm_tone_asks_about_aspect(const scrm_tone_text *t, const char *src, size_t i)
{
	uint16_t s = t->tok[i].sentence;
	size_t to = i + (t->tok[i].span ? t->tok[i].span : 1), end = to;
	/* The sentence's end first, the cheapest test: it must come soon, and with a '?'. */
	while (end < t->ntok && t->tok[end].sentence == s && end - to < 3)
		end++;
	if (end >= t->ntok || t->tok[end].sentence == s)
		return false;
	uint32_t gap = t->tok[end - 1].src + t->tok[end - 1].srclen;
	if (t->tok[end].src <= gap || !memchr(src + gap, '?', t->tok[end].src - gap))
		return false;
	/* After the aspect, nothing or whose it is, one word: "Le SAV d'Orange ?", "Customer service at Comcast?". */
	if (end != to && (end - to != 2 || !key_in(t, &t->tok[to], RULE_WORDS(aspect_owners))))
		return false;
	size_t from = i;
	while (from > 0 && t->tok[from - 1].sentence == s) {
		if (to - from >= ASPECT_QUESTION_TOKENS || !key_in(t, &t->tok[from - 1], RULE_WORDS(aspect_leads)))
			return false;
		from--;
	}
	return true;
}
