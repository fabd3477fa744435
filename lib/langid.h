/*
 * langid.h - language identification of short texts; the caller owns the
 * loaded model, the model owns its tables, and detection owns nothing.
 */
#ifndef SCRM_LANGID_H
#define SCRM_LANGID_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* The loaded model; owned by the caller of scrm_langid_load. Immutable after loading. */
typedef struct scrm_langid scrm_langid;

/*
 * Loads a model file (data/clean/langid.bin; format in langid_load.c, gzip
 * or not). NULL path: scrm_datadir()/clean/langid.bin. On failure returns
 * NULL and puts "PATH: reason" into err (when non-NULL). About 6 MB in memory.
 */
scrm_langid *scrm_langid_load(const char *path, scrm_buf *err);
void scrm_langid_free(scrm_langid *m);

/* lang: ISO 639-1 code ("fr", "en", ...) or "und" when unsure; confidence in [0, 1]. */
typedef struct {
	char lang[8];
	double confidence;
} scrm_langid_result;

/*
 * Identifies the language of text (UTF-8, len bytes, need not be NUL-terminated;
 * invalid bytes are skipped) from its character n-grams and from chat
 * abbreviations and slang that one language uses ("mdr", "lmao"; see
 * langid_slang.c). URLs, @mentions, #hashtags, e-mail addresses,
 * words holding digits, emoji and punctuation are ignored; only the first
 * 1 kB of what remains is scored. confidence estimates P(lang is right);
 * below 0.3 lang is "und" (confidence then still says how weak the best
 * guess was); a text with no letters, or with none the model knows, gives
 * "und" with confidence 0.
 * Thread-safe on a shared model; no allocation; about 60 kB of stack.
 */
void scrm_langid_detect(const scrm_langid *m, const char *text, size_t len, scrm_langid_result *out);
/*
 * Languages a text is expected in, such as the one its source tagged it
 * with or those a filter keeps (as CLD2's hints): a set over the model's
 * languages. Zero-initialise it (SCRM_LANGID_NO_HINTS), then add codes.
 */
typedef struct {
	unsigned long long bits[4];
	const struct scrm_langid_names *names;   /* words to leave out, or NULL (below) */
} scrm_langid_hints;
#define SCRM_LANGID_NO_HINTS ((scrm_langid_hints){ { 0, 0, 0, 0 }, NULL })
/* Adds code[0..n) ("fr"; "fr-CA" and "fr_FR" count as "fr", any case) to h;
 * false when the model does not know the language. */
int scrm_langid_hint(const scrm_langid *m, scrm_langid_hints *h, const char *code, size_t n);
/*
 * Names that say nothing of the language of the text they are in: the
 * brands a user watches ("hello Nuvia" read as Finnish, "merci Nuvia" as
 * Italian). Set in the hints, they are left out of the text whole, as
 * @mentions are; a text of nothing else says nothing ("und"). A name is
 * one word, matched whatever its case and Latin accents ("Décathlon" is
 * the name "decathlon").
 */
typedef struct scrm_langid_names scrm_langid_names;
scrm_langid_names *scrm_langid_names_new(void);
/* Adds the word w[0..n) (any case); a word holding anything but letters
 * and apostrophes, which detection never sees whole, is not added. */
void scrm_langid_names_add(scrm_langid_names *s, const char *w, size_t n);
size_t scrm_langid_names_count(const scrm_langid_names *s);
/* Whether w[0..n), a word as detection writes it (lower case), is one of the names. */
bool scrm_langid_names_has(const scrm_langid_names *s, const unsigned char *w, size_t n);
void scrm_langid_names_free(scrm_langid_names *s);

/*
 * scrm_langid_detect() with hints (NULL: none). A hinted language that the
 * text gives some evidence for gains what two or three n-grams of its own
 * would add (SCRM_LANGID_HINT_WEIGHT, in the units of the scores behind
 * scrm_langid_evidence.lead): enough to settle a text of two or three
 * words that could be it ("grave nul" looks Albanian to the n-grams
 * alone), too little to outweigh a sentence in another language. Hints
 * and the weight were chosen on the evaluation set (README.md).
 */
#define SCRM_LANGID_HINT_WEIGHT 40
void scrm_langid_detect_hinted(const scrm_langid *m, const char *text, size_t len, const scrm_langid_hints *h,
                               scrm_langid_result *out);

/*
 * The evidence behind a detection (calibration scripts, explanations): the
 * best and second-best languages whatever the confidence ("und" when no
 * n-gram of the text is in the model), how many distinct n-grams were scored,
 * and the best language's lead over the second per n-gram (0 or more).
 * Same properties as scrm_langid_detect.
 */
typedef struct {
	char best[8];
	char second[8];
	size_t ngrams;
	double lead;
} scrm_langid_evidence;
void scrm_langid_weigh(const scrm_langid *m, const char *text, size_t len, scrm_langid_evidence *ev);
void scrm_langid_weigh_hinted(const scrm_langid *m, const char *text, size_t len, const scrm_langid_hints *h,
                              scrm_langid_evidence *ev);

/* Number of languages the model knows, and the code of the i-th (0 <= i < count). */
size_t scrm_langid_count(const scrm_langid *m);
const char *scrm_langid_lang(const scrm_langid *m, size_t i);

#endif
