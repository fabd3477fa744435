/*
 * csv.h - the bridge between mention records and CSV (RFC 4180), both ways.
 *
 * Ownership: every struct here owns its buffers and is freed by its _free
 * function; JSON values and records passed in are borrowed for the call;
 * cells handed out by the parser are borrowed until the next feed.
 *
 * Writing: a record's fields are looked up by column paths and written as
 * cells, straight from the line (no tree). Reading: physical lines are fed
 * to a parser that joins them into rows; a header maps cells to nested keys.
 */
#ifndef SCRM_CSV_H
#define SCRM_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "cli.h"
#include "json.h"
#include "record.h"

/* The columns written when -f is not given (see scrm-csv(1)). */
#define SCRM_CSV_DEFAULT_FIELDS \
	"id,created_at,source,channel,author.handle,author.name,author.followers," \
	"lang,title,text,url,tone.label,tone.score"

/* ---- cells ------------------------------------------------------------ */

typedef struct scrm_csv_style {
	char sep;            /* ',', ';', '\t' or another ASCII punctuation byte */
	bool crlf;           /* rows end with CR LF instead of LF */
	bool bom;            /* the output starts with a UTF-8 byte order mark */
	bool decimal_comma;  /* numbers written (and read) with ',' as decimal mark */
	bool safe;           /* text cells starting with = + - @ TAB CR get a leading ' */
} scrm_csv_style;

/* ',' and LF, nothing else. */
void scrm_csv_style_init(scrm_csv_style *st);
/* Sets what French Excel opens directly: BOM, ';', CR LF, decimal comma (safe is kept). */
void scrm_csv_style_excel(scrm_csv_style *st);
/* Whether c may separate cells: TAB or ASCII punctuation other than the double quote. */
bool scrm_csv_sep_ok(char c);

/*
 * Whether text s[0..n) must be quoted in a cell whatever it stands for: it
 * holds sep, a double quote, CR or LF, or starts or ends with a space or
 * TAB. Such quotes tell a reader nothing about the cell's type.
 */
bool scrm_csv_must_quote(const char *s, size_t n, char sep);

/*
 * Appends s[0..n) as one text cell. It is quoted (quotes doubled) when it
 * holds the separator, a quote, CR or LF, starts or ends with a space or
 * TAB, is empty, or reads as a number or boolean (so that --from-csv gives
 * back a string). With st->safe, a leading ' defuses spreadsheet formulas.
 */
void scrm_csv_put_text(scrm_buf *out, const char *s, size_t n, const scrm_csv_style *st);

/*
 * Appends JSON value v as one cell: absent or null gives an empty cell,
 * true/false and numbers their JSON text (numbers with a decimal comma when
 * st->decimal_comma), strings their decoded text, arrays their elements
 * joined with '|' (strings decoded, null empty, containers as compact JSON),
 * objects their compact JSON. Whatever its kind, a cell is quoted when it
 * holds the separator, a quote, CR or LF ("1.5" with --sep .). scratch is
 * used as working space.
 */
void scrm_csv_put_value(scrm_buf *out, scrm_json_value v, const scrm_csv_style *st,
                        scrm_buf *scratch);

/* Appends the row end (LF or CR LF). */
void scrm_csv_end_row(scrm_buf *out, const scrm_csv_style *st);

/* Appends the JSON text v with the whitespace between tokens removed. */
void scrm_csv_compact_json(scrm_buf *out, scrm_json_value v);

/* Moves *start forward and *end back over spaces (names in lists and headers). */
void scrm_csv_trim(const char **start, const char **end);

/* ---- columns: dotted paths into a record ------------------------------ */

/*
 * A path is keys joined with '.'; in a key, "\." stands for a dot and
 * "\\" for a backslash, and any other backslash for itself. -f paths and
 * the header names that are written and read back follow this rule.
 */

/* The first dot of p[0..end) that separates keys (not escaped), or NULL. */
const char *scrm_csv_path_dot(const char *p, const char *end);
/* Appends key text p[0..n) (no separating dot in it) with its escapes undone. */
void scrm_csv_key_unescape(scrm_buf *out, const char *p, size_t n);
/* Appends key k[0..n) as path text: its dots and backslashes escaped. */
void scrm_csv_key_escape(scrm_buf *out, const char *k, size_t n);

typedef struct scrm_csv_key {
	char *s;             /* owned, NUL-terminated, may hold NUL (use n) */
	size_t n;
} scrm_csv_key;

typedef struct scrm_csv_column {
	char *name;          /* header cell: as named with -f, else the path (keys escaped) */
	scrm_csv_key *keys;  /* path from the top level; none: the record itself */
	size_t nkeys;
} scrm_csv_column;

typedef struct scrm_csv_columns {
	scrm_csv_column *v;
	size_t n, cap;
} scrm_csv_columns;

void scrm_csv_columns_init(scrm_csv_columns *cols);
void scrm_csv_columns_free(scrm_csv_columns *cols);

/*
 * Parses a -f list ("id,Auteur=author.handle,tone.*,*"): paths separated
 * by ',', spaces around them ignored, each optionally preceded by "NAME="
 * to name its column (NAME is taken as it is, escapes and all), a trailing
 * ".*" allowed ("tone.*" is "tone"), "*" alone the whole record. Returns
 * false, with a message in err, on an empty path, name or key ("a..b").
 */
bool scrm_csv_columns_parse(scrm_csv_columns *cols, const char *spec, scrm_buf *err);

/*
 * Fixes the column set from a first record: a column whose value there is
 * a non-empty object becomes one column per member, recursively (named by
 * their paths, keys escaped, in the record's order, a key repeated in one
 * object taken once); every other column is kept as it is. Appends the
 * result to out.
 */
void scrm_csv_columns_expand(const scrm_csv_columns *in, const scrm_record *first,
                             scrm_csv_columns *out);

/* The value of column c in rec (type NONE when absent). */
scrm_json_value scrm_csv_column_get(const scrm_csv_column *c, const scrm_record *rec);

/* ---- NDJSON to CSV: the writing side as a whole -------------------------- */

typedef struct scrm_csv_export {
	scrm_csv_style style;
	bool header;                 /* write the header row */
	bool started;                /* BOM and header written */
	scrm_csv_columns asked;      /* as given with -f */
	scrm_csv_columns columns;    /* as written, once started */
	scrm_buf scratch;
} scrm_csv_export;

/* Prepares an export of the columns in spec; false with a message in err if spec is invalid. */
bool scrm_csv_export_init(scrm_csv_export *e, const scrm_csv_style *st, const char *spec,
                          bool header, scrm_buf *err);
/*
 * Appends to out rec's row, preceded on the first record by the BOM and
 * the header (whose columns this record decides, see columns_expand).
 * Returns false, with the row left out and the reason in err, when a cell
 * would hold a NUL character (\u0000), which CSV readers do not accept.
 */
bool scrm_csv_export_record(scrm_csv_export *e, const scrm_record *rec, scrm_buf *out,
                            scrm_buf *err);
/* Appends to out the BOM and header if no record came (columns as asked;
 * nothing for "*", which needs a record). */
void scrm_csv_export_finish(scrm_csv_export *e, scrm_buf *out);
void scrm_csv_export_free(scrm_csv_export *e);

/* ---- CSV rows: the parser ---------------------------------------------- */

typedef enum scrm_csv_status {
	SCRM_CSV_MORE,       /* no row yet: feed the next physical line */
	SCRM_CSV_ROW,        /* a row is complete (scrm_csv_parser.row) */
	SCRM_CSV_BAD         /* the row is malformed (scrm_csv_parser.error) */
} scrm_csv_status;

typedef struct scrm_csv_row {
	scrm_buf text;       /* the cells' decoded bytes, each followed by a NUL */
	size_t *off;         /* cell i is text.data + off[i], len[i] bytes */
	size_t *len;
	bool *quoted;        /* whether cell i was written in quotes */
	size_t n, cap;
	char sep;            /* the separator the row was split at */
} scrm_csv_row;

typedef struct scrm_csv_parser {
	char sep;
	scrm_csv_row row;
	bool open;           /* inside a quoted cell that goes on at the next line */
	const char *error;   /* static reason when BAD */
	size_t error_cell;   /* 1-based cell where the error is */
} scrm_csv_parser;

void scrm_csv_parser_init(scrm_csv_parser *p, char sep);
void scrm_csv_parser_free(scrm_csv_parser *p);

/*
 * Feeds one physical line (without its line end). Returns ROW when it
 * completes a row, MORE when a quoted cell goes on (its line break becomes
 * LF in the cell) or the line is blank outside any row (blank lines are
 * skipped), BAD when the row is malformed: a quote inside an unquoted cell,
 * something other than the separator after a closing quote, or a CR in an
 * unquoted cell. After BAD the rest of the line is dropped and the next
 * line starts a new row.
 */
scrm_csv_status scrm_csv_feed(scrm_csv_parser *p, const char *line, size_t len);
/* Whether a row is pending (a quoted cell still open): the next line continues it. */
bool scrm_csv_pending(const scrm_csv_parser *p);
/* Forgets a pending row (after it was rejected). */
void scrm_csv_reset(scrm_csv_parser *p);

/* The separator a header line uses: the most frequent of ',', ';' and TAB
 * outside quotes (ties in that order); ',' when there is none. */
char scrm_csv_detect_sep(const char *line, size_t len);

/* ---- CSV to NDJSON: typing and nesting --------------------------------- */

/*
 * Whether text reads unambiguously as a number: JSON number grammar (so no
 * '+', no leading zero as in "007" or "0612345678"), at most 15 significant
 * digits (so it survives a double), exponent within +-300. With
 * decimal_comma the decimal mark is ',' instead of '.'.
 */
bool scrm_csv_is_number(const char *s, size_t n, bool decimal_comma);

/*
 * Whether a column holds text whatever its cells look like: the string
 * fields of scrm-mention(5) (id, text, author.handle...), and columns whose
 * last key (after the last dot not escaped) names an identifier, phone
 * number or postcode (words such as id, phone, tel, mobile, fax, zip,
 * postal, postcode, cp, code, siret, siren, iban, sku, ref;
 * "MailingPostalCode", "author_id" match).
 */
bool scrm_csv_is_text_column(const char *name, size_t n);

typedef struct scrm_csv_node scrm_csv_node;

typedef struct scrm_csv_header {
	scrm_csv_node *nodes;    /* nodes[0] is the record itself */
	size_t nnodes, cap;
	size_t ncells;           /* cells a row must have */
	bool *text_cell;         /* per cell: always a string */
	bool *present;           /* per node, per row: something to write below it */
	bool decimal_comma;
	bool quotes_all;         /* every header cell was quoted: quotes tell nothing */
} scrm_csv_header;

typedef struct scrm_csv_header_opts {
	bool nest;               /* "a.b" makes {"a":{"b":...}} */
	bool types;              /* type numbers and booleans (else every cell a string) */
	bool decimal_comma;
	const char *strings;     /* comma-separated header names, as written, kept as
	                            strings; or NULL */
} scrm_csv_header_opts;

/*
 * Builds the header from a header row. Names are trimmed of spaces; a cell
 * with an empty name is ignored in every row. When every name is quoted,
 * and not only those that must be (scrm_csv_must_quote), the file quotes
 * everything (Salesforce and other CRM exports): quotes then tell nothing,
 * and emit treats quoted cells as unquoted ones. With o->nest, a name is
 * read as a path (keys unescaped, "a\.b" the key "a.b") when no key is
 * empty; otherwise, and without o->nest, it is one key as written ("No.").
 * Names are compared as keys: "a\.b" and "a.b" differ. Returns false with
 * a message in err for a duplicate name, a name that is both a value and an
 * object ("a" and "a.b"), or nesting deeper than the JSON writer allows;
 * h then holds nothing to free.
 */
bool scrm_csv_header_init(scrm_csv_header *h, const scrm_csv_row *names,
                          const scrm_csv_header_opts *o, scrm_buf *err);
void scrm_csv_header_free(scrm_csv_header *h);

/*
 * Appends row (which must have h->ncells cells) as one JSON object, no
 * newline. Quoted cells are strings, unless their quotes were a must
 * (scrm_csv_must_quote: "1.5" with the separator '.') and so say nothing:
 * those are typed like unquoted ones. An empty unquoted cell leaves its
 * field out (and an object whose fields are all left out); unquoted cells
 * are typed as numbers or true/false when unambiguous and the column is not
 * a text column; everything else is a string. Returns false, appending
 * nothing, when every cell was left out (a row of empty cells is skipped).
 */
bool scrm_csv_header_emit(scrm_csv_header *h, const scrm_csv_row *row, scrm_buf *out);

/* ---- CSV to NDJSON: the reading side as a whole ------------------------ */

/* A row is given up as unterminated when its text passes this size. */
#define SCRM_CSV_MAX_ROW (64 * 1024 * 1024)

typedef struct scrm_csv_import_opts {
	char sep;                    /* 0: detected from each file's header line */
	const char *encoding;        /* charset of the input (iconv name), whose bytes that
	                                do not decode become U+FFFD; NULL: UTF-8, and a row
	                                holding invalid UTF-8 is rejected */
	bool cp1252_fallback;        /* with encoding "UTF-8": invalid bytes are read as
	                                Windows-1252 instead (--encoding auto) */
	scrm_csv_header_opts header;
} scrm_csv_import_opts;

/*
 * Reads each input of run's command line as a CSV file with a header row
 * and writes one record per data row through run. Bad rows are rejected
 * through run (FILE:LINE is the line where the row starts; the rejected
 * text is the row's bytes as read, CR LF line ends kept): malformed
 * quoting, a cell count that differs from the header's, invalid UTF-8
 * (without o->encoding), a NUL byte. A quoted cell still open at the end of the file (or past
 * SCRM_CSV_MAX_ROW) rejects the line that opened it, and reading resumes
 * at the next line. A file whose header is unusable has every later line
 * rejected.
 */
void scrm_csv_import(scrm_run *run, const scrm_csv_import_opts *o);

#endif
