/*
 * spam.h - spam and self-promotion signals for one mention at a time: rules
 * (link farms, hashtag and mention stuffing, promotional phrasing in French
 * and English, campaigns, bot posting rates) and a naive Bayes model,
 * combined into a score in [0, 1]. A checker owns its model and its
 * bounded per-author rate table; results are plain values.
 */
#ifndef SCRM_SPAM_H
#define SCRM_SPAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "bayes.h"
#include "buf.h"
#include "normalize.h"

enum {
	SCRM_SPAM_LINKS = 1 << 0,     /* "links": link farm */
	SCRM_SPAM_HASHTAGS = 1 << 1,  /* "hashtags": hashtag stuffing */
	SCRM_SPAM_MENTIONS = 1 << 2,  /* "mentions": mention stuffing */
	SCRM_SPAM_PROMO = 1 << 3,     /* "promo": promotional phrasing */
	SCRM_SPAM_CAMPAIGN = 1 << 4,  /* "campaign": the same text from several accounts */
	SCRM_SPAM_BOT_RATE = 1 << 5,  /* "bot_rate": one account posting at bot rates */
	SCRM_SPAM_MODEL = 1 << 6,     /* "model": the naive Bayes model says spam */
	SCRM_SPAM_NFLAGS = 7
};

/* Name of flag bit i (0 <= i < SCRM_SPAM_NFLAGS), as written in clean.flags. */
const char *scrm_spam_flag_name(int i);

typedef struct scrm_spam scrm_spam;

/*
 * model: taken over (may be NULL: rules only); builtin: it is the default
 * model, whose probability weighs less; bot_rate: posts per hour from one
 * account that flag it (0: off).
 */
scrm_spam *scrm_spam_new(scrm_bayes *model, bool builtin, unsigned bot_rate);
void scrm_spam_free(scrm_spam *s);

/* The compiled-in default model (trained on the SMS Spam Collection, see NOTICE). */
scrm_bayes *scrm_spam_default_model(void);

/* Adds the features of folded text to a spam model (for training); cls as in the model. */
void scrm_spam_train(scrm_bayes *m, size_t cls, const char *folded, size_t n);

typedef struct scrm_spam_input {
	const char *folded;     /* normalised then folded text */
	size_t len;
	const scrm_tokens *tokens;   /* its tokens (scrm_tokenize) */
	uint64_t author;        /* hash of the account, 0 if unknown */
	int64_t time;           /* created_at in seconds, or INT64_MIN if unknown */
	unsigned campaign_authors;   /* other accounts that posted this same text before */
	bool use_model;         /* false: rules only (the text is in a language the model does not know) */
} scrm_spam_input;

typedef struct scrm_spam_result {
	double score;           /* in [0, 1] */
	double model;           /* the model's probability of spam, or -1 when it abstained */
	unsigned flags;         /* SCRM_SPAM_* */
} scrm_spam_result;

void scrm_spam_check(scrm_spam *s, const scrm_spam_input *in, scrm_spam_result *r);

#endif
