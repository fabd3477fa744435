/*
 * csv_export.c - records to CSV rows: the header once, then a row per
 * record. The column set is fixed by the first record, because a column
 * naming an object becomes that object's fields and a spreadsheet needs
 * one header for all its rows.
 */
#include "csv.h"

#include <string.h>

bool
scrm_csv_export_init(scrm_csv_export *e, const scrm_csv_style *st, const char *spec,
                     bool header, scrm_buf *err)
{
	memset(e, 0, sizeof *e);
	e->style = *st;
	e->header = header;
	scrm_csv_columns_init(&e->asked);
	scrm_csv_columns_init(&e->columns);
	return scrm_csv_columns_parse(&e->asked, spec, err);
}

static void
start(scrm_csv_export *e, scrm_buf *out)
{
	e->started = true;
	if (e->style.bom)
		scrm_buf_append(out, "\xEF\xBB\xBF", 3);
	if (!e->header || e->columns.n == 0)
		return;
	for (size_t i = 0; i < e->columns.n; i++) {
		const char *name = e->columns.v[i].name;
		if (i > 0)
			scrm_buf_putc(out, e->style.sep);
		scrm_csv_put_text(out, name, strlen(name), &e->style);
	}
	scrm_csv_end_row(out, &e->style);
}

bool
scrm_csv_export_record(scrm_csv_export *e, const scrm_record *rec, scrm_buf *out,
                       scrm_buf *err)
{
	size_t row;

	if (!e->started) {
		scrm_csv_columns_expand(&e->asked, rec, &e->columns);
		start(e, out);
	}
	row = out->len;
	for (size_t i = 0; i < e->columns.n; i++) {
		size_t cell = out->len;
		if (i > 0)
			scrm_buf_putc(out, e->style.sep);
		scrm_csv_put_value(out, scrm_csv_column_get(&e->columns.v[i], rec), &e->style,
		                   &e->scratch);
		/* Only a decoded \u0000 can put a NUL here: the line itself has none. */
		if (out->len > cell && memchr(out->data + cell, '\0', out->len - cell)) {
			scrm_buf_printf(err, "field %s holds U+0000, which CSV cannot carry",
			                e->columns.v[i].name);
			out->len = row;
			out->data[row] = '\0';
			return false;
		}
	}
	scrm_csv_end_row(out, &e->style);
	return true;
}

void
scrm_csv_export_finish(scrm_csv_export *e, scrm_buf *out)
{
	if (e->started)
		return;
	for (size_t i = 0; i < e->asked.n; i++) {
		if (e->asked.v[i].nkeys == 0)
			return;   /* "*": no record, no columns */
	}
	/* No record says which columns are objects: they stay as asked. */
	scrm_record none;
	scrm_record_init(&none);
	scrm_csv_columns_expand(&e->asked, &none, &e->columns);
	start(e, out);
}

void
scrm_csv_export_free(scrm_csv_export *e)
{
	scrm_csv_columns_free(&e->asked);
	scrm_csv_columns_free(&e->columns);
	scrm_buf_free(&e->scratch);
}
