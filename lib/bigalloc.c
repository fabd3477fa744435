/* bigalloc.c - see bigalloc.h. */
#include "bigalloc.h"

#include <sys/mman.h>

#include "msg.h"

#define HUGE_PAGE ((size_t)2 << 20)

void *scrm_big_alloc(size_t n)
{
	/* Anonymous memory comes zeroed: no memset touching every page up front. */
	void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		scrm_die(SCRM_EXIT_IO, "out of memory");
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
