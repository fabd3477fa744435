/*
 * gencorpus.c - writes a synthetic corpus of mention records for benchmarks.
 *
 * gencorpus [-n COUNT] [-s SEED] [--truth FILE]
 *
 * The output is a pure function of COUNT and SEED: a private PRNG
 * (splitmix64) and integer arithmetic only, so every machine writes the
 * same bytes.  Records follow scrm-mention(5) and weigh about 560 bytes:
 * French (70%) and English text with accents, emoji, URLs, @mentions and
 * hashtags.  Kinds come in fixed proportions, decided per record: 5% spam,
 * 10% near-duplicates (an earlier original with a hashtag or emoji added,
 * its case and punctuation changed, its link replaced or one word changed,
 * a quarter each), 2% exact duplicates (the same text again, half of them
 * as "RT @author: text"), the rest originals.  --truth writes one tab-separated line per record:
 *     id  kind  lang  tone
 * kind: original, spam, near_dup_of:ID or exact_dup_of:ID; tone: the tone
 * the text was written with (positive, negative, neutral; spam: neutral).
 *
 * This is a bench tool: plain stdio, every write checked; dates are
 * formatted by libscrm (lib/date.h).
 */
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

enum { KIND_ORIGINAL, KIND_SPAM, KIND_NEAR, KIND_EXACT };
enum { TONE_POS, TONE_NEG, TONE_NEU };
enum { LANG_FR, LANG_EN };

/* Originals remembered for duplicates: their record numbers, newest last. */
#define RECENT 4096
#define TEXT_MAX 1024

static const char *tone_name[] = { "positive", "negative", "neutral" };
static const char *lang_name[] = { "fr", "en" };

/*
 * Sentences by language and tone.  Slots: {b} brand, {c} city, {n} a number
 * (2-99), {h} an hour, {w} a first name, {p} a product.  The slots make two
 * originals differ in several word shingles, so that only the duplicates
 * the generator means are near each other.
 */
#define NSENT 12
static const char *const sentences[2][3][NSENT] = {
	[LANG_FR] = {
		[TONE_POS] = {
			"Franchement {b} c'est top, la fibre n'a pas coupé depuis {n} mois à {c}.",
			"Installation rapide à {c}, {w} le technicien était très sympa, merci {b} !",
			"Le SAV de {b} a réglé mon problème de {p} en {n} minutes.",
			"Débit au rendez-vous : {n}0 Mb/s en Wi-Fi à {c}, j'suis pas déçu.",
			"La nouvelle {p} {b} est superbe et l'appli est vraiment bien pensée.",
			"Prix correct, réseau stable à {c}, je recommande {b} sans hésiter.",
			"Enfin un opérateur qui décroche avant {h}, bravo {b}.",
			"Livraison de la {p} en {n} h, branchée en cinq minutes, parfait.",
			"Le geste commercial de {b} après la panne, c'est classe, merci {w}.",
			"Ping à {n} ms sur la fibre {b} à {c}, les gamers apprécieront.",
			"{w} m'a aidé à configurer la {p} {b}, service impeccable.",
			"Trois ans chez {b} à {c} et jamais un souci, je reste.",
		},
		[TONE_NEG] = {
			"Encore une panne chez {b} à {c}, {n} heures sans internet ni mobile.",
			"Le service client de {b} m'a raccroché au nez à {h}, c'est honteux.",
			"Facture de {n},99 € au lieu de 39,99 €, {b} se moque de nous.",
			"Ma {p} {b} est « en cours de livraison » depuis {n} jours…",
			"Activation promise sous 48 h à {c}, j'attends depuis {n} jours.",
			"Débit catastrophique le soir à {c}, même pas {n} Mb/s, c'est une blague.",
			"Hausse de {n} € par mois pour le même service, merci {b} pour rien.",
			"Je vais résilier, {b} c'est vraiment pas terrible, {w} est d'accord.",
			"Double prélèvement ce mois-ci, bande de clowns chez {b}.",
			"La {p} à {n} €, {b} nous prend pour des pigeons.",
			"{w} a attendu {n} minutes au téléphone avec {b} pour rien.",
			"Coupure à {h} pile pendant ma réunion, merci {b}, vraiment nul.",
		},
		[TONE_NEU] = {
			"Quelqu'un sait si {b} propose la fibre à {c} ?",
			"{b} annonce une nouvelle offre à {n} Gb/s à partir de novembre.",
			"Je compare {b}, Telvio et Frelia pour mon déménagement à {c}.",
			"La {p} {b} fait {n} cm de haut, pour info.",
			"Les tarifs {b} changent au {n} décembre d'après leur site.",
			"Vous passez par quel opérateur pour la 5G à {c} ?",
			"La {p} {b} est livrée avec une télécommande vocale.",
			"Réunion avec {w} à {h}, je poste le compte rendu après.",
			"Article sur le marché des box à {c}, {n} pages, à lire.",
			"{b} a publié ses résultats trimestriels ce matin à {h}.",
			"{w} me demande quelle {p} prendre chez {b}, des avis ?",
			"Le technicien {b} passe à {h} à {c} pour la {p}.",
		},
	},
	[LANG_EN] = {
		[TONE_POS] = {
			"Honestly {b} has been great in {c}, not a single outage in {n} months.",
			"{w} the technician showed up at {h} and was super friendly, thanks {b}!",
			"{b} support fixed my {p} issue in {n} minutes. Impressed.",
			"Getting {n}0 Mbps over Wi-Fi in {c}, can't complain at all.",
			"The new {b} {p} looks gorgeous and the app is really well made.",
			"Fair price and a stable network in {c}, I'd recommend {b} to anyone.",
			"Finally an ISP that answers the phone before {h}, well done {b}.",
			"{p} delivered in {n} hours and plugged in within five minutes.",
			"Free month after the outage? Classy move from {b}, thanks {w}.",
			"{n} ms ping on {b} fiber in {c}, gamers will love it.",
			"{w} helped me set up the {b} {p}, flawless service.",
			"Three years with {b} in {c} and never a problem, staying.",
		},
		[TONE_NEG] = {
			"Another {b} outage in {c}, {n} hours without internet or mobile.",
			"{b} customer service hung up on me at {h}. Twice. Shameful.",
			"Billed {n}.99 instead of 39.99, {b} is taking us for fools.",
			"My {b} {p} has been \"out for delivery\" for {n} days…",
			"Activation was promised within 48 hours in {c}, still waiting {n} days later.",
			"Evening speeds in {c} are terrible, barely {n} Mbps. What a joke.",
			"{n} euros more per month for the same service, thanks for nothing {b}.",
			"I'm cancelling, {b} is just not good enough, {w} agrees.",
			"Charged twice this month by {b}, absolute clowns.",
			"{n} euros for a {p}, {b} must think we're idiots.",
			"{w} waited {n} minutes on the phone with {b} for nothing.",
			"Cut off at {h} sharp during my meeting, thanks {b}, really awful.",
		},
		[TONE_NEU] = {
			"Does anyone know if {b} offers fiber in {c}?",
			"{b} announced a new {n} Gbps plan starting in November.",
			"Comparing {b}, Telvio and Frelia before moving to {c}.",
			"The {b} {p} is about {n} cm tall, for reference.",
			"{b} prices change on December {n} according to their site.",
			"Which carrier do you use for 5G in {c}?",
			"The {b} {p} ships with a voice remote.",
			"Meeting with {w} at {h}, I'll post the notes afterwards.",
			"Article on the broadband market in {c}, {n} pages, worth a read.",
			"{b} published its quarterly results this morning at {h}.",
			"{w} asks which {p} to get from {b}, any advice?",
			"The {b} technician comes at {h} in {c} for the {p}.",
		},
	},
};

static const char *const cities[] = { "Lyon", "Paris", "Marseille", "Lille", "Nantes", "Rennes", "Brest",
	"Toulouse", "Bordeaux", "Grenoble", "Dijon", "Strasbourg", "Montpellier", "Nice", "Saint-Étienne",
	"Besançon", "Orléans", "Clermont-Ferrand", "Villeurbanne", "Aix-en-Provence", "Le Havre", "Reims",
	"Angers", "Nîmes", "Perpignan", "Limoges", "Tours", "Amiens", "Metz", "Caen", "Annecy", "Poitiers" };
static const char *const products[2][8] = {
	{ "box", "NuviaBox 7", "répéteur Wi-Fi", "carte SIM", "décodeur TV", "ligne fixe", "fibre", "clé 4G" },
	{ "box", "NuviaBox 7", "Wi-Fi extender", "SIM card", "TV box", "landline", "fiber line", "4G dongle" },
};

static const struct {
	int lang;
	const char *text;
} spam_lines[] = {
	{ LANG_FR, "🔥 CODE PROMO % -50% 🔥 cliquez ici" },
	{ LANG_FR, "Box % à 9,99 € ?! Offre limitée, cliquez ici vite" },
	{ LANG_FR, "GAGNE TA BOX % 🎁 RT + follow pour participer" },
	{ LANG_EN, "Check out my channel for the best % deals!!!" },
	{ LANG_EN, "Earn $500 a day from home, no experience needed, click here" },
	{ LANG_FR, "Code promo exclusif %2026, valable aujourd'hui seulement" },
};

static const char *const brands[] = { "Nuvia", "Nuvia", "Nuvia", "Nuvia", "Telvio", "Frelia", "nuvia", "NUVIA" };
static const char *const emoji[] = { "😍", "🙄", "😡", "👍", "🔥", "😂", "🤞", "📶", "💸", "✨", "😭", "🙏" };
static const char *const hashtags[] = { "#Nuvia", "#fibre", "#PanneNuvia", "#box", "#SAV", "#Telvio", "#Frelia", "#5G" };
static const char *const spam_tags = "#promo #bonplan #gratuit #concours #box #fibre #deal #cadeau";
static const char *const swaps[] = { "vraiment", "encore", "aujourd'hui", "really", "again", "today", "franchement", "totally" };
static const char *const sources[] = { "mastodon", "bluesky", "reddit", "rss", "youtube", "hn", "discourse" };
static const char *const first_names[] = { "Camille", "Léa", "Hugo", "Inès", "Karim", "Zoé", "Théo", "Chloé",
					     "Mathis", "Anaïs", "Noé", "Maëlle", "Bastien", "Jérôme", "Sarah", "Tom" };

/* splitmix64: tiny, fast, and the same sequence everywhere. */
static uint64_t next(uint64_t *s)
{
	uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
	return z ^ (z >> 31);
}

static uint64_t below(uint64_t *s, uint64_t n)
{
	return next(s) % n;
}

typedef struct out {
	FILE *f;
	const char *name;
	char buf[1 << 16];
	size_t len;
} out;

static void die_write(const out *o)
{
	fprintf(stderr, "gencorpus: %s: %s\n", o->name, strerror(errno));
	exit(3);
}

static void flush_out(out *o)
{
	if (o->len && fwrite(o->buf, 1, o->len, o->f) != o->len)
		die_write(o);
	o->len = 0;
}

static void put(out *o, const char *s, size_t n)
{
	if (o->len + n > sizeof o->buf)
		flush_out(o);
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void puts_out(out *o, const char *s)
{
	put(o, s, strlen(s));
}

/*
 * A small text builder over a fixed array.  The longest text built is
 * under 400 bytes, so the clipping at TEXT_MAX (which could cut a UTF-8
 * sequence) is a guard that never acts.
 */
typedef struct text {
	char s[TEXT_MAX];
	size_t n;
} text;

/* Appends k bytes of s. */
static void addn(text *t, const char *s, size_t k)
{
	/* Written so that the compiler sees k never grow (t->n < TEXT_MAX always). */
	size_t room = t->n < TEXT_MAX - 1 ? TEXT_MAX - 1 - t->n : 0;
	if (k > room)
		k = room;
	memcpy(t->s + t->n, s, k);
	t->n += k;
	t->s[t->n] = 0;
}

static void add(text *t, const char *s)
{
	addn(t, s, strlen(s));
}

/* Appends s with every "%" replaced by brand (the spam lines). */
static void add_branded(text *t, const char *s, const char *brand)
{
	const char *p;
	while ((p = strchr(s, '%')) != NULL) {
		addn(t, s, (size_t)(p - s));
		add(t, brand);
		s = p + 1;
	}
	add(t, s);
}

static void add_uint(text *t, uint64_t v)
{
	char d[24];
	snprintf(d, sizeof d, "%" PRIu64, v);
	add(t, d);
}

/* Appends the sentence template s with its {x} slots filled from r. */
static void add_sentence(text *t, const char *s, uint64_t *r, int lang, const char *brand)
{
	const char *lit = s;
	for (; *s; s++) {
		if (s[0] != '{' || !s[1] || s[2] != '}')
			continue;
		addn(t, lit, (size_t)(s - lit));
		switch (s[1]) {
		case 'b': add(t, brand); break;
		case 'c': add(t, cities[below(r, sizeof cities / sizeof *cities)]); break;
		case 'n': add_uint(t, 2 + below(r, 98)); break;
		case 'h': {
			char h[16];
			snprintf(h, sizeof h, lang == LANG_FR ? "%uh%02u" : "%u:%02u", (unsigned)(7 + below(r, 15)),
			         (unsigned)below(r, 60));
			add(t, h);
			break;
		}
		case 'w': add(t, first_names[below(r, sizeof first_names / sizeof *first_names)]); break;
		case 'p': add(t, products[lang][below(r, 8)]); break;
		default: addn(t, s, 3); break;
		}
		s += 2;
		lit = s + 1;
	}
	addn(t, lit, (size_t)(s - lit));
}

/* What an original record says: everything derives from its own PRNG state. */
typedef struct spec {
	int lang, tone;
} spec;

static uint64_t record_seed(uint64_t seed, uint64_t i)
{
	uint64_t s = seed ^ (i * 0xD1B54A32D192ED03ull);
	return next(&s);
}

/* The author of original record i, so that a retweet can name it. */
static uint64_t original_author(uint64_t seed, uint64_t i)
{
	return record_seed(seed ^ 0xA5A5A5A5A5A5A5A5ull, i) % 50000;
}

/* Writes the text of original record i into t; the same i always gives the same text. */
static spec original_text(uint64_t seed, uint64_t i, text *t)
{
	uint64_t r = record_seed(seed, i);
	spec sp;
	sp.lang = below(&r, 10) < 7 ? LANG_FR : LANG_EN;
	sp.tone = (int)below(&r, 3);
	const char *brand = brands[below(&r, sizeof brands / sizeof *brands)];
	t->n = 0;
	t->s[0] = 0;
	if (below(&r, 4) == 0) {
		add(t, "@");
		add(t, below(&r, 2) ? "NuviaAide" : "user");
		add_uint(t, below(&r, 100000));
		add(t, " ");
	}
	while (t->n < 60 + below(&r, 160)) {
		add_sentence(t, sentences[sp.lang][sp.tone][below(&r, NSENT)], &r, sp.lang, brand);
		switch (below(&r, 8)) {
		case 0:
			add(t, " ");
			add(t, emoji[below(&r, sizeof emoji / sizeof *emoji)]);
			break;
		case 1:
			add(t, "\n");
			continue;
		default:
			break;
		}
		add(t, " ");
	}
	if (below(&r, 3) == 0) {
		add(t, "https://www.lesondes.example/2026/");
		add_uint(t, below(&r, 1000000));
		add(t, " ");
	}
	for (uint64_t k = below(&r, 3); k > 0; k--) {
		add(t, hashtags[below(&r, sizeof hashtags / sizeof *hashtags)]);
		add(t, " ");
	}
	while (t->n && (t->s[t->n - 1] == ' ' || t->s[t->n - 1] == '\n'))
		t->s[--t->n] = 0;
	return sp;
}

/* Replaces one space-separated word of t (not the first) by another word. */
static void change_one_word(text *t, uint64_t *r)
{
	size_t spaces[256], ns = 0;
	for (size_t k = 0; k < t->n && ns < 256; k++)
		if (t->s[k] == ' ')
			spaces[ns++] = k;
	if (ns < 2) {
		add(t, " encore");
		return;
	}
	size_t w = below(r, ns - 1);
	size_t a = spaces[w] + 1, b = spaces[w + 1];
	const char *sw = swaps[below(r, sizeof swaps / sizeof *swaps)];
	text u;
	memcpy(u.s, t->s, a);
	u.n = a;
	u.s[u.n] = 0;
	add(&u, sw);
	add(&u, t->s + b);
	*t = u;
}

/*
 * Makes t a near-duplicate the way reposts differ: a hashtag or emoji
 * added at the end, the case and punctuation changed, a link replaced, or
 * one word changed (the hardest to see on a short text).
 */
static void mutate(text *t, uint64_t *r)
{
	switch (below(r, 4)) {
	case 0:
		add(t, " ");
		add(t, below(r, 2) ? hashtags[below(r, sizeof hashtags / sizeof *hashtags)]
		                   : emoji[below(r, sizeof emoji / sizeof *emoji)]);
		break;
	case 1:
		for (size_t k = 0; k < t->n; k++)
			if (t->s[k] >= 'A' && t->s[k] <= 'Z')
				t->s[k] = (char)(t->s[k] - 'A' + 'a');
		add(t, "!!");
		break;
	case 2: {
		char *u = strstr(t->s, "https://");
		if (u) {
			size_t end = (size_t)(u - t->s);
			while (end < t->n && t->s[end] != ' ' && t->s[end] != '\n')
				end++;
			text v;
			memcpy(v.s, t->s, (size_t)(u - t->s));
			v.n = (size_t)(u - t->s);
			v.s[v.n] = 0;
			add(&v, "https://tny.example/");
			add_uint(&v, below(r, 1000000));
			add(&v, t->s + end);
			*t = v;
			break;
		}
		change_one_word(t, r);
		break;
	}
	default:
		change_one_word(t, r);
		break;
	}
}

/* Writes a spam text into t; returns its language. */
static int spam_text(uint64_t *r, text *t)
{
	size_t k = below(r, sizeof spam_lines / sizeof *spam_lines);
	t->n = 0;
	t->s[0] = 0;
	add_branded(t, spam_lines[k].text, "NUVIA");
	for (uint64_t links = 1 + below(r, 3); links > 0; links--) {
		add(t, " 👉 https://promo-box.example/go?id=");
		add_uint(t, below(r, 100000));
	}
	add(t, " ");
	add(t, spam_tags);
	return spam_lines[k].lang;
}

static void json_string(out *o, const char *s, size_t n)
{
	char esc[8];
	size_t run = 0;
	put(o, "\"", 1);
	for (size_t k = 0; k < n; k++) {
		unsigned char c = (unsigned char)s[k];
		if (c >= 0x20 && c != '"' && c != '\\')
			continue;
		put(o, s + run, k - run);
		run = k + 1;
		if (c == '\n')
			put(o, "\\n", 2);
		else if (c == '"' || c == '\\') {
			esc[0] = '\\';
			esc[1] = (char)c;
			put(o, esc, 2);
		} else {
			snprintf(esc, sizeof esc, "\\u%04x", c);
			put(o, esc, 6);
		}
	}
	put(o, s + run, n - run);
	put(o, "\"", 1);
}

/* Writes record number i, of the given kind and author, with text t. */
static void write_record(out *o, uint64_t *rng, uint64_t i, int kind, uint64_t author, const spec *sp,
			 const text *t, const char *when, const char *fetched)
{
	char idbuf[32], num[200];
	const char *src = sources[below(rng, sizeof sources / sizeof *sources)];
	snprintf(idbuf, sizeof idbuf, "gen:%09" PRIu64, i);
	puts_out(o, "{\"id\":\"");
	puts_out(o, idbuf);
	puts_out(o, "\",\"source\":\"");
	puts_out(o, src);
	puts_out(o, "\",\"channel\":\"bench\",\"url\":\"https://");
	puts_out(o, src);
	puts_out(o, ".example/p/");
	puts_out(o, idbuf + 4);
	puts_out(o, "\",\"created_at\":\"");
	puts_out(o, when);
	puts_out(o, "\",\"fetched_at\":\"");
	puts_out(o, fetched);
	puts_out(o, "\",\"lang\":\"");
	puts_out(o, lang_name[sp->lang]);
	puts_out(o, "\",\"text\":");
	json_string(o, t->s, t->n);
	/* Audience: a few accounts in a hundred have a large following, spam accounts almost none. */
	const char *first = first_names[author % (sizeof first_names / sizeof *first_names)];
	snprintf(num, sizeof num,
		 ",\"author\":{\"id\":\"u%" PRIu64 "\",\"handle\":\"user%" PRIu64 "\",\"name\":\"%s %c.\","
		 "\"followers\":%" PRIu64 ",\"following\":%" PRIu64 ",\"posts\":%" PRIu64 "},",
		 author, author, first, (char)('A' + author % 26),
		 kind == KIND_SPAM ? below(rng, 20) : (author * 7919) % 5000 + (author % 97 == 0 ? 250000 : 0),
		 (author * 31) % 900 + (kind == KIND_SPAM ? 4000 : 0), (author * 131) % 20000);
	puts_out(o, num);
	snprintf(num, sizeof num,
		 "\"metrics\":{\"likes\":%" PRIu64 ",\"shares\":%" PRIu64 ",\"replies\":%" PRIu64 "},"
		 "\"query\":\"nuvia\"}\n",
		 below(rng, 200), below(rng, 50), below(rng, 30));
	puts_out(o, num);
}

/* Writes the truth line of record i: "id<TAB>kind<TAB>lang<TAB>tone". */
static void write_truth(out *tr, uint64_t i, int kind, uint64_t of, const spec *sp)
{
	char line[128];
	char kindbuf[48];
	if (kind == KIND_NEAR || kind == KIND_EXACT)
		snprintf(kindbuf, sizeof kindbuf, "%s:gen:%09" PRIu64, kind == KIND_NEAR ? "near_dup_of" : "exact_dup_of", of);
	else
		snprintf(kindbuf, sizeof kindbuf, "%s", kind == KIND_SPAM ? "spam" : "original");
	snprintf(line, sizeof line, "gen:%09" PRIu64 "\t%s\t%s\t%s\n", i, kindbuf, lang_name[sp->lang],
		 tone_name[kind == KIND_SPAM ? TONE_NEU : sp->tone]);
	puts_out(tr, line);
}

static void usage(FILE *f)
{
	fputs("usage: gencorpus [-n COUNT] [-s SEED] [--truth FILE]\n"
	      "  -n COUNT      records to write (default 1000000)\n"
	      "  -s SEED       PRNG seed (default 1); same COUNT and SEED, same bytes\n"
	      "  --truth FILE  write \"id<TAB>kind<TAB>lang<TAB>tone\" per record to FILE\n", f);
}

static uint64_t parse_u64(const char *s, const char *what)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	if (errno || end == s || *end || *s == '-') {
		fprintf(stderr, "gencorpus: bad %s: %s\n", what, s);
		exit(2);
	}
	return v;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "truth", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	uint64_t count = 1000000, seed = 1;
	const char *truth_path = NULL;
	int c;
	while ((c = getopt_long(argc, argv, "n:s:h", longopts, NULL)) != -1) {
		switch (c) {
		case 'n': count = parse_u64(optarg, "count"); break;
		case 's': seed = parse_u64(optarg, "seed"); break;
		case 't': truth_path = optarg; break;
		case 'h': usage(stdout); return 0;
		default: usage(stderr); return 2;
		}
	}
	if (optind != argc) {
		usage(stderr);
		return 2;
	}

	static out o, tr;
	o.f = stdout;
	o.name = "stdout";
	if (truth_path) {
		tr.f = fopen(truth_path, "w");
		tr.name = truth_path;
		if (!tr.f) {
			fprintf(stderr, "gencorpus: %s: %s\n", truth_path, strerror(errno));
			return 3;
		}
	}

	static uint64_t recent[RECENT];
	size_t nrecent = 0;
	uint64_t rng = seed;
	/* 1 Oct 2026 00:00 UTC; records spread over 61 days in order. */
	const uint64_t t0 = 1790812800ull, span = 61ull * 86400;
	text t;
	char when[SCRM_DATE_LEN], fetched[SCRM_DATE_LEN], num[160];

	scrm_date_format((int64_t)(t0 + span + 3600), fetched);
	for (uint64_t i = 0; i < count; i++) {
		uint64_t roll = below(&rng, 100);
		int kind = roll < 5 ? KIND_SPAM : roll < 15 ? KIND_NEAR : roll < 17 ? KIND_EXACT : KIND_ORIGINAL;
		if ((kind == KIND_NEAR || kind == KIND_EXACT) && nrecent == 0)
			kind = KIND_ORIGINAL;
		spec sp = { LANG_FR, TONE_NEU };
		uint64_t of = 0;
		switch (kind) {
		case KIND_ORIGINAL:
			sp = original_text(seed, i, &t);
			recent[nrecent < RECENT ? nrecent++ : (i % RECENT)] = i;
			break;
		case KIND_NEAR:
			of = recent[below(&rng, nrecent)];
			sp = original_text(seed, of, &t);
			mutate(&t, &rng);
			break;
		case KIND_EXACT:
			of = recent[below(&rng, nrecent)];
			sp = original_text(seed, of, &t);
			if (below(&rng, 2)) {
				text u;
				u.n = 0;
				u.s[0] = 0;
				snprintf(num, sizeof num, "RT @user%" PRIu64 ": ", original_author(seed, of));
				add(&u, num);
				add(&u, t.s);
				t = u;
			}
			break;
		default:
			sp.lang = spam_text(&rng, &t);
			break;
		}

		uint64_t author = kind == KIND_SPAM ? 90000 + below(&rng, 40)
				: kind == KIND_ORIGINAL ? original_author(seed, i) : below(&rng, 50000);
		scrm_date_format((int64_t)(t0 + i * span / (count ? count : 1) + below(&rng, 600)), when);

		write_record(&o, &rng, i, kind, author, &sp, &t, when, fetched);
		if (truth_path)
			write_truth(&tr, i, kind, of, &sp);
	}
	flush_out(&o);
	if (fflush(stdout) != 0 || ferror(stdout))
		die_write(&o);
	if (truth_path) {
		flush_out(&tr);
		if (fclose(tr.f) != 0)
			die_write(&tr);
	}
	if (fclose(stdout) != 0) {
		fprintf(stderr, "gencorpus: stdout: %s\n", strerror(errno));
		return 3;
	}
	return 0;
}
