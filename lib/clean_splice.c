/* clean_splice.c - see clean_splice.h. */
#include "clean_splice.h"

#include <stdbool.h>
#include <string.h>

#include "json.h"

#define MAX_KV 8

void scrm_clean_splice(const scrm_record *rec, const scrm_splice_kv *kv, size_t n, scrm_buf *out)
{
	const scrm_json_value *at[MAX_KV];    /* value replaced, or NULL: append */
	size_t order[MAX_KV], nrep = 0;
	const char *p = rec->object.ptr, *close = rec->object.ptr + rec->object.len - 1;

	if (n > MAX_KV)
		n = MAX_KV;
	for (size_t i = 0; i < n; i++) {
		size_t klen = strlen(kv[i].key);
		at[i] = NULL;
		for (size_t m = 0; m < rec->nmembers; m++) {
			const scrm_json_value *k = &rec->members[m].key;
			/* Most keys differ in their first byte (escaped keys take the slow path). */
			if (k->len > 1 && k->ptr[1] != kv[i].key[0] && k->ptr[1] != '\\')
				continue;
			if (scrm_json_string_equals(*k, kv[i].key, klen))
				at[i] = &rec->members[m].value;
		}
		if (at[i]) {
			/* Insertion into the list of replacements sorted by position. */
			size_t j = nrep++;
			while (j > 0 && at[order[j - 1]]->ptr > at[i]->ptr) {
				order[j] = order[j - 1];
				j--;
			}
			order[j] = i;
		}
	}
	scrm_buf_reserve(out, rec->len + 64);
	scrm_buf_append(out, rec->line, (size_t)(p - rec->line));
	for (size_t r = 0; r < nrep; r++) {
		const scrm_json_value *v = at[order[r]];
		scrm_buf_append(out, p, (size_t)(v->ptr - p));
		scrm_buf_append(out, kv[order[r]].json, kv[order[r]].len);
		p = v->ptr + v->len;
	}
	scrm_buf_append(out, p, (size_t)(close - p));
	bool members = rec->nmembers > 0;
	for (size_t i = 0; i < n; i++) {
		if (at[i])
			continue;
		if (members)
			scrm_buf_putc(out, ',');
		members = true;
		scrm_json_quote(out, kv[i].key, strlen(kv[i].key));
		scrm_buf_putc(out, ':');
		scrm_buf_append(out, kv[i].json, kv[i].len);
	}
	const char *end = rec->line + rec->len;
	scrm_buf_append(out, close, (size_t)(end - close));
}
