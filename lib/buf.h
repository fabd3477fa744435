/*
 * buf.h - a growable byte buffer.
 *
 * The buffer owns data; data is always NUL-terminated (data[len] == 0) once
 * anything has been appended, so it can be handed to C string functions when
 * the content holds no NUL. Growth cannot fail (scrm_xrealloc).
 */
#ifndef SCRM_BUF_H
#define SCRM_BUF_H

#include <stddef.h>

typedef struct scrm_buf {
	char *data;
	size_t len;
	size_t cap;
} scrm_buf;

#define SCRM_BUF_INIT { NULL, 0, 0 }

void scrm_buf_reserve(scrm_buf *b, size_t extra);
void scrm_buf_append(scrm_buf *b, const void *p, size_t n);
void scrm_buf_puts(scrm_buf *b, const char *s);
void scrm_buf_putc(scrm_buf *b, char c);
void scrm_buf_printf(scrm_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Empties the buffer, keeping its storage. */
void scrm_buf_clear(scrm_buf *b);
void scrm_buf_free(scrm_buf *b);

#endif
