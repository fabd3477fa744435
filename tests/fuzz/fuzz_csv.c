/*
 * fuzz_csv.c - CSV in, records out (scrm-csv --from-csv), on any bytes:
 * the first byte picks the separator and the typing options, the first row
 * is the header. Every row that is emitted must be a record.
 */
#include <stdint.h>
#include <string.h>

#include "csv.h"
#include "fuzz.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static scrm_buf out, err;
	if (size < 1)
		return 0;
	const char seps[] = { ',', ';', '\t', 0 };
	char sep = seps[data[0] & 3];
	const char *p = (const char *)data + 1, *end = p + size - 1;
	scrm_csv_header_opts o = { .nest = data[0] & 4, .types = data[0] & 8, .decimal_comma = data[0] & 16,
	                           .strings = data[0] & 32 ? "a,b.c" : NULL };
	scrm_csv_parser parser;
	scrm_csv_header header;
	bool have_header = false, header_bad = false;
	memset(&header, 0, sizeof header);
	if (!sep) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		sep = scrm_csv_detect_sep(p, nl ? (size_t)(nl - p) : (size_t)(end - p));
		FUZZ_CHECK(sep == ',' || sep == ';' || sep == '\t');
	}
	scrm_csv_parser_init(&parser, sep);
	while (p < end && !header_bad) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (len && p[len - 1] == '\r')
			len--;
		/* As the import does: text that is not UTF-8 or holds a NUL is rejected before parsing. */
		if (scrm_utf8_valid(p, len, NULL) && !memchr(p, '\0', len) &&
		    scrm_csv_feed(&parser, p, len) == SCRM_CSV_ROW) {
			if (!have_header) {
				scrm_buf_clear(&err);
				have_header = true;
				header_bad = !scrm_csv_header_init(&header, &parser.row, &o, &err);
				FUZZ_CHECK(!header_bad || err.len > 0);
			} else if (parser.row.n == header.ncells) {
				scrm_buf_clear(&out);
				if (scrm_csv_header_emit(&header, &parser.row, &out))
					fuzz_check_record(out.data, out.len);
			}
		}
		p = nl ? nl + 1 : end;
	}
	if (have_header && !header_bad)
		scrm_csv_header_free(&header);
	scrm_csv_parser_free(&parser);
	return 0;
}
