/*
 * tone_aggr.c - whether a mention is aggressive: insults and threats from
 * the lexicon (kind "i"), or shouting (most words in capitals) in a negative
 * text.
 */
#include "tone_impl.h"

bool scrm_tone_aggressive_terms(const scrm_tone_text *t, double compound, uint32_t *terms,
                                size_t *nterms, bool *shouting)
{
	size_t n = 0;
	for (size_t m = 0; m < t->nvalued; m++) {
		size_t i = t->valued[m];
		if (t->tok[i].kind != SCRM_TERM_INSULT)
			continue;
		const scrm_tone_entry *e = t->tok[i].entry;
		bool dup = false;
		for (size_t j = 0; j < n; j++)
			dup = dup || t->tok[terms[j]].entry == e;
		if (!dup && n < SCRM_TONE_MAX_AGGR)
			terms[n++] = (uint32_t)i;
	}
	*nterms = n;
	/* Shouting: three or more words in capitals making most of the text,
	 * which says something negative. */
	*shouting = t->capswords >= 3 && t->capswords * 3 >= t->words * 2 && compound < -0.05;
	return n > 0 || *shouting;
}
