/*
 * tone_aspect.c - aspects of a mention (delivery, price...): the file that
 * names them and the terms that point at them.
 *
 * An aspects file is UTF-8 text, one aspect a line:
 *	name TAB term, term, ...
 * Terms are normalised like tokens and may be phrases ("service client");
 * plural and feminine endings are found without being listed. Blank lines and
 * comments ('#' after any blanks) are ignored. A term listed under two aspects
 * belongs to the last one. A phrase of the lexicons that names no aspect
 * takes the aspect of its words (scrm_tone_aspects_inherit()).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

void scrm_tone_aspects_free(scrm_tone_aspects *a)
{
	for (size_t i = 0; i < a->count; i++)
		free(a->names[i]);
	a->count = 0;
}

/* Valid aspect names are what a JSON key and a shell word handle without fuss. */
static bool valid_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
		      *s == '_' || *s == '-'))
			return false;
	return true;
}

/* Adds the terms of a comma-separated list; the reason when one is broken
 * (empty, a phrase too long to be matched, TABs among them), else NULL. */
static const char *add_terms(scrm_tone_table **tables, size_t ntables, int16_t aspect, char *list,
                             scrm_buf *key, scrm_tone_text *scratch)
{
	if (scrm_tone_line_is_blank(list))
		return "no terms";
	if (strchr(list, '\t'))
		return "expected: aspect TAB term, term, ... (terms are separated by commas, not TABs)";
	for (char *term = list, *next; term; term = next) {
		next = strchr(term, ',');
		if (next)
			*next++ = '\0';
		scrm_buf_clear(key);
		scrm_tone_normalize_term(scratch, term, strlen(term), key);
		if (scratch->ntok > SCRM_TONE_PHRASE_WORDS)
			return SCRM_TONE_PHRASE_TOO_LONG;
		if (key->len == 0)
			return "an empty term (two commas in a row, a comma at an end, or only punctuation)";
		for (size_t i = 0; i < ntables; i++) {
			scrm_tone_entry *e = scrm_tone_table_get(tables[i], key->data, key->len);
			e->aspect = aspect;
			for (size_t j = 0; j < key->len; j++)
				if (key->data[j] == ' ')
					scrm_tone_table_get(tables[i], key->data, j)->phrase_start = true;
		}
	}
	return NULL;
}

bool scrm_tone_aspects_read(scrm_tone_aspects *a, scrm_tone_table **tables, size_t ntables,
                            const char *path, scrm_buf *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		return false;
	}
	/* Forget the terms of the aspects being replaced. */
	for (size_t i = 0; i < ntables; i++)
		for (size_t s = 0; s < tables[i]->nslots; s++)
			if (tables[i]->slots[s].entry)
				tables[i]->slots[s].entry->aspect = -1;
	scrm_tone_aspects_free(a);
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned long lineno = 0;
	const char *why = NULL;
	scrm_buf key = SCRM_BUF_INIT;
	scrm_tone_text scratch;
	scrm_tone_text_init(&scratch);
	while (!why && (len = getline(&line, &cap, fp)) >= 0) {
		lineno++;
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		/* Editors on Windows start a UTF-8 file with a byte order mark. */
		char *start = lineno == 1 && strncmp(line, "\xEF\xBB\xBF", 3) == 0 ? line + 3 : line;
		if (scrm_tone_line_is_blank(start))
			continue;
		char *tab = strchr(start, '\t');
		if (!tab) {
			why = "expected: aspect TAB term, term, ...";
			break;
		}
		*tab = '\0';
		if (!valid_name(start))
			why = "aspect names use letters, digits, '_' and '-'";
		else if (a->count == SCRM_TONE_MAX_ASPECTS)
			why = "too many aspects (at most 64)";
		if (why)
			break;
		size_t idx = a->count;
		for (size_t i = 0; i < a->count; i++)
			if (strcmp(a->names[i], start) == 0)
				idx = i;
		if (idx == a->count) {
			a->name_len[a->count] = strlen(start);
			a->names[a->count++] = scrm_xstrdup(start);
		}
		why = add_terms(tables, ntables, (int16_t)idx, tab + 1, &key, &scratch);
	}
	bool ok = !why;
	if (why) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "%s:%lu: %s", path, lineno, why);
	} else if (ferror(fp)) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		ok = false;
	}
	free(line);
	scrm_buf_free(&key);
	scrm_tone_text_free(&scratch);
	fclose(fp);
	return ok;
}

static bool names_aspect(const scrm_tone_entry *e)
{
	return e->aspect >= 0;
}

/* The aspect of the first word of key (several words, space-separated) that names one, or -1. */
static int16_t words_aspect(const scrm_tone_table *t, const char *key, size_t n)
{
	const scrm_tone_entry *w = scrm_tone_phrase_word(t, key, n, true, names_aspect);
	return w ? w->aspect : -1;
}

void scrm_tone_aspects_inherit(scrm_tone_table **tables, size_t ntables)
{
	for (size_t i = 0; i < ntables; i++)
		for (size_t s = 0; s < tables[i]->nslots; s++) {
			scrm_tone_entry *e = tables[i]->slots[s].entry;
			/* An insult or a threat is said of nobody's product ("vous
			 * allez me le payer" is no bill). A longer phrase's first
			 * words are no term: named, "ne supporte" of "ne supporte
			 * plus" would match alone and hide "supporte pas" in "je ne
			 * supporte pas". */
			if (e && e->aspect < 0 && e->kind != SCRM_TERM_NONE && e->kind != SCRM_TERM_ALIAS &&
			    e->kind != SCRM_TERM_INSULT && memchr(e->key, ' ', e->keylen))
				e->aspect = words_aspect(tables[i], e->key, e->keylen);
		}
}
