/*
 * bayes.h - a generic multinomial naive Bayes text classifier over tokens
 * the caller chooses (any bytes without tab or newline), with Laplace
 * smoothing, trainable and saved as text. A model owns its vocabulary;
 * scores are plain values the caller owns. Not specific to spam: any set
 * of up to SCRM_BAYES_MAX_CLASSES labels works.
 */
#ifndef SCRM_BAYES_H
#define SCRM_BAYES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SCRM_BAYES_MAX_CLASSES 8

typedef struct scrm_bayes scrm_bayes;

/* A new, empty model with nclasses labels (copied), 2..SCRM_BAYES_MAX_CLASSES. */
scrm_bayes *scrm_bayes_new(size_t nclasses, const char *const *labels);
void scrm_bayes_free(scrm_bayes *m);
size_t scrm_bayes_nclasses(const scrm_bayes *m);
const char *scrm_bayes_label(const scrm_bayes *m, size_t cls);
/* Documents counted in class cls. */
unsigned long scrm_bayes_docs(const scrm_bayes *m, size_t cls);
/* Index of a label, or -1. */
int scrm_bayes_class(const scrm_bayes *m, const char *label);

/* Training: count one document of class cls, and each of its tokens. */
void scrm_bayes_add_doc(scrm_bayes *m, size_t cls);
void scrm_bayes_add_token(scrm_bayes *m, size_t cls, const char *tok, size_t n);

/* Makes a trained model ready for scoring (a parsed one already is); call again after more training. */
void scrm_bayes_prepare(scrm_bayes *m);

/* Appends the model as text ("scrm-bayes 1" format, see bayes.c). */
void scrm_bayes_dump(const scrm_bayes *m, scrm_buf *out);
/* Reads a model written by scrm_bayes_dump; NULL with a reason in err. */
scrm_bayes *scrm_bayes_parse(const char *text, size_t n, scrm_buf *err);

/* A document being scored: log-probabilities per class and the tokens the model knew. */
typedef struct scrm_bayes_score {
	double logp[SCRM_BAYES_MAX_CLASSES];
	unsigned known;
} scrm_bayes_score;

/* Starts a score at the class priors; the model must be prepared. */
void scrm_bayes_score_start(const scrm_bayes *m, scrm_bayes_score *s);
/* Adds a token's evidence; tokens the model never saw are ignored. */
void scrm_bayes_score_token(const scrm_bayes *m, scrm_bayes_score *s, const char *tok, size_t n);
/* As scrm_bayes_score_token, for a token already hashed with scrm_hash64(tok, n, 0). */
void scrm_bayes_score_hash(const scrm_bayes *m, scrm_bayes_score *s, uint64_t h);
/*
 * Starts loading what scoring the token hashed h will read (the model's
 * vocabulary is larger than the caches): a hint given some tokens ahead,
 * so that the misses overlap. Changes nothing.
 */
void scrm_bayes_prefetch(const scrm_bayes *m, uint64_t h);
/* Posterior probability of class cls. */
double scrm_bayes_posterior(const scrm_bayes *m, const scrm_bayes_score *s, size_t cls);

#endif
