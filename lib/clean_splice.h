/*
 * clean_splice.h - setting several top-level members of a record in one
 * pass (scrm_record_splice sets one). Borrows everything; appends to out.
 */
#ifndef SCRM_CLEAN_SPLICE_H
#define SCRM_CLEAN_SPLICE_H

#include <stddef.h>

#include "buf.h"
#include "record.h"

typedef struct scrm_splice_kv {
	const char *key;        /* member name (plain text, no escapes needed) */
	const char *json;       /* its new value, valid JSON text */
	size_t len;
} scrm_splice_kv;

/*
 * Appends rec's line with each kv[i].key set to kv[i].json: an existing
 * member (the last of that name, the one readers see) has its value
 * replaced in place; a missing one is appended before the closing brace, in
 * kv order. Every other byte is kept. No newline. Keys must be distinct.
 */
void scrm_clean_splice(const scrm_record *rec, const scrm_splice_kv *kv, size_t n, scrm_buf *out);

#endif
