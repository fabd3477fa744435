/* spam.c - see spam.h. */
#include "spam.h"

#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "normalize.h"
#include "simhash.h"
#include "spam_model.h"

/* Slots of the per-author rate table: a bounded, lossy memory (a collision forgets an account). */
#define RATE_SLOTS 8192
#define RATE_SPAN 3600

/* How many tokens ahead of its scoring a token's model entry is prefetched. */
#define PREFETCH_AHEAD 8

/* The model abstains on texts with fewer known tokens than this. */
#define MODEL_MIN_KNOWN 3

/* How much each rule adds; combined as independent evidence: 1 - prod(1 - w). */
/* The built-in model learnt SMS, not posts: its probability weighs this much, so that it
 * cannot drop a record alone at the default threshold; a model the user trained weighs 1. */
#define W_BUILTIN_MODEL 0.45
#define W_LINKS 0.6
#define W_HASHTAGS 0.5
#define W_MENTIONS 0.5
#define W_PROMO 0.35      /* per distinct phrase: alone, below the default threshold */
#define W_PROMO_STRONG 0.55   /* per distinct phrase that nobody but a spammer writes: alone, above it */
#define W_CAMPAIGN 0.45   /* alone, below the default threshold: a shared text is not spam by itself */
#define W_BOT_RATE 0.6

/*
 * Folded (lower case, no accents) promotional phrases, French and English.
 * Those that no customer, journalist or brand writes (self-promotion,
 * bought audiences, get-rich and retweet-to-win talk) weigh W_PROMO_STRONG;
 * the others, which a complaint or a brand's own reply may hold too ("code
 * promo qui ne marche pas", "votre compte a été suspendu suite à un
 * impayé"), W_PROMO: a text needs two of them, or another signal, to pass
 * the default threshold.
 */
static const char *const strong_promo[] = {
	"check out my channel", "check my channel", "subscribe to my channel", "follow for follow", "f4f",
	"free followers", "buy followers", "double your money", "a day from home", "rt to win", "retweet to win",
	"dm for details", "dm moi pour", "mp moi pour", "jour depuis chez moi", "mois depuis chez moi",
	"je vous suis en retour", "follow en retour",
};
static const char *const promo[] = {
	"code promo", "cliquez ici", "cliquez sur le lien", "lien en bio", "abonnez-vous", "abonnez vous",
	"abonne-toi", "abonne toi", "jeu concours", "a gagner", "gagnez", "offre speciale", "offre limitee",
	"livraison gratuite", "100% gratuit", "argent facile", "gagner de l'argent", "travail a domicile",
	"ma chaine", "suivez-moi", "suivez moi", "en dm", "rdv en bio", "offre exceptionnelle", "profitez-en",
	"vente flash", "aujourd'hui seulement", "duree limitee",
	"promo code", "discount code", "use code", "click here", "click the link", "link in bio",
	"my channel", "follow me", "follow back", "dm me", "dm for",
	"earn money", "make money", "work from home", "limited offer", "limited time offer", "act now",
	"100% free", "free gift", "giveaway", "win a free", "you have won", "you've won", "claim your",
	"free shipping", "buy now", "only today",
	/* contests, shares for a prize, phishing, get-rich talk */
	"likez", "like et partage", "partagez et suivez", "rt et follow",
	"tentez votre chance", "pour participer", "recevoir votre cadeau", "offre exclusive", "lien dans la bio",
	"code de reduction", "code reduc", "promo exclusive",
	"reglez les frais", "votre colis est en attente", "recevoir votre remboursement",
	"mettez a jour vos informations", "confirmez vos informations", "votre compte a ete suspendu",
	"revenu passif", "revenus passifs", "link in my bio", "enter to win", "like and share", "like and retweet",
	"follow and retweet", "tag a friend", "passive income", "investment opportunity", "verify your account",
	"your account has been suspended", "claim now",
	"en cliquant ici", "my referral code", "use my code", "mon code parrainage", "mon code de parrainage",
};

#define NSTRONG (sizeof strong_promo / sizeof strong_promo[0])
#define NPROMO (NSTRONG + sizeof promo / sizeof promo[0])
#define PROMO_SLOTS 256   /* power of two, > 2 * NPROMO */
_Static_assert(PROMO_SLOTS > 2 * NPROMO, "the phrase table stays at most half full");
#define PROMO_WORDS 2       /* 64-bit words of a text's set of phrases seen */
_Static_assert(NPROMO <= 64 * PROMO_WORDS, "promotional phrases are tracked in a bit set of PROMO_WORDS words");
_Static_assert(NSTRONG < 64, "the strong phrases are the low bits of the set's first word");

/* Phrase i: the strong ones first. */
static const char *phrase(unsigned i)
{
	return i < NSTRONG ? strong_promo[i] : promo[i - NSTRONG];
}

static const char *const flag_names[SCRM_SPAM_NFLAGS] = {
	"links", "hashtags", "mentions", "promo", "campaign", "bot_rate", "model"
};

typedef struct rate_slot {
	uint64_t author;
	int64_t start;
	unsigned count;
} rate_slot;

/* The promotional filter's bit for a first-word hash: its top bits, as the table uses the low ones. */
static inline unsigned promo_filter_bit(uint64_t h)
{
	return (unsigned)(h >> 52);
}

/* Phrases by the hash of their first word, so that a text is scanned once whatever their number. */
typedef struct promo_slot {
	uint64_t first;     /* hash of the first word; 0: empty */
	unsigned phrase;
	unsigned len;       /* the phrase's, measured once here rather than at each text that starts it */
} promo_slot;

#define PROMO_FILTER_BITS 4096

struct scrm_spam {
	promo_slot promo[PROMO_SLOTS];
	/* One bit per first-word hash (its top bits): nearly every word starts
	 * no phrase, and this says so with a branch that is then predictable,
	 * where the table's first probe finds a neighbour's slot now and then. */
	uint64_t promo_filter[PROMO_FILTER_BITS / 64];
	uint64_t num_h;     /* hash of the model's stand-in for long numbers */
	scrm_bayes *model;
	bool builtin;       /* the model is the built-in one */
	size_t spam_class;
	unsigned bot_rate;
	rate_slot *rates;
};

const char *scrm_spam_flag_name(int i)
{
	return i >= 0 && i < SCRM_SPAM_NFLAGS ? flag_names[i] : "?";
}

scrm_spam *scrm_spam_new(scrm_bayes *model, bool builtin, unsigned bot_rate)
{
	scrm_spam *s = scrm_xcalloc(1, sizeof *s);
	s->model = model;
	s->builtin = builtin;
	if (model) {
		int c = scrm_bayes_class(model, "spam");
		s->spam_class = c >= 0 ? (size_t)c : 0;
	}
	s->bot_rate = bot_rate;
	s->rates = scrm_xcalloc(RATE_SLOTS, sizeof *s->rates);
	s->num_h = scrm_hash64("<num>", 5, 0);
	for (unsigned i = 0; i < NPROMO; i++) {
		size_t k = 0;
		while (scrm_word_byte((unsigned char)phrase(i)[k]))
			k++;
		uint64_t h = scrm_hash64(phrase(i), k, 0);
		size_t j = h & (PROMO_SLOTS - 1);
		while (s->promo[j].first)
			j = (j + 1) & (PROMO_SLOTS - 1);
		s->promo[j].first = h;
		s->promo[j].phrase = i;
		s->promo[j].len = (unsigned)strlen(phrase(i));
		s->promo_filter[promo_filter_bit(h) / 64] |= UINT64_C(1) << (promo_filter_bit(h) % 64);
	}
	return s;
}

void scrm_spam_free(scrm_spam *s)
{
	if (!s)
		return;
	scrm_bayes_free(s->model);
	free(s->rates);
	free(s);
}

scrm_bayes *scrm_spam_default_model(void)
{
	scrm_buf err = SCRM_BUF_INIT;
	scrm_bayes *m = scrm_bayes_parse(scrm_spam_model_text, scrm_spam_model_len, &err);
	if (!m)
		scrm_die(SCRM_EXIT_IO, "built-in spam model: %s", err.data);
	return m;
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return true;
}

/*
 * The model's view of a token, or false when it has none: long digit runs
 * (phone numbers, codes) stand for their kind, so that it learns "has a
 * phone number" rather than one number. URLs and mentions are left to the
 * rules: how often they occur depends on the medium (rare in SMS, common
 * in posts) more than on spam.
 */
static bool feature(const scrm_token *t, const char **p, size_t *n)
{
	*p = t->ptr;
	*n = t->len;
	if (t->kind == SCRM_TOKEN_URL || t->kind == SCRM_TOKEN_MENTION)
		return false;
	/* The first byte first: a word rarely starts with a digit, a test a
	 * predictor gets right, where lengths come in no order. */
	if (t->ptr[0] >= '0' && t->ptr[0] <= '9' && t->kind == SCRM_TOKEN_WORD && t->len >= 5 &&
	    all_digits(t->ptr, t->len)) {
		*p = "<num>";
		*n = 5;
	}
	return true;
}

void scrm_spam_train(scrm_bayes *m, size_t cls, const char *folded, size_t n)
{
	size_t pos = 0;
	scrm_token t;

	scrm_bayes_add_doc(m, cls);
	while (scrm_token_next(folded, n, &pos, &t)) {
		const char *p;
		size_t k;
		if (feature(&t, &p, &k))
			scrm_bayes_add_token(m, cls, p, k);
	}
}

/*
 * Marks in seen (one bit per phrase) the longest promotional phrase starting
 * at word token i, unless the token lies inside the phrase marked last
 * (*covered: where that one ends): "check out my channel" is one phrase,
 * not that and "my channel" too.
 */
static void promo_at(const scrm_spam *s, const scrm_spam_input *in, size_t i, uint64_t seen[PROMO_WORDS],
                     size_t *covered)
{
	const scrm_token *t = &in->tokens->v[i];
	uint64_t h = in->tokens->hash[i];
	size_t at = (size_t)(t->ptr - in->folded);

	if (!(s->promo_filter[promo_filter_bit(h) / 64] >> (promo_filter_bit(h) % 64) & 1) || at < *covered)
		return;

	size_t best = 0, best_len = 0;
	for (size_t j = h & (PROMO_SLOTS - 1); s->promo[j].first; j = (j + 1) & (PROMO_SLOTS - 1)) {
		if (s->promo[j].first != h)
			continue;
		const char *p = phrase(s->promo[j].phrase);
		size_t m = s->promo[j].len;
		if (m > best_len && at + m <= in->len && memcmp(in->folded + at, p, m) == 0 &&
		    (at + m == in->len || !scrm_word_byte((unsigned char)p[m - 1]) ||
		     !scrm_word_byte((unsigned char)in->folded[at + m]))) {
			best = s->promo[j].phrase;
			best_len = m;
		}
	}
	if (best_len) {
		seen[best / 64] |= UINT64_C(1) << (best % 64);
		*covered = at + best_len;
	}
}

static bool bot_rate(scrm_spam *s, uint64_t author, int64_t time)
{
	if (!s->bot_rate || !author || time == INT64_MIN)
		return false;
	rate_slot *r = &s->rates[author % RATE_SLOTS];
	if (r->author != author || time - r->start >= RATE_SPAN || time < r->start - RATE_SPAN) {
		r->author = author;
		r->start = time;
		r->count = 0;
	}
	return ++r->count > s->bot_rate;
}

void scrm_spam_check(scrm_spam *s, const scrm_spam_input *in, scrm_spam_result *r)
{
	unsigned urls = 0, tags = 0, mentions = 0, lead_mentions = 0, words = 0;
	bool leading = true;
	uint64_t promo_seen[PROMO_WORDS] = { 0 };
	size_t promo_covered = 0;   /* the folded text up to here is in a phrase counted */
	scrm_bayes_score sc;
	double keep = 1;    /* probability that no signal means spam */
	const scrm_bayes *model = in->use_model ? s->model : NULL;

	memset(r, 0, sizeof *r);
	r->model = -1;
	/* The account's rate slot is a likely cache miss: start loading it before the tokens are counted. */
	if (s->bot_rate && in->author)
		__builtin_prefetch(&s->rates[in->author % RATE_SLOTS]);
	if (model) {
		scrm_bayes_score_start(model, &sc);
		for (size_t i = 0; i < PREFETCH_AHEAD && i < in->tokens->n; i++)
			scrm_bayes_prefetch(model, in->tokens->hash[i]);
	}
	for (size_t i = 0; i < in->tokens->n; i++) {
		const scrm_token *t = &in->tokens->v[i];
		uint64_t h = in->tokens->hash[i];
		if (model && i + PREFETCH_AHEAD < in->tokens->n)
			scrm_bayes_prefetch(model, in->tokens->hash[i + PREFETCH_AHEAD]);
		bool feature_token = true;
		switch (t->kind) {
		case SCRM_TOKEN_URL: urls++; feature_token = false; break;
		case SCRM_TOKEN_HASHTAG: tags++; break;
		case SCRM_TOKEN_MENTION: mentions++; lead_mentions += leading; feature_token = false; break;
		case SCRM_TOKEN_WORD:
			words++;
			promo_at(s, in, i, promo_seen, &promo_covered);
			if (t->len >= 5 && all_digits(t->ptr, t->len))
				h = s->num_h;
			break;
		}
		leading &= t->kind == SCRM_TOKEN_MENTION;
		if (model && feature_token)
			scrm_bayes_score_hash(model, &sc, h);
	}
	unsigned tokens = urls + tags + mentions + words;
	if (urls >= 3 || (urls == 2 && words < 6)) {
		r->flags |= SCRM_SPAM_LINKS;
		keep *= 1 - W_LINKS;
	}
	if (tags >= 6 || (tags >= 4 && 2 * tags >= tokens)) {
		r->flags |= SCRM_SPAM_HASHTAGS;
		keep *= 1 - W_HASHTAGS;
	}
	/* A reply starts with the handles it answers; stuffing is beyond that. */
	if (mentions - lead_mentions >= 5 || mentions >= 8) {
		r->flags |= SCRM_SPAM_MENTIONS;
		keep *= 1 - W_MENTIONS;
	}
	int promos = 0, strong = __builtin_popcountll(promo_seen[0] & ((UINT64_C(1) << NSTRONG) - 1));
	for (int w = 0; w < PROMO_WORDS; w++)
		promos += __builtin_popcountll(promo_seen[w]);
	if (promos) {
		r->flags |= SCRM_SPAM_PROMO;
		for (int i = promos - strong; i > 0; i--)
			keep *= 1 - W_PROMO;
		for (int i = strong; i > 0; i--)
			keep *= 1 - W_PROMO_STRONG;
	}
	if (in->campaign_authors >= 2) {
		r->flags |= SCRM_SPAM_CAMPAIGN;
		keep *= 1 - W_CAMPAIGN;
	}
	if (bot_rate(s, in->author, in->time)) {
		r->flags |= SCRM_SPAM_BOT_RATE;
		keep *= 1 - W_BOT_RATE;
	}
	if (model && sc.known >= MODEL_MIN_KNOWN) {
		r->model = scrm_bayes_posterior(model, &sc, s->spam_class);
		if (r->model >= 0.5)
			r->flags |= SCRM_SPAM_MODEL;
		keep *= 1 - (s->builtin ? W_BUILTIN_MODEL : 1) * r->model;
	}
	r->score = 1 - keep;
}
