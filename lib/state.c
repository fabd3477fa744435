/*
 * state.c - the state file, as JSON:
 *	{"version":1,"sources":{"KEY":{"etag":..,"last_modified":..,"cursor":..,
 *	  "queries":[keywords, sorted],"newest":..,"seen":[ids, oldest first]}}}
 */
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "io.h"
#include "msg.h"
#include "state.h"

void scrm_state_init(scrm_state *s)
{
	memset(s, 0, sizeof *s);
}

static void entry_free(scrm_state_entry *e)
{
	free(e->key);
	free(e->etag);
	free(e->last_modified);
	free(e->cursor);
	free(e->queries);
	free(e->newest);
	for (size_t i = 0; i < e->nseen; i++)
		free(e->seen[i]);
	free(e->seen);
	free(e->seen_hash);
	free(e);
}

void scrm_state_free(scrm_state *s)
{
	for (size_t i = 0; i < s->n; i++)
		entry_free(s->v[i]);
	free(s->v);
	scrm_state_init(s);
}

void scrm_state_set(char **field, const char *value)
{
	char *copy = value ? scrm_xstrdup(value) : NULL;
	free(*field);
	*field = copy;
}

scrm_state_entry *scrm_state_entry_get(scrm_state *s, const char *key)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->v[i]->key, key) == 0)
			return s->v[i];
	if (s->n == s->cap) {
		s->cap = s->cap ? 2 * s->cap : 16;
		s->v = scrm_xrealloc(s->v, s->cap * sizeof *s->v);
	}
	scrm_state_entry *e = scrm_xcalloc(1, sizeof *e);
	e->key = scrm_xstrdup(key);
	s->v[s->n++] = e;
	return e;
}

/* FNV-1a: the seen set is looked up once per item, so it needs an index. */
static size_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

static void rehash(scrm_state_entry *e)
{
	free(e->seen_hash);
	e->seen_hash_cap = 64;
	while (e->seen_hash_cap < 2 * e->capseen)
		e->seen_hash_cap *= 2;
	e->seen_hash = scrm_xmalloc(e->seen_hash_cap * sizeof *e->seen_hash);
	for (size_t i = 0; i < e->seen_hash_cap; i++)
		e->seen_hash[i] = SIZE_MAX;
	for (size_t i = 0; i < e->nseen; i++) {
		size_t j = hash(e->seen[i]) & (e->seen_hash_cap - 1);
		while (e->seen_hash[j] != SIZE_MAX)
			j = (j + 1) & (e->seen_hash_cap - 1);
		e->seen_hash[j] = i;
	}
}

bool scrm_state_seen(const scrm_state_entry *e, const char *id)
{
	if (!e->seen_hash)
		return false;
	for (size_t j = hash(id) & (e->seen_hash_cap - 1); e->seen_hash[j] != SIZE_MAX;
	     j = (j + 1) & (e->seen_hash_cap - 1))
		if (strcmp(e->seen[e->seen_hash[j]], id) == 0)
			return true;
	return false;
}

void scrm_state_add_seen(scrm_state_entry *e, const char *id)
{
	if (scrm_state_seen(e, id))
		return;
	if (e->nseen == e->capseen) {
		e->capseen = e->capseen ? 2 * e->capseen : 64;
		e->seen = scrm_xrealloc(e->seen, e->capseen * sizeof *e->seen);
		e->seen[e->nseen++] = scrm_xstrdup(id);
		rehash(e);
		return;
	}
	e->seen[e->nseen] = scrm_xstrdup(id);
	size_t j = hash(id) & (e->seen_hash_cap - 1);
	while (e->seen_hash[j] != SIZE_MAX)
		j = (j + 1) & (e->seen_hash_cap - 1);
	e->seen_hash[j] = e->nseen++;
}

static bool absorbed(const scrm_state_entry *e, const scrm_state_entry *into, const char *key,
                     const char *prefix)
{
	if (e == into)
		return false;
	return (key && strcmp(e->key, key) == 0) || (prefix && strncmp(e->key, prefix, strlen(prefix)) == 0);
}

void scrm_state_absorb(scrm_state *s, scrm_state_entry *into, const char *key, const char *prefix)
{
	size_t kept = 0;
	for (size_t i = 0; i < s->n; i++) {
		scrm_state_entry *e = s->v[i];
		if (!absorbed(e, into, key, prefix)) {
			s->v[kept++] = e;
			continue;
		}
		for (size_t k = 0; k < e->nseen; k++)
			scrm_state_add_seen(into, e->seen[k]);
		if (e->newest && (!into->newest || strcmp(e->newest, into->newest) > 0))
			scrm_state_set(&into->newest, e->newest);
		entry_free(e);
	}
	s->n = kept;
}

static void load_string(char **field, json_t *o, const char *key)
{
	json_t *v = json_object_get(o, key);
	if (json_is_string(v))
		scrm_state_set(field, json_string_value(v));
}

bool scrm_state_load(scrm_state *s, const char *path, scrm_buf *err)
{
	json_error_t je;
	json_t *root = json_load_file(path, 0, &je);
	if (!root) {
		FILE *probe = fopen(path, "r");
		if (!probe && errno == ENOENT)
			return true;
		if (probe)
			fclose(probe);
		scrm_buf_printf(err, "%s:%d: %s", path, je.line, je.text);
		return false;
	}
	json_t *sources = json_object_get(root, "sources");
	if (!json_is_object(sources)) {
		scrm_buf_printf(err, "%s: not a scrm-fetch state file", path);
		json_decref(root);
		return false;
	}
	const char *key;
	json_t *o;
	json_object_foreach(sources, key, o) {
		scrm_state_entry *e = scrm_state_entry_get(s, key);
		load_string(&e->etag, o, "etag");
		load_string(&e->last_modified, o, "last_modified");
		load_string(&e->cursor, o, "cursor");
		load_string(&e->newest, o, "newest");
		json_t *q = json_object_get(o, "queries");
		if (json_is_array(q) && !(e->queries = json_dumps(q, JSON_COMPACT))) {
			scrm_buf_printf(err, "%s: out of memory", path);
			json_decref(root);
			return false;
		}
		size_t i;
		json_t *id;
		json_array_foreach(json_object_get(o, "seen"), i, id)
			if (json_is_string(id))
				scrm_state_add_seen(e, json_string_value(id));
	}
	json_decref(root);
	return true;
}

static int put(json_t *o, const char *key, const char *value)
{
	return value ? json_object_set_new(o, key, json_string(value)) : 0;
}

/* queries is kept as JSON text: it goes back into the file as the array it was. */
static int put_json(json_t *o, const char *key, const char *text)
{
	if (!text)
		return 0;
	json_t *v = json_loads(text, 0, NULL);
	return v ? json_object_set_new(o, key, v) : -1;
}

bool scrm_state_save(const scrm_state *s, const char *path)
{
	json_t *root = json_object(), *sources = json_object();
	int bad = json_object_set_new(root, "version", json_integer(1)) | json_object_set_new(root, "sources", sources);
	for (size_t i = 0; i < s->n; i++) {
		const scrm_state_entry *e = s->v[i];
		json_t *o = json_object(), *seen = json_array();
		bad |= put(o, "etag", e->etag) | put(o, "last_modified", e->last_modified) |
		       put(o, "cursor", e->cursor) | put(o, "newest", e->newest) | put_json(o, "queries", e->queries);
		size_t from = e->nseen > SCRM_STATE_MAX_SEEN ? e->nseen - SCRM_STATE_MAX_SEEN : 0;
		for (size_t k = from; k < e->nseen; k++)
			bad |= json_array_append_new(seen, json_string(e->seen[k]));
		bad |= json_object_set_new(o, "seen", seen) | json_object_set_new(sources, e->key, o);
	}
	char *text = bad ? NULL : json_dumps(root, JSON_INDENT(1) | JSON_SORT_KEYS);
	json_decref(root);
	if (!text) {
		errno = ENOMEM;
		return false;
	}
	size_t n = strlen(text);
	text[n] = '\n';   /* json_dumps leaves room for its NUL: replace it, length +1 */
	bool ok = scrm_write_file_atomic(path, text, n + 1);
	free(text);
	return ok;
}
