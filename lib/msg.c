/* msg.c - every diagnostic of every tool goes through here. */
#include "msg.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *progname = "scrm";

void
scrm_set_progname(const char *name)
{
	const char *slash = strrchr(name, '/');

	progname = slash ? slash + 1 : name;
}

const char *
scrm_progname(void)
{
	return progname;
}

void
scrm_vwarn(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
scrm_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scrm_vwarn(fmt, ap);
	va_end(ap);
}

void
scrm_vwarn_at(const char *file, unsigned long line, const char *fmt, va_list ap)
{
	if (line > 0)
		fprintf(stderr, "%s: %s:%lu: ", progname, file, line);
	else
		fprintf(stderr, "%s: %s: ", progname, file);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
scrm_warn_at(const char *file, unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scrm_vwarn_at(file, line, fmt, ap);
	va_end(ap);
}

void
scrm_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	scrm_vwarn(fmt, ap);
	va_end(ap);
	exit(status);
}

static void *
check_alloc(void *p, size_t n)
{
	if (p == NULL && n > 0)
		scrm_die(SCRM_EXIT_IO, "out of memory (%zu bytes)", n);
	return p;
}

void *
scrm_xmalloc(size_t n)
{
	return check_alloc(malloc(n ? n : 1), n);
}

void *
scrm_xcalloc(size_t n, size_t size)
{
	if (size && n > (size_t)-1 / size)
		scrm_die(SCRM_EXIT_IO, "out of memory (%zu x %zu bytes)", n, size);
	return check_alloc(calloc(n ? n : 1, size ? size : 1), n * size);
}

void *
scrm_xrealloc(void *p, size_t n)
{
	return check_alloc(realloc(p, n ? n : 1), n);
}

char *
scrm_xstrdup(const char *s)
{
	return scrm_xstrndup(s, strlen(s));
}

char *
scrm_xstrndup(const char *s, size_t n)
{
	char *copy = scrm_xmalloc(n + 1);

	memcpy(copy, s, n);
	copy[n] = '\0';
	return copy;
}
