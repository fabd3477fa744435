/*
 * csv_header.c - a CSV header as a tree of keys, and rows written through
 * it as JSON objects ("author.handle" -> {"author":{"handle":...}}).
 *
 * The tree is built once per file; a row then costs one pass over the
 * nodes to learn which objects have anything in them (an object whose
 * cells are all empty is left out, like an empty cell) and one to write.
 */
#include "csv.h"

#include <stdlib.h>
#include <string.h>

#include "jw.h"
#include "msg.h"

struct scrm_csv_node {
	char *key;           /* owned; NULL for the root */
	size_t keylen;
	size_t parent;
	long cell;           /* the cell a leaf writes; -1 for an object */
	size_t *kids;        /* children, in order of first appearance */
	size_t nkids, capkids;
};

static size_t
add_node(scrm_csv_header *h, size_t parent, const char *key, size_t keylen, long cell)
{
	scrm_csv_node *n;

	if (h->nnodes == h->cap) {
		h->cap = h->cap ? h->cap * 2 : 32;
		h->nodes = scrm_xrealloc(h->nodes, h->cap * sizeof *h->nodes);
	}
	n = &h->nodes[h->nnodes];
	memset(n, 0, sizeof *n);
	n->key = key ? scrm_xstrndup(key, keylen) : NULL;
	n->keylen = keylen;
	n->parent = parent;
	n->cell = cell;
	if (h->nnodes > 0) {
		scrm_csv_node *p = &h->nodes[parent];
		if (p->nkids == p->capkids) {
			p->capkids = p->capkids ? p->capkids * 2 : 8;
			p->kids = scrm_xrealloc(p->kids, p->capkids * sizeof *p->kids);
		}
		p->kids[p->nkids++] = h->nnodes;
	}
	return h->nnodes++;
}

/* The child of parent named key, or 0 (the root is nobody's child). */
static size_t
find_kid(const scrm_csv_header *h, size_t parent, const char *key, size_t keylen)
{
	const scrm_csv_node *p = &h->nodes[parent];

	for (size_t i = 0; i < p->nkids; i++) {
		const scrm_csv_node *k = &h->nodes[p->kids[i]];
		if (k->keylen == keylen && memcmp(k->key, key, keylen) == 0)
			return p->kids[i];
	}
	return 0;
}

/*
 * Whether name[0..n) reads as a path: keys, none of them empty. "No." does
 * not, and stays one key as it is written, escapes and all.
 */
static bool
is_path(const char *name, size_t n)
{
	const char *p = name, *end = name + n, *dot;

	while ((dot = scrm_csv_path_dot(p, end)) != NULL) {
		if (dot == p)
			return false;
		p = dot + 1;
	}
	return p < end;
}

/* Whether name[0..n) is in the comma-separated list (NULL: empty). */
static bool
listed(const char *list, const char *name, size_t n)
{
	const char *p = list;

	while (p && *p) {
		const char *comma = strchr(p, ',');
		size_t len = comma ? (size_t)(comma - p) : strlen(p);
		const char *a = p, *b = p + len;
		scrm_csv_trim(&a, &b);
		if ((size_t)(b - a) == n && memcmp(a, name, n) == 0)
			return true;
		p = comma ? comma + 1 : NULL;
	}
	return false;
}

/*
 * Adds the column named name[0..n) for cell i, split into keys when nest;
 * false with err set on a conflict. key is working space.
 */
static bool
add_column(scrm_csv_header *h, const char *name, size_t n, size_t i, bool nest, scrm_buf *key,
           scrm_buf *err)
{
	const char *p = name, *end = name + n;
	size_t at = 0;
	int depth = 1;

	for (;;) {
		const char *dot = nest ? scrm_csv_path_dot(p, end) : NULL;
		const char *stop = dot ? dot : end;
		scrm_buf_clear(key);
		if (nest)
			scrm_csv_key_unescape(key, p, (size_t)(stop - p));
		else
			scrm_buf_append(key, p, (size_t)(stop - p));
		size_t kid = find_kid(h, at, key->data, key->len);
		if (++depth >= SCRM_JW_MAX_DEPTH) {
			scrm_buf_printf(err, "column \"%.*s\" is nested too deeply", (int)n, name);
			return false;
		}
		if (dot == NULL) {
			if (kid != 0) {
				scrm_buf_printf(err, "%s column \"%.*s\"",
				                h->nodes[kid].cell < 0 ? "conflicting" : "duplicate",
				                (int)n, name);
				return false;
			}
			add_node(h, at, key->data, key->len, (long)i);
			return true;
		}
		if (kid != 0 && h->nodes[kid].cell >= 0) {
			scrm_buf_printf(err, "conflicting column \"%.*s\"", (int)n, name);
			return false;
		}
		at = kid != 0 ? kid : add_node(h, at, key->data, key->len, -1);
		p = dot + 1;
	}
}

/* Adds header cell i of names; false with err set when it cannot be used. */
static bool
add_name(scrm_csv_header *h, const scrm_csv_row *names, size_t i, const scrm_csv_header_opts *o,
         scrm_buf *key, scrm_buf *err)
{
	const char *a = names->text.data + names->off[i];
	const char *b = a + names->len[i];

	scrm_csv_trim(&a, &b);
	size_t n = (size_t)(b - a);
	if (n == 0)
		return true;
	if (memchr(a, '\0', n)) {
		scrm_buf_printf(err, "column %zu: NUL byte in its name", i + 1);
		return false;
	}
	h->text_cell[i] = !o->types || scrm_csv_is_text_column(a, n) || listed(o->strings, a, n);
	return add_column(h, a, n, i, o->nest && is_path(a, n), key, err);
}

bool
scrm_csv_header_init(scrm_csv_header *h, const scrm_csv_row *names,
                     const scrm_csv_header_opts *o, scrm_buf *err)
{
	scrm_buf key = SCRM_BUF_INIT;
	bool ok = true;

	memset(h, 0, sizeof *h);
	h->ncells = names->n;
	h->decimal_comma = o->decimal_comma;
	/* A name that must be quoted (holding the separator) shows nothing of the file's habits. */
	bool all_quoted = names->n > 0, quoted_at_will = false;
	for (size_t i = 0; i < names->n; i++) {
		all_quoted = all_quoted && names->quoted[i];
		quoted_at_will = quoted_at_will ||
		                 (names->quoted[i] && !scrm_csv_must_quote(names->text.data + names->off[i],
		                                                            names->len[i], names->sep));
	}
	h->quotes_all = all_quoted && quoted_at_will;
	h->text_cell = scrm_xcalloc(names->n ? names->n : 1, sizeof *h->text_cell);
	add_node(h, 0, NULL, 0, -1);
	for (size_t i = 0; i < names->n && ok; i++)
		ok = add_name(h, names, i, o, &key, err);
	scrm_buf_free(&key);
	if (!ok) {
		scrm_csv_header_free(h);
		return false;
	}
	h->present = scrm_xcalloc(h->nnodes, sizeof *h->present);
	return true;
}

void
scrm_csv_header_free(scrm_csv_header *h)
{
	for (size_t i = 0; i < h->nnodes; i++) {
		free(h->nodes[i].key);
		free(h->nodes[i].kids);
	}
	free(h->nodes);
	free(h->text_cell);
	free(h->present);
	memset(h, 0, sizeof *h);
}

/*
 * Whether cell i is a string because it is quoted. Quotes that the cell
 * must have whatever it holds say nothing: a number holding the separator
 * ("1.5" with '.', "-2" with '-', "1,5" with a decimal comma and ',') can
 * only be written in quotes, so it is typed as if bare.
 */
static bool
quoted_string(const scrm_csv_header *h, const scrm_csv_row *row, size_t i)
{
	return row->quoted[i] && !h->quotes_all &&
	       !scrm_csv_must_quote(row->text.data + row->off[i], row->len[i], row->sep);
}

static void
write_cell(const scrm_csv_header *h, const scrm_csv_row *row, size_t i, scrm_jw *w,
           scrm_buf *scratch)
{
	const char *s = row->text.data + row->off[i];
	size_t n = row->len[i];

	if (quoted_string(h, row, i) || h->text_cell[i]) {
		scrm_jw_string(w, s, n);
	} else if ((n == 4 && memcmp(s, "true", 4) == 0) || (n == 5 && memcmp(s, "false", 5) == 0)) {
		scrm_jw_bool(w, n == 4);
	} else if (scrm_csv_is_number(s, n, h->decimal_comma)) {
		if (!h->decimal_comma) {
			scrm_jw_raw(w, s, n);
			return;
		}
		scrm_buf_clear(scratch);
		scrm_buf_append(scratch, s, n);
		char *comma = memchr(scratch->data, ',', n);
		if (comma)
			*comma = '.';
		scrm_jw_raw(w, scratch->data, n);
	} else {
		scrm_jw_string(w, s, n);
	}
}

static void
write_node(const scrm_csv_header *h, size_t at, const scrm_csv_row *row, scrm_jw *w,
           scrm_buf *scratch)
{
	const scrm_csv_node *node = &h->nodes[at];

	if (node->cell >= 0) {
		write_cell(h, row, (size_t)node->cell, w, scratch);
		return;
	}
	scrm_jw_object_begin(w);
	for (size_t i = 0; i < node->nkids; i++) {
		size_t k = node->kids[i];
		if (!h->present[k])
			continue;
		scrm_jw_keyn(w, h->nodes[k].key, h->nodes[k].keylen);
		write_node(h, k, row, w, scratch);
	}
	scrm_jw_object_end(w);
}

bool
scrm_csv_header_emit(scrm_csv_header *h, const scrm_csv_row *row, scrm_buf *out)
{
	scrm_buf scratch = SCRM_BUF_INIT;
	scrm_jw w;

	/* Children come after their parent, so one backward pass settles every object. */
	memset(h->present, 0, h->nnodes * sizeof *h->present);
	for (size_t i = h->nnodes; i-- > 1;) {
		const scrm_csv_node *n = &h->nodes[i];
		if (n->cell >= 0)
			h->present[i] = quoted_string(h, row, (size_t)n->cell) || row->len[n->cell] > 0;
		if (h->present[i])
			h->present[n->parent] = true;
	}
	if (!h->present[0])
		return false;
	scrm_jw_init(&w, out);
	write_node(h, 0, row, &w, &scratch);
	scrm_buf_free(&scratch);
	return true;
}
