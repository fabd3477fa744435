/*
 * csv_types.c - when a CSV cell may become a JSON number, and which
 * columns never do. Spreadsheets and CRM exports are full of digits that
 * are not quantities (phone numbers, postcodes, account ids): typing them
 * would strip leading zeros or round long ids, so numbers are typed only
 * when nothing can be lost.
 */
#include "csv.h"

#include <string.h>

static bool
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

bool
scrm_csv_is_number(const char *s, size_t n, bool decimal_comma)
{
	const char *p = s, *end = s + n;
	char mark = decimal_comma ? ',' : '.';
	size_t digits = 0;
	bool leading = true;   /* still in leading zeros, which are not significant */

	if (p < end && *p == '-')
		p++;
	if (p == end || !is_digit(*p))
		return false;
	if (*p == '0' && p + 1 < end && is_digit(p[1]))
		return false;           /* "007", "0612345678" */
	for (; p < end && is_digit(*p); p++) {
		if (*p != '0')
			leading = false;
		if (!leading)
			digits++;
	}
	if (p < end && *p == mark) {
		p++;
		if (p == end || !is_digit(*p))
			return false;
		for (; p < end && is_digit(*p); p++) {
			if (*p != '0')
				leading = false;
			if (!leading)
				digits++;
		}
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		long exp = 0;
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		if (p == end || !is_digit(*p))
			return false;
		for (; p < end && is_digit(*p); p++) {
			exp = exp * 10 + (*p - '0');
			if (exp > 300)
				return false;
		}
	}
	return p == end && digits <= 15;
}

/* Mention fields that are text even when they look like numbers (scrm-mention(5)). */
static const char *const mention_text[] = {
	"id", "source", "channel", "group", "url", "created_at", "fetched_at", "lang",
	"title", "text", "in_reply_to", "query", "author.id", "author.handle", "author.name",
	"author.url", "author.location", NULL
};

/* Words that name identifiers, phone numbers or postcodes. */
static const char *const id_words[] = {
	"id", "ids", "uuid", "guid", "phone", "tel", "telephone", "mobile", "portable", "fax",
	"zip", "zipcode", "postal", "postcode", "cp", "code", "siret", "siren", "iban", "bic",
	"sku", "ean", "isbn", "ref", "reference", NULL
};

static bool
is_alnum(char c)
{
	return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

static bool
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

/* Whether word w[0..n) (any case) is in the list. */
static bool
in_list(const char *const *list, const char *w, size_t n)
{
	for (size_t i = 0; list[i]; i++) {
		if (strlen(list[i]) != n)
			continue;
		size_t k = 0;
		while (k < n && (w[k] | 0x20) == list[i][k])
			k++;
		if (k == n)
			return true;
	}
	return false;
}

bool
scrm_csv_is_text_column(const char *name, size_t n)
{
	const char *last = name, *p, *end = name + n;

	for (size_t i = 0; mention_text[i]; i++)
		if (strlen(mention_text[i]) == n && memcmp(mention_text[i], name, n) == 0)
			return true;
	while ((p = scrm_csv_path_dot(last, end)) != NULL)
		last = p + 1;
	/* Words: runs of letters and digits, also split where camelCase turns upper. */
	p = last;
	while (p < end) {
		while (p < end && !is_alnum(*p))
			p++;
		const char *w = p;
		while (p < end && is_alnum(*p) && !(p > w && is_upper(*p) && !is_upper(p[-1])))
			p++;
		if (p > w && in_list(id_words, w, (size_t)(p - w)))
			return true;
	}
	return false;
}
