/* fetch_retry.c - how long to wait before trying a transfer again. */
#include <curl/curl.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fetch.h"

static double clamp(double v, double max)
{
	if (!(v >= 0))      /* also catches NaN */
		return 0;
	return v > max ? max : v;
}

/* A header value that is a whole non-negative number (leading/trailing space allowed). */
static bool parse_seconds(const char *s, double *out)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (*s < '0' || *s > '9')
		return false;
	char *end;
	double v = strtod(s, &end);
	while (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n')
		end++;
	if (*end != '\0')
		return false;
	*out = v;
	return true;
}

double scrm_fetch_retry_delay(const scrm_fetch_opts *o, int attempt, const char *retry_after,
                              const char *reset, time_t now, double jitter)
{
	double v;
	if (retry_after) {
		if (parse_seconds(retry_after, &v))
			return clamp(v, o->max_wait);
		time_t when = curl_getdate(retry_after, NULL);   /* an HTTP date */
		if (when != -1)
			return clamp(difftime(when, now), o->max_wait);
	}
	if (reset && parse_seconds(reset, &v)) {
		/* X and GitHub send the epoch second of the reset, Reddit and the
		 * IETF draft a number of seconds: no delay is ever 30 years long. */
		if (v > 1e9)
			v -= (double)now;
		return clamp(v, o->max_wait);
	}
	if (attempt > 30)
		attempt = 30;
	return clamp(o->backoff * ldexp(1.0, attempt) * jitter, o->max_wait);
}

bool scrm_fetch_status_retryable(long status)
{
	return status == 429 || (status >= 500 && status <= 599 && status != 501 && status != 505);
}
