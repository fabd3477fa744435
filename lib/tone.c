/*
 * tone.c - the tone engine: loads its files and runs one analysis from
 * tokens to score, label, aggressiveness and aspects.
 */
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

#define NEUTRAL_BAND 0.05    /* |score| below this is neutral (VADER's threshold) */
/* An aspect praised or blamed clearly enough to make the mention mixed:
 * "correct", "bien" (0.296) are praise, "un peu cher" (-0.133) is not blame. */
#define MIXED_ASPECT 0.25
/* Valences are floats: "2.4 and 1.6 of praise, 1.6 of blame" must meet the
 * mixed rule's "at least 0.4 of the other side" as the numbers are written,
 * not miss it by a float's rounding. */
#define MIXED_SLACK 1e-6

scrm_tone_engine *scrm_tone_engine_new(void)
{
	scrm_tone_engine *e = scrm_xcalloc(1, sizeof *e);
	for (int l = 0; l < SCRM_TONE_NLANGS; l++)
		scrm_tone_table_init(&e->table[l]);
	scrm_tone_text_init(&e->text);
	/* One cache line per memo slot: the memo is read for every token. */
	e->memo = aligned_alloc(64, SCRM_TONE_MEMO_SLOTS * sizeof *e->memo);
	if (!e->memo)
		scrm_die(SCRM_EXIT_IO, "out of memory (tone memo)");
	memset(e->memo, 0, SCRM_TONE_MEMO_SLOTS * sizeof *e->memo);
	e->words = scrm_tone_words_new();
	e->text.cache = e->words;
	return e;
}

void scrm_tone_engine_free(scrm_tone_engine *e)
{
	if (!e)
		return;
	for (int l = 0; l < SCRM_TONE_NLANGS; l++)
		scrm_tone_table_free(&e->table[l]);
	scrm_tone_aspects_free(&e->aspects);
	scrm_tone_model_free(e->model);
	free(e->memo);
	scrm_tone_words_free(e->words);
	scrm_tone_text_free(&e->text);
	free(e->contribs);
	free(e->clause_sum);
	free(e->feats);
	free(e);
}

/* Whatever was remembered about words may have changed. */
static void forget(scrm_tone_engine *e)
{
	memset(e->memo, 0, SCRM_TONE_MEMO_SLOTS * sizeof *e->memo);
	scrm_tone_words_clear(e->words);
}

/* A lexicon or aspects file was read: phrases take their words' aspects
 * and negations again. */
static void terms_changed(scrm_tone_engine *e)
{
	scrm_tone_table *tables[SCRM_TONE_NLANGS] = { &e->table[0], &e->table[1] };
	scrm_tone_phrases_add_spellings(tables, SCRM_TONE_NLANGS);
	scrm_tone_aspects_inherit(tables, SCRM_TONE_NLANGS);
	scrm_tone_phrases_mark_negation(tables, SCRM_TONE_NLANGS);
	forget(e);
}

static bool load_into(scrm_tone_engine *e, int lang, const char *dir, const char *name, scrm_buf *err)
{
	scrm_buf path = SCRM_BUF_INIT;
	scrm_buf_printf(&path, "%s/%s", dir, name);
	scrm_tone_table *tables[SCRM_TONE_NLANGS] = { &e->table[0], &e->table[1] };
	bool ok = lang < 0 ? scrm_tone_lexicon_read(tables, SCRM_TONE_NLANGS, path.data, err)
	                   : scrm_tone_lexicon_read(&tables[lang], 1, path.data, err);
	scrm_buf_free(&path);
	forget(e);
	return ok;
}

bool scrm_tone_load_defaults(scrm_tone_engine *e, const char *dir, scrm_buf *err)
{
	/* Later files override earlier ones: our own vocabulary comes last.
	 * The aspects come after every lexicon, and phrases take theirs then. */
	if (!load_into(e, -1, dir, "emoji.lex", err) ||
	    !load_into(e, SCRM_TONE_FR, dir, "fr.lex", err) ||
	    !load_into(e, SCRM_TONE_FR, dir, "fr-social.lex", err) ||
	    !load_into(e, SCRM_TONE_EN, dir, "en.lex", err) ||
	    !load_into(e, SCRM_TONE_EN, dir, "en-social.lex", err))
		return false;
	scrm_buf path = SCRM_BUF_INIT;
	scrm_buf_printf(&path, "%s/aspects.txt", dir);
	bool ok = scrm_tone_load_aspects(e, path.data, err);
	scrm_buf_free(&path);
	return ok;
}

bool scrm_tone_load_lexicon(scrm_tone_engine *e, const char *path, scrm_buf *err)
{
	scrm_tone_table *tables[SCRM_TONE_NLANGS] = { &e->table[0], &e->table[1] };
	bool ok = scrm_tone_lexicon_read(tables, SCRM_TONE_NLANGS, path, err);
	terms_changed(e);
	return ok;
}

bool scrm_tone_load_aspects(scrm_tone_engine *e, const char *path, scrm_buf *err)
{
	scrm_tone_table *tables[SCRM_TONE_NLANGS] = { &e->table[0], &e->table[1] };
	bool ok = scrm_tone_aspects_read(&e->aspects, tables, SCRM_TONE_NLANGS, path, err);
	terms_changed(e);
	return ok;
}

bool scrm_tone_load_model(scrm_tone_engine *e, const char *path, scrm_buf *err)
{
	scrm_tone_model *m = scrm_tone_model_read(path, err);
	if (!m)
		return false;
	scrm_tone_model_free(e->model);
	e->model = m;
	forget(e);
	return true;
}

void scrm_tone_unload_model(scrm_tone_engine *e)
{
	scrm_tone_model_free(e->model);
	e->model = NULL;
	forget(e);
}

bool scrm_tone_lang_parse(const char *s, size_t n, scrm_tone_lang *out)
{
	/* ISO 639-1 ("fr") or 639-2 ("fra", "fre", "eng"), a region may follow. */
	size_t k = n >= 3 && s[2] != '-' && s[2] != '_' ? 3 : 2;
	if (n < k || (n > k && s[k] != '-' && s[k] != '_'))
		return false;
	char a = (char)(s[0] | 0x20), b = (char)(s[1] | 0x20), c = k == 3 ? (char)(s[2] | 0x20) : 0;
	if (a == 'f' && b == 'r' && (k == 2 || c == 'a' || c == 'e'))
		*out = SCRM_TONE_FR;
	else if (a == 'e' && b == 'n' && (k == 2 || c == 'g'))
		*out = SCRM_TONE_EN;
	else
		return false;
	return true;
}

bool scrm_tone_lang_is_other(const char *s, size_t n)
{
	/* The primary subtag: two or three ASCII letters, then the end or a region. */
	size_t k = 0;
	while (k < n && k < 4 && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z'))
		k++;
	if (k < 2 || k > 3 || (k < n && s[k] != '-' && s[k] != '_'))
		return false;
	scrm_tone_lang ignored;
	if (scrm_tone_lang_parse(s, n, &ignored))
		return false;
	/* ISO 639's codes for no language in particular: undetermined,
	 * multiple, no linguistic content, uncoded. */
	static const char *const none[] = { "und", "mul", "zxx", "mis" };
	for (size_t i = 0; i < sizeof none / sizeof none[0]; i++)
		if (k == 3 && (s[0] | 0x20) == none[i][0] && (s[1] | 0x20) == none[i][1] && (s[2] | 0x20) == none[i][2])
			return false;
	return true;
}

const char *scrm_tone_label_name(scrm_tone_label l)
{
	static const char *const names[] = { "negative", "neutral", "positive", "mixed" };
	return names[l];
}

/* Whether the clause after token i's opens with an aside ("sinon"). */
static bool next_clause_is_aside(const scrm_tone_text *t, size_t i)
{
	uint16_t c = t->tok[i].clause;
	while (++i < t->ntok && t->tok[i].clause == c)
		;
	return i < t->ntok && t->tok[i].entry && t->tok[i].entry->aside;
}

/* Each aspect gets the sum of the clauses that name it; a clause that names
 * an aspect but says nothing lends it the next clause of the sentence, when
 * that one names no aspect ("La livraison : une catastrophe") and is no
 * aside ("L'activation a pris 10 jours, sinon rien à dire"), or of the next
 * sentence when its own asked about the aspect alone ("Le SAV ? Inexistant."). */
static void attribute_aspects(scrm_tone_engine *e)
{
	const scrm_tone_text *t = &e->text;
	size_t na = e->aspects.count;
	e->aspects_seen = 0;
	memset(e->aspect_sum, 0, na * sizeof e->aspect_sum[0]);
	uint32_t last_clause[SCRM_TONE_MAX_ASPECTS];
	for (size_t a = 0; a < na; a++)
		last_clause[a] = UINT32_MAX;
	for (size_t m = 0; m < t->naspected; m++) {
		int a = t->tok[t->aspected[m]].aspect;
		if ((size_t)a >= e->aspects.count)
			continue;
		uint16_t c = t->tok[t->aspected[m]].clause;
		e->aspects_seen |= UINT64_C(1) << a;
		if (last_clause[a] == c)
			continue;    /* a clause counts once per aspect */
		last_clause[a] = c;
		double s = e->clause_sum[c];
		if (s == 0 && c + 1u < t->nclauses &&
		    (t->clause_sentence[c + 1] == t->clause_sentence[c] ||
		     (t->questions && scrm_tone_asks_about_aspect(t, e->src, t->aspected[m])))) {
			/* Clauses never decrease along the tokens: the aspect
			 * tokens after this one hold any of the next clause. */
			bool named = false;
			for (size_t j = m + 1; j < t->naspected && t->tok[t->aspected[j]].clause <= c + 1u; j++)
				if (t->tok[t->aspected[j]].clause == c + 1u)
					named = true;
			if (!named && !next_clause_is_aside(t, t->aspected[m]))
				s = e->clause_sum[c + 1];
		}
		e->aspect_sum[a] += s;
	}
}

static scrm_tone_label lexicon_label(double score)
{
	if (score >= NEUTRAL_BAND)
		return SCRM_TONE_POSITIVE;
	if (score <= -NEUTRAL_BAND)
		return SCRM_TONE_NEGATIVE;
	return SCRM_TONE_NEUTRAL;
}

/*
 * The part of a text that is read: its first SCRM_TONE_TEXT_MAX bytes, cut
 * before a character that would not fit whole. A mention's tone is settled
 * long before; a runaway line (a whole archive on one line) then costs
 * bounded memory (tokens and keys run to several times the text), and the
 * tokens' 32-bit offsets stay in range.
 */
static size_t text_read(const char *text, size_t n)
{
	if (n <= SCRM_TONE_TEXT_MAX)
		return n;
	n = SCRM_TONE_TEXT_MAX;
	while (n > 0 && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	return n;
}

void scrm_tone_analyse_lexicon(scrm_tone_engine *e, const char *text, size_t n, scrm_tone_lang lang,
                               bool guess)
{
	scrm_tone_text *t = &e->text;
	n = text_read(text, n);
	e->src = text;
	e->srclen = n;
	scrm_tone_tokenize(t, text, n);
	e->lang = guess ? scrm_tone_guess_lang(t, text, e->table, lang) : lang;
	scrm_tone_resolve(t, &e->table[e->lang], e->memo, e->lang);
	if (t->ntok > e->contrib_cap) {
		e->contrib_cap = t->ntok;
		e->contribs = scrm_xrealloc(e->contribs, e->contrib_cap * sizeof *e->contribs);
	}
	if (t->nclauses + 1u > e->clause_cap) {
		e->clause_cap = t->nclauses + 1u;
		e->clause_sum = scrm_xrealloc(e->clause_sum, e->clause_cap * sizeof *e->clause_sum);
	}
	e->ncontribs = scrm_tone_score_rules(t, e->contribs, e->clause_sum, &e->sums);
}

void scrm_tone_analyse(scrm_tone_engine *e, const char *text, size_t n, scrm_tone_lang lang, bool guess)
{
	scrm_tone_text *t = &e->text;
	scrm_tone_analyse_lexicon(e, text, n, lang, guess);
	e->used_model = e->model != NULL;
	if (e->model) {
		scrm_tone_nb_text(e->model, e->memo, t, e->lang, e->nb);
		double in[SCRM_TONE_NBLEND];
		scrm_tone_blend_inputs(&e->sums, e->nb, e->lang, t->ntok, in);
		scrm_tone_blend(e->model, in, e->prob);
		e->score = e->prob[SCRM_TONE_POSITIVE] - e->prob[SCRM_TONE_NEGATIVE];
		int best = 0;
		for (int c = 1; c < SCRM_TONE_NCLASSES; c++)
			if (e->prob[c] > e->prob[best])
				best = c;
		e->label = (scrm_tone_label)best;
	} else {
		e->score = e->sums.compound;
		e->label = lexicon_label(e->score);
	}
	attribute_aspects(e);
	/* Mixed: clear praise and clear blame in the same mention. */
	/* Before the contrast rule: "génial mais la livraison..." praises as
	 * clearly as it blames, whatever the mention's tone leans to. */
	double lo = e->sums.praise < e->sums.blame ? e->sums.praise : e->sums.blame;
	double hi = e->sums.praise < e->sums.blame ? e->sums.blame : e->sums.praise;
	bool aspect_pos = false, aspect_neg = false;
	for (uint64_t seen = e->aspects_seen; seen; seen &= seen - 1) {
		double s = scrm_tone_normalize_score(e->aspect_sum[__builtin_ctzll(seen)]);
		aspect_pos = aspect_pos || s >= MIXED_ASPECT;
		aspect_neg = aspect_neg || s <= -MIXED_ASPECT;
	}
	if ((lo >= 1.0 - MIXED_SLACK && lo >= 0.4 * hi - MIXED_SLACK) || (aspect_pos && aspect_neg))
		e->label = SCRM_TONE_MIXED;
	e->aggressive = scrm_tone_aggressive_terms(t, e->sums.compound, e->aggr, &e->naggr, &e->shouting);
}

double scrm_tone_score(const scrm_tone_engine *e)
{
	return e->score;
}

scrm_tone_label scrm_tone_label_of(const scrm_tone_engine *e)
{
	return e->label;
}

bool scrm_tone_aggressive(const scrm_tone_engine *e)
{
	return e->aggressive;
}

scrm_tone_lang scrm_tone_lang_of(const scrm_tone_engine *e)
{
	return e->lang;
}
