/*
 * json.h - fast, validating JSON text scanning without building a tree.
 *
 * A scrm_json_value is a borrowed view into text the caller owns: it stays
 * valid as long as that text does. The navigation functions (get, iterate,
 * decode) assume the text was accepted by scrm_json_validate() or
 * scrm_record_parse(); on text that was not, their results are unspecified
 * but memory-safe within the given span.
 *
 * What is accepted is RFC 8259 exactly, plus two limits that a tree
 * parser such as jansson shares: \u escapes must form valid code points
 * (a lone surrogate escape is rejected) and nesting is limited to
 * SCRM_JSON_MAX_DEPTH. Raw text must be valid UTF-8.
 */
#ifndef SCRM_JSON_H
#define SCRM_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

#define SCRM_JSON_MAX_DEPTH 2048

typedef enum scrm_json_type {
	SCRM_JSON_NONE = 0,   /* absent: a lookup that found nothing */
	SCRM_JSON_NULL,
	SCRM_JSON_FALSE,
	SCRM_JSON_TRUE,
	SCRM_JSON_NUMBER,
	SCRM_JSON_STRING,
	SCRM_JSON_ARRAY,
	SCRM_JSON_OBJECT
} scrm_json_type;

/* A value's raw text: strings include their quotes, containers their brackets. */
typedef struct scrm_json_value {
	scrm_json_type type;
	const char *ptr;
	size_t len;
} scrm_json_value;

typedef struct scrm_json_error {
	size_t offset;        /* byte offset of the error in the text */
	const char *reason;   /* static string, e.g. "invalid UTF-8" */
} scrm_json_error;

/*
 * Callback for each member of the top-level object, called in text order.
 * key_plain says the key's raw bytes are its decoded bytes (no escape), so
 * that a byte comparison decides equality; false means it may hold one.
 */
typedef void (*scrm_json_member_fn)(void *ctx, scrm_json_value key, bool key_plain,
                                    scrm_json_value value);

/*
 * Validates text (exactly len bytes; leading and trailing JSON whitespace
 * allowed) as one JSON value. Returns true when valid; otherwise fills err.
 * When the top level is an object and on_member is not NULL, on_member is
 * called for each of its members (also when validation fails later: callers
 * must discard what they collected on failure).
 */
bool scrm_json_validate(const char *text, size_t len, scrm_json_value *top,
                        scrm_json_member_fn on_member, void *ctx, scrm_json_error *err);

const char *scrm_json_type_name(scrm_json_type t);

/* Looks up a dotted path ("author.handle") through nested objects; returns type NONE if absent.
 * With duplicate keys the last one wins, as in jansson. */
scrm_json_value scrm_json_get(scrm_json_value object, const char *path);
/* Looks up one key (no dots) of length n. */
scrm_json_value scrm_json_get_key(scrm_json_value object, const char *key, size_t n);

/* Iteration over a container's direct children. */
typedef struct scrm_json_iter {
	const char *p;
	const char *end;
} scrm_json_iter;

scrm_json_iter scrm_json_iter_start(scrm_json_value container);
/* Next array element; false at the end. */
bool scrm_json_array_next(scrm_json_iter *it, scrm_json_value *elem);
/* Next object member; key is a STRING value (quotes included); false at the end. */
bool scrm_json_object_next(scrm_json_iter *it, scrm_json_value *key, scrm_json_value *value);

/* True when the STRING value key decodes to exactly name[0..n). */
bool scrm_json_string_equals(scrm_json_value str, const char *name, size_t n);

/*
 * Decodes a STRING value. Returns a pointer to the decoded bytes and sets
 * *out_len. Without escapes the result points into the value's own text (no
 * copy, not NUL-terminated); with escapes it is written into scratch
 * (cleared first) and NUL-terminated there. A decoded string may hold NUL
 * bytes (\u0000); use the length.
 */
const char *scrm_json_string(scrm_json_value str, scrm_buf *scratch, size_t *out_len);
/* As scrm_json_string, but always copies into out (appended, NUL-terminated). */
void scrm_json_string_append(scrm_json_value str, scrm_buf *out);

/* NUMBER to double (strtod; HUGE_VAL on overflow). false if not a NUMBER. */
bool scrm_json_number(scrm_json_value v, double *out);
/* NUMBER that is an integer within int64 to int64; false otherwise. */
bool scrm_json_int(scrm_json_value v, int64_t *out);

/* Appends s (n bytes, valid UTF-8) as a JSON string literal, quotes included. */
void scrm_json_quote(scrm_buf *out, const char *s, size_t n);

#endif
