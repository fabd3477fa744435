/*
 * date.c - feed dates to RFC 3339 UTC.
 *
 * Two parsers are tried in turn: a strict one for ISO 8601 / RFC 3339 /
 * W3CDTF (which start with a four-digit year), then a token-based one for
 * RFC 822/2822 and its relatives (asctime, Perforce's "2006/09/15",
 * "16-Dec-2012", a weekday that is wrong or spelt out, French and German
 * names). Every field is range-checked; what cannot be read is refused
 * rather than guessed.
 */
#include "date.h"

#include <string.h>

typedef struct civil {
	int64_t year;
	int month, day;          /* 1-based */
	int hour, min, sec;
	int offset;              /* minutes east of UTC */
} civil;

static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }

/* Reads exactly k digits at s[*i]; -1 if they are not there. */
static int digits(const char *s, size_t n, size_t *i, int k)
{
	int v = 0;
	if (*i + (size_t)k > n)
		return -1;
	for (int j = 0; j < k; j++) {
		char c = s[*i + (size_t)j];
		if (!is_digit(c))
			return -1;
		v = v * 10 + (c - '0');
	}
	*i += (size_t)k;
	return v;
}

static size_t count_digits(const char *s, size_t n, size_t i)
{
	size_t k = 0;
	while (i + k < n && is_digit(s[i + k]))
		k++;
	return k;
}

static bool leap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int64_t y, int m)
{
	static const int dm[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	return m == 2 && leap(y) ? 29 : dm[m - 1];
}

/* Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar. */
int64_t scrm_days_from_civil(int64_t y, unsigned m, unsigned d)
{
	y -= m <= 2;
	int64_t era = (y >= 0 ? y : y - 399) / 400;
	int64_t yoe = y - era * 400;
	int64_t doy = (153 * (int64_t)(m > 2 ? m - 3 : m + 9) + 2) / 5 + (int64_t)d - 1;
	int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static bool civil_to_time(const civil *c, int64_t *t)
{
	if (c->year < 1 || c->year > 9999 || c->month < 1 || c->month > 12 || c->day < 1 ||
	    c->day > days_in_month(c->year, c->month) || c->hour < 0 || c->hour > 23 ||
	    c->min < 0 || c->min > 59 || c->sec < 0 || c->sec > 60 ||
	    c->offset < -24 * 60 || c->offset > 24 * 60)
		return false;
	int64_t days = scrm_days_from_civil(c->year, (unsigned)c->month, (unsigned)c->day);
	*t = days * 86400 + c->hour * 3600 + c->min * 60 + c->sec - (int64_t)c->offset * 60;
	return true;
}

/* Zone as "Z", "+HH:MM", "+HHMM" or "+HH" at s[*i]; true if one was read. */
static bool numeric_zone(const char *s, size_t n, size_t *i, int *offset)
{
	size_t j = *i;
	if (j >= n)
		return false;
	if (s[j] == 'Z' || s[j] == 'z') {
		*offset = 0;
		*i = j + 1;
		return true;
	}
	if (s[j] != '+' && s[j] != '-')
		return false;
	int sign = s[j] == '-' ? -1 : 1;
	j++;
	int hh = digits(s, n, &j, 2), mm = 0;
	if (hh < 0)
		return false;
	if (j < n && s[j] == ':') {
		j++;
		if ((mm = digits(s, n, &j, 2)) < 0)
			return false;
	} else if (count_digits(s, n, j) == 2) {
		mm = digits(s, n, &j, 2);
	}
	if (hh > 23 || mm > 59)
		return false;
	*offset = sign * (hh * 60 + mm);
	*i = j;
	return true;
}

/* ISO 8601 / RFC 3339 / W3CDTF, extended or basic format; the whole string must be used. */
static bool parse_iso(const char *s, size_t n, civil *c)
{
	size_t i = 0;
	memset(c, 0, sizeof *c);
	c->month = c->day = 1;
	int y = digits(s, n, &i, 4);
	if (y < 0)
		return false;
	c->year = y;
	if (i < n && s[i] == '-') {
		i++;
		size_t k = count_digits(s, n, i);
		if (k == 3) {            /* ordinal date: YYYY-DDD */
			int doy = digits(s, n, &i, 3);
			if (doy < 1 || doy > (leap(y) ? 366 : 365))
				return false;
			int m = 1;
			while (doy > days_in_month(y, m))
				doy -= days_in_month(y, m++);
			c->month = m;
			c->day = doy;
		} else if (k == 2) {
			c->month = digits(s, n, &i, 2);
			if (i < n && s[i] == '-') {
				i++;
				if ((c->day = digits(s, n, &i, 2)) < 0)
					return false;
			}
		} else {
			return false;
		}
	} else if (count_digits(s, n, i) == 4) {   /* basic: YYYYMMDD */
		c->month = digits(s, n, &i, 2);
		c->day = digits(s, n, &i, 2);
	}
	if (i < n && (s[i] == 'T' || s[i] == 't' || s[i] == ' ') && i + 1 < n && is_digit(s[i + 1])) {
		i++;
		if ((c->hour = digits(s, n, &i, 2)) < 0)
			return false;
		bool basic = i < n && is_digit(s[i]);
		if (basic || (i < n && s[i] == ':')) {
			if (!basic)
				i++;
			if ((c->min = digits(s, n, &i, 2)) < 0)
				return false;
			if (i < n && (basic ? is_digit(s[i]) : s[i] == ':')) {
				if (!basic)
					i++;
				if ((c->sec = digits(s, n, &i, 2)) < 0)
					return false;
				if (i < n && (s[i] == '.' || s[i] == ',')) {
					i++;
					if (count_digits(s, n, i) == 0)
						return false;
					i += count_digits(s, n, i);   /* fractions are dropped, not rounded */
				}
			}
		}
		while (i < n && s[i] == ' ')
			i++;
		if (i < n && !numeric_zone(s, n, &i, &c->offset)) {
			/* "UTC" or "GMT" after a time, as some generators write */
			if (n - i == 3 && (strncmp(s + i, "UTC", 3) == 0 || strncmp(s + i, "GMT", 3) == 0))
				i = n;
			else
				return false;
		}
	}
	return i == n;
}

typedef struct zone_name {
	const char *name;
	int offset;      /* minutes */
} zone_name;

/* The RFC 822 names, North American ones as feedparser knows them, and central European. */
static const zone_name zones[] = {
	{ "ut", 0 }, { "utc", 0 }, { "gmt", 0 }, { "z", 0 },
	{ "adt", -180 }, { "ast", -240 }, { "at", -240 },
	{ "edt", -240 }, { "est", -300 }, { "et", -300 },
	{ "cdt", -300 }, { "cst", -360 }, { "ct", -360 },
	{ "mdt", -360 }, { "mst", -420 }, { "mt", -420 },
	{ "pdt", -420 }, { "pst", -480 }, { "pt", -480 },
	{ "cet", 60 }, { "cest", 120 }, { "met", 60 }, { "mest", 120 },
};

/* Month names: English, and the French and German ones that localised feeds write
 * ("jeu., 01 janv. 2004", "Do, 01 Jan 2004"); lower case, UTF-8. */
static const struct { const char *name; int month; } month_names[] = {
	{ "jan", 1 }, { "january", 1 }, { "janv", 1 }, { "janvier", 1 }, { "januar", 1 }, { "j\xc3\xa4n", 1 },
	{ "feb", 2 }, { "february", 2 }, { "f\xc3\xa9vr", 2 }, { "fevr", 2 }, { "f\xc3\xa9v", 2 },
	{ "f\xc3\xa9vrier", 2 }, { "fevrier", 2 }, { "februar", 2 },
	{ "mar", 3 }, { "march", 3 }, { "mars", 3 }, { "m\xc3\xa4r", 3 }, { "m\xc3\xa4rz", 3 }, { "maerz", 3 },
	{ "apr", 4 }, { "april", 4 }, { "avr", 4 }, { "avril", 4 },
	{ "may", 5 }, { "mai", 5 },
	{ "jun", 6 }, { "june", 6 }, { "juin", 6 }, { "juni", 6 },
	{ "jul", 7 }, { "july", 7 }, { "juil", 7 }, { "juillet", 7 }, { "juli", 7 },
	{ "aug", 8 }, { "august", 8 }, { "ao\xc3\xbbt", 8 }, { "aout", 8 },
	{ "sep", 9 }, { "sept", 9 }, { "september", 9 }, { "septembre", 9 },
	{ "oct", 10 }, { "october", 10 }, { "octobre", 10 }, { "okt", 10 }, { "oktober", 10 },
	{ "nov", 11 }, { "november", 11 }, { "novembre", 11 },
	{ "dec", 12 }, { "december", 12 }, { "d\xc3\xa9" "c", 12 }, { "d\xc3\xa9" "cembre", 12 }, { "decembre", 12 },
	{ "dez", 12 }, { "dezember", 12 },
};
static const char *const weekday_names[] = {
	"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lun", "mar", "mer", "jeu", "ven", "sam", "dim",
	"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
	"mo", "di", "mi", "do", "fr", "sa", "so",
	"montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
};

static bool word_is(const char *w, size_t k, const char *name)
{
	if (strlen(name) != k)
		return false;
	for (size_t i = 0; i < k; i++)
		if (lower(w[i]) != name[i])
			return false;
	return true;
}

/* Month number of a name ("Jan", "January", "Sept", "janv", "März"), or 0. */
static int month_of(const char *w, size_t k)
{
	for (size_t i = 0; i < sizeof month_names / sizeof month_names[0]; i++)
		if (word_is(w, k, month_names[i].name))
			return month_names[i].month;
	return 0;
}

static bool weekday(const char *w, size_t k)
{
	for (size_t i = 0; i < sizeof weekday_names / sizeof weekday_names[0]; i++)
		if (word_is(w, k, weekday_names[i]))
			return true;
	return false;
}

/* Zone name offset; military letters as RFC 822 defines them (feedparser's reading). */
static bool zone_of(const char *w, size_t k, int *offset)
{
	for (size_t z = 0; z < sizeof zones / sizeof zones[0]; z++)
		if (word_is(w, k, zones[z].name)) {
			*offset = zones[z].offset;
			return true;
		}
	if (k == 1 && is_alpha(w[0]) && lower(w[0]) != 'j') {
		char l = lower(w[0]);
		if (l <= 'i')
			*offset = -60 * (l - 'a' + 1);
		else if (l <= 'm')
			*offset = -60 * (l - 'a');
		else if (l <= 'y')
			*offset = 60 * (l - 'n' + 1);
		else
			*offset = 0;
		return true;
	}
	return false;
}

typedef struct tokstate {
	civil c;
	bool have_day, have_month, have_year, have_time, have_zone, pm, am;
	bool month_maybe_weekday;   /* the month came from "mar": March, or French mardi */
} tokstate;

/* A number token: day, year or both halves of a numeric date. */
static bool take_number(tokstate *st, const char *w, size_t k)
{
	/* Only days and years are numbers here: a longer run is neither (and would overflow v). */
	if (k > 4)
		return false;
	int v = 0;
	for (size_t i = 0; i < k; i++)
		v = v * 10 + (w[i] - '0');
	if (k <= 2 && !st->have_day) {
		st->c.day = v;
		st->have_day = true;
	} else if ((k == 4 || k == 2) && !st->have_year) {
		/* two-digit years: feedparser's reading, 90-99 are 1990s and the rest 20xx */
		st->c.year = k == 2 ? v + (v < 90 ? 2000 : 1900) : v;
		st->have_year = true;
	} else {
		return false;
	}
	return true;
}

/* "HH:MM[:SS[.frac]]" possibly followed directly by a numeric zone. */
static bool take_time(tokstate *st, const char *w, size_t k)
{
	size_t i = 0;
	if (st->have_time)
		return false;
	size_t hk = count_digits(w, k, 0);
	if (hk < 1 || hk > 2)
		return false;
	int h = digits(w, k, &i, (int)hk);
	if (i >= k || w[i] != ':')
		return false;
	i++;
	int m = digits(w, k, &i, 2), sec = 0;
	if (m < 0)
		return false;
	if (i < k && w[i] == ':') {
		i++;
		if ((sec = digits(w, k, &i, 2)) < 0)
			return false;
		if (i < k && (w[i] == '.' || w[i] == ',')) {
			i++;
			i += count_digits(w, k, i);
		}
	}
	if (i < k) {
		if (!numeric_zone(w, k, &i, &st->c.offset) || i != k)
			return false;
		st->have_zone = true;
	}
	st->c.hour = h;
	st->c.min = m;
	st->c.sec = sec;
	st->have_time = true;
	return true;
}

/* "2006/09/15" (year first only: 01/02/2006 is ambiguous) or "16-Dec-2012". */
static bool take_compound(tokstate *st, const char *w, size_t k)
{
	char sep = 0;
	for (size_t i = 0; i < k; i++)
		if (w[i] == '/' || w[i] == '-') {
			sep = w[i];
			break;
		}
	if (!sep)
		return false;
	const char *part[3];
	size_t plen[3], np = 0, start = 0;
	for (size_t i = 0; i <= k; i++)
		if (i == k || w[i] == sep) {
			if (np == 3)
				return false;
			part[np] = w + start;
			plen[np++] = i - start;
			start = i + 1;
		}
	if (np != 3)
		return false;
	for (int j = 0; j < 3; j++)
		if (plen[j] == 0)
			return false;
	if (sep == '/' && plen[0] == 4 && plen[1] <= 2 && plen[2] <= 2 &&
	    count_digits(w, k, 0) == 4 && count_digits(part[1], plen[1], 0) == plen[1] &&
	    count_digits(part[2], plen[2], 0) == plen[2]) {
		size_t i = 0;
		st->c.year = digits(part[0], plen[0], &i, 4);
		i = 0;
		st->c.month = digits(part[1], plen[1], &i, (int)plen[1]);
		i = 0;
		st->c.day = digits(part[2], plen[2], &i, (int)plen[2]);
		st->have_year = st->have_month = st->have_day = true;
		return !st->have_time;
	}
	if (sep == '-') {
		int m = month_of(part[1], plen[1]);
		if (!m || count_digits(part[0], plen[0], 0) != plen[0] ||
		    count_digits(part[2], plen[2], 0) != plen[2] || st->have_month)
			return false;
		st->c.month = m;
		st->have_month = true;
		return take_number(st, part[0], plen[0]) && take_number(st, part[2], plen[2]);
	}
	return false;
}

static bool take_word(tokstate *st, const char *w, size_t k)
{
	int m, off;
	if ((!st->have_month || st->month_maybe_weekday) && (m = month_of(w, k))) {
		/* "mar., 12 nov." : a second month name shows the first was a weekday */
		st->month_maybe_weekday = !st->have_month && weekday(w, k);
		st->c.month = m;
		st->have_month = true;
		return true;
	}
	if (weekday(w, k))
		return true;
	if (word_is(w, k, "am") || word_is(w, k, "pm")) {
		st->pm = lower(w[0]) == 'p';
		st->am = !st->pm;
		return st->have_time;
	}
	if (!st->have_zone && zone_of(w, k, &off)) {
		st->c.offset = off;
		st->have_zone = true;
		return true;
	}
	return false;
}

/* RFC 822 and relatives: whitespace/comma separated tokens in any reasonable order. */
static bool parse_tokens(const char *s, size_t n, civil *c)
{
	tokstate st;
	memset(&st, 0, sizeof st);
	size_t i = 0;
	while (i < n) {
		while (i < n && (is_space(s[i]) || s[i] == ','))
			i++;
		if (i >= n)
			break;
		if (s[i] == '(') {
			/* an RFC 2822 comment, "+0000 (UTC)": not part of the date */
			const char *close = memchr(s + i, ')', n - i);
			if (!close)
				return false;
			i = (size_t)(close - s) + 1;
			continue;
		}
		size_t b = i;
		while (i < n && !is_space(s[i]) && s[i] != ',')
			i++;
		const char *w = s + b;
		size_t k = i - b;
		/* "GMT+0100", "UTC-05:00": a zone name glued to an offset */
		if (k > 3 && is_alpha(w[0]) && (w[3] == '+' || w[3] == '-') &&
		    (word_is(w, 3, "gmt") || word_is(w, 3, "utc"))) {
			w += 3;
			k -= 3;
		}
		bool ok;
		if (is_alpha(w[0])) {
			size_t a = 0;
			while (a < k && (is_alpha(w[a]) || w[a] == '.' || (unsigned char)w[a] >= 0x80))
				a++;
			/* "Dec." and "Thu." carry a dot */
			size_t wk = (a > 0 && w[a - 1] == '.') ? a - 1 : a;
			ok = a == k && take_word(&st, w, wk);
		} else if (w[0] == '+' || (w[0] == '-' && k > 1 && is_digit(w[1]))) {
			size_t j = 0;
			ok = !st.have_zone && numeric_zone(w, k, &j, &st.c.offset) && j == k;
			st.have_zone = true;
		} else if (count_digits(w, k, 0) == k) {
			ok = take_number(&st, w, k);
		} else if (memchr(w, ':', k)) {
			ok = take_time(&st, w, k);
		} else {
			ok = take_compound(&st, w, k);
		}
		if (!ok)
			return false;
	}
	if (!st.have_day || !st.have_month || !st.have_year)
		return false;
	if (st.am || st.pm) {
		if (st.c.hour < 1 || st.c.hour > 12)
			return false;
		st.c.hour = st.c.hour % 12 + (st.pm ? 12 : 0);
	}
	*c = st.c;
	return true;
}

bool scrm_date_parse(const char *s, size_t n, int64_t *t)
{
	civil c;
	while (n > 0 && is_space(*s))
		s++, n--;
	while (n > 0 && is_space(s[n - 1]))
		n--;
	if (n == 0 || n > 128)
		return false;
	if (parse_iso(s, n, &c) && civil_to_time(&c, t))
		return true;
	return parse_tokens(s, n, &c) && civil_to_time(&c, t);
}

bool scrm_date_format(int64_t t, char out[SCRM_DATE_LEN])
{
	int64_t days = t >= 0 ? t / 86400 : -((-t + 86399) / 86400);
	int64_t secs = t - days * 86400;
	/* Hinnant's civil_from_days */
	int64_t z = days + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;
	y += m <= 2;
	if (y < 1 || y > 9999)
		return false;
	int v[6] = { (int)y, (int)m, (int)d, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60) };
	static const char shape[] = "0000-00-00T00:00:00Z";
	memcpy(out, shape, sizeof shape);
	/* digit positions of each field, written right to left */
	static const int last[6] = { 3, 6, 9, 12, 15, 18 }, width[6] = { 4, 2, 2, 2, 2, 2 };
	for (int f = 0; f < 6; f++)
		for (int k = 0, x = v[f]; k < width[f]; k++, x /= 10)
			out[last[f] - k] = (char)('0' + x % 10);
	return true;
}

bool scrm_date_normalize(const char *s, size_t n, char out[SCRM_DATE_LEN])
{
	int64_t t;
	return scrm_date_parse(s, n, &t) && scrm_date_format(t, out);
}
