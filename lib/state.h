/*
 * state.h - what scrm-fetch remembers between runs (--state FILE): per
 * source, the HTTP validators (ETag, Last-Modified), the cursor (since-id or
 * newest date the service understands), the keywords they were learnt with,
 * the newest created_at emitted, and the ids already emitted (the most
 * recent SCRM_STATE_MAX_SEEN).
 *
 * The state owns every entry and string; entries returned by
 * scrm_state_entry_get stay valid until scrm_state_free.
 */
#ifndef SCRM_STATE_H
#define SCRM_STATE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

#define SCRM_STATE_MAX_SEEN 2000

typedef struct scrm_state_entry {
	char *key;            /* the source's identity: its location, type and searched query */
	char *etag;
	char *last_modified;
	char *cursor;
	char *queries;        /* the keywords filtered here, sorted, as a compact JSON array; NULL: none */
	char *newest;         /* RFC 3339 UTC */
	char **seen;          /* oldest first */
	size_t nseen, capseen;
	size_t seen_hash_cap; /* open-addressing index into seen (private) */
	size_t *seen_hash;
} scrm_state_entry;

typedef struct scrm_state {
	scrm_state_entry **v;
	size_t n, cap;
} scrm_state;

void scrm_state_init(scrm_state *s);
void scrm_state_free(scrm_state *s);
/* Loads path into s; a missing file is an empty state. false with a message in err otherwise. */
bool scrm_state_load(scrm_state *s, const char *path, scrm_buf *err);
/* Writes s to path atomically (temp file + rename). false with errno set on failure. */
bool scrm_state_save(const scrm_state *s, const char *path);

/* The entry for key, created empty if absent. */
scrm_state_entry *scrm_state_entry_get(scrm_state *s, const char *key);
bool scrm_state_seen(const scrm_state_entry *e, const char *id);
/* Remembers id (no-op when already seen). */
void scrm_state_add_seen(scrm_state_entry *e, const char *id);
/* Moves the ids and newest date of every other entry whose key is key, or
 * starts with prefix, into into, and frees those entries (either may be
 * NULL); pointers to them become invalid. */
void scrm_state_absorb(scrm_state *s, scrm_state_entry *into, const char *key, const char *prefix);
/* Replaces a string field (NULL clears it). */
void scrm_state_set(char **field, const char *value);

#endif
