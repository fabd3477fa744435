/* record.c - parse a line as a mention record; splice a stage's object into it. */
#include "record.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "utf8.h"

void
scrm_record_init(scrm_record *rec)
{
	memset(rec, 0, sizeof *rec);
}

void
scrm_record_free(scrm_record *rec)
{
	free(rec->members);
	scrm_record_init(rec);
}

static void
collect_member(void *ctx, scrm_json_value key, bool key_plain, scrm_json_value value)
{
	scrm_record *rec = ctx;

	if (rec->nmembers == rec->cap) {
		rec->cap = rec->cap ? rec->cap * 2 : 32;
		rec->members = scrm_xrealloc(rec->members, rec->cap * sizeof *rec->members);
	}
	rec->members[rec->nmembers].key = key;
	rec->members[rec->nmembers].value = value;
	rec->members[rec->nmembers].key_plain = key_plain;
	rec->nmembers++;
}

bool
scrm_record_parse(scrm_record *rec, const char *line, size_t len, scrm_buf *reason_buf)
{
	scrm_json_error err;
	scrm_json_value top;

	rec->line = line;
	rec->len = len;
	rec->nmembers = 0;
	if (!scrm_json_validate(line, len, &top, collect_member, rec, &err)) {
		rec->nmembers = 0;
		scrm_buf_clear(reason_buf);
		if (strcmp(err.reason, "invalid UTF-8") == 0)
			scrm_buf_printf(reason_buf, "invalid UTF-8 at byte %zu", err.offset + 1);
		else
			scrm_buf_printf(reason_buf, "invalid JSON at byte %zu: %s", err.offset + 1,
			                err.reason);
		return false;
	}
	if (top.type != SCRM_JSON_OBJECT) {
		scrm_buf_clear(reason_buf);
		scrm_buf_printf(reason_buf, "not a JSON object (%s)", scrm_json_type_name(top.type));
		return false;
	}
	rec->object = top;
	return true;
}

scrm_json_value
scrm_record_get(const scrm_record *rec, const char *path)
{
	scrm_json_value v = { SCRM_JSON_NONE, NULL, 0 };
	size_t n = 0;

	/* Paths are short: one loop finds the first name's end. */
	while (path[n] != '\0' && path[n] != '.')
		n++;
	const char *dot = path[n] == '.' ? path + n : NULL;
	/* The top level is indexed already: search it from the end, so the last duplicate wins. */
	for (size_t i = rec->nmembers; i-- > 0;) {
		if (scrm_record_member_is(&rec->members[i], path, n)) {
			v = rec->members[i].value;
			break;
		}
	}
	if (dot == NULL || v.type == SCRM_JSON_NONE)
		return v;
	return scrm_json_get(v, dot + 1);
}

const char *
scrm_record_string(const scrm_record *rec, const char *path, scrm_buf *scratch, size_t *len)
{
	scrm_json_value v = scrm_record_get(rec, path);

	if (v.type != SCRM_JSON_STRING)
		return NULL;
	return scrm_json_string(v, scratch, len);
}

/*
 * Where a member begins and ends in the line, separators included, so that
 * removing [from, to) leaves well-formed JSON: for all but the first
 * member that is the comma before it up to the value's end; for the first,
 * from its key to just after the comma that follows it.
 */
static void
member_extent(const scrm_record *rec, size_t i, const char **from, const char **to)
{
	const char *end_of_object = rec->object.ptr + rec->object.len - 1;

	if (i > 0) {
		const scrm_json_value *prev = &rec->members[i - 1].value;
		*from = prev->ptr + prev->len;
		*to = rec->members[i].value.ptr + rec->members[i].value.len;
	} else {
		*from = rec->members[i].key.ptr;
		if (rec->nmembers > 1)
			*to = rec->members[1].key.ptr;
		else
			*to = end_of_object;
	}
}

void
scrm_record_splice(const scrm_record *rec, const char *key, const char *value_json,
                   size_t value_len, scrm_buf *out)
{
	size_t keylen = strlen(key);
	const char *p = rec->line;
	bool replaced = false;

	scrm_buf_reserve(out, rec->len + keylen + value_len + 8);
	for (size_t i = 0; i < rec->nmembers; i++) {
		const scrm_record_member *m = &rec->members[i];
		if (!scrm_record_member_is(m, key, keylen))
			continue;
		if (!replaced) {
			/* Replace the first occurrence in place: its position is kept. */
			scrm_buf_append(out, p, (size_t)(m->value.ptr - p));
			scrm_buf_append(out, value_json, value_len);
			p = m->value.ptr + m->value.len;
			replaced = true;
		} else {
			const char *from, *to;
			member_extent(rec, i, &from, &to);
			if (from < p)
				from = p;
			scrm_buf_append(out, p, (size_t)(from - p));
			p = to;
		}
	}
	if (!replaced) {
		const char *close = rec->object.ptr + rec->object.len - 1;
		scrm_buf_append(out, p, (size_t)(close - p));
		if (rec->nmembers > 0)
			scrm_buf_putc(out, ',');
		scrm_json_quote(out, key, keylen);
		scrm_buf_putc(out, ':');
		scrm_buf_append(out, value_json, value_len);
		p = close;
	}
	scrm_buf_append(out, p, (size_t)(rec->line + rec->len - p));
}
