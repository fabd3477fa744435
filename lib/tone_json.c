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
		{ SCRM_RULE_AFTER_CONTRAST, "after-contrast" }, { SCRM_RULE_PUNCT, "punctuation" },
		{ SCRM_RULE_IRONY, "irony" }, { SCRM_RULE_EXPLETIVE, "expletive" },
		{ SCRM_RULE_RESOLVED, "resolved" }, { SCRM_RULE_LAUGHTER, "laughter" }
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

/*
 * Writes v rounded to 3 decimals, trailing zeros trimmed, as scrm_jw_fixed()
 * would, at p (room for 24 bytes); returns the end. The object is written on
 * every record, so it avoids printf.
 */
static char *put_fixed3(char *p, double v)
{
	if (!isfinite(v))
		v = 0;
	if (v > 1e12)
		v = 1e12;
	if (v < -1e12)
		v = -1e12;
	long long r = llround(v * 1000.0);
	/* The sign without a branch: scores fall on either side at random. */
	*p = '-';
	p += r < 0;
	r = r < 0 ? -r : r;
	long long ip = r / 1000;
	int frac = (int)(r % 1000);
	char digits[24];
	size_t nd = 0;
	do {
		digits[nd++] = (char)('0' + ip % 10);
		ip /= 10;
	} while (ip);
	while (nd)
		*p++ = digits[--nd];
	if (frac) {
		*p++ = '.';
		*p++ = (char)('0' + frac / 100);
		*p++ = (char)('0' + frac / 10 % 10);
		*p++ = (char)('0' + frac % 10);
		while (p[-1] == '0')
			p--;
	}
	return p;
}

/* Takes what was written into out's reserved room, up to end, as its content. */
static void commit(scrm_buf *out, char *end)
{
	out->len = (size_t)(end - out->data);
	out->data[out->len] = '\0';
}

/* Copies s into room already reserved; returns the end (inlined, the
 * length of a literal is known at compile time). */
static inline char *put_str(char *p, const char *s)
{
	size_t n = strlen(s);
	memcpy(p, s, n);
	return p + n;
}

/* Appends s[0..n) as a JSON string, as scrm_json_quote() would: names and
 * lexicon keys rarely need escapes, so they are copied in one go. */
static void quote(scrm_buf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == '"' || c == '\\') {
			scrm_json_quote(out, s, n);
			return;
		}
	}
	scrm_buf_reserve(out, n + 2);
	char *p = out->data + out->len;
	*p++ = '"';
	memcpy(p, s, n);
	p += n;
	*p++ = '"';
	commit(out, p);
}

static const char *aspect_label(double s)
{
	return scrm_tone_label_name(s >= 0.05 ? SCRM_TONE_POSITIVE : s <= -0.05 ? SCRM_TONE_NEGATIVE
	                                                              : SCRM_TONE_NEUTRAL);
}

/*
 * The fixed part of the object is appended directly (its keys need no
 * quoting); dynamic strings go through quote(), the explanation
 * through scrm_jw.
 */
void scrm_tone_write_json(const scrm_tone_engine *e, bool explain, scrm_buf *out)
{
	/* Room for the fixed part: 2 numbers of at most 24 bytes, names and keys. */
	scrm_buf_reserve(out, 160);
	char *p = out->data + out->len;
	p = put_str(p, "{\"score\":");
	p = put_fixed3(p, e->score);
	p = put_str(p, ",\"label\":\"");
	p = put_str(p, scrm_tone_label_name(e->label));
	if (e->lang == SCRM_TONE_FR)
		p = put_str(p, "\",\"lang\":\"fr\"");
	else
		p = put_str(p, "\",\"lang\":\"en\"");
	if (e->aggressive)
		p = put_str(p, ",\"aggressive\":true,\"aggressive_terms\":[");
	else
		p = put_str(p, ",\"aggressive\":false,\"aggressive_terms\":[");
	commit(out, p);
	for (size_t i = 0; i < e->naggr; i++) {
		const scrm_tone_entry *en = e->text.tok[e->aggr[i]].entry;
		if (i)
			scrm_buf_putc(out, ',');
		quote(out, en->key, en->keylen);
	}
	/* Room for "(shouting)" and the keys around the aspects. */
	scrm_buf_reserve(out, 40);
	p = out->data + out->len;
	if (e->shouting)
		p = put_str(p, e->naggr ? ",\"(shouting)\"" : "\"(shouting)\"");
	p = put_str(p, "],\"aspects\":{");
	commit(out, p);
	bool first = true;
	for (uint64_t seen = e->aspects_seen; seen; seen &= seen - 1) {
		size_t a = (size_t)__builtin_ctzll(seen);
		double s = scrm_tone_normalize_score(e->aspect_sum[a]);
		/* Aspect names need no escape (tone_aspect.c checks them). */
		size_t len = e->aspects.name_len[a];
		scrm_buf_reserve(out, len + 64);
		p = out->data + out->len;
		*p = ',';
		p += !first;
		first = false;
		*p++ = '"';
		memcpy(p, e->aspects.names[a], len);
		p += len;
		p = put_str(p, "\":{\"score\":");
		p = put_fixed3(p, s);
		p = put_str(p, ",\"label\":\"");
		p = put_str(p, aspect_label(s));
		p = put_str(p, "\"}");
		commit(out, p);
	}
	if (explain) {
		scrm_buf_puts(out, "},\"explain\":");
		scrm_jw w;
		scrm_jw_init(&w, out);
		write_explain(e, &w);
		scrm_buf_putc(out, '}');
	} else {
		scrm_buf_append(out, "}}", 2);
	}
}
