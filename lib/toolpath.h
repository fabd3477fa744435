/*
 * toolpath.h - finding scrm-* programs: beside the running program first,
 * then along PATH. Returned paths are new heap strings the caller frees.
 */
#ifndef SCRM_TOOLPATH_H
#define SCRM_TOOLPATH_H

#include <stdbool.h>
#include <stdio.h>

/* Full path of the executable scrm-NAME, or NULL. NAME may not contain '/'. */
char *scrm_toolpath_find(const char *name);
/* Writes one line per tool found, "  NAME  summary", sorted; false on a write error. */
bool scrm_toolpath_list(FILE *out);

#endif
