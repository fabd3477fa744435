/*
 * tone.h - the tone of a French or English mention: score, label,
 * aggressiveness, aspects and an optional explanation.
 *
 * A scrm_tone_engine owns everything it loads (lexicons, aspects, model) and
 * its scratch space; scrm_tone_analyse() borrows the text and fills a
 * scrm_tone_result that the engine owns and reuses on the next call, so one
 * engine serves one thread. Loading functions report broken files as
 * "FILE:LINE: reason" in err and return false; nothing here exits.
 */
#ifndef SCRM_TONE_H
#define SCRM_TONE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef enum scrm_tone_lang {
	SCRM_TONE_FR = 0,
	SCRM_TONE_EN = 1,
	SCRM_TONE_NLANGS = 2
} scrm_tone_lang;

typedef enum scrm_tone_label {
	SCRM_TONE_NEGATIVE = 0,
	SCRM_TONE_NEUTRAL = 1,
	SCRM_TONE_POSITIVE = 2,
	SCRM_TONE_MIXED = 3
} scrm_tone_label;

typedef struct scrm_tone_engine scrm_tone_engine;
typedef struct scrm_tone_model scrm_tone_model;

/* Creates an engine with empty lexicons and no aspects or model. */
scrm_tone_engine *scrm_tone_engine_new(void);
void scrm_tone_engine_free(scrm_tone_engine *e);

/*
 * Loads the shipped lexicons of both languages from dir (the directory
 * holding them, e.g. "$datadir/tone") and the default aspects. Returns false
 * with a message in err when a file is missing or broken.
 */
bool scrm_tone_load_defaults(scrm_tone_engine *e, const char *dir, scrm_buf *err);
/* Adds or overrides terms from a lexicon file (format in scrm-tone(1)) in both languages. */
bool scrm_tone_load_lexicon(scrm_tone_engine *e, const char *path, scrm_buf *err);
/* Replaces the aspects with those of an aspects file. */
bool scrm_tone_load_aspects(scrm_tone_engine *e, const char *path, scrm_buf *err);
/* Loads a model file and blends it with the lexicon score from then on. */
bool scrm_tone_load_model(scrm_tone_engine *e, const char *path, scrm_buf *err);

/* Goes back to the lexicon score alone. */
void scrm_tone_unload_model(scrm_tone_engine *e);

/* "fr" or "en" (or "fra", "fre", "eng"; case-insensitive, region allowed:
 * "fr-CA") to a language; false otherwise. */
bool scrm_tone_lang_parse(const char *s, size_t n, scrm_tone_lang *out);
/*
 * Whether a record's "lang" names a language other than French and English
 * ("de", "pt-BR"); false for fr and en, for the codes of no language in
 * particular ("und", "mul", "zxx", "mis") and for what is no language tag.
 */
bool scrm_tone_lang_is_other(const char *s, size_t n);
const char *scrm_tone_label_name(scrm_tone_label l);

/* The bytes of a text that are analysed; the rest of a longer one is not read. */
#define SCRM_TONE_TEXT_MAX ((size_t)16 << 20)

/*
 * Analyses text[0..n) (valid UTF-8) in language lang, or guessed from the
 * text when guess is true: its first SCRM_TONE_TEXT_MAX bytes, cut at a
 * character. The result stays valid until the next call.
 */
void scrm_tone_analyse(scrm_tone_engine *e, const char *text, size_t n,
                       scrm_tone_lang lang, bool guess);

/*
 * Whether a record's title joins its text in the analysis: it says
 * something, it is not a reply's or a forward's ("Re: ..."), and the text
 * does not already start with it. title may be NULL.
 */
bool scrm_tone_title_counts(const char *title, size_t tn, const char *text, size_t n);
/*
 * The text to analyse for a record: text itself, or, when the title
 * counts, the title and the text on lines of their own, built in buf.
 * Sets *len.
 */
const char *scrm_tone_record_text(const char *title, size_t tn, const char *text, size_t n, scrm_buf *buf,
                                  size_t *len);

/* Appends the `tone` object for the last analysis (with the explanation when explain). */
void scrm_tone_write_json(const scrm_tone_engine *e, bool explain, scrm_buf *out);

/* The last analysis, for callers that want numbers rather than JSON. */
double scrm_tone_score(const scrm_tone_engine *e);
scrm_tone_label scrm_tone_label_of(const scrm_tone_engine *e);
bool scrm_tone_aggressive(const scrm_tone_engine *e);
scrm_tone_lang scrm_tone_lang_of(const scrm_tone_engine *e);

/*
 * Training a model from labelled texts. The trainer owns copies of what it
 * needs (features, lexicon sums); the engine passed to add() provides the
 * tokeniser and lexicons, as it will when the model is used.
 */
typedef struct scrm_tone_trainer scrm_tone_trainer;

scrm_tone_trainer *scrm_tone_trainer_new(void);
void scrm_tone_trainer_free(scrm_tone_trainer *tr);
/* Adds one text with its label (negative, neutral or positive; not mixed). */
void scrm_tone_trainer_add(scrm_tone_trainer *tr, scrm_tone_engine *e, const char *text, size_t n,
                           scrm_tone_lang lang, bool guess, scrm_tone_label label);
/* Texts added with the given label. */
size_t scrm_tone_trainer_count(const scrm_tone_trainer *tr, scrm_tone_label label);
/* Fits the model (naive Bayes, then the blend by cross-validation) and writes
 * it to path; false with a message in err. Needs two labels or more. */
bool scrm_tone_trainer_write(scrm_tone_trainer *tr, const char *path, scrm_buf *err);

#endif
