/*
 * msg.h - the one place every scrm message goes through.
 *
 * Messages read "scrm-x: text" or "scrm-x: FILE:LINE: text", on stderr.
 * Nothing here allocates; the program name is a borrowed pointer that must
 * outlive the program (argv[0] or a string literal).
 */
#ifndef SCRM_MSG_H
#define SCRM_MSG_H

#include <stdarg.h>
#include <stddef.h>
#include <stdnoreturn.h>

/* Exit statuses shared by every tool (see scrm(7)). */
enum {
	SCRM_EXIT_OK = 0,       /* every record processed */
	SCRM_EXIT_REJECTS = 1,  /* some records rejected (fetch: some sources failed) */
	SCRM_EXIT_USAGE = 2,    /* usage or configuration error */
	SCRM_EXIT_IO = 3        /* input/output failure */
};

void scrm_set_progname(const char *name);
const char *scrm_progname(void);

/* "prog: fmt" */
void scrm_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void scrm_vwarn(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));
/* "prog: file:line: fmt"; line 0 leaves out the line number. */
void scrm_warn_at(const char *file, unsigned long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void scrm_vwarn_at(const char *file, unsigned long line, const char *fmt, va_list ap)
	__attribute__((format(printf, 3, 0)));
/* "prog: fmt", then exit(status). */
noreturn void scrm_die(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Allocation that cannot fail: on exhaustion it reports and exits SCRM_EXIT_IO. */
void *scrm_xmalloc(size_t n);
void *scrm_xcalloc(size_t n, size_t size);
void *scrm_xrealloc(void *p, size_t n);
char *scrm_xstrdup(const char *s);
char *scrm_xstrndup(const char *s, size_t n);

#endif
