/*
 * clean_seen.h - the bounded memory of what scrm-clean has already let
 * through: exact keys (id, author+text, URL) and SimHash fingerprints of the
 * last N originals, for duplicate and near-duplicate lookup. The index owns
 * its entries and copies of their ids; results borrow an id until the next call.
 *
 * Memory is fixed at creation: a ring of `window` entries (about 190 bytes
 * plus the id each), per exact key a table of 2 to 4 chain heads per entry
 * (4 bytes each), and per band a table of buckets of 16 entries (128
 * bytes a bucket; as many buckets as band values, at most 2 to 4 per
 * entry: 32 MB for the 4 bands of k = 3). When the ring is full the oldest
 * original is forgotten. Near-duplicates within Hamming distance k are
 * found through k+1 bands: two fingerprints that differ in at most k bits
 * agree exactly on at least one band (pigeonhole), so only entries sharing
 * a band are compared, at most the 16 newest of a bucket.
 */
#ifndef SCRM_CLEAN_SEEN_H
#define SCRM_CLEAN_SEEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SCRM_SEEN_MAX_DISTANCE 7
/*
 * A text cut short ("... …") is found as a copy of the original whose
 * first SCRM_SEEN_HEAD_WORDS words it shares (head_key, cut_key), and
 * whose start as long as the words the cut text holds whole agrees with
 * it: a 16-bit hash of an original's first SCRM_SEEN_CHECK_WORDS(j) words
 * and of the first two letters of the word after them is kept for each j
 * below SCRM_SEEN_CHECKS (9 to 20 words), so that a cut text is compared
 * word for word up to 20 words, and its last word, which may be cut in
 * the middle, by its start ("... de Fr…" is cut from "... de France",
 * "... de Lyon…" is not).
 */
#define SCRM_SEEN_HEAD_WORDS 8
#define SCRM_SEEN_CHECKS 12
#define SCRM_SEEN_CHECK_WORDS(j) (SCRM_SEEN_HEAD_WORDS + 1 + (j))
/*
 * A text of SCRM_SEEN_EDIT_WORDS words or more with one word replaced
 * keeps either all its words at even places or all those at odd places:
 * a hash of each half (with the word count) finds such an edited copy
 * exactly, where one word in fifteen moves a SimHash too far.
 */
#define SCRM_SEEN_EDIT_WORDS 10
#define SCRM_SEEN_NO_TIME INT64_MIN

typedef struct scrm_seen scrm_seen;

/* What a record brings to the lookup; a key of 0 means absent. */
typedef struct scrm_seen_item {
	const char *id;       /* NUL-terminated, may be NULL */
	uint64_t id_key;      /* hash of the id */
	uint64_t text_key;    /* hash of author and normalised text */
	uint64_t url_key;     /* hash of the normalised URL */
	uint64_t head_key;    /* hash of the first SCRM_SEEN_HEAD_WORDS words, when the text has more */
	uint64_t cut_key;     /* a text cut short (ending in an ellipsis): the head_key of
	                       * the original it may have been cut from (its own first words) */
	uint64_t even_key;    /* hash of the words at even places, with their count (0: too short) */
	uint64_t odd_key;     /* the same of the words at odd places */
	uint16_t checks[SCRM_SEEN_CHECKS];   /* hashes of the text's longer starts, each with the
	                                     * next word's first two letters (0: too short) */
	int cut_check;        /* a cut text: the longest of them that it holds whole, or -1 */
	uint64_t source;      /* hash of the source (for the URL rule) */
	uint64_t author;      /* hash of the author (for campaigns) */
	uint64_t fp;          /* SimHash; 0: too little text to compare */
	int64_t time;         /* created_at in seconds, or SCRM_SEEN_NO_TIME */
	bool repost;          /* an explicit repost ("RT @x"): amplification, not a campaign */
} scrm_seen_item;

typedef enum scrm_dup_kind {
	SCRM_DUP_NONE = 0,
	SCRM_DUP_ID,      /* same id */
	SCRM_DUP_TEXT,    /* same normalised text from the same author */
	SCRM_DUP_URL,     /* same URL from another source */
	SCRM_DUP_CUT,     /* the start of a longer text, cut short */
	SCRM_DUP_EDIT,    /* the same words but one, at the same places (looked for after near) */
	SCRM_DUP_NEAR     /* SimHash within the distance */
} scrm_dup_kind;


typedef struct scrm_dup_result {
	scrm_dup_kind kind;
	const char *of;          /* id of the original (borrowed), or NULL if it had none */
	int distance;            /* Hamming distance for SCRM_DUP_NEAR, else 0 */
	unsigned long copies;    /* copies of that original seen so far, this one included */
	unsigned other_authors;  /* other authors who posted a near-identical copy, reposts aside (approximate) */
} scrm_dup_result;

/* Called for an original with copies when it leaves memory (or at scrm_seen_flush); id NULL: it had none. */
typedef void (*scrm_seen_counts_fn)(void *ctx, const char *id, unsigned long copies);

/* window: entries kept (>= 1); seconds: time window (0: none); distance: 0..SCRM_SEEN_MAX_DISTANCE. */
scrm_seen *scrm_seen_new(size_t window, int64_t seconds, int distance);
void scrm_seen_free(scrm_seen *s);
void scrm_seen_on_counts(scrm_seen *s, scrm_seen_counts_fn fn, void *ctx);

/*
 * Looks item up. A duplicate (checked in the order id, text, URL, near) is
 * counted on its original and described in *r; anything else becomes a new
 * original (r->kind SCRM_DUP_NONE), possibly pushing the oldest out.
 */
void scrm_seen_check(scrm_seen *s, const scrm_seen_item *item, scrm_dup_result *r);
/*
 * Starts fetching the memory scrm_seen_check() will read first for item:
 * its buckets lie scattered over megabytes, so a caller with other work
 * to do on the record does it between the two calls, while they arrive.
 */
void scrm_seen_prefetch(const scrm_seen *s, const scrm_seen_item *item);

/* Reports every original still in memory that has copies, oldest first. */
void scrm_seen_flush(scrm_seen *s);

/* Serialises the originals in memory (oldest first) to out, in the format scrm_seen_load reads. */
void scrm_seen_dump(const scrm_seen *s, scrm_buf *out);
/* Adds the originals in text[0..n) as if they had been seen; false with a reason in err on a bad file. */
bool scrm_seen_load(scrm_seen *s, const char *text, size_t n, scrm_buf *err);

#endif
