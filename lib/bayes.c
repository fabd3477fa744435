/*
 * bayes.c - see bayes.h.
 *
 * Model text format, one item per line:
 *	scrm-bayes 1
 *	classes LABEL...
 *	docs N...            documents per class
 *	TOKEN<TAB>N...       occurrences per class, one line per token
 */
#include "bayes.h"

#include <assert.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "simhash.h"

#define BAYES_MAGIC "scrm-bayes 1"

typedef struct token {
	uint64_t h;           /* 0: empty slot */
	char *s;
	unsigned count[SCRM_BAYES_MAX_CLASSES];
	float loglik[SCRM_BAYES_MAX_CLASSES];
} token;

struct scrm_bayes {
	size_t nclasses;
	char *labels[SCRM_BAYES_MAX_CLASSES];
	unsigned long docs[SCRM_BAYES_MAX_CLASSES];
	unsigned long total[SCRM_BAYES_MAX_CLASSES];   /* token occurrences per class */
	token *tab;
	size_t cap, n;        /* cap: power of two */
	bool ready;           /* loglik and priors current */
	double logprior[SCRM_BAYES_MAX_CLASSES];
};

scrm_bayes *scrm_bayes_new(size_t nclasses, const char *const *labels)
{
	scrm_bayes *m = scrm_xcalloc(1, sizeof *m);
	if (nclasses < 2 || nclasses > SCRM_BAYES_MAX_CLASSES)
		scrm_die(SCRM_EXIT_USAGE, "naive Bayes needs 2 to %d classes", SCRM_BAYES_MAX_CLASSES);
	m->nclasses = nclasses;
	for (size_t i = 0; i < nclasses; i++)
		m->labels[i] = scrm_xstrdup(labels[i]);
	m->cap = 1024;
	m->tab = scrm_xcalloc(m->cap, sizeof *m->tab);
	return m;
}

void scrm_bayes_free(scrm_bayes *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->cap; i++)
		free(m->tab[i].s);
	for (size_t i = 0; i < m->nclasses; i++)
		free(m->labels[i]);
	free(m->tab);
	free(m);
}

size_t scrm_bayes_nclasses(const scrm_bayes *m)
{
	return m->nclasses;
}

const char *scrm_bayes_label(const scrm_bayes *m, size_t cls)
{
	return m->labels[cls];
}

unsigned long scrm_bayes_docs(const scrm_bayes *m, size_t cls)
{
	return m->docs[cls];
}

int scrm_bayes_class(const scrm_bayes *m, const char *label)
{
	for (size_t i = 0; i < m->nclasses; i++)
		if (strcmp(m->labels[i], label) == 0)
			return (int)i;
	return -1;
}

static token *lookup(const scrm_bayes *m, uint64_t h)
{
	size_t i = h & (m->cap - 1);
	while (m->tab[i].h && m->tab[i].h != h)
		i = (i + 1) & (m->cap - 1);
	return &m->tab[i];
}

static void grow(scrm_bayes *m)
{
	token *old = m->tab;
	size_t oldcap = m->cap;
	m->cap *= 2;
	m->tab = scrm_xcalloc(m->cap, sizeof *m->tab);
	for (size_t i = 0; i < oldcap; i++)
		if (old[i].h)
			*lookup(m, old[i].h) = old[i];
	free(old);
}

static token *intern(scrm_bayes *m, const char *tok, size_t n)
{
	uint64_t h = scrm_hash64(tok, n, 0);
	token *t = lookup(m, h);
	if (!t->h) {
		if (2 * (m->n + 1) > m->cap) {
			grow(m);
			t = lookup(m, h);
		}
		t->h = h;
		t->s = scrm_xstrndup(tok, n);
		m->n++;
	}
	return t;
}

void scrm_bayes_add_doc(scrm_bayes *m, size_t cls)
{
	m->docs[cls]++;
	m->ready = false;
}

void scrm_bayes_add_token(scrm_bayes *m, size_t cls, const char *tok, size_t n)
{
	if (!n || memchr(tok, '\t', n) || memchr(tok, '\n', n))
		return;
	intern(m, tok, n)->count[cls]++;
	m->total[cls]++;
	m->ready = false;
}

void scrm_bayes_prepare(scrm_bayes *m)
{
	unsigned long ndocs = 0;
	for (size_t c = 0; c < m->nclasses; c++)
		ndocs += m->docs[c];
	for (size_t c = 0; c < m->nclasses; c++)
		m->logprior[c] = log((m->docs[c] + 1.0) / (ndocs + (double)m->nclasses));
	for (size_t i = 0; i < m->cap; i++) {
		token *t = &m->tab[i];
		if (!t->h)
			continue;
		for (size_t c = 0; c < m->nclasses; c++)
			t->loglik[c] = (float)log((t->count[c] + 1.0) / ((double)m->total[c] + (double)m->n));
	}
	m->ready = true;
}

void scrm_bayes_dump(const scrm_bayes *m, scrm_buf *out)
{
	scrm_buf_puts(out, BAYES_MAGIC "\nclasses");
	for (size_t c = 0; c < m->nclasses; c++)
		scrm_buf_printf(out, " %s", m->labels[c]);
	scrm_buf_puts(out, "\ndocs");
	for (size_t c = 0; c < m->nclasses; c++)
		scrm_buf_printf(out, " %lu", m->docs[c]);
	scrm_buf_putc(out, '\n');
	for (size_t i = 0; i < m->cap; i++) {
		const token *t = &m->tab[i];
		if (!t->h)
			continue;
		scrm_buf_puts(out, t->s);
		for (size_t c = 0; c < m->nclasses; c++)
			scrm_buf_printf(out, "\t%u", t->count[c]);
		scrm_buf_putc(out, '\n');
	}
}

/* Reads space- or tab-separated unsigned numbers from p[0..n) into v (exactly k of them). */
static bool numbers(const char *p, size_t n, unsigned long *v, size_t k)
{
	const char *end = p + n;
	for (size_t i = 0; i < k; i++) {
		while (p < end && (*p == ' ' || *p == '\t'))
			p++;
		if (p >= end || *p < '0' || *p > '9')
			return false;
		unsigned long x = 0;
		while (p < end && *p >= '0' && *p <= '9') {
			if (x > (ULONG_MAX - 9) / 10)
				return false;
			x = x * 10 + (unsigned long)(*p++ - '0');
		}
		v[i] = x;
	}
	return p == end;
}

scrm_bayes *scrm_bayes_parse(const char *text, size_t n, scrm_buf *err)
{
	const char *p = text, *end = text + n;
	const char *labels[SCRM_BAYES_MAX_CLASSES];
	char *names = NULL;
	size_t k = 0;
	unsigned long line = 0, v[SCRM_BAYES_MAX_CLASSES];
	scrm_bayes *m = NULL;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
		size_t len = (size_t)(e - p);
		line++;
		if (line == 1) {
			if (len != strlen(BAYES_MAGIC) || memcmp(p, BAYES_MAGIC, len) != 0)
				goto bad;
		} else if (line == 2) {
			if (len < 8 || memcmp(p, "classes ", 8) != 0)
				goto bad;
			names = scrm_xstrndup(p + 8, len - 8);
			char *save = NULL;
			for (char *tok = strtok_r(names, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
				if (k == SCRM_BAYES_MAX_CLASSES)
					goto bad;
				labels[k++] = tok;
			}
			if (k < 2)
				goto bad;
			m = scrm_bayes_new(k, labels);
		} else if (line == 3) {
			if (len < 5 || memcmp(p, "docs ", 5) != 0 || !numbers(p + 5, len - 5, m->docs, k))
				goto bad;
		} else {
			const char *tab = memchr(p, '\t', len);
			if (!tab || tab == p || !numbers(tab, (size_t)(e - tab), v, k))
				goto bad;
			token *t = intern(m, p, (size_t)(tab - p));
			for (size_t c = 0; c < k; c++) {
				if (v[c] > UINT32_MAX)
					goto bad;
				t->count[c] += (unsigned)v[c];
				m->total[c] += v[c];
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (line < 3)
		goto bad;
	free(names);
	scrm_bayes_prepare(m);
	return m;
bad:
	scrm_buf_printf(err, "line %lu: not a scrm-bayes model line", line ? line : 1);
	free(names);
	scrm_bayes_free(m);
	return NULL;
}

void scrm_bayes_score_start(const scrm_bayes *m, scrm_bayes_score *s)
{
	assert(m->ready);
	memset(s, 0, sizeof *s);
	for (size_t c = 0; c < m->nclasses; c++)
		s->logp[c] = m->logprior[c];
}

void scrm_bayes_score_token(const scrm_bayes *m, scrm_bayes_score *s, const char *tok, size_t n)
{
	scrm_bayes_score_hash(m, s, scrm_hash64(tok, n, 0));
}

void scrm_bayes_score_hash(const scrm_bayes *m, scrm_bayes_score *s, uint64_t h)
{
	const token *t = lookup(m, h);
	if (!t->h)
		return;
	for (size_t c = 0; c < m->nclasses; c++)
		s->logp[c] += t->loglik[c];
	s->known++;
}

void scrm_bayes_prefetch(const scrm_bayes *m, uint64_t h)
{
	/* The slot where a lookup of h starts: the whole probe of a model half full, mostly. */
	__builtin_prefetch(&m->tab[h & (m->cap - 1)]);
}

double scrm_bayes_posterior(const scrm_bayes *m, const scrm_bayes_score *s, size_t cls)
{
	double top = s->logp[0], sum = 0;
	for (size_t c = 1; c < m->nclasses; c++)
		if (s->logp[c] > top)
			top = s->logp[c];
	for (size_t c = 0; c < m->nclasses; c++)
		sum += exp(s->logp[c] - top);
	return exp(s->logp[cls] - top) / sum;
}
