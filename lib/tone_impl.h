/*
 * tone_impl.h - the pieces of the tone engine, shared by lib/tone*.c only.
 *
 * The engine owns the lexicon tables, the aspect names, the model and the
 * per-analysis scratch (tokens, contributions); each tone_*.c file owns one
 * step: tokenising (tone_text.c, with character classes in tone_chars.h),
 * the cache of words already tokenised (tone_words.c), term tables and
 * lexicon files (tone_lex.c), phrases spelt with aliases
 * (tone_spellings.c), scoring rules (tone_rules.c), aspects (tone_aspect.c),
 * aggressiveness (tone_aggr.c), naive Bayes features and scores
 * (tone_nb.c), the blend (tone_blend.c), the model file (tone_model.c),
 * training (tone_train.c), language guess (tone_lang.c) and the JSON object
 * (tone_json.c).
 */
#ifndef SCRM_TONE_IMPL_H
#define SCRM_TONE_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "msg.h"
#include "tone.h"

typedef struct scrm_tone_memo_slot scrm_tone_memo_slot;   /* see tone_nb.c */
typedef struct scrm_tone_word scrm_tone_word;             /* see tone_words.c */
typedef struct scrm_tone_words scrm_tone_words;

/* ---- tokens (tone_text.c) ---- */

enum {
	SCRM_TOK_CAPS = 1,      /* written in capitals (2+ letters) */
	SCRM_TOK_ELONG = 2,     /* a letter repeated 3+ times ("nuuul"), or a repeated emoji */
	SCRM_TOK_EMOJI = 4,     /* an emoji or emoticon */
	SCRM_TOK_WORD = 8,      /* has a letter */
	SCRM_TOK_BEFORE_CONTRAST = 16,  /* a contrast word follows in the sentence */
	SCRM_TOK_AFTER_CONTRAST = 32,   /* follows the sentence's last contrast word */
	SCRM_TOK_ALIASED = 64           /* entry is the target of the alias written */
};

/*
 * The tokenizer reads a text up to its first SCRM_TONE_CLAUSES_MAX clauses:
 * contrast words and separators may split as many again (resolve stops
 * shifting at UINT16_MAX / 2), so the 16-bit clause and sentence indexes
 * never run out, and every rule holds to the end of what is read.
 */
#define SCRM_TONE_CLAUSES_MAX 32000

typedef struct scrm_tone_token {
	uint64_t hash;          /* scrm_tone_hash() of the key */
	uint32_t key;           /* offset of the normalised key in text.keys (NUL-terminated) */
	uint32_t alt;           /* elongated tokens: key with runs collapsed to two letters; else == key */
	uint32_t src, srclen;   /* span in the analysed text */
	uint16_t keylen;
	uint16_t clause;        /* clause index (split at punctuation, contrast and "et"/"and") */
	uint16_t sentence;      /* sentence index (split at . ! ? and newlines) */
	uint8_t flags;
	const struct scrm_tone_entry *entry;   /* resolved lexicon entry or NULL */
	uint8_t span;           /* tokens covered by entry (phrases), 0 if inside a phrase */
	/* entry's kind (SCRM_TERM_NONE without one) and aspect (-1 without
	 * one), copied by scrm_tone_resolve() so that the scoring passes need
	 * not follow entry */
	uint8_t kind;
	int16_t aspect;
	/* the word cache's entry for this spelling (NULL: not cached), whose
	 * per-language memo the scoring passes use instead of the engine's */
	scrm_tone_word *word;
} scrm_tone_token;

typedef struct scrm_tone_text {
	scrm_tone_token *tok;
	size_t ntok, cap;
	scrm_buf keys;
	unsigned exclaims, questions;  /* '!' and '?' in the text */
	unsigned words, capswords;     /* tokens with letters, and those in capitals */
	uint16_t nclauses, nsentences;
	uint16_t *clause_sentence;     /* sentence of each clause */
	size_t clause_cap;
	scrm_tone_words *cache;        /* spellings already tokenised, or NULL */
	char *padded;                  /* with a cache: the text, then SCRM_TONE_PAD zeros */
	size_t padded_cap;
	/* The tokens scrm_tone_resolve() gave a valence or an insult, and
	 * those it gave an aspect, in text order: the passes after it visit
	 * these few (each list has room for every token). */
	uint32_t *valued, *aspected;
	size_t nvalued, naspected, marked_cap;
} scrm_tone_text;

/* Room for one more token at the end of t, left for the caller to fill whole. */
static inline scrm_tone_token *scrm_tone_push_token(scrm_tone_text *t)
{
	if (t->ntok == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->tok = scrm_xrealloc(t->tok, t->cap * sizeof *t->tok);
	}
	return &t->tok[t->ntok++];
}

/* A new token at the end of t, in its current clause and sentence, otherwise zero. */
static inline scrm_tone_token *scrm_tone_new_token(scrm_tone_text *t)
{
	scrm_tone_token *k = scrm_tone_push_token(t);
	memset(k, 0, sizeof *k);
	k->clause = t->nclauses;
	k->sentence = t->nsentences;
	return k;
}

void scrm_tone_text_init(scrm_tone_text *t);
void scrm_tone_text_free(scrm_tone_text *t);
/*
 * The chunk of text starting at text[i] (after whitespace) taken whole:
 * a URL or an @handle is skipped, an emoticon becomes a token of t.
 * Returns the chunk's end, or i when it is neither (tone_chunk.c).
 */
size_t scrm_tone_special_chunk(scrm_tone_text *t, const char *text, size_t n, size_t i);
/* Splits text[0..n) (valid UTF-8) into normalised tokens, replacing t's content. */
void scrm_tone_tokenize(scrm_tone_text *t, const char *text, size_t n);
/* Appends one term (lexicon, aspects) normalised the way texts are: its
 * tokens' keys joined by spaces. scratch is reused between calls. */
void scrm_tone_normalize_term(scrm_tone_text *scratch, const char *s, size_t n, scrm_buf *out);
/* Whether a line of a lexicon or aspects file says nothing: blank (spaces
 * and tabs at most) or a comment ('#' after them). */
static inline bool scrm_tone_line_is_blank(const char *line)
{
	line += strspn(line, " \t");
	return *line == '\0' || *line == '#';
}
static inline const char *scrm_tone_key(const scrm_tone_text *t, const scrm_tone_token *k)
{
	return t->keys.data + k->key;
}

/* ---- term tables (tone_lex.c) ---- */

enum {
	SCRM_TERM_NONE = 0,     /* only a phrase start or an aspect term */
	SCRM_TERM_VALENCE,      /* carries a valence */
	SCRM_TERM_BOOSTER,      /* intensifier (value > 0) or diminisher (value < 0) */
	SCRM_TERM_NEGATOR,
	SCRM_TERM_CONTRAST,     /* "mais", "but": the clause after it counts more */
	SCRM_TERM_INSULT,       /* valence, and makes the mention aggressive */
	SCRM_TERM_SEPARATOR,    /* starts a new clause ("et", "and") */
	SCRM_TERM_ALIAS,        /* stands for another term ("tjrs" = "toujours") */
	/* an intensifier right before a term with a valence ("super cher":
	 * very expensive), a valence anywhere else ("c'est super") */
	SCRM_TERM_BOOSTER_VALENCE
};

typedef struct scrm_tone_entry {
	const char *key;        /* normalised, owned by the table's arena */
	uint32_t keylen;
	uint8_t kind;
	bool phrase_start;      /* some phrase begins with this word */
	bool number_next;       /* and some with this word and the number word */
	/* A phrase holding a negator ("pas reçu", "never arrived"), or
	 * opening with the "plus" of "ne … plus" ("plus de réseau"), carries
	 * its own negation: a negator before it ("je n'ai pas reçu", "on n'a
	 * plus de réseau") only begins it, and does not turn it over again. */
	bool own_negation;
	/* A negator that also turns the term right before it: French "pas",
	 * "jamais", "rien" follow the verb ("j'aime pas"); "sans" and English
	 * negators do not ("rapide sans problème", "great isn't it"). */
	bool negates_before;
	/* A phrase ending in a negator ("toujours pas", "marche pas", "still
	 * no") keeps that negator's reach over the terms after it: "toujours
	 * pas top" is not top. Not a phrase of no value: those exist to stop
	 * a negation ("comment ne pas aimer", "how can you not love"); nor
	 * one ending in a negated thing ("merci pour rien", "thanks for
	 * nothing"), which has said what it negates. */
	bool negates_after;
	/* A valence said as an oath ("putain", "bordel"): opening its clause,
	 * it takes the sign of the rest of its sentence (lexicon kind x). */
	bool expletive;
	/* A valence said as a laugh ("lol", "mdr", "😂", lexicon kind l): in
	 * a sentence that otherwise blames, it is bitter, not glad, and
	 * counts nothing. */
	bool laughter;
	/* A want (lexicon kind w): what a customer asks for ("remboursement",
	 * "refund"). Named, it is a mild complaint; negated, the want is unmet
	 * ("pas de remboursement", "never got a refund"), a stronger one, and
	 * never turned into praise. */
	bool wanted;
	/* A separator whose clause is about something else ("sinon",
	 * "otherwise"): that clause lends no tone to an aspect named just
	 * before it. */
	bool aside;
	/* What a lexicon line says (kind, value, aspect, and the flags from
	 * negates_before to aside) a spelling made in tone_spellings.c takes
	 * from its phrase through say_as(): a new such field goes there too. */
	int16_t aspect;         /* aspect index or -1 */
	float value;
	const struct scrm_tone_entry *alias;  /* ALIAS: the target entry; derived: the phrase */
	uint64_t hash;
	/* The lexicon read (a serial) and line that last gave the term: a
	 * term given twice in one file is reported. */
	uint32_t given_in, given_at;
	/* A phrase's spelling with an alias for one of its words ("marche pa"
	 * for "marche pas"), made by scrm_tone_phrases_add_spellings() rather
	 * than given by a lexicon line; its alias is then the phrase spelt. */
	bool derived;
} scrm_tone_entry;

typedef struct scrm_tone_slot {
	uint64_t hash;              /* the entry's, so that misses need not touch it */
	scrm_tone_entry *entry;     /* NULL: empty */
} scrm_tone_slot;

typedef struct scrm_tone_table {
	scrm_tone_slot *slots;      /* open addressing, power-of-two size */
	size_t nslots, count;
	char **arena;               /* blocks of entries and keys */
	size_t narena, arena_cap;
	char *block;
	size_t block_used, block_size;
	/* One bit per hash of a key of several words (SCRM_TONE_PHRASE_BITS),
	 * NULL without any: most words that start a phrase are not followed
	 * by one, and this answers that without probing the table. */
	uint64_t *phrases;
	/* One bit per pair of first two words of such keys, from the words'
	 * own hashes (scrm_tone_pair_bit()): a token that starts a phrase is
	 * told whether the next word can follow it without hashing that word
	 * on. Allocated with phrases. */
	uint64_t *pairs;
} scrm_tone_table;

#define SCRM_TONE_PHRASE_LOG2 18
#define SCRM_TONE_PHRASE_BITS (1u << SCRM_TONE_PHRASE_LOG2)

/* The phrase filter bit of a key hash: its top bits, as the slots use the low ones. */
static inline uint32_t scrm_tone_phrase_bit(uint64_t h)
{
	return (uint32_t)(h >> (64 - SCRM_TONE_PHRASE_LOG2));
}

/* Whether table may hold a key of several words whose hash is h (no false "no"). */
static inline bool scrm_tone_table_may_have_phrase(const scrm_tone_table *t, uint64_t h)
{
	uint32_t bit = scrm_tone_phrase_bit(h);
	return t->phrases && (t->phrases[bit >> 6] >> (bit & 63) & 1);
}

/* The pair filter bit of two words whose key hashes are a and b. */
static inline uint32_t scrm_tone_pair_bit(uint64_t a, uint64_t b)
{
	uint64_t x = (a * 0x9E3779B97F4A7C15ull) ^ b;
	x ^= x >> 31;
	x *= 0xBF58476D1CE4E5B9ull;
	return (uint32_t)(x >> (64 - SCRM_TONE_PHRASE_LOG2));
}

/* Whether table may hold a key of several words starting with the words
 * whose hashes are a and b (no false "no"). */
static inline bool scrm_tone_table_may_have_pair(const scrm_tone_table *t, uint64_t a, uint64_t b)
{
	uint32_t bit = scrm_tone_pair_bit(a, b);
	return t->pairs && (t->pairs[bit >> 6] >> (bit & 63) & 1);
}

/* The most words a phrase of a lexicon or aspects file may have: longer
 * ones could never be matched, and their files are refused. */
#define SCRM_TONE_PHRASE_WORDS 5
#define SCRM_TONE_PHRASE_TOO_LONG "a phrase of more than 5 words, which no text would match"

void scrm_tone_table_init(scrm_tone_table *t);
void scrm_tone_table_free(scrm_tone_table *t);
/* FNV-1a: scrm_tone_hash(s, n) continued by scrm_tone_hash_more(h, t, m) is
 * the hash of s followed by t, which lets phrases extend a word's hash. */
static inline uint64_t scrm_tone_hash_more(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static inline uint64_t scrm_tone_hash(const char *s, size_t n)
{
	return scrm_tone_hash_more(1469598103934665603ull, s, n);
}

/* A phrase word of a lexicon written "#" stands for any number written in
 * digits or spelt out from two up ("took # weeks" is also "took 3 weeks"
 * and "took three weeks"): no text token has that key. */
#define SCRM_TONE_NUMBER_WORD "#"

/* Whether token k is a number written in digits ("3", "45"). */
static inline bool scrm_tone_is_digits(const scrm_tone_text *t, const scrm_tone_token *k)
{
	/* Most tokens are words: their flags say so without reading the key. */
	if (k->flags & (SCRM_TOK_WORD | SCRM_TOK_EMOJI))
		return false;
	const char *s = t->keys.data + k->key;
	for (size_t i = 0; i < k->keylen; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return k->keylen > 0;
}

const scrm_tone_entry *scrm_tone_table_find(const scrm_tone_table *t, const char *key, size_t n, uint64_t h);
/* Returns the entry for key, creating an empty one (kind NONE, aspect -1). */
scrm_tone_entry *scrm_tone_table_get(scrm_tone_table *t, const char *key, size_t n);
/* Looks a token key (hash h) up, then without French plural and feminine
 * endings; an entry that only starts phrases comes last. */
const scrm_tone_entry *scrm_tone_table_lookup_word(const scrm_tone_table *t, const char *key, size_t n,
                                                   uint64_t h);

/*
 * Reads a lexicon file into the given tables (each line "term TAB kind
 * [TAB value]"). On a broken line returns false with "FILE:LINE: reason".
 */
bool scrm_tone_lexicon_read(scrm_tone_table **tables, size_t ntables, const char *path, scrm_buf *err);

/* ---- aspects (tone_aspect.c) ---- */

#define SCRM_TONE_MAX_ASPECTS 64

typedef struct scrm_tone_aspects {
	char *names[SCRM_TONE_MAX_ASPECTS];     /* letters, digits, '_' and '-': JSON as they are */
	size_t name_len[SCRM_TONE_MAX_ASPECTS];
	size_t count;
} scrm_tone_aspects;

/* Reads "aspect TAB term, term, ..." lines: names into a, terms into each table. */
bool scrm_tone_aspects_read(scrm_tone_aspects *a, scrm_tone_table **tables, size_t ntables,
                            const char *path, scrm_buf *err);
void scrm_tone_aspects_free(scrm_tone_aspects *a);
/*
 * Gives a phrase of the lexicon that names no aspect the aspect of its
 * first word that names one ("never arrived" is said of a delivery, "jamais
 * reçu" too): a phrase matched takes its words' place. Insults and threats
 * take none. Called after the aspects and every lexicon read after them.
 */
void scrm_tone_aspects_inherit(scrm_tone_table **tables, size_t ntables);
/* Sets own_negation on every phrase of the tables: called, as the above,
 * once every lexicon is read. */
void scrm_tone_phrases_mark_negation(scrm_tone_table **tables, size_t ntables);
/* Marks every proper prefix of a phrase as a phrase start, so that lookups know to try longer keys. */
/* Where the last word of key[0..n) (words, space-separated) starts. */
static inline size_t scrm_tone_last_word(const char *key, size_t n)
{
	while (n > 0 && key[n - 1] != ' ')
		n--;
	return n;
}
void scrm_tone_table_mark_phrase(scrm_tone_table *t, const char *key, size_t n);
/*
 * Adds to every table the spellings of its phrases with an alias for some
 * of their words, each an entry of its own with the phrase's kind, value
 * and aspect: phrases are matched on the words as written, so without them
 * "ça marche pa" would not be "ça marche pas" although "pa" stands for
 * "pas". Only aliases of one word for one word count. The French table
 * (tables[SCRM_TONE_FR]) also gets each phrase with its last word
 * inflected ("jamais arrivée", "trop chers"). The spellings of the last
 * call are remade, and a lexicon line for one replaces it.
 * Called before the two above once every lexicon and aspect file is read.
 */
void scrm_tone_phrases_add_spellings(scrm_tone_table **tables, size_t ntables);
/* The first word of key (several words, space-separated) whose entry, an
 * alias followed, is one want takes, or NULL; inflected: words are looked
 * up as scrm_tone_table_lookup_word() does, else exactly. */
const scrm_tone_entry *scrm_tone_phrase_word(const scrm_tone_table *t, const char *key, size_t n, bool inflected,
                                             bool (*want)(const scrm_tone_entry *));

/* ---- scoring (tone_rules.c) ---- */

enum {
	SCRM_RULE_NEGATION = 1, SCRM_RULE_BOOSTER = 2, SCRM_RULE_CAPS = 4, SCRM_RULE_ELONG = 8,
	SCRM_RULE_BEFORE_CONTRAST = 16, SCRM_RULE_AFTER_CONTRAST = 32, SCRM_RULE_PUNCT = 64,
	SCRM_RULE_IRONY = 128, SCRM_RULE_EXPLETIVE = 256, SCRM_RULE_RESOLVED = 512,
	SCRM_RULE_LAUGHTER = 1024
};

typedef struct scrm_tone_contrib {
	uint32_t tok;           /* first token of the term */
	float base, value;      /* lexicon valence, and after the rules */
	unsigned rules;
} scrm_tone_contrib;

typedef struct scrm_tone_sums {
	double total;           /* sum of contributions, with punctuation emphasis */
	double pos, neg;        /* sums of positive and (absolute) negative contributions */
	double praise, blame;   /* the same before the contrast rule (what makes a mention mixed) */
	double punct;           /* punctuation emphasis added */
	double compound;        /* total normalised to [-1, 1] */
} scrm_tone_sums;

/* Resolves tokens against table (entries, phrases, aliases); memo may be NULL. */
void scrm_tone_resolve(scrm_tone_text *t, const scrm_tone_table *table, scrm_tone_memo_slot *memo,
                       scrm_tone_lang lang);
/*
 * Scores resolved tokens: fills contribs (one per valence term, capacity
 * t->ntok) and returns their count; clause_sum (capacity t->nclauses) gets
 * each clause's sum before the contrast rule (the aspects' tone).
 */
size_t scrm_tone_score_rules(const scrm_tone_text *t, scrm_tone_contrib *contribs,
                             double *clause_sum, scrm_tone_sums *sums);
/* Whether the aspect at token i is asked about alone in its sentence, an
 * answer following ("Le SAV ? Inexistant."); src: the analysed text. */
bool scrm_tone_asks_about_aspect(const scrm_tone_text *t, const char *src, size_t i);
/* VADER's normalisation x / sqrt(x^2 + 15). */
double scrm_tone_normalize_score(double x);

/* ---- aggressiveness (tone_aggr.c) ---- */

/* Appends the indexes of tokens that make the text aggressive; true if it is. */
bool scrm_tone_aggressive_terms(const scrm_tone_text *t, double compound, uint32_t *terms,
                                size_t *nterms, bool *shouting);

/* ---- language (tone_lang.c) ---- */

/*
 * The more likely of French and English for t, the tokens of text: from
 * function words and words written with French accents; on a tie, from
 * the words each language's lexicon (tables, indexed by language) knows;
 * fallback on a tie of both.
 */
scrm_tone_lang scrm_tone_guess_lang(const scrm_tone_text *t, const char *text,
                                    const scrm_tone_table tables[SCRM_TONE_NLANGS], scrm_tone_lang fallback);

/* ---- naive Bayes model (tone_nb.c, tone_train.c) ---- */

#define SCRM_TONE_NCLASSES 3     /* negative, neutral, positive */
#define SCRM_TONE_NBLEND 15      /* blend inputs, see scrm_tone_blend_inputs */
#define SCRM_TONE_NBLEND_V2 13   /* those of version 2 model files: the first 13 */

typedef struct scrm_tone_nbfeat {
	uint32_t key;
	float w[SCRM_TONE_NCLASSES];
} scrm_tone_nbfeat;

struct scrm_tone_model {
	/* Open-addressing table, key 0 = empty. Keys and weights are apart so
	 * that probing, mostly for features the model lacks, touches 4 bytes a slot. */
	uint32_t *keys;
	float (*w)[SCRM_TONE_NCLASSES];
	/* One bit per key hash (SCRM_TONE_FILTER_BITS): most features looked up
	 * are not in the model, and this 64 KiB answers that without touching the table. */
	uint64_t *filter;
	size_t nslots, count;
	float prior[SCRM_TONE_NCLASSES];
	bool has_class[SCRM_TONE_NCLASSES];
	/* multinomial logistic blend: class c logit = sum_j blend[c][j] * input_j */
	float blend[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND];
	/* the same as doubles, set when the model is read, for scrm_tone_blend() */
	double blend_d[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND];
};

/* Feature hashes of a tokenised text (word, negated word, bigram, character
 * n-grams); the language is part of each hash, and its low bit. */
size_t scrm_tone_features(const scrm_tone_text *t, scrm_tone_lang lang, uint32_t **feats, size_t *cap);
/*
 * What the engine remembers about a word, per language, in a direct-mapped
 * memo (SCRM_TONE_MEMO_SLOTS slots, owned by the engine, zeroed whenever a
 * lexicon, aspects or model file is loaded): its lexicon entry, its plain
 * feature hash, its naive Bayes weights per negation state and whether it
 * starts a phrase as written. Words repeat, so most tokens cost one probe.
 */
#define SCRM_TONE_MEMO_SLOTS 4096
struct scrm_tone_memo_slot {
	_Alignas(64) uint64_t key;  /* token hash mixed with the language; 0: empty */
	const struct scrm_tone_entry *entry;
	/* what scrm_tone_resolve() makes of the word when no phrase follows
	 * it (resolved_ready): entry through its alias, and its kind and aspect */
	const struct scrm_tone_entry *resolved;
	float w[2][SCRM_TONE_NCLASSES];
	uint32_t wh;
	uint8_t found[2];
	uint8_t ready;               /* bit n: w[n] and found[n] are set */
	uint8_t kind;
	int16_t aspect;
	bool lex_ready : 1, wh_ready : 1, resolved_ready : 1, aliased : 1;
	bool phrase_ready : 1, phrase : 1;   /* phrase: the word as written starts a phrase */
	bool number_next : 1;                /* one whose next word is the number word */
};

/* The memo slot of a token (NULL when it must not be memoised: elongated
 * tokens), emptied first if it held another word. Inline: every token
 * takes it twice. */
static inline scrm_tone_memo_slot *scrm_tone_memo_slot_of(scrm_tone_memo_slot *memo, const scrm_tone_token *k,
                                                          scrm_tone_lang lang)
{
	if (!memo || (k->flags & SCRM_TOK_ELONG))
		return NULL;
	uint64_t key = (k->hash ^ (lang == SCRM_TONE_EN ? 0x9E3779B97F4A7C15ull : 0)) | 1;
	scrm_tone_memo_slot *slot = &memo[(key >> 7) & (SCRM_TONE_MEMO_SLOTS - 1)];
	if (slot->key != key) {
		memset(slot, 0, sizeof *slot);
		slot->key = key;
	}
	return slot;
}

/* ---- word cache (tone_words.c) ---- */

/*
 * What the tokenizer learnt about a spelling as written ("Déçu", "super"):
 * its token (key, hash, flags) and, per language, the memo the scoring
 * passes fill. Words repeat, so a spelling met before costs the tokenizer
 * one probe instead of folding and hashing it letter by letter, and the
 * scoring passes no probe at all. Only words whose token depends on their
 * own bytes alone are cached (scrm_tone_plain_word_end()), not elongated.
 */
#define SCRM_TONE_WORD_MAX 23       /* longest spelling cached, in bytes */
#define SCRM_TONE_PAD 32            /* zeros after the tokenizer's copy of a text: loads may run over */
#define SCRM_TONE_WORD_LOG2 14
#define SCRM_TONE_WORD_SLOTS (1u << SCRM_TONE_WORD_LOG2)   /* direct-mapped */

struct scrm_tone_word {
	_Alignas(64) uint64_t raw[3];  /* the spelling, zero-padded */
	uint64_t hash;                 /* the token's key hash */
	uint32_t text;                 /* serial of the last text that used it; 0: empty */
	uint8_t rawlen, keylen, flags;
	char key[SCRM_TONE_WORD_MAX + 1];   /* NUL-padded */
	scrm_tone_memo_slot memo[SCRM_TONE_NLANGS];
};

struct scrm_tone_words {
	scrm_tone_word *slot;
	uint32_t text;                 /* serial of the text being tokenised */
	bool stale;                    /* to be emptied before the next text */
};

scrm_tone_words *scrm_tone_words_new(void);
void scrm_tone_words_free(scrm_tone_words *w);
/* Forgets every spelling (the lexicon or model changed). */
void scrm_tone_words_clear(scrm_tone_words *w);
/* Starts a new text: entries it uses are not replaced until the next one. */
void scrm_tone_words_next_text(scrm_tone_words *w);
/* The slot index of a spelling loaded, zero-padded, into raw. */
static inline size_t scrm_tone_words_home_raw(const uint64_t raw[3], size_t n)
{
	uint64_t h = (raw[0] * 0x9E3779B97F4A7C15ull) ^ (raw[1] * 0xC2B2AE3D27D4EB4Full) ^
	             (raw[2] * 0x165667B19E3779F9ull) ^ n;
	h ^= h >> 29;
	h *= 0xBF58476D1CE4E5B9ull;
	return (size_t)(h >> (64 - SCRM_TONE_WORD_LOG2));
}

/*
 * The spelling s[0..n) (n <= SCRM_TONE_WORD_MAX) loaded into raw, zero-padded,
 * and its slot index. s must be readable for SCRM_TONE_WORD_MAX + 1 bytes
 * (the tokenizer's padded copy of the text): whole words are loaded and
 * masked, which a byte copy followed by word loads would stall on.
 */
static inline size_t scrm_tone_words_home(const char *s, size_t n, uint64_t raw[3])
{
	for (size_t w = 0; w < 3; w++) {
		uint64_t v;
		memcpy(&v, s + 8 * w, 8);
		/* Bytes kept: n - 8w between 0 and 8, the mask made without a
		 * branch (word lengths follow no pattern): two shifts, as one
		 * of 64 is undefined. */
		size_t have = n > 8 * w ? n - 8 * w : 0;
		have = have < 8 ? have : 8;
		raw[w] = v & (~UINT64_C(0) >> (32 - 4 * have) >> (32 - 4 * have));
	}
	return scrm_tone_words_home_raw(raw, n);
}

/* The cached entry for a spelling (raw and home from scrm_tone_words_home()), or NULL. */
static inline scrm_tone_word *scrm_tone_words_find(scrm_tone_words *w, const uint64_t raw[3], size_t n,
                                                   size_t home)
{
	scrm_tone_word *e = &w->slot[home];
	if (e->rawlen != n || e->raw[0] != raw[0] || e->raw[1] != raw[1] || e->raw[2] != raw[2] || !e->text)
		return NULL;
	e->text = w->text;
	return e;
}

/*
 * Remembers the token k (key at key) for a spelling; returns the entry, or
 * NULL when the slot serves another spelling of the same text.
 */
scrm_tone_word *scrm_tone_words_add(scrm_tone_words *w, const uint64_t raw[3], size_t n, size_t home,
                                    const scrm_tone_token *k, const char *key);
/*
 * The end of the word at p[i] when its token depends on its own bytes
 * alone, so that the word cache may keep it: ASCII digits, ASCII and
 * Latin-1 letters, at most SCRM_TONE_WORD_MAX bytes, then the end of the
 * text or a character that ends a word whatever follows (not a letter,
 * digit, apostrophe or mark skipped inside words). 0 otherwise. p must
 * be readable for SCRM_TONE_PAD bytes after n (the tokenizer's padded copy).
 */
size_t scrm_tone_plain_word_end(const unsigned char *p, size_t n, size_t i);

/* The memo of a token: its cached word's for lang, else the engine's slot
 * (NULL without a memo, or when the token must not be memoised). */
static inline scrm_tone_memo_slot *scrm_tone_memo_of(scrm_tone_memo_slot *memo, const scrm_tone_token *k,
                                                     scrm_tone_lang lang)
{
	if (!memo)
		return NULL;
	if (k->word)
		return &k->word->memo[lang];
	return scrm_tone_memo_slot_of(memo, k, lang);
}

/* Naive Bayes scores of a resolved text, as scrm_tone_nb_scores() would give
 * for its features; the engine's memo (see above) speeds it up. */
void scrm_tone_nb_text(const scrm_tone_model *m, scrm_tone_memo_slot *memo, const scrm_tone_text *t,
                       scrm_tone_lang lang, double out[SCRM_TONE_NCLASSES + 1]);
/* Naive Bayes log-likelihood per class of a feature list, divided by the
 * square root of the number of features found (plus one), and that
 * divisor last: how little the model knew of the text (1: nothing). */
void scrm_tone_nb_scores(const scrm_tone_model *m, const uint32_t *feats, size_t n,
                         double out[SCRM_TONE_NCLASSES + 1]);
/* The blend's inputs from the lexicon sums and the naive Bayes scores. */
void scrm_tone_blend_inputs(const scrm_tone_sums *s, const double nb[SCRM_TONE_NCLASSES + 1],
                            scrm_tone_lang lang, size_t ntok, double in[SCRM_TONE_NBLEND]);
/* Class probabilities from blend inputs and weights (a softmax over the classes present). */
void scrm_tone_blend_probs(const double w[SCRM_TONE_NCLASSES][SCRM_TONE_NBLEND],
                           const bool has_class[SCRM_TONE_NCLASSES], const double in[SCRM_TONE_NBLEND],
                           double p[SCRM_TONE_NCLASSES]);
/* Class probabilities from blend inputs, with the weights of a model read by scrm_tone_model_read(). */
void scrm_tone_blend(const scrm_tone_model *m, const double in[SCRM_TONE_NBLEND],
                     double p[SCRM_TONE_NCLASSES]);
#define SCRM_TONE_FILTER_BITS (1u << 19)

/* The filter bit of a feature. */
static inline uint32_t scrm_tone_filter_bit(uint32_t key)
{
	return (key * 0x9E3779B1u) >> 13;
}

/* The first slot probed for a feature in a model table of mask + 1 slots. */
static inline size_t scrm_tone_model_home(uint32_t key, size_t mask)
{
	return (key * 2654435761u) & mask;
}

/* An empty model whose table holds n features; scrm_tone_model_add() fills it. */
scrm_tone_model *scrm_tone_model_new(size_t n);
void scrm_tone_model_add(scrm_tone_model *m, const scrm_tone_nbfeat *f);
scrm_tone_model *scrm_tone_model_read(const char *path, scrm_buf *err);
bool scrm_tone_model_write(const scrm_tone_model *m, const char *path, scrm_buf *err);
void scrm_tone_model_free(scrm_tone_model *m);

/* ---- the engine (tone.c) ---- */

/* The lexicon part of an analysis (tokens, lexicon sums), without the model. */
void scrm_tone_analyse_lexicon(scrm_tone_engine *e, const char *text, size_t n, scrm_tone_lang lang,
                               bool guess);

#define SCRM_TONE_MAX_AGGR 16

struct scrm_tone_engine {
	scrm_tone_table table[SCRM_TONE_NLANGS];
	scrm_tone_aspects aspects;
	scrm_tone_model *model;
	scrm_tone_memo_slot *memo;    /* SCRM_TONE_MEMO_SLOTS, for words the cache does not keep */
	scrm_tone_words *words;
	/* the last analysis */
	const char *src;
	size_t srclen;
	scrm_tone_text text;
	scrm_tone_lang lang;
	scrm_tone_contrib *contribs;
	size_t ncontribs, contrib_cap;
	double *clause_sum;
	size_t clause_cap;
	scrm_tone_sums sums;
	uint32_t *feats;
	size_t nfeats, feat_cap;
	double nb[SCRM_TONE_NCLASSES + 1];   /* scrm_tone_nb_scores() */
	double prob[SCRM_TONE_NCLASSES];
	bool used_model;
	double score;
	scrm_tone_label label;
	bool aggressive, shouting;
	uint32_t aggr[SCRM_TONE_MAX_AGGR];
	size_t naggr;
	double aspect_sum[SCRM_TONE_MAX_ASPECTS];
	uint64_t aspects_seen;          /* bit a: aspect a is named (SCRM_TONE_MAX_ASPECTS is 64) */
};

#endif
