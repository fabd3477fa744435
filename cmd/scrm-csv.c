/*
 * scrm-csv - mention records to CSV for spreadsheets and CRM imports, and
 * CSV (CRM exports, reviewed spreadsheets) back to records with --from-csv.
 */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "cli.h"
#include "csv.h"
#include "msg.h"

static const char options_help[] =
	"  -f, --fields LIST   columns to write: dotted paths, comma-separated, each maybe\n"
	"                      NAME=path; an object gives a column per field; * is all;\n"
	"                      \\. is a dot inside a key, \\\\ a backslash (default: id,\n"
	"                      created_at, author, text, tone... as listed in scrm-csv(1))\n"
	"      --excel         for French Excel: UTF-8 BOM, ';', CR LF, decimal comma\n"
	"      --sep C         separate cells with C (a character, or 'tab')\n"
	"      --tsv           separate cells with TAB\n"
	"      --no-header     write no header row\n"
	"      --safe          prefix text cells starting with = + - @ with ' (no formulas)\n"
	"      --bom, --crlf, --decimal-comma  one part of --excel each\n"
	"      --from-csv      read CSV files (with a header row) and write records\n"
	"      --encoding CS   with --from-csv: the files' charset (windows-1252...);\n"
	"                      'auto' reads invalid UTF-8 bytes as Windows-1252\n"
	"      --strings LIST  with --from-csv: columns kept as strings\n"
	"      --no-types      with --from-csv: every cell a string\n"
	"      --flat          with --from-csv: dotted headers stay flat keys\n";

enum {
	OPT_EXCEL = 0x100, OPT_SEP, OPT_TSV, OPT_NO_HEADER, OPT_SAFE, OPT_BOM, OPT_CRLF,
	OPT_DECIMAL_COMMA, OPT_FROM_CSV, OPT_ENCODING, OPT_STRINGS, OPT_NO_TYPES, OPT_FLAT
};

static const struct option longopts[] = {
	{ "fields", required_argument, NULL, 'f' },
	{ "excel", no_argument, NULL, OPT_EXCEL },
	{ "sep", required_argument, NULL, OPT_SEP },
	{ "tsv", no_argument, NULL, OPT_TSV },
	{ "no-header", no_argument, NULL, OPT_NO_HEADER },
	{ "safe", no_argument, NULL, OPT_SAFE },
	{ "bom", no_argument, NULL, OPT_BOM },
	{ "crlf", no_argument, NULL, OPT_CRLF },
	{ "decimal-comma", no_argument, NULL, OPT_DECIMAL_COMMA },
	{ "from-csv", no_argument, NULL, OPT_FROM_CSV },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "strings", required_argument, NULL, OPT_STRINGS },
	{ "no-types", no_argument, NULL, OPT_NO_TYPES },
	{ "flat", no_argument, NULL, OPT_FLAT },
	{ NULL, 0, NULL, 0 },
};

static const scrm_tool tool = {
	.name = "scrm-csv",
	.summary = "convert mention records to CSV, or CSV to records (--from-csv)",
	.usage = "[-f FIELDS] [--excel | --sep C | --tsv] [--no-header] [--safe] [FILE...]\n"
	         "       scrm-csv --from-csv [--sep C] [--encoding CS] [--strings LIST] [FILE...]",
	.options_help = options_help,
	.shortopts = "f:",
	.longopts = longopts,
	.no_record_input = false,
};

/* What the command line asked for, before it is checked. */
typedef struct options {
	const char *fields;
	scrm_csv_style style;
	bool sep_set, no_header, from_csv, no_types, flat;
	bool write_only, read_only;     /* an option of one direction was given */
	bool encoding_auto;             /* --encoding auto */
	const char *encoding, *strings;
	char charset[SCRM_CHARSET_NAME_MAX];
} options;

static char
parse_sep(const scrm_cli *cli, const char *arg)
{
	if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0)
		return '\t';
	if (strlen(arg) != 1 || !scrm_csv_sep_ok(arg[0]))
		scrm_cli_usage_error(cli, "--sep: '%s' cannot separate cells (one punctuation "
		                     "character or 'tab')", arg);
	return arg[0];
}

static void
parse_options(scrm_cli *cli, options *o)
{
	const char *arg;
	int c;

	memset(o, 0, sizeof *o);
	scrm_csv_style_init(&o->style);
	while ((c = scrm_cli_next(cli, &arg)) != -1) {
		switch (c) {
		case 'f': o->fields = arg; o->write_only = true; break;
		case OPT_EXCEL: scrm_csv_style_excel(&o->style); o->sep_set = false; break;
		case OPT_SEP: o->style.sep = parse_sep(cli, arg); o->sep_set = true; break;
		case OPT_TSV: o->style.sep = '\t'; o->sep_set = true; break;
		case OPT_NO_HEADER: o->no_header = true; o->write_only = true; break;
		case OPT_SAFE: o->style.safe = true; o->write_only = true; break;
		case OPT_BOM: o->style.bom = true; o->write_only = true; break;
		case OPT_CRLF: o->style.crlf = true; o->write_only = true; break;
		case OPT_DECIMAL_COMMA: o->style.decimal_comma = true; break;
		case OPT_FROM_CSV: o->from_csv = true; break;
		case OPT_ENCODING: o->encoding = arg; o->read_only = true; break;
		case OPT_STRINGS: o->strings = arg; o->read_only = true; break;
		case OPT_NO_TYPES: o->no_types = true; o->read_only = true; break;
		case OPT_FLAT: o->flat = true; o->read_only = true; break;
		default: scrm_cli_usage_error(cli, "unexpected option");
		}
	}
	if (o->from_csv && o->write_only)
		scrm_cli_usage_error(cli, "-f, --no-header, --safe, --bom and --crlf write CSV: "
		                     "not with --from-csv");
	if (!o->from_csv && o->read_only)
		scrm_cli_usage_error(cli, "--encoding, --strings, --no-types and --flat need --from-csv");
	if (o->encoding && strcmp(o->encoding, "auto") == 0) {
		strcpy(o->charset, "UTF-8");
		o->encoding_auto = true;
	} else if (o->encoding) {
		if (!scrm_charset_canonical(o->encoding, strlen(o->encoding), o->charset))
			scrm_cli_usage_error(cli, "--encoding: unknown charset '%s'", o->encoding);
		/* Lines are split at LF bytes, which UTF-16 and UTF-32 do not use alone. */
		if (strncmp(o->charset, "UTF-16", 6) == 0 || strncmp(o->charset, "UTF-32", 6) == 0 ||
		    strncmp(o->charset, "UCS-", 4) == 0)
			scrm_cli_usage_error(cli, "--encoding: %s is not supported; convert with "
			                     "iconv -f %s -t UTF-8", o->charset, o->charset);
	}
}

static void
from_csv(scrm_run *run, const options *o)
{
	scrm_csv_import_opts io = {
		.sep = o->sep_set ? o->style.sep : 0,
		.encoding = o->encoding ? o->charset : NULL,
		.cp1252_fallback = o->encoding_auto,
		.header = {
			.nest = !o->flat,
			.types = !o->no_types,
			.decimal_comma = o->style.decimal_comma,
			.strings = o->strings,
		},
	};

	scrm_csv_import(run, &io);
}

static void
to_csv(scrm_run *run, const scrm_cli *cli, const options *o)
{
	scrm_csv_export e;
	scrm_buf out = SCRM_BUF_INIT, err = SCRM_BUF_INIT;
	scrm_record rec;

	if (!scrm_csv_export_init(&e, &o->style, o->fields ? o->fields : SCRM_CSV_DEFAULT_FIELDS,
	                          !o->no_header, &err))
		scrm_cli_usage_error(cli, "-f: %s", err.data);
	scrm_record_init(&rec);
	while (scrm_run_next_record(run, &rec)) {
		scrm_buf_clear(&err);
		if (!scrm_csv_export_record(&e, &rec, &out, &err))
			scrm_run_reject(run, "%s", err.data);
		scrm_run_write(run, out.data ? out.data : "", out.len);
		scrm_buf_clear(&out);
	}
	scrm_csv_export_finish(&e, &out);
	scrm_run_write(run, out.data ? out.data : "", out.len);
	scrm_record_free(&rec);
	scrm_csv_export_free(&e);
	scrm_buf_free(&out);
	scrm_buf_free(&err);
}

int
main(int argc, char **argv)
{
	scrm_cli cli;
	scrm_run run;
	options o;
	int status;

	scrm_cli_init(&cli, &tool, argc, argv);
	parse_options(&cli, &o);
	scrm_run_start(&run, &cli);
	if (o.from_csv)
		from_csv(&run, &o);
	else
		to_csv(&run, &cli, &o);
	status = scrm_run_finish(&run);
	scrm_cli_free(&cli);
	return status;
}
