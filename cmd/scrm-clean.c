/*
 * scrm-clean - denoise mentions: normalise text, match brands, identify the
 * language, mark duplicates and spam in a `clean` object, and with --drop
 * move what the user names to --rejects. The work is in lib/clean.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "bayes.h"
#include "clean.h"
#include "cli.h"
#include "lockfile.h"
#include "msg.h"

static const char options_help[] =
	"  -k, --rules FILE        brands to watch (see scrm-clean(1)); adds clean.brands, clean.relevant\n"
	"      --keep-raw          keep the original text in clean.raw_text when normalising changes it\n"
	"      --lang LIST         keep only these languages (e.g. fr,en); others go to --rejects\n"
	"      --langid-model FILE language model (default: clean/langid.bin in the data directory)\n"
	"      --no-lang           no language identification (no clean.lang, lang not filled in)\n"
	"      --no-lang-hints     the text alone says its language (by default the source's lang\n"
	"                          and the --lang list settle texts of a few words)\n"
	"      --drop LIST         move dup,spam,irrelevant,lang records to --rejects (needs --rejects)\n"
	"      --spam-threshold X  spam score from which --drop spam drops (default 0.5)\n"
	"      --spam-model FILE   naive Bayes spam model, or 'none' (default: built in)\n"
	"      --bot-rate N        posts per hour from one account flagged bot_rate (default 60, 0: off)\n"
	"      --distance K        near-duplicate Hamming distance, 0-7 (default 3)\n"
	"      --window N|SPAN     remember the last N originals (default 100000) or those within\n"
	"                          SPAN (30m, 24h, 7d); may be given twice\n"
	"      --min-words N       shorter texts are not compared as near-duplicates (default 4)\n"
	"      --seen FILE         duplicate memory kept across runs (read, then rewritten atomically)\n"
	"      --counts FILE       write {\"id\",\"copies\"} for each original that was copied\n"
	"      --train-spam        read labelled records, write a spam model (to -o or stdout)\n";

enum { OPT_KEEP_RAW = 256, OPT_LANG, OPT_LANGID, OPT_DROP, OPT_THRESHOLD, OPT_MODEL, OPT_BOT_RATE,
       OPT_DISTANCE, OPT_WINDOW, OPT_MIN_WORDS, OPT_SEEN, OPT_COUNTS, OPT_TRAIN, OPT_NO_LANG,
       OPT_NO_LANG_HINTS };

static const struct option longopts[] = {
	{ "rules", required_argument, NULL, 'k' },
	{ "keep-raw", no_argument, NULL, OPT_KEEP_RAW },
	{ "lang", required_argument, NULL, OPT_LANG },
	{ "langid-model", required_argument, NULL, OPT_LANGID },
	{ "drop", required_argument, NULL, OPT_DROP },
	{ "spam-threshold", required_argument, NULL, OPT_THRESHOLD },
	{ "spam-model", required_argument, NULL, OPT_MODEL },
	{ "bot-rate", required_argument, NULL, OPT_BOT_RATE },
	{ "distance", required_argument, NULL, OPT_DISTANCE },
	{ "window", required_argument, NULL, OPT_WINDOW },
	{ "min-words", required_argument, NULL, OPT_MIN_WORDS },
	{ "seen", required_argument, NULL, OPT_SEEN },
	{ "counts", required_argument, NULL, OPT_COUNTS },
	{ "train-spam", no_argument, NULL, OPT_TRAIN },
	{ "no-lang", no_argument, NULL, OPT_NO_LANG },
	{ "no-lang-hints", no_argument, NULL, OPT_NO_LANG_HINTS },
	{ NULL, 0, NULL, 0 },
};

static const scrm_tool tool = {
	.name = "scrm-clean",
	.summary = "normalise mentions, match brands, mark language, duplicates and spam",
	.usage = "[-k RULES] [--lang LIST] [--drop LIST] [--seen FILE] [options] [FILE...]",
	.options_help = options_help,
	.shortopts = "k:",
	.longopts = longopts,
};

/* Learns a spam model from the run's records; writes it to path (atomically), or to the run's output. */
static void train(scrm_run *run, const char *path)
{
	static const char *const labels[] = { "spam", "ham" };
	scrm_bayes *m = scrm_bayes_new(2, labels);
	scrm_record rec;
	scrm_buf text = SCRM_BUF_INIT;
	const char *why;

	scrm_record_init(&rec);
	while (scrm_run_next_record(run, &rec))
		if (!scrm_clean_train_spam(m, &rec, &why))
			scrm_run_reject(run, "%s", why);
	/* A model of one class scores every text alike: nothing learnt. */
	if (!scrm_bayes_docs(m, 0) || !scrm_bayes_docs(m, 1))
		scrm_die(SCRM_EXIT_USAGE, "%s: training needs spam and ham examples (%lu spam, %lu ham)",
		         run->cli->ninputs ? run->cli->inputs[0] : "standard input", scrm_bayes_docs(m, 0),
		         scrm_bayes_docs(m, 1));
	scrm_bayes_dump(m, &text);
	if (!path)
		scrm_run_write(run, text.data, text.len);
	else if (!scrm_write_file_atomic(path, text.data, text.len))
		scrm_die(SCRM_EXIT_IO, "%s: %s", path, strerror(errno));
	scrm_buf_free(&text);
	scrm_bayes_free(m);
	scrm_record_free(&rec);
}

typedef struct waiting {
	scrm_run *run;
	scrm_clean *clean;
} waiting;

/* The input waits: what was let through so far is out, so it may be remembered. */
static void checkpoint(void *ctx)
{
	waiting *w = ctx;
	scrm_buf err = SCRM_BUF_INIT;

	if (!scrm_clean_checkpoint(w->clean, &err)) {
		scrm_warn("%s", err.data);
		scrm_run_fail(w->run, SCRM_EXIT_IO);
	}
	scrm_buf_free(&err);
}

static void clean(scrm_run *run, scrm_clean *c)
{
	waiting w = { run, c };
	scrm_run_on_wait(run, checkpoint, &w);
	scrm_record rec;
	scrm_buf line = SCRM_BUF_INIT;

	scrm_record_init(&rec);
	while (scrm_run_next_record(run, &rec)) {
		scrm_buf_clear(&line);
		unsigned drop = scrm_clean_record(c, &rec, &line);
		if (drop) {
			scrm_run_write_rejects(run, line.data, line.len);   /* set aside by request: no error */
		} else {
			scrm_buf_putc(&line, '\n');
			scrm_run_write(run, line.data, line.len);
		}
	}
	scrm_run_on_wait(run, NULL, NULL);   /* w goes with this frame */
	scrm_record_free(&rec);
	scrm_buf_free(&line);
}

/* Once the outputs are closed: what was dropped, and the duplicate memory saved if nothing was lost. */
static void finish(scrm_run *run, scrm_clean *c, bool quiet)
{
	scrm_buf err = SCRM_BUF_INIT;
	bool output_ok = scrm_run_close_outputs(run);
	const unsigned long *d = scrm_clean_dropped(c);

	if (output_ok && d[4] && !quiet)
		scrm_warn("%lu records dropped to %s (dup %lu, spam %lu, irrelevant %lu, lang %lu)",
		          d[4], run->cli->rejects, d[0], d[1], d[2], d[3]);
	if (!scrm_clean_finish(c, output_ok, &err)) {
		scrm_warn("%s", err.data);
		scrm_run_fail(run, SCRM_EXIT_IO);
	}
	scrm_buf_free(&err);
}

int main(int argc, char **argv)
{
	scrm_cli cli;
	scrm_run run;
	scrm_clean_opts o;
	scrm_buf err = SCRM_BUF_INIT;
	const char *arg;
	bool training = false;
	unsigned window_given = 0;
	int ch, status;

	scrm_clean_opts_init(&o);
	scrm_cli_init(&cli, &tool, argc, argv);
	while ((ch = scrm_cli_next(&cli, &arg)) != -1) {
		switch (ch) {
		case 'k':
			if (o.rules)
				scrm_cli_usage_error(&cli, "-k given twice: put every brand in one rules file");
			o.rules = arg;
			break;
		case OPT_KEEP_RAW: o.keep_raw = true; break;
		case OPT_LANG: o.langs = arg; break;
		case OPT_LANGID: o.langid_model = arg; break;
		case OPT_DROP:
			if (!scrm_clean_parse_drop(arg, &o.drop))
				scrm_cli_usage_error(&cli, "--drop: expected a list of dup, spam, irrelevant, lang, got '%s'", arg);
			break;
		case OPT_THRESHOLD: {
			char *end;
			o.spam_threshold = strtod(arg, &end);
			if (end == arg || *end || !(o.spam_threshold >= 0 && o.spam_threshold <= 1))
				scrm_cli_usage_error(&cli, "--spam-threshold: expected a number in [0, 1], got '%s'", arg);
			break;
		}
		case OPT_MODEL: o.spam_model = arg; break;
		case OPT_BOT_RATE: o.bot_rate = (unsigned)scrm_cli_number(&cli, "--bot-rate", arg, 0, 1000000); break;
		case OPT_DISTANCE: o.distance = (int)scrm_cli_number(&cli, "--distance", arg, 0, 7); break;
		case OPT_WINDOW: {
			/* Once as a count and once as a span, as documented; not twice as either. */
			unsigned kind = *arg && arg[strlen(arg) - 1] >= '0' && arg[strlen(arg) - 1] <= '9' ? 1u : 2u;
			if (window_given & kind)
				scrm_cli_usage_error(&cli, "--window: a %s given twice", kind == 1 ? "count" : "span");
			window_given |= kind;
			if (!scrm_clean_parse_window(arg, &o))
				scrm_cli_usage_error(&cli, "--window: expected a count (1-100000000) or a span such as 24h, got '%s'", arg);
			break;
		}
		case OPT_MIN_WORDS: o.min_words = (int)scrm_cli_number(&cli, "--min-words", arg, 1, 1000); break;
		case OPT_SEEN: o.seen = arg; break;
		case OPT_COUNTS: o.counts = arg; break;
		case OPT_TRAIN: training = true; break;
		case OPT_NO_LANG: o.no_lang = true; break;
		case OPT_NO_LANG_HINTS: o.no_lang_hints = true; break;
		default: scrm_cli_usage_error(&cli, "unexpected option");
		}
	}
	if (o.langs && o.no_lang)
		scrm_cli_usage_error(&cli, "--lang needs language identification: drop --no-lang");
	if (o.langs)
		o.drop |= SCRM_CLEAN_DROP_LANG;
	else if (o.drop & SCRM_CLEAN_DROP_LANG)
		scrm_cli_usage_error(&cli, "--drop lang needs --lang LIST (the languages to keep)");
	if ((o.drop & SCRM_CLEAN_DROP_IRRELEVANT) && !o.rules)
		scrm_cli_usage_error(&cli, "--drop irrelevant needs -k RULES");
	if (o.drop && !cli.rejects)
		scrm_cli_usage_error(&cli, "dropped records go to --rejects FILE: name one (/dev/null to discard them)");

	if (training) {
		/* Said, not silently ignored: the options of a cleaning run. */
		if (o.rules || o.seen || o.counts || o.langs || o.drop || o.keep_raw || o.spam_model || o.no_lang)
			scrm_cli_usage_error(&cli, "--train-spam takes only labelled records, -o and the options every tool takes");
		/* -o is written once the model is learnt, whole: a failed run leaves the old model. */
		const char *path = cli.output && strcmp(cli.output, "-") != 0 ? cli.output : NULL;
		if (path)
			cli.output = NULL;
		scrm_run_start(&run, &cli);
		train(&run, path);
	} else {
		if (o.seen)
			scrm_lock_or_exit(o.seen);
		scrm_clean *c = scrm_clean_new(&o, &err, &status);
		if (!c)
			scrm_die(status, "%s", err.data);
		scrm_run_start(&run, &cli);
		clean(&run, c);
		finish(&run, c, cli.quiet);
		scrm_clean_free(c);
	}
	status = scrm_run_finish(&run);
	scrm_buf_free(&err);
	scrm_cli_free(&cli);
	return status;
}
