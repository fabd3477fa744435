/*
 * clean.h - what scrm-clean does to one record: normalise its text, match
 * brands, identify its language, find duplicates and spam, and say whether
 * it leaves the stream. A scrm_clean owns its rules, models, duplicate
 * memory and counts file; the caller owns records and output buffers.
 */
#ifndef SCRM_CLEAN_H
#define SCRM_CLEAN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bayes.h"
#include "buf.h"
#include "record.h"

/* What --drop may name. */
enum {
	SCRM_CLEAN_DROP_DUP = 1 << 0,
	SCRM_CLEAN_DROP_SPAM = 1 << 1,
	SCRM_CLEAN_DROP_IRRELEVANT = 1 << 2,
	SCRM_CLEAN_DROP_LANG = 1 << 3
};

typedef struct scrm_clean_opts {
	const char *rules;          /* -k: brands rules file, or NULL */
	bool keep_raw;              /* --keep-raw: original text in clean.raw_text */
	const char *langs;          /* --lang fr,en: languages kept, or NULL */
	const char *langid_model;   /* --langid-model, or NULL: default */
	bool no_lang;               /* --no-lang: no language identification */
	bool no_lang_hints;         /* --no-lang-hints: the text alone says the language */
	unsigned drop;              /* SCRM_CLEAN_DROP_* */
	double spam_threshold;      /* --spam-threshold (spam at or above it is dropped) */
	const char *spam_model;     /* --spam-model FILE, "none", or NULL: built-in */
	unsigned bot_rate;          /* --bot-rate posts per hour, 0: off */
	int distance;               /* --distance */
	size_t window;              /* --window N */
	int64_t window_seconds;     /* --window 24h, 0: none */
	int min_words;              /* fewer words than this: no near-duplicate check */
	const char *seen;           /* --seen FILE, or NULL */
	const char *counts;         /* --counts FILE, or NULL */
} scrm_clean_opts;

/* Fills opts with the documented defaults. */
void scrm_clean_opts_init(scrm_clean_opts *opts);

/* Parses "dup,spam,irrelevant,lang" into *mask; false on an unknown word. */
bool scrm_clean_parse_drop(const char *s, unsigned *mask);
/* Parses "5000" (a count) or "30s", "15m", "24h", "7d" (a time span) into opts; false if malformed. */
bool scrm_clean_parse_window(const char *s, scrm_clean_opts *opts);

typedef struct scrm_clean scrm_clean;

/*
 * Loads rules and models, reads the --seen file, opens --counts. NULL with
 * a reason in err and in *status the exit status it calls for:
 * SCRM_EXIT_USAGE for a bad option or file, SCRM_EXIT_IO when the --counts
 * file cannot be created.
 */
scrm_clean *scrm_clean_new(const scrm_clean_opts *opts, scrm_buf *err, int *status);

/*
 * Cleans one record: appends the output line (the record with its clean
 * object, normalised text and filled-in lang; no newline) to out. Returns 0
 * when the record stays in the stream, or the SCRM_CLEAN_DROP_* reasons
 * that make it leave (the line then also says them, in clean.dropped).
 */
unsigned scrm_clean_record(scrm_clean *c, const scrm_record *rec, scrm_buf *out);

/* Counts of records dropped so far: per reason (index: bit number of SCRM_CLEAN_DROP_*), then
 * at index 4 the records (one may have several reasons). */
const unsigned long *scrm_clean_dropped(const scrm_clean *c);

/*
 * For a run that waits for input (a live pipeline that may never end): the
 * --counts lines so far flushed, and the --seen file saved when records
 * came since it last was, at most once every SCRM_CLEAN_CHECKPOINT_SECONDS
 * (the first time at once). Call it once what was output is flushed, so
 * that the memory never holds a record that did not reach the output.
 * false with a reason in err when the file could not be written (tried
 * again no sooner than the next period).
 */
#define SCRM_CLEAN_CHECKPOINT_SECONDS 60
bool scrm_clean_checkpoint(scrm_clean *c, scrm_buf *err);
/*
 * Writes the --counts tail and, when output_ok (everything the run let
 * through reached its output), the --seen file; false with a reason in
 * err, which says so when the --seen file was left as it was.
 */
bool scrm_clean_finish(scrm_clean *c, bool output_ok, scrm_buf *err);
void scrm_clean_free(scrm_clean *c);

/*
 * Adds one labelled record to a spam model made with classes "spam" and
 * "ham": its text, and "label": "spam"/"ham" or "spam": true/false. False
 * with a static reason in *why when the record has no usable text or label.
 */
bool scrm_clean_train_spam(scrm_bayes *m, const scrm_record *rec, const char **why);

#endif
