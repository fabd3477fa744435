/* buf.c - growable byte buffer. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"

void
scrm_buf_grow(scrm_buf *b, size_t extra)
{
	size_t need, cap;

	if (extra > (size_t)-1 - b->len - 1)
		scrm_die(SCRM_EXIT_IO, "out of memory (buffer of %zu bytes)", b->len);
	need = b->len + extra + 1;
	if (need <= b->cap)
		return;
	cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap = cap > (size_t)-1 / 2 ? need : cap * 2;
	b->data = scrm_xrealloc(b->data, cap);
	b->cap = cap;
	b->data[b->len] = '\0';   /* a buffer only reserved reads as empty, not as what the heap held */
}

void
scrm_buf_puts(scrm_buf *b, const char *s)
{
	scrm_buf_append(b, s, strlen(s));
}

void
scrm_buf_printf(scrm_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		scrm_die(SCRM_EXIT_IO, "bad format string \"%s\"", fmt);
	scrm_buf_reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

void
scrm_buf_clear(scrm_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void
scrm_buf_free(scrm_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
