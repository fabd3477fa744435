/* test_csv.c - CSV cells, columns, the row parser, typing and nesting (lib/csv*.c). */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "csv.h"

/* The cell text s becomes under style st. */
static const char *
text_cell(const char *s, const scrm_csv_style *st)
{
	static scrm_buf out;

	scrm_buf_clear(&out);
	scrm_csv_put_text(&out, s, strlen(s), st);
	scrm_buf_append(&out, "", 0);
	return out.data;
}

/* The cell the JSON value json becomes under style st. */
static const char *
value_cell(const char *json, const scrm_csv_style *st)
{
	static scrm_buf out, scratch;
	scrm_json_value v;
	scrm_json_error err;

	scrm_buf_clear(&out);
	if (!scrm_json_validate(json, strlen(json), &v, NULL, NULL, &err))
		return "(invalid test JSON)";
	scrm_csv_put_value(&out, v, st, &scratch);
	scrm_buf_append(&out, "", 0);
	return out.data;
}

static void
test_cells(void)
{
	scrm_csv_style st, semi, safe;

	scrm_csv_style_init(&st);
	scrm_csv_style_init(&semi);
	scrm_csv_style_excel(&semi);
	scrm_csv_style_init(&safe);
	safe.safe = true;

	CHECK_STR_EQ(text_cell("plain", &st), "plain", "plain text unquoted");
	CHECK_STR_EQ(text_cell("a,b", &st), "\"a,b\"", "separator quoted");
	CHECK_STR_EQ(text_cell("a,b", &semi), "a,b", "comma unquoted with ;");
	CHECK_STR_EQ(text_cell("a;b", &semi), "\"a;b\"", "; quoted with ;");
	CHECK_STR_EQ(text_cell("say \"hi\"", &st), "\"say \"\"hi\"\"\"", "quotes doubled");
	CHECK_STR_EQ(text_cell("l1\nl2", &st), "\"l1\nl2\"", "LF quoted");
	CHECK_STR_EQ(text_cell("l1\rl2", &st), "\"l1\rl2\"", "CR quoted");
	CHECK_STR_EQ(text_cell(" pad", &st), "\" pad\"", "leading space quoted");
	CHECK_STR_EQ(text_cell("pad\t", &st), "\"pad\t\"", "trailing tab quoted");
	CHECK_STR_EQ(text_cell("", &st), "\"\"", "empty string quoted");
	CHECK_STR_EQ(text_cell("42", &st), "\"42\"", "string that reads as a number quoted");
	CHECK_STR_EQ(text_cell("007", &st), "007", "leading zero never typed: unquoted");
	CHECK_STR_EQ(text_cell("true", &st), "\"true\"", "string true quoted");
	CHECK_STR_EQ(text_cell("1,5", &semi), "\"1,5\"", "decimal-comma number string quoted");
	CHECK_STR_EQ(text_cell("été 😀", &st), "été 😀", "UTF-8 unquoted");
	CHECK_STR_EQ(text_cell("=SUM(A1)", &safe), "'=SUM(A1)", "--safe defuses =");
	CHECK_STR_EQ(text_cell("-2+3", &safe), "'-2+3", "--safe defuses -");
	CHECK_STR_EQ(text_cell("@cmd,x", &safe), "\"'@cmd,x\"", "--safe prefix inside quotes");
	CHECK_STR_EQ(text_cell("=x", &st), "=x", "no prefix without --safe");

	CHECK_STR_EQ(value_cell("null", &st), "", "null is empty");
	CHECK_STR_EQ(value_cell("true", &st), "true", "true");
	CHECK_STR_EQ(value_cell("-1.5e3", &st), "-1.5e3", "number as its JSON text");
	CHECK_STR_EQ(value_cell("-3", &safe), "-3", "numbers not defused by --safe");
	CHECK_STR_EQ(value_cell("0.75", &semi), "0,75", "decimal comma");
	scrm_csv_style dc = st;
	dc.decimal_comma = true;
	CHECK_STR_EQ(value_cell("0.75", &dc), "\"0,75\"", "decimal comma quoted with ,");
	scrm_csv_style dot = st, dash = st, plus = st;
	dot.sep = '.';
	dash.sep = '-';
	plus.sep = '+';
	CHECK_STR_EQ(value_cell("1.5", &dot), "\"1.5\"", "number holding the separator . quoted");
	CHECK_STR_EQ(value_cell("-2", &dash), "\"-2\"", "number holding the separator - quoted");
	CHECK_STR_EQ(value_cell("1e+5", &plus), "\"1e+5\"", "number holding the separator + quoted");
	CHECK_STR_EQ(value_cell("2", &dash), "2", "number without the separator bare");
	CHECK_STR_EQ(value_cell("true", &dot), "true", "boolean bare");
	CHECK_STR_EQ(value_cell("[1.5]", &dot), "\"1.5\"", "array cell holding the separator quoted");
	CHECK_STR_EQ(value_cell("\"a\\\"b\\u00e9\\n\"", &st), "\"a\"\"bé\n\"", "string decoded then quoted");
	CHECK_STR_EQ(value_cell("[\"a\", 1, null, true, [2, 3], {\"k\": \"v\"}]", &st),
	             "\"a|1||true|[2,3]|{\"\"k\"\":\"\"v\"\"}\"", "array joined with |");
	CHECK_STR_EQ(value_cell("[]", &st), "", "empty array is empty");
	CHECK_STR_EQ(value_cell("{ \"a\" : [ 1 , \"x y\" ] }", &st), "\"{\"\"a\"\":[1,\"\"x y\"\"]}\"",
	             "object as compact JSON");
	CHECK_STR_EQ(value_cell("[1.5,2]", &semi), "1,5|2", "array numbers with decimal comma");

	CHECK(scrm_csv_sep_ok(';') && scrm_csv_sep_ok('\t') && scrm_csv_sep_ok('|'), "separators ok");
	CHECK(!scrm_csv_sep_ok('"') && !scrm_csv_sep_ok('\n') && !scrm_csv_sep_ok('a') &&
	      !scrm_csv_sep_ok('1') && !scrm_csv_sep_ok(' ') && !scrm_csv_sep_ok('\xc3'),
	      "bad separators refused");
}

/* The columns as "name=keys/..." joined with spaces. */
static const char *
columns_text(const scrm_csv_columns *cols)
{
	static scrm_buf out;

	scrm_buf_clear(&out);
	for (size_t i = 0; i < cols->n; i++) {
		if (i)
			scrm_buf_putc(&out, ' ');
		scrm_buf_printf(&out, "%s=", cols->v[i].name);
		for (size_t k = 0; k < cols->v[i].nkeys; k++)
			scrm_buf_printf(&out, "%s%s", k ? "/" : "", cols->v[i].keys[k].s);
	}
	scrm_buf_append(&out, "", 0);
	return out.data;
}

static void
test_columns(void)
{
	scrm_csv_columns asked, cols;
	scrm_buf err = SCRM_BUF_INIT, reason = SCRM_BUF_INIT, scratch = SCRM_BUF_INIT;
	scrm_record rec;
	const char *line = "{\"id\":\"x\",\"author\":{\"handle\":\"h\",\"m\":{\"a\":1,\"a\":2},\"e\":{}},"
	                   "\"k.dot\":3,\"tone\":{\"label\":\"neg\"}}";

	scrm_csv_columns_init(&asked);
	CHECK(scrm_csv_columns_parse(&asked, " id , author.handle,tone.*,*", &err), "parse -f list");
	CHECK_STR_EQ(columns_text(&asked), "id=id author.handle=author/handle tone=tone *=",
	             "parsed paths");
	scrm_csv_columns_free(&asked);
	CHECK(!scrm_csv_columns_parse(&asked, "id,,text", &err), "empty field refused");
	scrm_csv_columns_free(&asked);
	CHECK(!scrm_csv_columns_parse(&asked, "a..b", &err), "empty key refused");
	scrm_csv_columns_free(&asked);
	CHECK(scrm_csv_columns_parse(&asked, "Auteur = author.handle,Ton=tone.*,t.x", &err), "NAME=path");
	CHECK_STR_EQ(columns_text(&asked), "Auteur=author/handle Ton=tone t.x=t/x", "columns named");
	scrm_csv_columns_free(&asked);
	CHECK(!scrm_csv_columns_parse(&asked, "=text", &err) && !scrm_csv_columns_parse(&asked, "T=", &err),
	      "empty name or path refused");
	scrm_csv_columns_free(&asked);
	CHECK(scrm_csv_columns_parse(&asked, "k\\.dot,a\\\\.b,a\\\\\\.b,N\\.=x\\.y,a\\b,e\\.*,e\\\\.*,t\\",
	                             &err), "escaped paths");
	CHECK_STR_EQ(columns_text(&asked),
	             "k\\.dot=k.dot a\\\\.b=a\\/b a\\\\\\.b=a\\.b N\\.=x.y a\\b=a\\b e\\.*=e.* "
	             "e\\\\=e\\ t\\=t\\",
	             "\\. a dot, \\\\ a backslash, other backslashes themselves; .* after an escaped dot is a key");
	scrm_csv_columns_free(&asked);
	CHECK(scrm_csv_columns_parse(&asked, "a\\..b", &err), "an escaped dot before a separating one");
	CHECK_STR_EQ(columns_text(&asked), "a\\..b=a./b", "keys a. and b");
	scrm_csv_columns_free(&asked);
	CHECK(!scrm_csv_columns_parse(&asked, ".\\.", &err), "empty key before an escaped dot refused");
	scrm_csv_columns_free(&asked);

	scrm_record_init(&rec);
	CHECK(scrm_record_parse(&rec, line, strlen(line), &reason), "test record parses");
	scrm_csv_columns_init(&cols);
	scrm_csv_columns_parse(&asked, "author,tone.label,missing", &err);
	scrm_csv_columns_expand(&asked, &rec, &cols);
	CHECK_STR_EQ(columns_text(&cols),
	             "author.handle=author/handle author.m.a=author/m/a author.e=author/e "
	             "tone.label=tone/label missing=missing",
	             "objects flattened, duplicate key once, empty object kept");
	scrm_buf out = SCRM_BUF_INIT;
	scrm_csv_style st;
	scrm_csv_style_init(&st);
	for (size_t i = 0; i < cols.n; i++) {
		if (i)
			scrm_buf_putc(&out, ',');
		scrm_csv_put_value(&out, scrm_csv_column_get(&cols.v[i], &rec), &st, &scratch);
	}
	CHECK_STR_EQ(out.data, "h,2,{},neg,", "values looked up, last duplicate wins");
	scrm_csv_columns_free(&asked);
	scrm_csv_columns_free(&cols);

	scrm_csv_columns_parse(&asked, "*", &err);
	scrm_csv_columns_expand(&asked, &rec, &cols);
	CHECK_STR_EQ(columns_text(&cols),
	             "id=id author.handle=author/handle author.m.a=author/m/a author.e=author/e "
	             "k\\.dot=k.dot tone.label=tone/label",
	             "* flattens the whole record; a key with a dot stays one key, its name escaped");
	CHECK(scrm_csv_column_get(&cols.v[4], &rec).type == SCRM_JSON_NUMBER, "dotted key found");
	scrm_csv_columns_free(&asked);
	scrm_csv_columns_free(&cols);
	scrm_record_free(&rec);
	scrm_buf_free(&err);
	scrm_buf_free(&reason);
	scrm_buf_free(&scratch);
	scrm_buf_free(&out);
}

/* The parser's row as cells joined with "|", quoted cells marked with Q. */
static const char *
row_text(const scrm_csv_row *row)
{
	static scrm_buf out;

	scrm_buf_clear(&out);
	for (size_t i = 0; i < row->n; i++) {
		if (i)
			scrm_buf_putc(&out, '|');
		if (row->quoted[i])
			scrm_buf_putc(&out, 'Q');
		scrm_buf_append(&out, row->text.data + row->off[i], row->len[i]);
	}
	scrm_buf_append(&out, "", 0);
	return out.data;
}

static scrm_csv_status
feed(scrm_csv_parser *p, const char *line)
{
	return scrm_csv_feed(p, line, strlen(line));
}

static void
test_parser(void)
{
	scrm_csv_parser p;

	scrm_csv_parser_init(&p, ',');
	CHECK(feed(&p, "a,b,,c") == SCRM_CSV_ROW, "simple row");
	CHECK_STR_EQ(row_text(&p.row), "a|b||c", "simple cells");
	CHECK(feed(&p, "\"x,y\",\"say \"\"hi\"\"\",\"\"") == SCRM_CSV_ROW, "quoted row");
	CHECK_STR_EQ(row_text(&p.row), "Qx,y|Qsay \"hi\"|Q", "quoted cells");
	CHECK(feed(&p, "a,") == SCRM_CSV_ROW, "trailing separator");
	CHECK_STR_EQ(row_text(&p.row), "a|", "trailing empty cell");
	CHECK(feed(&p, "") == SCRM_CSV_MORE && !scrm_csv_pending(&p), "blank line skipped");
	CHECK(feed(&p, "1,\"multi") == SCRM_CSV_MORE && scrm_csv_pending(&p), "open quote asks for more");
	CHECK(feed(&p, "") == SCRM_CSV_MORE, "blank line inside a cell");
	CHECK(feed(&p, "line\"\"s\",2") == SCRM_CSV_ROW, "quoted cell closes");
	CHECK_STR_EQ(row_text(&p.row), "1|Qmulti\n\nline\"s|2", "line breaks kept in the cell");
	CHECK(feed(&p, "a\"b,c") == SCRM_CSV_BAD, "quote in unquoted cell");
	CHECK(p.error_cell == 1 && !scrm_csv_pending(&p), "error cell 1");
	CHECK(feed(&p, "x,\"a\"b") == SCRM_CSV_BAD && p.error_cell == 2, "text after closing quote");
	CHECK(feed(&p, "a\rb") == SCRM_CSV_BAD, "CR in unquoted cell");
	CHECK(feed(&p, "ok") == SCRM_CSV_ROW, "recovers on the next line");
	CHECK_STR_EQ(row_text(&p.row), "ok", "one cell");
	scrm_csv_parser_free(&p);

	scrm_csv_parser_init(&p, '\t');
	CHECK(feed(&p, "a;b\t\"c\td\"") == SCRM_CSV_ROW, "tab separated");
	CHECK_STR_EQ(row_text(&p.row), "a;b|Qc\td", "tab cells");
	scrm_csv_parser_free(&p);

	CHECK(scrm_csv_detect_sep("a,b,c", 5) == ',', "detect ,");
	CHECK(scrm_csv_detect_sep("a;b;\"c,d,e\"", 11) == ';', "detect ; (commas in quotes ignored)");
	CHECK(scrm_csv_detect_sep("a\tb", 3) == '\t', "detect tab");
	CHECK(scrm_csv_detect_sep("a", 1) == ',', "one column: ,");
}

static void
test_types(void)
{
	static const char *const yes[] = { "0", "-0", "42", "-17", "1.5", "1.50", "0.75", "1e5",
	                                   "-1E-05", "123456789012345", "0.000000000000000001", NULL };
	static const char *const no[] = { "007", "0612345678", "+33612345678", "1234567890123456",
	                                  "1.", ".5", "-", "", "1e400", "1,5", "12 000", "0x1F",
	                                  "NaN", "Infinity", "75 001", "1e", NULL };

	for (int i = 0; yes[i]; i++)
		CHECK(scrm_csv_is_number(yes[i], strlen(yes[i]), false), yes[i]);
	for (int i = 0; no[i]; i++) {
		char name[64];
		snprintf(name, sizeof name, "not a number: [%s]", no[i]);
		CHECK(!scrm_csv_is_number(no[i], strlen(no[i]), false), name);
	}
	CHECK(scrm_csv_is_number("1,5", 3, true) && !scrm_csv_is_number("1.5", 3, true),
	      "decimal comma mode");

	static const char *const text[] = { "id", "author.id", "text", "author.handle", "Phone",
	                                    "MobilePhone", "MailingPostalCode", "CP", "code_postal",
	                                    "Zip", "AccountId", "SIRET", "Téléphone", "user-ref",
	                                    "fax\\.home", NULL };
	static const char *const num[] = { "author.followers", "tone.score", "Amount", "valid",
	                                   "paid", "metrics.likes", "NumberOfEmployees", NULL };
	for (int i = 0; text[i]; i++)
		CHECK(scrm_csv_is_text_column(text[i], strlen(text[i])), text[i]);
	for (int i = 0; num[i]; i++) {
		char name[64];
		snprintf(name, sizeof name, "typed column: %s", num[i]);
		CHECK(!scrm_csv_is_text_column(num[i], strlen(num[i])), name);
	}
}

/* The JSON row_line becomes through a header parsed from header_line, cells split at sep. */
static const char *
nested_sep(char sep, const char *header_line, const char *row_line, const scrm_csv_header_opts *o)
{
	static scrm_buf out, err;
	scrm_csv_parser hp, rp;
	scrm_csv_header h;

	scrm_buf_clear(&out);
	scrm_buf_clear(&err);
	scrm_csv_parser_init(&hp, sep);
	scrm_csv_parser_init(&rp, sep);
	feed(&hp, header_line);
	if (!scrm_csv_header_init(&h, &hp.row, o, &err)) {
		scrm_buf_printf(&out, "error: %s", err.data);
	} else {
		feed(&rp, row_line);
		if (!scrm_csv_header_emit(&h, &rp.row, &out))
			scrm_buf_puts(&out, "(skipped)");
	}
	scrm_csv_header_free(&h);
	scrm_csv_parser_free(&hp);
	scrm_csv_parser_free(&rp);
	return out.data;
}

static const char *
nested(const char *header_line, const char *row_line, const scrm_csv_header_opts *o)
{
	return nested_sep(',', header_line, row_line, o);
}

static void
test_header(void)
{
	scrm_csv_header_opts o = { .nest = true, .types = true };

	CHECK_STR_EQ(nested("id,author.handle,author.followers,text", "7,bob,42,hi", &o),
	             "{\"id\":\"7\",\"author\":{\"handle\":\"bob\",\"followers\":42},\"text\":\"hi\"}",
	             "dotted headers nested, typed, id stays text");
	CHECK_STR_EQ(nested("a,b.c,b.d,e", ",,,\"\"", &o), "{\"e\":\"\"}",
	             "empty cells left out, empty object left out, quoted empty kept");
	CHECK_STR_EQ(nested("a,b", ",", &o), "(skipped)", "row of empty cells skipped");
	CHECK_STR_EQ(nested("\"a\",\"b\",\"c\",\"Zip\"", "\"1.5\",\"\",\"true\",\"01000\"", &o),
	             "{\"a\":1.5,\"c\":true,\"Zip\":\"01000\"}",
	             "header all quoted (Salesforce style): quotes tell nothing");
	CHECK_STR_EQ(nested("\"a\",b", "\"1\",\"\"", &o), "{\"a\":\"1\",\"b\":\"\"}",
	             "header partly quoted: quoted cells stay strings");
	CHECK_STR_EQ(nested("n,q,t,f,z,big", "1.5,\"2\",true,false,0612,12345678901234567", &o),
	             "{\"n\":1.5,\"q\":\"2\",\"t\":true,\"f\":false,\"z\":\"0612\",\"big\":\"12345678901234567\"}",
	             "typing: number, quoted string, booleans, leading zero, too long");
	CHECK_STR_EQ(nested(" No. , x ,", "1,2,3", &o), "{\"No.\":1,\"x\":2}",
	             "names trimmed, No. not split, empty name ignored");
	CHECK_STR_EQ(nested("a\\.b,a.b,a\\\\b,x.a\\.b,y\\z,q\\", "1,2,3,4,5,6", &o),
	             "{\"a.b\":1,\"a\":{\"b\":2},\"a\\\\b\":3,\"x\":{\"a.b\":4},\"y\\\\z\":5,"
	             "\"q\\\\\":6}",
	             "escapes: \\. a dot in a key, \\\\ a backslash, other backslashes themselves");
	CHECK_STR_EQ(nested("No.,No\\.", "1,2", &o), "error: duplicate column \"No\\.\"",
	             "names compared as keys: No. (not a path) and No\\. are one key");
	CHECK_STR_EQ(nested("a\\b,a\\\\b", "1,2", &o), "error: duplicate column \"a\\\\b\"",
	             "names compared as keys: a\\b and a\\\\b are one key");
	CHECK_STR_EQ(nested("a\\.b,a\\.b.c", "1,2", &o), "error: conflicting column \"a\\.b.c\"",
	             "a key with an escaped dot both a value and an object");
	CHECK_STR_EQ(nested("a,a\\.b", "1,2", &o), "{\"a\":1,\"a.b\":2}", "a and a\\.b do not conflict");
	CHECK_STR_EQ(nested("a,a", "1,2", &o), "error: duplicate column \"a\"", "duplicate refused");
	CHECK_STR_EQ(nested("a.b,a", "1,2", &o), "error: conflicting column \"a\"", "conflict refused");
	CHECK_STR_EQ(nested("a,a.b", "1,2", &o), "error: conflicting column \"a.b\"", "conflict refused 2");
	scrm_csv_header_opts flat = { .nest = false, .types = false };
	CHECK_STR_EQ(nested("a.b,c", "1,true", &flat), "{\"a.b\":\"1\",\"c\":\"true\"}",
	             "--flat --no-types");
	CHECK_STR_EQ(nested("a\\.b,a\\\\b", "1,2", &flat), "{\"a\\\\.b\":\"1\",\"a\\\\\\\\b\":\"2\"}",
	             "--flat: names kept as written, escapes and all");
	scrm_csv_header_opts strs = { .nest = true, .types = true, .strings = "x, y" };
	CHECK_STR_EQ(nested("x,y,z", "1,2,3", &strs), "{\"x\":\"1\",\"y\":\"2\",\"z\":3}", "--strings");
	scrm_csv_header_opts dc = { .nest = true, .types = true, .decimal_comma = true };
	CHECK_STR_EQ(nested("a,b,c", "\"1,5\",2.5,\"1,5 \"", &dc),
	             "{\"a\":1.5,\"b\":\"2.5\",\"c\":\"1,5 \"}",
	             "decimal comma with ',': quotes the separator forced say nothing, dot is text");
	CHECK_STR_EQ(nested_sep('.', "n.s.q", "\"1.5\".\"x.y\".\"42\"", &o),
	             "{\"n\":1.5,\"s\":\"x.y\",\"q\":\"42\"}",
	             "--sep .: a number holding the separator typed, other quoted cells strings");
	CHECK_STR_EQ(nested_sep('-', "a-b", "\"-2\"-\"-x\"", &o), "{\"a\":-2,\"b\":\"-x\"}",
	             "--sep -: a negative number typed");
	CHECK_STR_EQ(nested_sep('.', "\"a.b\".\"c.d\"", "\"42\".\"\"", &o),
	             "{\"a\":{\"b\":\"42\"},\"c\":{\"d\":\"\"}}",
	             "header names quoted only because they must be: quotes still tell");
	CHECK_STR_EQ(nested_sep('.', "\"a.b\".\"c\"", "\"42\".\"\"", &o), "{\"a\":{\"b\":42}}",
	             "header quoted also where it need not be: quotes tell nothing");
}

int
main(void)
{
	test_cells();
	test_columns();
	test_parser();
	test_types();
	test_header();
	return check_done();
}
