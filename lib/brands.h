/*
 * brands.h - the brands to watch (a rules file, see scrm-clean(1)) and
 * matching them in folded text. A loaded rule set owns its brands,
 * compiled patterns and match scratch; match results borrow from the rule
 * set and from the text matched.
 */
#ifndef SCRM_BRANDS_H
#define SCRM_BRANDS_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "normalize.h"

typedef struct scrm_brands scrm_brands;

typedef struct scrm_brand_match {
	const char *brand;      /* the name the rules file gives */
	const char *spelling;   /* when only a misspelling matched: the word found (into the text), else NULL */
	size_t spelling_len;
} scrm_brand_match;

/*
 * Parses rules from text[0..n); name is used in messages. On error returns
 * NULL with "NAME:LINE: reason" in err.
 */
scrm_brands *scrm_brands_parse(const char *text, size_t n, const char *name, scrm_buf *err);
void scrm_brands_free(scrm_brands *b);
size_t scrm_brands_count(const scrm_brands *b);
/*
 * The keywords of one word ("nuvia", "#pannenuvia"), each as the rules
 * spell it and folded, NUL-terminated one after the other in a block of
 * *len bytes (NULL when none): the names language identification leaves
 * out, as a brand's name says nothing of the language it is written in.
 */
const char *scrm_brands_names(const scrm_brands *b, size_t *len);

/*
 * Matches folded text (scrm_normalize_fold, so valid UTF-8) and its tokens (scrm_tokenize)
 * against every brand and fills out (room for scrm_brands_count entries)
 * with those that match, in rules order; returns how many. Uses the rule
 * set's scratch: one caller at a time.
 */
size_t scrm_brands_match(scrm_brands *b, const char *folded, size_t n, const scrm_tokens *toks,
                         scrm_brand_match *out);

/* Whether a and b (bytes) are within Damerau-Levenshtein distance 1 (and differ). */
bool scrm_edit1(const char *a, size_t na, const char *b, size_t nb);

#endif
