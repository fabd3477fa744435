/*
 * tone_blend.c - how the lexicon score and the naive Bayes scores combine:
 * the blend's inputs and the class probabilities (a multinomial logistic
 * regression whose weights the model file carries).
 */
#include <math.h>

#include "tone_impl.h"

/*
 * Inputs: a bias, the language, the length, then five pieces of evidence
 * (lexicon compound, naive Bayes positive-vs-negative and neutral margins,
 * lexicon praise and blame) twice: as they are, and for English only, so
 * that each language gets its own weights. Last, twice again, the
 * lexicon compound scaled by how little the model knew of the text: a
 * short complaint in words the training tweets never used ("je
 * résilie", "appli plantée") was pulled to neutral by a model that had
 * nothing to say of it.
 */
void scrm_tone_blend_inputs(const scrm_tone_sums *s, const double nb[SCRM_TONE_NCLASSES + 1],
                            scrm_tone_lang lang, size_t ntok, double in[SCRM_TONE_NBLEND])
{
	double en = lang == SCRM_TONE_EN;
	in[0] = 1.0;
	in[1] = en;
	in[2] = log1p((double)ntok) / 4.0;
	in[3] = s->compound;
	in[4] = nb[2] - nb[0];
	in[5] = nb[1] - 0.5 * (nb[0] + nb[2]);
	in[6] = tanh(s->pos / 3.0);
	in[7] = tanh(s->neg / 3.0);
	for (int j = 0; j < 5; j++)
		in[8 + j] = en * in[3 + j];
	in[13] = s->compound * nb[SCRM_TONE_NCLASSES];
	in[14] = en * in[13];
}

void scrm_tone_blend_probs(const double w[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND],
                           const bool has_class[SCRM_TONE_NCLASSES], const double in[SCRM_TONE_NBLEND],
                           double p[SCRM_TONE_NCLASSES])
{
	double z[SCRM_TONE_NCLASSES], max = -HUGE_VAL;
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
		z[c] = -HUGE_VAL;
		if (!has_class[c])
			continue;
		z[c] = 0;
		for (int j = 0; j < SCRM_TONE_NBLEND; j++)
			z[c] += w[c][j] * in[j];
		if (z[c] > max)
			max = z[c];
	}
	double sum = 0;
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
		p[c] = has_class[c] ? exp(z[c] - max) : 0;
		sum += p[c];
	}
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
		p[c] /= sum;
}

void scrm_tone_blend(const scrm_tone_model *m, const double in[SCRM_TONE_NBLEND],
                     double p[SCRM_TONE_NCLASSES])
{
	scrm_tone_blend_probs((const double (*)[SCRM_TONE_NBLEND])m->blend_d, m->has_class, in, p);
}
