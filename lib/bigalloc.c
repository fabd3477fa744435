/* bigalloc.c - see bigalloc.h. */
#include "bigalloc.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#include "msg.h"

#define HUGE_PAGE ((size_t)2 << 20)

/*
 * From 2 MB up, the mapping starts on a huge-page boundary: the kernel
 * backs only aligned 2 MB stretches with huge pages, and a plain mmap of
 * langid's 4 MB table got one or two by luck of the address (scrm-clean
 * with every check, run in turn against unaligned tables: 0.982 of the
 * time at best, 0.983 at the median). It is not rounded up to whole huge
 * pages: that made scrm-tone's 3 MB word cache 4 MB of memory, and no
 * faster.
 */
void *scrm_big_alloc(size_t n)
{
	size_t slack = n >= HUGE_PAGE ? HUGE_PAGE : 0;
	/* Anonymous memory comes zeroed: no memset touching every page up front. */
	char *p = mmap(NULL, n + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		scrm_die(SCRM_EXIT_IO, "out of memory");
	if (slack) {
		/* The aligned stretch kept, the pages before and after it given back. */
		size_t page = (size_t)sysconf(_SC_PAGESIZE);
		size_t head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
		size_t end = head + (n + page - 1) / page * page;
		if (head)
			(void)munmap(p, head);
		if (n + slack > end)
			(void)munmap(p + end, n + slack - end);
		p += head;
	}
#ifdef MADV_HUGEPAGE
	if (n >= HUGE_PAGE)
		(void)madvise(p, n, MADV_HUGEPAGE);   /* a hint: refused, the memory works as well */
#endif
	return p;
}

void scrm_big_free(void *p, size_t n)
{
	if (p)
		(void)munmap(p, n);
}
