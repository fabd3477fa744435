/*
 * check.h - the smallest test harness: each check prints "ok - name" or
 * "not ok - name (why)"; check_done() returns the exit status. Header-only
 * because every unit test is its own program.
 */
#ifndef SCRM_CHECK_H
#define SCRM_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures;

static inline void
check_report(int ok, const char *name, const char *file, int line, const char *why)
{
	if (ok) {
		printf("ok - %s\n", name);
	} else {
		printf("not ok - %s (%s:%d: %s)\n", name, file, line, why);
		check_failures++;
	}
}

#define CHECK(cond, name) check_report((cond) != 0, (name), __FILE__, __LINE__, #cond)

static inline void
check_str_eq(const char *got, const char *want, const char *name, const char *file, int line)
{
	char why[512];
	int ok = (got == NULL && want == NULL) || (got && want && strcmp(got, want) == 0);

	snprintf(why, sizeof why, "got [%.200s], want [%.200s]", got ? got : "(null)",
	         want ? want : "(null)");
	check_report(ok, name, file, line, why);
}

#define CHECK_STR_EQ(got, want, name) check_str_eq((got), (want), (name), __FILE__, __LINE__)

static inline int
check_done(void)
{
	return check_failures ? 1 : 0;
}

#endif
