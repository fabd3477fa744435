/*
 * buf.h - a growable byte buffer.
 *
 * The buffer owns data; data is NUL-terminated (data[len] == 0) whenever it
 * is not NULL, so it can be handed to C string functions when the content
 * holds no NUL. Growth cannot fail (scrm_xrealloc).
 */
#ifndef SCRM_BUF_H
#define SCRM_BUF_H

#include <stddef.h>
#include <string.h>

typedef struct scrm_buf {
	char *data;
	size_t len;
	size_t cap;
} scrm_buf;

#define SCRM_BUF_INIT { NULL, 0, 0 }

/* scrm_buf_reserve() when the room is not there: grows the storage. */
void scrm_buf_grow(scrm_buf *b, size_t extra);

/* Makes room for extra more bytes and the NUL after them. */
static inline void scrm_buf_reserve(scrm_buf *b, size_t extra)
{
	/* Inline: writers call it for every byte or piece they add. */
	if (b->cap > b->len && extra < b->cap - b->len)
		return;
	scrm_buf_grow(b, extra);
}

static inline void scrm_buf_append(scrm_buf *b, const void *p, size_t n)
{
	scrm_buf_reserve(b, n);
	if (n > 0)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = '\0';
}

static inline void scrm_buf_putc(scrm_buf *b, char c)
{
	scrm_buf_reserve(b, 1);
	b->data[b->len++] = c;
	b->data[b->len] = '\0';
}

void scrm_buf_puts(scrm_buf *b, const char *s);
void scrm_buf_printf(scrm_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its storage. */
void scrm_buf_clear(scrm_buf *b);
void scrm_buf_free(scrm_buf *b);

#endif
