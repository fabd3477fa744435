/*
 * keywords.h - keyword matching that ignores case and accents ("Élysée"
 * matches "elysee"), for filtering feeds on -q.
 *
 * A scrm_keywords owns its folded copies of the keywords.
 */
#ifndef SCRM_KEYWORDS_H
#define SCRM_KEYWORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef struct scrm_keywords {
	char **folded;     /* each keyword, folded */
	char **original;   /* as given */
	size_t n;
} scrm_keywords;

void scrm_keywords_init(scrm_keywords *k);
/* Adds one keyword (UTF-8; an invalid byte folds to U+FFFD, as in mention text). */
void scrm_keywords_add(scrm_keywords *k, const char *word);
void scrm_keywords_free(scrm_keywords *k);
/* Whether word folds to nothing (blank, or only what folding drops): such a
 * keyword would match no text, so the command lines refuse it. */
bool scrm_keywords_empty(const char *word);

/* Appends s[0..n) folded to out as scrm_normalize_fold() folds it (case,
 * accents, compatibility forms, typographic apostrophes), runs of white space
 * as one space. An invalid byte folds to U+FFFD. */
void scrm_keywords_fold(const char *s, size_t n, scrm_buf *out);

/*
 * Index of the first keyword found in any of the texts (NULL entries
 * skipped), or -1 when none is; with no keywords at all, 0 is returned as
 * "everything matches" only if k->n == 0 -- callers test k->n first.
 * scratch is reused between calls.
 */
long scrm_keywords_match(const scrm_keywords *k, const char *const *texts, size_t ntexts, scrm_buf *scratch);

#endif
