/* bigalloc.c - see bigalloc.h. */
#include "bigalloc.h"

#include <stdint.h>
#include <sys/mman.h>

#include "msg.h"

#define HUGE_PAGE ((size_t)2 << 20)

/*
 * From 2 MB up, the mapping starts on a huge-page boundary and is rounded
 * up to whole huge pages: the kernel backs only aligned 2 MB stretches
 * with huge pages, so a plain mmap of 3 MB got one huge page and 1 MB of
 * small ones (scrm-tone's word cache), of 4 MB one or two by luck
 * (langid's table). The rounding costs nothing until touched.
 */
static size_t mapped_size(size_t n)
{
	return n >= HUGE_PAGE ? (n + HUGE_PAGE - 1) / HUGE_PAGE * HUGE_PAGE : n;
}

void *scrm_big_alloc(size_t n)
{
	size_t size = mapped_size(n), slack = n >= HUGE_PAGE ? HUGE_PAGE : 0;
	/* Anonymous memory comes zeroed: no memset touching every page up front. */
	char *p = mmap(NULL, size + slack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		scrm_die(SCRM_EXIT_IO, "out of memory");
	if (slack) {
		/* The aligned stretch kept, the pages before and after it given back. */
		size_t head = (HUGE_PAGE - (uintptr_t)p % HUGE_PAGE) % HUGE_PAGE;
		if (head)
			(void)munmap(p, head);
		if (slack - head)
			(void)munmap(p + head + size, slack - head);
		p += head;
	}
#ifdef MADV_HUGEPAGE
	if (size >= HUGE_PAGE)
		(void)madvise(p, size, MADV_HUGEPAGE);   /* a hint: refused, the memory works as well */
#endif
	return p;
}

void scrm_big_free(void *p, size_t n)
{
	if (p)
		(void)munmap(p, mapped_size(n));
}
