/* keywords.c - case- and accent-insensitive keyword search, with utf8proc. */
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "keywords.h"
#include "msg.h"

void scrm_keywords_init(scrm_keywords *k)
{
	memset(k, 0, sizeof *k);
}

void scrm_keywords_fold(const char *s, size_t n, scrm_buf *out)
{
	utf8proc_uint8_t *res = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &res,
	                                    UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD |
	                                    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE | UTF8PROC_LUMP);
	if (len < 0) {
		/* Invalid UTF-8: fall back to ASCII lower-casing so plain words still match. */
		for (size_t i = 0; i < n; i++) {
			char c = s[i];
			scrm_buf_putc(out, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
		}
		return;
	}
	bool space = false;
	for (utf8proc_ssize_t i = 0; i < len; i++) {
		char c = (char)res[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			space = true;
			continue;
		}
		if (space && out->len > 0)
			scrm_buf_putc(out, ' ');
		space = false;
		scrm_buf_putc(out, c);
	}
	free(res);
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
