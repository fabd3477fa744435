/* keywords.c - case- and accent-insensitive keyword search (folding: lib/normalize.h). */
#include <stdlib.h>
#include <string.h>

#include "keywords.h"
#include "msg.h"
#include "normalize.h"

void scrm_keywords_init(scrm_keywords *k)
{
	memset(k, 0, sizeof *k);
}

void scrm_keywords_fold(const char *s, size_t n, scrm_buf *out)
{
	size_t start = out->len, w = start;
	bool space = false;

	scrm_normalize_fold(s, n, out);
	/* Feed text is not normalised: runs of white space fold to one space here. */
	for (size_t r = start; r < out->len; r++) {
		char c = out->data[r];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = true;
			continue;
		}
		if (space && w > 0)
			out->data[w++] = ' ';
		space = false;
		out->data[w++] = c;
	}
	out->len = w;
	if (out->data)
		out->data[w] = '\0';
}

void scrm_keywords_add(scrm_keywords *k, const char *word)
{
	scrm_buf b = SCRM_BUF_INIT;
	scrm_keywords_fold(word, strlen(word), &b);
	k->folded = scrm_xrealloc(k->folded, (k->n + 1) * sizeof *k->folded);
	k->original = scrm_xrealloc(k->original, (k->n + 1) * sizeof *k->original);
	k->folded[k->n] = b.data ? b.data : scrm_xstrdup("");
	k->original[k->n] = scrm_xstrdup(word);
	k->n++;
}

bool scrm_keywords_empty(const char *word)
{
	scrm_buf b = SCRM_BUF_INIT;
	scrm_keywords_fold(word, strlen(word), &b);
	bool empty = b.len == 0;
	scrm_buf_free(&b);
	return empty;
}

void scrm_keywords_free(scrm_keywords *k)
{
	for (size_t i = 0; i < k->n; i++) {
		free(k->folded[i]);
		free(k->original[i]);
	}
	free(k->folded);
	free(k->original);
	scrm_keywords_init(k);
}

long scrm_keywords_match(const scrm_keywords *k, const char *const *texts, size_t ntexts, scrm_buf *scratch)
{
	scrm_buf_clear(scratch);
	for (size_t i = 0; i < ntexts; i++)
		if (texts[i]) {
			scrm_keywords_fold(texts[i], strlen(texts[i]), scratch);
			scrm_buf_putc(scratch, '\n');   /* no match across two fields */
		}
	if (!scratch->data)
		return -1;
	for (size_t i = 0; i < k->n; i++)
		if (k->folded[i][0] && strstr(scratch->data, k->folded[i]))
			return (long)i;
	return -1;
}
