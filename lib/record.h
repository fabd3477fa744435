/*
 * record.h - one mention: a line of NDJSON holding a JSON object.
 *
 * scrm_record_parse() validates the whole line (syntax and UTF-8) in one
 * pass and indexes the top-level members; it does not copy the line, which
 * the caller owns and must keep unchanged while the record is used. The
 * record owns only its member index, reused from one parse to the next.
 *
 * Stages add their own object (clean, tone, score, crm) by splicing: every
 * other byte of the line is kept as it was; an existing member of that name
 * is replaced in place (duplicates of it removed), a new one is appended
 * before the closing brace.
 */
#ifndef SCRM_RECORD_H
#define SCRM_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "buf.h"
#include "json.h"

typedef struct scrm_record_member {
	scrm_json_value key;    /* STRING, quotes included */
	scrm_json_value value;
	bool key_plain;         /* key holds no escape: compare its bytes */
} scrm_record_member;

typedef struct scrm_record {
	const char *line;
	size_t len;
	scrm_json_value object;  /* the whole object */
	scrm_record_member *members;
	size_t nmembers;
	size_t cap;
} scrm_record;

/* Whether member m's key is name[0..n). Stages look keys up several times
 * a record: plain keys, nearly all of them, are told apart by length and
 * bytes without a call. */
static inline bool
scrm_record_member_is(const scrm_record_member *m, const char *name, size_t n)
{
	if (m->key_plain)
		return m->key.len == n + 2 && memcmp(m->key.ptr + 1, name, n) == 0;
	return scrm_json_string_equals(m->key, name, n);
}

void scrm_record_init(scrm_record *rec);
void scrm_record_free(scrm_record *rec);

/*
 * Parses line[0..len) as a record. Returns true on success. On failure
 * returns false and sets *reason to a static message such as
 * "invalid JSON at byte 17: unexpected character", "not a JSON object (array)"
 * or "invalid UTF-8 at byte 3"; the text is written into reason_buf.
 */
bool scrm_record_parse(scrm_record *rec, const char *line, size_t len, scrm_buf *reason_buf);

/* Value at a dotted path ("author.followers"), type NONE when absent. */
scrm_json_value scrm_record_get(const scrm_record *rec, const char *path);

/* Convenience: decoded string at path, or NULL if absent or not a string (see scrm_json_string). */
const char *scrm_record_string(const scrm_record *rec, const char *path, scrm_buf *scratch, size_t *len);

/*
 * Appends to out the record's line with member key set to value_json
 * (valid JSON text of value_len bytes), as described above. No newline.
 */
void scrm_record_splice(const scrm_record *rec, const char *key, const char *value_json,
                        size_t value_len, scrm_buf *out);

#endif
