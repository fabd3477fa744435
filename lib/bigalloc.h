/*
 * bigalloc.h - zeroed memory for big tables read at random (hash tables,
 * rings), mapped from the system: the caller owns it and gives it back
 * with scrm_big_free.
 */
#ifndef SCRM_BIGALLOC_H
#define SCRM_BIGALLOC_H

#include <stddef.h>

/*
 * n zero bytes (n > 0), page-aligned, only taking memory as pages are
 * first written. From 2 MB up they start on a 2 MB boundary and are marked
 * for transparent huge pages where the system offers them on request
 * (Linux): random lookups into megabytes then stop missing the TLB on
 * almost every access (langid's 4 MB table: a tenth of scrm-clean's time).
 * Dies (status 3) when out of memory.
 */
void *scrm_big_alloc(size_t n);
/* Releases what scrm_big_alloc(n) returned (NULL: nothing). */
void scrm_big_free(void *p, size_t n);

#endif
