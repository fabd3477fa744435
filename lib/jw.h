/*
 * jw.h - a small JSON writer that appends compact JSON to a scrm_buf.
 *
 * The writer borrows the buffer; it inserts commas and colons itself, so a
 * caller only says what comes next. Strings must be valid UTF-8 (callers
 * holding untrusted bytes check with scrm_utf8_valid first). Nesting is
 * limited to SCRM_JW_MAX_DEPTH; misuse (a value where a key is due) is a
 * programming error caught by assert.
 */
#ifndef SCRM_JW_H
#define SCRM_JW_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"

#define SCRM_JW_MAX_DEPTH 64

typedef struct scrm_jw {
	scrm_buf *out;
	int depth;
	bool first[SCRM_JW_MAX_DEPTH];    /* no member written yet at this depth */
	bool in_object[SCRM_JW_MAX_DEPTH];
	bool after_key;
} scrm_jw;

void scrm_jw_init(scrm_jw *w, scrm_buf *out);
void scrm_jw_object_begin(scrm_jw *w);
void scrm_jw_object_end(scrm_jw *w);
void scrm_jw_array_begin(scrm_jw *w);
void scrm_jw_array_end(scrm_jw *w);
void scrm_jw_keyn(scrm_jw *w, const char *key, size_t n);
void scrm_jw_string(scrm_jw *w, const char *s, size_t n);
/* Inline, so that a literal's length is known when compiled rather than
 * measured on every call (scrm-clean writes a dozen keys a record). */
static inline void scrm_jw_key(scrm_jw *w, const char *key)
{
	scrm_jw_keyn(w, key, strlen(key));
}
static inline void scrm_jw_cstring(scrm_jw *w, const char *s)
{
	scrm_jw_string(w, s, strlen(s));
}
void scrm_jw_int(scrm_jw *w, int64_t v);
/* Finite doubles in the shortest form that reads back exactly (%.17g at worst); non-finite become null. */
void scrm_jw_double(scrm_jw *w, double v);
/* A double rounded to the given number of decimals, trailing zeros trimmed ("0.25", "-1", "0"). */
void scrm_jw_fixed(scrm_jw *w, double v, int decimals);
void scrm_jw_bool(scrm_jw *w, bool v);
void scrm_jw_null(scrm_jw *w);
/* Already-serialised, valid JSON value text. */
void scrm_jw_raw(scrm_jw *w, const char *json, size_t n);

#endif
