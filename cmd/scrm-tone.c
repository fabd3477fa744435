/*
 * scrm-tone - add the tone of each mention: score, label, aggressiveness,
 * aspects, and with --explain the contribution of each word and rule.
 * With --train, learn a model from labelled mentions instead.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "datadir.h"
#include "msg.h"
#include "record.h"
#include "tone.h"

static const char options_help[] =
	"      --explain       add the contribution of each term and rule\n"
	"      --title         read the record's title before its text (headlines, posts)\n"
	"      --any-lang      score records in other languages too, as French or English\n"
	"      --lang LANG     language of records without \"lang\" (fr or en; default: guess)\n"
	"      --lexicon FILE  add or override terms (repeatable)\n"
	"      --aspects FILE  use these aspects instead of the default ones\n"
	"      --model FILE    blend this model with the lexicon (default: the shipped one)\n"
	"      --no-model      lexicon and rules only\n"
	"      --train FILE    learn a model from labelled mentions in FILE, write it to -o\n";

enum { OPT_EXPLAIN = 256, OPT_TITLE, OPT_ANY_LANG, OPT_LANG, OPT_LEXICON, OPT_ASPECTS, OPT_MODEL, OPT_NO_MODEL, OPT_TRAIN };

static const struct option longopts[] = {
	{ "explain", no_argument, NULL, OPT_EXPLAIN },
	{ "title", no_argument, NULL, OPT_TITLE },
	{ "any-lang", no_argument, NULL, OPT_ANY_LANG },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "lexicon", required_argument, NULL, OPT_LEXICON },
	{ "aspects", required_argument, NULL, OPT_ASPECTS },
	{ "model", required_argument, NULL, OPT_MODEL },
	{ "no-model", no_argument, NULL, OPT_NO_MODEL },
	{ "train", required_argument, NULL, OPT_TRAIN },
	{ NULL, 0, NULL, 0 },
};

static const scrm_tool tool = {
	.name = "scrm-tone",
	.summary = "add the tone of each mention (French and English)",
	.usage = "[--explain] [--title] [--any-lang] [--lang LANG] [--lexicon FILE] [--aspects FILE] [--model FILE | --no-model]\n"
	         "       [-o FILE] [--rejects FILE] [--strict] [-q] [FILE...]\n"
	         "       scrm-tone --train LABELLED -o MODEL [--rejects FILE] [--strict]",
	.options_help = options_help,
	.shortopts = "",
	.longopts = longopts,
};

typedef struct options {
	bool explain, title, any_lang, no_model, guess;
	scrm_tone_lang lang;
	const char *lexicons[16];
	size_t nlexicons;
	const char *aspects, *model, *train;
} options;

/* Loads everything the options ask for; exits 2 naming the broken file. */
static scrm_tone_engine *load_engine(const options *o, bool with_model)
{
	scrm_tone_engine *e = scrm_tone_engine_new();
	scrm_buf dir = SCRM_BUF_INIT, err = SCRM_BUF_INIT, path = SCRM_BUF_INIT;
	scrm_datadir(&dir);
	scrm_buf_puts(&dir, "/tone");
	bool ok = scrm_tone_load_defaults(e, dir.data, &err);
	for (size_t i = 0; ok && i < o->nlexicons; i++)
		ok = scrm_tone_load_lexicon(e, o->lexicons[i], &err);
	if (ok && o->aspects)
		ok = scrm_tone_load_aspects(e, o->aspects, &err);
	if (ok && with_model && !o->no_model) {
		if (!o->model)
			scrm_buf_printf(&path, "%s/model.bin", dir.data);
		ok = scrm_tone_load_model(e, o->model ? o->model : path.data, &err);
	}
	if (!ok)
		scrm_die(SCRM_EXIT_USAGE, "%s", err.data);
	scrm_buf_free(&dir);
	scrm_buf_free(&err);
	scrm_buf_free(&path);
	return e;
}

/*
 * The language of a record: its "lang" when fr or en, else --lang, else a
 * guess. False for a record whose "lang" names another language, unless
 * --any-lang: the lexicons would read it as French or English ("die",
 * the German article, is an English valence of -2.9).
 */
static bool record_lang(const options *o, const scrm_record *rec, scrm_buf *scratch,
                        scrm_tone_lang *lang, bool *guess)
{
	size_t n;
	const char *s = scrm_record_string(rec, "lang", scratch, &n);
	*lang = o->lang;
	*guess = false;
	if (s && scrm_tone_lang_parse(s, n, lang))
		return true;
	if (s && !o->any_lang && scrm_tone_lang_is_other(s, n))
		return false;
	*guess = o->guess || s != NULL;
	return true;
}

/* Buffers a record's strings may be copied into: each lookup has its own. */
typedef struct record_bufs {
	scrm_buf text, title, joined, lang;
} record_bufs;

static void record_bufs_free(record_bufs *b)
{
	scrm_buf_free(&b->text);
	scrm_buf_free(&b->title);
	scrm_buf_free(&b->joined);
	scrm_buf_free(&b->lang);
}

/* What of a record to analyse (its text, after its title with --title); NULL without a string text. */
static const char *record_text(const options *o, const scrm_record *rec, record_bufs *b, size_t *n)
{
	const char *text = scrm_record_string(rec, "text", &b->text, n);
	if (!text || !o->title)
		return text;
	size_t tn = 0;
	const char *title = scrm_record_string(rec, "title", &b->title, &tn);
	return scrm_tone_record_text(title, tn, text, *n, &b->joined, n);
}

static int filter(scrm_cli *cli, const options *o)
{
	scrm_tone_engine *e = load_engine(o, true);
	scrm_run run;
	scrm_record rec;
	record_bufs bufs = { SCRM_BUF_INIT, SCRM_BUF_INIT, SCRM_BUF_INIT, SCRM_BUF_INIT };
	scrm_buf obj = SCRM_BUF_INIT;
	unsigned long without_text = 0, other_lang = 0;
	scrm_run_start(&run, cli);
	scrm_record_init(&rec);
	while (scrm_run_next_record(&run, &rec)) {
		size_t n;
		const char *text = record_text(o, &rec, &bufs, &n);
		if (!text) {
			without_text++;
			scrm_run_write_line(&run);
			continue;
		}
		scrm_tone_lang lang;
		bool guess;
		if (!record_lang(o, &rec, &bufs.lang, &lang, &guess)) {
			other_lang++;
			scrm_run_write_line(&run);
			continue;
		}
		scrm_tone_analyse(e, text, n, lang, guess);
		scrm_buf_clear(&obj);
		scrm_tone_write_json(e, o->explain, &obj);
		scrm_run_write_spliced(&run, &rec, "tone", obj.data, obj.len);
	}
	if (without_text && !cli->quiet)
		scrm_warn("%lu record%s without a string \"text\" passed through without tone", without_text,
		          without_text == 1 ? "" : "s");
	if (other_lang && !cli->quiet)
		scrm_warn("%lu record%s in another language than French and English passed through without tone"
		          " (--any-lang scores them)", other_lang, other_lang == 1 ? "" : "s");
	scrm_record_free(&rec);
	record_bufs_free(&bufs);
	scrm_buf_free(&obj);
	scrm_tone_engine_free(e);
	return scrm_run_finish(&run);
}

/* The label of a training record: "label", or else "tone.label". */
static bool record_label(const scrm_record *rec, scrm_buf *scratch, scrm_tone_label *out)
{
	static const char *const names[] = { "negative", "neutral", "positive" };
	size_t n;
	const char *s = scrm_record_string(rec, "label", scratch, &n);
	if (!s)
		s = scrm_record_string(rec, "tone.label", scratch, &n);
	for (int i = 0; s && i < 3; i++)
		if (n == strlen(names[i]) && memcmp(s, names[i], n) == 0) {
			*out = (scrm_tone_label)i;
			return true;
		}
	return false;
}

static int train(scrm_cli *cli, const options *o)
{
	if (!cli->output)
		scrm_cli_usage_error(cli, "--train needs -o MODEL");
	if (cli->ninputs > 0)
		scrm_cli_usage_error(cli, "--train reads only its own FILE");
	scrm_tone_engine *e = load_engine(o, false);
	scrm_tone_trainer *tr = scrm_tone_trainer_new();
	scrm_reader *in = scrm_reader_open(o->train);
	if (!in)
		scrm_die(SCRM_EXIT_IO, "%s: %s", o->train, strerror(errno));
	scrm_writer *rejects = NULL;
	if (cli->rejects && (scrm_same_file(cli->rejects, o->train) || strcmp(cli->rejects, cli->output) == 0))
		scrm_cli_usage_error(cli, "--rejects %s is the training file or the model: name another", cli->rejects);
	if (cli->rejects && !(rejects = scrm_writer_open(cli->rejects)))
		scrm_die(SCRM_EXIT_IO, "%s: %s", cli->rejects, strerror(errno));
	scrm_record rec;
	scrm_buf reason = SCRM_BUF_INIT, label_buf = SCRM_BUF_INIT;
	record_bufs bufs = { SCRM_BUF_INIT, SCRM_BUF_INIT, SCRM_BUF_INIT, SCRM_BUF_INIT };
	const char *line;
	size_t len;
	unsigned long lineno = 0, bad = 0;
	int r, status = SCRM_EXIT_OK;
	scrm_record_init(&rec);
	while ((r = scrm_reader_getline(in, &line, &len)) > 0) {
		lineno++;
		if (len == 0)
			continue;
		const char *why = NULL;
		scrm_tone_label label = SCRM_TONE_NEUTRAL;
		scrm_tone_lang lang = SCRM_TONE_FR;
		bool guess = false;
		size_t n = 0;
		const char *text = NULL;
		if (!scrm_record_parse(&rec, line, len, &reason))
			why = reason.data;
		else if (!(text = record_text(o, &rec, &bufs, &n)))
			why = "no string \"text\"";
		else if (!record_label(&rec, &label_buf, &label))
			why = "no \"label\" (or \"tone.label\") among negative, neutral, positive";
		else if (!record_lang(o, &rec, &bufs.lang, &lang, &guess))
			why = "\"lang\" is another language than French and English (--any-lang reads it as one)";
		if (why) {
			if (bad++ < SCRM_MAX_REPORTED && !cli->quiet)
				scrm_warn_at(o->train, lineno, "%s", why);
			status = SCRM_EXIT_REJECTS;
			bool crlf = scrm_reader_last_crlf(in);
			if (rejects && !(scrm_writer_write(rejects, line, len) &&
			                 scrm_writer_write(rejects, crlf ? "\r\n" : "\n", crlf ? 2 : 1)))
				scrm_die(SCRM_EXIT_IO, "%s: write error: %s", cli->rejects, scrm_writer_error(rejects));
			if (cli->strict)
				break;
			continue;
		}
		scrm_tone_trainer_add(tr, e, text, n, lang, guess, label);
	}
	if (r < 0)
		scrm_die(SCRM_EXIT_IO, "%s: %s", o->train, scrm_reader_error(in));
	if (bad > SCRM_MAX_REPORTED && !cli->quiet)
		scrm_warn("%s: %lu lines skipped in all", o->train, bad);
	scrm_reader_close(in);
	char why[200];
	if (rejects && !scrm_writer_close(rejects, why, sizeof why))
		scrm_die(SCRM_EXIT_IO, "%s: write error: %s", cli->rejects, why);
	/* --strict: the first line that cannot be learnt from ends the run, and no model is written. */
	if (cli->strict && bad)
		exit(SCRM_EXIT_REJECTS);
	if (!scrm_tone_trainer_write(tr, cli->output, &reason)) {
		if (strstr(reason.data, "labels"))
			scrm_die(SCRM_EXIT_USAGE, "%s: %s", o->train, reason.data);
		scrm_die(SCRM_EXIT_IO, "%s", reason.data);
	}
	scrm_record_free(&rec);
	scrm_buf_free(&reason);
	scrm_buf_free(&label_buf);
	record_bufs_free(&bufs);
	scrm_tone_trainer_free(tr);
	scrm_tone_engine_free(e);
	return status;
}

int
main(int argc, char **argv)
{
	scrm_cli cli;
	options o;
	const char *arg;
	int c, status;

	memset(&o, 0, sizeof o);
	o.guess = true;
	o.lang = SCRM_TONE_FR;
	scrm_cli_init(&cli, &tool, argc, argv);
	while ((c = scrm_cli_next(&cli, &arg)) != -1) {
		switch (c) {
		case OPT_EXPLAIN:
			o.explain = true;
			break;
		case OPT_TITLE:
			o.title = true;
			break;
		case OPT_ANY_LANG:
			o.any_lang = true;
			break;
		case OPT_LANG:
			if (!scrm_tone_lang_parse(arg, strlen(arg), &o.lang))
				scrm_cli_usage_error(&cli, "--lang: expected fr or en, not '%s'", arg);
			o.guess = false;
			break;
		case OPT_LEXICON:
			if (o.nlexicons == sizeof o.lexicons / sizeof o.lexicons[0])
				scrm_cli_usage_error(&cli, "--lexicon: at most 16 files");
			o.lexicons[o.nlexicons++] = arg;
			break;
		case OPT_ASPECTS:
			o.aspects = arg;
			break;
		case OPT_MODEL:
			o.model = arg;
			break;
		case OPT_NO_MODEL:
			o.no_model = true;
			break;
		case OPT_TRAIN:
			o.train = arg;
			break;
		default:
			scrm_cli_usage_error(&cli, "unexpected option");
		}
	}
	if (o.model && o.no_model)
		scrm_cli_usage_error(&cli, "--model and --no-model exclude each other");
	status = o.train ? train(&cli, &o) : filter(&cli, &o);
	scrm_cli_free(&cli);
	return status;
}
