/*
 * utf8.h - UTF-8 validation (RFC 3629: no overlongs, no surrogates,
 * nothing above U+10FFFF) and encoding. No allocation.
 */
#ifndef SCRM_UTF8_H
#define SCRM_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
size_t scrm_utf8_seq_len(const unsigned char *s, size_t n);
/* True when all n bytes are valid UTF-8; *bad (may be NULL) gets the offset of the first bad byte. */
bool scrm_utf8_valid(const char *s, size_t n, size_t *bad);
/* Encodes code point cp (<= 0x10FFFF, not a surrogate) into out; returns the byte count (1-4). */
size_t scrm_utf8_encode(uint32_t cp, char out[4]);
/* 3 when s[0..n) starts with a UTF-8 byte order mark (EF BB BF), else 0:
 * what a reader skips at the start of a text file, as every scrm tool does. */
size_t scrm_utf8_bom_len(const char *s, size_t n);

#endif
