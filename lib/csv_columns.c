/*
 * csv_columns.c - which fields become CSV columns: -f paths, objects
 * flattened into dotted columns, and the lookup of a column in a record.
 *
 * A path is kept as a list of keys rather than a dotted string, so that
 * keys holding a dot still find their value; header names spell such keys
 * with an escape (csv_path.c) so that they read back as one key.
 */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"

void
scrm_csv_trim(const char **start, const char **end)
{
	while (*start < *end && **start == ' ')
		(*start)++;
	while (*end > *start && (*end)[-1] == ' ')
		(*end)--;
}

void
scrm_csv_columns_init(scrm_csv_columns *cols)
{
	memset(cols, 0, sizeof *cols);
}

static void
column_free(scrm_csv_column *c)
{
	for (size_t i = 0; i < c->nkeys; i++)
		free(c->keys[i].s);
	free(c->keys);
	free(c->name);
}

void
scrm_csv_columns_free(scrm_csv_columns *cols)
{
	for (size_t i = 0; i < cols->n; i++)
		column_free(&cols->v[i]);
	free(cols->v);
	scrm_csv_columns_init(cols);
}

/* Appends a column with keys[0..nkeys) (copied) named name (copied, n bytes). */
static void
add_column(scrm_csv_columns *cols, const scrm_csv_key *keys, size_t nkeys, const char *name,
           size_t n)
{
	scrm_csv_column *c;

	if (cols->n == cols->cap) {
		cols->cap = cols->cap ? cols->cap * 2 : 16;
		cols->v = scrm_xrealloc(cols->v, cols->cap * sizeof *cols->v);
	}
	c = &cols->v[cols->n++];
	c->name = scrm_xstrndup(name, n);
	c->nkeys = nkeys;
	c->keys = scrm_xcalloc(nkeys ? nkeys : 1, sizeof *c->keys);
	for (size_t i = 0; i < nkeys; i++) {
		c->keys[i].s = scrm_xmalloc(keys[i].n + 1);
		memcpy(c->keys[i].s, keys[i].s, keys[i].n);
		c->keys[i].s[keys[i].n] = '\0';
		c->keys[i].n = keys[i].n;
	}
}

/*
 * Appends the column named name[0..name_n) for path p[0..end), its keys
 * unescaped. Returns false, with a message about item[0..n) in err, on an
 * empty key ("a..b") or a path deeper than a record can be.
 */
static bool
add_path(scrm_csv_columns *cols, const char *p, const char *end, const char *name,
         size_t name_n, const char *item, size_t n, scrm_buf *err)
{
	scrm_csv_key keys[SCRM_JSON_MAX_DEPTH];
	size_t at[SCRM_JSON_MAX_DEPTH];
	scrm_buf text = SCRM_BUF_INIT;
	size_t nkeys = 0;
	const char *why = NULL;

	for (;;) {
		const char *dot = scrm_csv_path_dot(p, end);
		const char *stop = dot ? dot : end;
		if (stop == p) {
			why = "empty key";
			break;
		}
		if (nkeys == SCRM_JSON_MAX_DEPTH) {
			why = "too deep";
			break;
		}
		at[nkeys] = text.len;
		scrm_csv_key_unescape(&text, p, (size_t)(stop - p));
		keys[nkeys].n = text.len - at[nkeys];
		nkeys++;
		if (dot == NULL)
			break;
		p = dot + 1;
	}
	if (why == NULL) {
		/* Pointers only now: text may have moved while it grew. */
		for (size_t i = 0; i < nkeys; i++)
			keys[i].s = text.data + at[i];
		add_column(cols, keys, nkeys, name, name_n);
	} else {
		scrm_buf_printf(err, "invalid field \"%.*s\": %s", (int)n, item, why);
	}
	scrm_buf_free(&text);
	return why == NULL;
}

/* Whether path p[0..end) ends in a key "*" after a separating dot ("tone.*"). */
static bool
ends_in_star(const char *p, const char *end)
{
	const char *dot, *last = NULL;

	while ((dot = scrm_csv_path_dot(p, end)) != NULL) {
		last = dot;
		p = dot + 1;
	}
	return last != NULL && end - last == 2 && last[1] == '*';
}

/* Parses one item ("path" or "NAME=path", already trimmed) into a column. */
static bool
parse_path(scrm_csv_columns *cols, const char *item, size_t n, scrm_buf *err)
{
	const char *p = item, *end = item + n;
	const char *name = item, *name_end = end;
	const char *eq = memchr(item, '=', n);

	if (eq != NULL) {
		name_end = eq;
		p = eq + 1;
		scrm_csv_trim(&name, &name_end);
		scrm_csv_trim(&p, &end);
		if (name == name_end || p == end) {
			scrm_buf_printf(err, "invalid field \"%.*s\": empty name or path", (int)n, item);
			return false;
		}
	}
	if (end - p == 1 && *p == '*') {
		add_column(cols, NULL, 0, "*", 1);
		return true;
	}
	if (ends_in_star(p, end)) {
		end -= 2;
		if (eq == NULL)
			name_end -= 2;
	}
	return add_path(cols, p, end, name, (size_t)(name_end - name), item, n, err);
}

bool
scrm_csv_columns_parse(scrm_csv_columns *cols, const char *spec, scrm_buf *err)
{
	const char *p = spec;

	for (;;) {
		const char *comma = strchr(p, ',');
		const char *end = comma ? comma : p + strlen(p);
		const char *a = p, *b = end;
		scrm_csv_trim(&a, &b);
		if (a == b) {
			scrm_buf_printf(err, "invalid field list \"%s\": empty field", spec);
			return false;
		}
		if (!parse_path(cols, a, (size_t)(b - a), err))
			return false;
		if (comma == NULL)
			return true;
		p = comma + 1;
	}
}

/*
 * Appends the columns for value v found at path (keys, nkeys, header name
 * in name): one column, or for a non-empty object one or more per member.
 */
static void
flatten(scrm_csv_columns *out, scrm_json_value v, scrm_buf *path_keys, scrm_buf *name,
        scrm_buf *scratch)
{
	scrm_json_iter it;
	scrm_json_value k, val;
	const scrm_csv_key *keys = (const scrm_csv_key *)(void *)path_keys->data;
	size_t nkeys = path_keys->len / sizeof(scrm_csv_key);

	it = scrm_json_iter_start(v);
	if (v.type != SCRM_JSON_OBJECT || !scrm_json_object_next(&it, &k, &val)) {
		add_column(out, keys, nkeys, name->data ? name->data : "", name->len);
		return;
	}
	it = scrm_json_iter_start(v);
	while (scrm_json_object_next(&it, &k, &val)) {
		size_t klen, name_len = name->len, keys_len = path_keys->len;
		scrm_buf_clear(scratch);
		scrm_json_string_append(k, scratch);
		scrm_buf_append(scratch, "", 0);   /* NUL-terminated even when empty */
		klen = scratch->len;

		/* A key repeated in one object: the last value wins (as in lookup), one column. */
		scrm_json_iter seen = scrm_json_iter_start(v);
		scrm_json_value k2, v2;
		bool dup = false;
		while (scrm_json_object_next(&seen, &k2, &v2) && k2.ptr != k.ptr)
			if (scrm_json_string_equals(k2, scratch->data, klen))
				dup = true;
		if (dup)
			continue;
		val = scrm_json_get_key(v, scratch->data, klen);

		scrm_csv_key key = { scrm_xmalloc(klen + 1), klen };
		memcpy(key.s, scratch->data, klen + 1);
		scrm_buf_append(path_keys, &key, sizeof key);
		if (name->len > 0)
			scrm_buf_putc(name, '.');
		scrm_csv_key_escape(name, key.s, klen);
		flatten(out, val, path_keys, name, scratch);
		free(key.s);
		path_keys->len = keys_len;
		name->len = name_len;
		if (name->data)
			name->data[name_len] = '\0';
	}
}

void
scrm_csv_columns_expand(const scrm_csv_columns *in, const scrm_record *first,
                        scrm_csv_columns *out)
{
	scrm_buf keys = SCRM_BUF_INIT, name = SCRM_BUF_INIT, scratch = SCRM_BUF_INIT;

	for (size_t i = 0; i < in->n; i++) {
		const scrm_csv_column *c = &in->v[i];
		scrm_json_value v = scrm_csv_column_get(c, first);
		if (v.type != SCRM_JSON_OBJECT) {
			add_column(out, c->keys, c->nkeys, c->name, strlen(c->name));
			continue;
		}
		scrm_buf_clear(&keys);
		scrm_buf_clear(&name);
		scrm_buf_append(&keys, c->keys, c->nkeys * sizeof *c->keys);
		if (c->nkeys > 0)
			scrm_buf_puts(&name, c->name);
		flatten(out, v, &keys, &name, &scratch);
	}
	scrm_buf_free(&keys);
	scrm_buf_free(&name);
	scrm_buf_free(&scratch);
}

/*
 * Whether the JSON key (a STRING value) is k. Escapes only ever make the
 * text longer than what it decodes to, so most keys are settled by their
 * length and one memcmp, without decoding.
 */
static bool
key_is(scrm_json_value key, const scrm_csv_key *k)
{
	size_t raw = key.len - 2;

	if (raw < k->n)
		return false;
	if (raw == k->n) {
		/* Same length: an escape in the key would make it decode shorter. */
		if (memcmp(key.ptr + 1, k->s, k->n) != 0)
			return false;
		return memchr(k->s, '\\', k->n) == NULL || scrm_json_string_equals(key, k->s, k->n);
	}
	if (k->n > 0 && key.ptr[1] != '\\' && key.ptr[1] != k->s[0])
		return false;
	if (memchr(key.ptr + 1, '\\', raw) == NULL)
		return false;
	return scrm_json_string_equals(key, k->s, k->n);
}

scrm_json_value
scrm_csv_column_get(const scrm_csv_column *c, const scrm_record *rec)
{
	scrm_json_value v = { SCRM_JSON_NONE, NULL, 0 };

	if (c->nkeys == 0)
		return rec->object;
	/* The top level is indexed: search it from the end, so the last duplicate wins. */
	for (size_t i = rec->nmembers; i-- > 0;) {
		if (key_is(rec->members[i].key, &c->keys[0])) {
			v = rec->members[i].value;
			break;
		}
	}
	for (size_t i = 1; i < c->nkeys && v.type != SCRM_JSON_NONE; i++)
		v = scrm_json_get_key(v, c->keys[i].s, c->keys[i].n);
	return v;
}
