/*
 * normalize.h - text normalisation for analysis (NFC, leftover markup,
 * invisible characters, white space), folding for matching, and the word
 * tokeniser scrm-clean's checks share. The caller owns every buffer; output
 * is appended; nothing keeps state between calls.
 */
#ifndef SCRM_NORMALIZE_H
#define SCRM_NORMALIZE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Appends the normalised form of s[0..n) (valid UTF-8) to out: leftover HTML
 * tags and character references removed (only when the text looks like
 * markup), control and invisible characters dropped (zero-width spaces,
 * joiners inside Latin words, bidi controls, soft hyphens, BOMs), every run
 * of white space folded into one space and the ends trimmed, then Unicode
 * NFC. Zero-width joiners between non-ASCII characters (emoji sequences,
 * Indic scripts) are kept. scratch is clobbered.
 */
void scrm_normalize_text(const char *s, size_t n, scrm_buf *out, scrm_buf *scratch);

/*
 * Appends the matching form of s[0..n) (valid UTF-8, normally already
 * normalised) to out: compatibility-decomposed, case-folded, accents
 * stripped, typographic apostrophes and dashes lumped to ASCII, so that
 * "L’Oréal", "l'oreal" and "𝐋'𝐎𝐫𝐞𝐚𝐥" all fold to "l'oreal".
 */
void scrm_normalize_fold(const char *s, size_t n, scrm_buf *out);

/* True for bytes that belong to a word in folded text: ASCII letters and
 * digits and every byte of a non-ASCII character. */
bool scrm_word_byte(unsigned char c);

typedef enum scrm_token_kind {
	SCRM_TOKEN_WORD,
	SCRM_TOKEN_URL,      /* http://..., https://..., www.... */
	SCRM_TOKEN_HASHTAG,  /* #tag, '#' included */
	SCRM_TOKEN_MENTION   /* @handle, '@' included */
} scrm_token_kind;

typedef struct scrm_token {
	scrm_token_kind kind;
	const char *ptr;
	size_t len;
} scrm_token;

/*
 * Next token of folded text s[0..n) from *pos (start at 0); false at the end.
 * Words are runs of word bytes; apostrophes, punctuation and spaces separate
 * them; a URL runs to the next space.
 */
bool scrm_token_next(const char *s, size_t n, size_t *pos, scrm_token *tok);

/* Whether the character at s[i] (i < n, the start of a character) is a
 * letter, digit or mark. */
bool scrm_word_char_at(const char *s, size_t n, size_t i);

/* Whether a word token holds no letter, digit or mark: an emoji or a
 * symbol ("😡", "👍🏽", "❤️"), which says nothing of which text it is. */
bool scrm_token_is_symbols(const scrm_token *tok);

/* The tokens of a text with their hashes (scrm_hash64, seed 0); owns its arrays, borrows the text. */
typedef struct scrm_tokens {
	scrm_token *v;
	uint64_t *hash;
	size_t n, cap;
} scrm_tokens;

#define SCRM_TOKENS_INIT { NULL, NULL, 0, 0 }

/* Replaces the contents of out with the tokens of folded text s[0..n). */
void scrm_tokenize(const char *s, size_t n, scrm_tokens *out);
void scrm_tokens_free(scrm_tokens *t);

#endif
