/*
 * tone_json.c - the `tone` object of a record, and its explanation.
 *
 *	{"score":S,"label":L,"lang":"fr","aggressive":B,"aggressive_terms":[..],
 *	 "aspects":{"delivery":{"score":S,"label":L},..},"explain":[..]}
 *
 * "explain" (on request) lists each term that counted, as written, with its
 * lexicon valence ("base"), its value after the rules and the rules applied,
 * then the punctuation emphasis, the lexicon compound and the model.
 */
#include <math.h>
#include <string.h>

#include "json.h"
#include "jw.h"
#include "tone_impl.h"

#define DECIMALS 3

static void write_rules(scrm_jw *w, unsigned rules)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ SCRM_RULE_NEGATION, "negation" }, { SCRM_RULE_BOOSTER, "booster" },
		{ SCRM_RULE_CAPS, "capitals" }, { SCRM_RULE_ELONG, "elongation" },
		{ SCRM_RULE_BEFORE_CONTRAST, "before-contrast" },
		{ SCRM_RULE_AFTER_CONTRAST, "after-contrast" }, { SCRM_RULE_PUNCT, "punctuation" }
	};
	scrm_jw_key(w, "rules");
	scrm_jw_array_begin(w);
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (rules & names[i].bit)
			scrm_jw_cstring(w, names[i].name);
	scrm_jw_array_end(w);
}

static void write_item(scrm_jw *w, const char *term, size_t n, double base, double value, unsigned rules)
{
	scrm_jw_object_begin(w);
	scrm_jw_key(w, "term");
	scrm_jw_string(w, term, n);
	scrm_jw_key(w, "base");
	scrm_jw_fixed(w, base, DECIMALS);
	scrm_jw_key(w, "value");
	scrm_jw_fixed(w, value, DECIMALS);
	write_rules(w, rules);
	scrm_jw_object_end(w);
}

static void write_explain(const scrm_tone_engine *e, scrm_jw *w)
{
	const scrm_tone_text *t = &e->text;
	scrm_jw_array_begin(w);
	for (size_t i = 0; i < e->ncontribs; i++) {
		const scrm_tone_contrib *c = &e->contribs[i];
		const scrm_tone_token *first = &t->tok[c->tok];
		const scrm_tone_token *last = &t->tok[c->tok + (first->span ? first->span : 1) - 1];
		write_item(w, e->src + first->src, last->src + last->srclen - first->src, c->base, c->value,
		           c->rules);
	}
	if (e->sums.punct != 0)
		write_item(w, "(punctuation)", 13, 0, e->sums.punct, SCRM_RULE_PUNCT);
	write_item(w, "(lexicon)", 9, e->sums.total, e->sums.compound, 0);
	if (e->used_model)
		write_item(w, "(model)", 7, e->nb[2] - e->nb[0], e->score, 0);
	scrm_jw_array_end(w);
}

/* Appends v rounded to 3 decimals, trailing zeros trimmed, as scrm_jw_fixed()
 * would: the object is written on every record, so it avoids printf. */
static void put_fixed3(scrm_buf *out, double v)
{
	if (!isfinite(v))
		v = 0;
	if (v > 1e12)
		v = 1e12;
	if (v < -1e12)
		v = -1e12;
	long long r = llround(v * 1000.0);
	char tmp[32];
	size_t n = 0;
	if (r < 0) {
		tmp[n++] = '-';
		r = -r;
	}
	long long ip = r / 1000;
	int frac = (int)(r % 1000);
	char digits[24];
	size_t nd = 0;
	do {
		digits[nd++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	while (nd)
		tmp[n++] = digits[--nd];
	if (frac) {
		tmp[n++] = '.';
		tmp[n++] = (char)('0' + frac / 100);
		tmp[n++] = (char)('0' + frac / 10 % 10);
		tmp[n++] = (char)('0' + frac % 10);
		while (tmp[n - 1] == '0')
			n--;
	}
	scrm_buf_append(out, tmp, n);
}

static const char *aspect_label(double s)
{
	return scrm_tone_label_name(s >= 0.05 ? SCRM_TONE_POSITIVE : s <= -0.05 ? SCRM_TONE_NEGATIVE
	                                                              : SCRM_TONE_NEUTRAL);
}

/*
 * The fixed part of the object is appended directly (its keys need no
 * quoting); dynamic strings go through scrm_json_quote, the explanation
 * through scrm_jw.
 */
void scrm_tone_write_json(const scrm_tone_engine *e, bool explain, scrm_buf *out)
{
	scrm_buf_puts(out, "{\"score\":");
	put_fixed3(out, e->score);
	scrm_buf_puts(out, ",\"label\":\"");
	scrm_buf_puts(out, scrm_tone_label_name(e->label));
	scrm_buf_puts(out, e->lang == SCRM_TONE_FR ? "\",\"lang\":\"fr\"" : "\",\"lang\":\"en\"");
	scrm_buf_puts(out, e->aggressive ? ",\"aggressive\":true,\"aggressive_terms\":["
	                                 : ",\"aggressive\":false,\"aggressive_terms\":[");
	for (size_t i = 0; i < e->naggr; i++) {
		const scrm_tone_entry *en = e->text.tok[e->aggr[i]].entry;
		if (i)
			scrm_buf_putc(out, ',');
		scrm_json_quote(out, en->key, en->keylen);
	}
	if (e->shouting)
		scrm_buf_puts(out, e->naggr ? ",\"(shouting)\"" : "\"(shouting)\"");
	scrm_buf_puts(out, "],\"aspects\":{");
	bool first = true;
	for (size_t a = 0; a < e->aspects.count; a++) {
		if (!e->aspect_seen[a])
			continue;
		double s = scrm_tone_normalize_score(e->aspect_sum[a]);
		if (!first)
			scrm_buf_putc(out, ',');
		first = false;
		scrm_json_quote(out, e->aspects.names[a], strlen(e->aspects.names[a]));
		scrm_buf_puts(out, ":{\"score\":");
		put_fixed3(out, s);
		scrm_buf_puts(out, ",\"label\":\"");
		scrm_buf_puts(out, aspect_label(s));
		scrm_buf_puts(out, "\"}");
	}
	scrm_buf_putc(out, '}');
	if (explain) {
		scrm_buf_puts(out, ",\"explain\":");
		scrm_jw w;
		scrm_jw_init(&w, out);
		write_explain(e, &w);
	}
	scrm_buf_putc(out, '}');
}
