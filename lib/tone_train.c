/*
 * tone_train.c - learns a tone model from labelled texts: naive Bayes on
 * document frequencies (a feature counts once per text) over word, negated-word, bigram and character
 * n-gram features, then a logistic blend of its output with the lexicon
 * score, fitted on five-fold cross-validated naive Bayes scores so that the
 * blend learns how far to trust the model on text it has not seen.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "tone_impl.h"

#define FOLDS 5
#define ALPHA 1.0
#define MIN_DOCS 3
#define L2 0.03           /* blend regularisation (inputs standardised) */

typedef struct doc {
	uint32_t *feat;        /* as scoring sees them: in text order, repeats kept */
	uint32_t *uniq;        /* sorted, unique: what counting sees */
	size_t nfeat, nuniq;
	int label;
	scrm_tone_lang lang;
	size_t ntok;
	scrm_tone_sums sums;
} doc;

struct scrm_tone_trainer {
	doc *docs;
	size_t ndocs, cap;
	size_t count[SCRM_TONE_NCLASSES];
};

/* Feature counts per class: an open-addressing map from hash to counts. */
typedef struct counts {
	uint32_t *key;
	float (*n)[SCRM_TONE_NCLASSES];
	size_t nslots, used;
	double docs[2][SCRM_TONE_NCLASSES];   /* documents counted, per language and class */
} counts;

scrm_tone_trainer *scrm_tone_trainer_new(void)
{
	return scrm_xcalloc(1, sizeof(scrm_tone_trainer));
}

void scrm_tone_trainer_free(scrm_tone_trainer *tr)
{
	if (!tr)
		return;
	for (size_t i = 0; i < tr->ndocs; i++) {
		free(tr->docs[i].feat);
		free(tr->docs[i].uniq);
	}
	free(tr->docs);
	free(tr);
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return (x > y) - (x < y);
}

void scrm_tone_trainer_add(scrm_tone_trainer *tr, scrm_tone_engine *e, const char *text, size_t n,
                           scrm_tone_lang lang, bool guess, scrm_tone_label label)
{
	if (label > SCRM_TONE_POSITIVE)
		return;
	scrm_tone_analyse_lexicon(e, text, n, lang, guess);
	e->nfeats = scrm_tone_features(&e->text, e->lang, &e->feats, &e->feat_cap);
	if (tr->ndocs == tr->cap) {
		tr->cap = tr->cap ? tr->cap * 2 : 1024;
		tr->docs = scrm_xrealloc(tr->docs, tr->cap * sizeof *tr->docs);
	}
	doc *d = &tr->docs[tr->ndocs++];
	size_t bytes = (e->nfeats ? e->nfeats : 1) * sizeof *d->feat;
	d->feat = scrm_xmalloc(bytes);
	d->uniq = scrm_xmalloc(bytes);
	memcpy(d->feat, e->feats, e->nfeats * sizeof *d->feat);
	memcpy(d->uniq, e->feats, e->nfeats * sizeof *d->feat);
	d->nfeat = e->nfeats;
	qsort(d->uniq, e->nfeats, sizeof *d->uniq, cmp_u32);
	size_t u = 0;
	for (size_t i = 0; i < e->nfeats; i++)
		if (u == 0 || d->uniq[u - 1] != d->uniq[i])
			d->uniq[u++] = d->uniq[i];
	d->nuniq = u;
	d->label = (int)label;
	d->sums = e->sums;
	d->lang = e->lang;
	d->ntok = e->text.ntok;
	tr->count[label]++;
}

size_t scrm_tone_trainer_count(const scrm_tone_trainer *tr, scrm_tone_label label)
{
	return label <= SCRM_TONE_POSITIVE ? tr->count[label] : 0;
}

static size_t slot_of(const counts *c, uint32_t key)
{
	size_t mask = c->nslots - 1;
	size_t i = scrm_tone_model_home(key, mask);
	while (c->key[i] != 0 && c->key[i] != key)
		i = (i + 1) & mask;
	return i;
}

static void count_docs(const scrm_tone_trainer *tr, int skip_fold, counts *c)
{
	size_t total = 0;
	for (size_t i = 0; i < tr->ndocs; i++)
		total += tr->docs[i].nuniq;
	c->nslots = 1024;
	while (c->nslots < 2 * total)
		c->nslots *= 2;
	c->key = scrm_xcalloc(c->nslots, sizeof *c->key);
	c->n = scrm_xcalloc(c->nslots, sizeof *c->n);
	c->used = 0;
	memset(c->docs, 0, sizeof c->docs);
	for (size_t i = 0; i < tr->ndocs; i++) {
		if ((int)(i % FOLDS) == skip_fold)
			continue;
		const doc *d = &tr->docs[i];
		c->docs[d->lang == SCRM_TONE_EN][d->label] += 1;
		for (size_t j = 0; j < d->nuniq; j++) {
			size_t s = slot_of(c, d->uniq[j]);
			if (c->key[s] == 0) {
				c->key[s] = d->uniq[j];
				c->used++;
			}
			c->n[s][d->label] += 1;
		}
	}
}

/*
 * Naive Bayes weights from counts: the log of the share of a class's
 * documents that hold the feature (documents counted per language, the
 * feature's low bit, so long French reviews do not tilt English weights),
 * centred across classes.
 */
static scrm_tone_model *nb_from_counts(const counts *c, const scrm_tone_trainer *tr)
{
	size_t vocab = 0;
	for (size_t s = 0; s < c->nslots; s++) {
		const float *n = c->n[s];
		if (c->key[s] && n[0] + n[1] + n[2] >= MIN_DOCS)
			vocab++;
	}
	scrm_tone_model *m = scrm_tone_model_new(vocab);
	size_t docs = 0;
	for (int k = 0; k < SCRM_TONE_NCLASSES; k++) {
		m->has_class[k] = tr->count[k] > 0;
		docs += tr->count[k];
	}
	for (int k = 0; k < SCRM_TONE_NCLASSES; k++)
		m->prior[k] = tr->count[k] ? (float)log((double)tr->count[k] / (double)docs) : -30.0f;
	for (size_t s = 0; s < c->nslots; s++) {
		if (!c->key[s])
			continue;
		float *n = c->n[s];
		if (n[0] + n[1] + n[2] < MIN_DOCS)
			continue;
		scrm_tone_nbfeat f;
		f.key = c->key[s];
		double w[SCRM_TONE_NCLASSES], mean = 0;
		const double *ld = c->docs[f.key & 1];
		int k2 = 0;
		for (int k = 0; k < SCRM_TONE_NCLASSES; k++) {
			w[k] = 0;
			if (!m->has_class[k])
				continue;
			w[k] = log((n[k] + ALPHA) / (ld[k] + 2 * ALPHA));
			mean += w[k];
			k2++;
		}
		mean /= k2;
		for (int k = 0; k < SCRM_TONE_NCLASSES; k++)
			f.w[k] = m->has_class[k] ? (float)(w[k] - mean) : 0.0f;
		scrm_tone_model_add(m, &f);
	}
	return m;
}

static void counts_free(counts *c)
{
	free(c->key);
	free(c->n);
}

/*
 * Multinomial logistic regression by gradient descent on the blend inputs,
 * standardised while fitting (so one learning rate suits every input) and
 * folded back into plain weights afterwards. Input 0 is the bias.
 */
static void fit_blend(scrm_tone_model *m, double *x, const int *y, size_t n)
{
	double mean[SCRM_TONE_NBLEND] = { 0 }, sd[SCRM_TONE_NBLEND] = { 0 };
	for (int j = 1; j < SCRM_TONE_NBLEND; j++) {
		for (size_t i = 0; i < n; i++)
			mean[j] += x[i * SCRM_TONE_NBLEND + j];
		mean[j] /= (double)n;
		for (size_t i = 0; i < n; i++) {
			double d = x[i * SCRM_TONE_NBLEND + j] - mean[j];
			sd[j] += d * d;
		}
		sd[j] = sqrt(sd[j] / (double)n);
		if (sd[j] < 1e-9)
			sd[j] = 1;
		for (size_t i = 0; i < n; i++)
			x[i * SCRM_TONE_NBLEND + j] = (x[i * SCRM_TONE_NBLEND + j] - mean[j]) / sd[j];
	}
	double w[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND];
	memset(w, 0, sizeof w);
	const double rate = 0.5;
	for (int iter = 0; iter < 2000; iter++) {
		double g[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND];
		memset(g, 0, sizeof g);
		for (size_t i = 0; i < n; i++) {
			const double *xi = x + i * SCRM_TONE_NBLEND;
			double p[SCRM_TONE_NCLASSES];
			scrm_tone_blend_probs((const double (*)[SCRM_TONE_NBLEND])w, m->has_class, xi, p);
			for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
				double err = p[c] - (y[i] == c);
				for (int j = 0; j < SCRM_TONE_NBLEND; j++)
					g[c][j] += err * xi[j];
			}
		}
		for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
			for (int j = 0; j < SCRM_TONE_NBLEND; j++)
				w[c][j] -= rate * (g[c][j] / (double)n + (j ? L2 * w[c][j] : 0));
	}
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
		double bias = w[c][0];
		for (int j = 1; j < SCRM_TONE_NBLEND; j++) {
			double wj = w[c][j] / sd[j];
			bias -= wj * mean[j];
			m->blend[c][j] = m->has_class[c] ? (float)wj : 0.0f;
		}
		m->blend[c][0] = m->has_class[c] ? (float)bias : 0.0f;
	}
}

bool scrm_tone_trainer_write(scrm_tone_trainer *tr, const char *path, scrm_buf *err)
{
	int classes = 0;
	for (int k = 0; k < SCRM_TONE_NCLASSES; k++)
		classes += tr->count[k] > 0;
	if (classes < 2) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "training needs texts of two labels or more");
		return false;
	}
	double *x = scrm_xcalloc(tr->ndocs * SCRM_TONE_NBLEND, sizeof *x);
	int *y = scrm_xcalloc(tr->ndocs, sizeof *y);
	for (int fold = 0; fold < FOLDS; fold++) {
		counts c;
		count_docs(tr, fold, &c);
		scrm_tone_model *m = nb_from_counts(&c, tr);
		counts_free(&c);
		for (size_t i = (size_t)fold; i < tr->ndocs; i += FOLDS) {
			const doc *d = &tr->docs[i];
			double nb[SCRM_TONE_NCLASSES + 1];
			scrm_tone_nb_scores(m, d->feat, d->nfeat, nb);
			scrm_tone_blend_inputs(&d->sums, nb, d->lang, d->ntok, x + i * SCRM_TONE_NBLEND);
			y[i] = d->label;
		}
		scrm_tone_model_free(m);
	}
	counts c;
	count_docs(tr, -1, &c);
	scrm_tone_model *m = nb_from_counts(&c, tr);
	counts_free(&c);
	fit_blend(m, x, y, tr->ndocs);
	free(x);
	free(y);
	bool ok = scrm_tone_model_write(m, path, err);
	scrm_tone_model_free(m);
	return ok;
}
