/*
 * date.h - dates as feeds write them (RFC 822/2822, RFC 3339/W3CDTF, ISO 8601
 * and common broken variants) to RFC 3339 UTC.
 *
 * Pure functions: no allocation, no locale, no time zone database, no
 * global state; the caller owns every buffer.
 */
#ifndef SCRM_DATE_H
#define SCRM_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* "YYYY-MM-DDTHH:MM:SSZ" plus its NUL. */
#define SCRM_DATE_LEN 21

/*
 * Parses s[0..n) and, on success, stores the instant in *t (seconds since
 * 1970-01-01T00:00:00Z; may be negative) and returns true. Missing parts
 * are filled the way feeds mean them: a missing time is midnight, a missing
 * zone is UTC, "2003-12" is the first of the month, "2003" the first of the
 * year; the weekday is ignored (even when wrong). Anything else that does
 * not parse, or names an impossible date (31 June, hour 25), returns false:
 * a date is never guessed.
 */
bool scrm_date_parse(const char *s, size_t n, int64_t *t);

/* Writes t as "YYYY-MM-DDTHH:MM:SSZ" into out; false if the year falls outside 0001-9999. */
bool scrm_date_format(int64_t t, char out[SCRM_DATE_LEN]);

/* scrm_date_parse then scrm_date_format. */
bool scrm_date_normalize(const char *s, size_t n, char out[SCRM_DATE_LEN]);

/* Days since 1970-01-01 of a proleptic Gregorian date (no range check). */
int64_t scrm_days_from_civil(int64_t y, unsigned m, unsigned d);

#endif
