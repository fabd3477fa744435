/*
 * fetch_report.c - what a collection round says on stderr: warnings about a
 * source (which clear the progress line first) and the progress line.
 */
#include <stdarg.h>
#include <stdio.h>

#include "buf.h"
#include "fetch_collect_impl.h"
#include "msg.h"

void scrm_collect_warn(const scrm_collect_job *j, const char *fmt, ...)
{
	if (j->c->o.quiet)
		return;
	if (j->c->o.progress)
		fputs("\r\033[K", stderr);   /* clear the progress line first */
	va_list ap;
	va_start(ap, fmt);
	scrm_buf b = SCRM_BUF_INIT;
	char tmp[1024];
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	if (j->query && j->c->o.nqueries + j->src->nqueries > 1)
		scrm_buf_printf(&b, " [-q %s]", j->query);
	scrm_warn_at(j->src->location, 0, "%s%s", tmp, b.data ? b.data : "");
	scrm_buf_free(&b);
}

void scrm_collect_fail(scrm_collect_job *j, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	scrm_collect_warn(j, "%s", tmp);
	j->failed = true;
}

void scrm_collect_progress(scrm_collector *c, bool last)
{
	if (!c->o.progress)
		return;
	/* A status line redrawn in place: msg.h writes whole lines only. */
	if (last)
		fputs("\n", stderr);
	else
		fprintf(stderr, "\r%s: %zu/%zu sources, %lu mentions, %zu failed", scrm_progname(), c->done,
		        c->njobs, c->mentions, c->failures);
	fflush(stderr);
}
