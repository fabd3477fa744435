/*
 * io.h - line input (plain or gzip, any line length) and checked output.
 *
 * A reader owns its buffer; the line it hands out is borrowed and valid
 * until the next call on that reader. A writer owns its buffer and its file;
 * an error is sticky and reported once by scrm_writer_close().
 */
#ifndef SCRM_IO_H
#define SCRM_IO_H

#include <stdbool.h>
#include <stddef.h>

typedef struct scrm_reader scrm_reader;
typedef struct scrm_writer scrm_writer;

/* Opens path ("-" or NULL: standard input). Gzip input is detected by its
 * magic bytes and decompressed (also concatenated members). NULL with errno set on failure. */
scrm_reader *scrm_reader_open(const char *path);
/*
 * Reads the next line: returns 1 and sets line and len (without "\n" or
 * "\r\n"; a UTF-8 BOM at the start of the input removed), 0 at end of input,
 * -1 on a read or decompression error (see scrm_reader_error). A final line
 * without a newline is returned like any other.
 */
int scrm_reader_getline(scrm_reader *r, const char **line, size_t *len);
/*
 * Has fn(ctx) called whenever the reader is about to wait for input that
 * has not come yet (a pipe or terminal whose writer is slow; never a
 * regular file): the moment to push out what was made of the input so
 * far, so that a filter fed a few records now and then passes each on at
 * once, and one fed a stream at full speed still writes in big blocks.
 */
void scrm_reader_on_wait(scrm_reader *r, void (*fn)(void *ctx), void *ctx);
/* Whether the last line returned ended without a newline (a truncated last line). */
bool scrm_reader_last_unterminated(const scrm_reader *r);
/* Whether the line last returned ended with CR LF (the CR is not part of it). */
bool scrm_reader_last_crlf(const scrm_reader *r);
const char *scrm_reader_error(const scrm_reader *r);
/* Whether the input was gzip (known after the first read). */
bool scrm_reader_is_gzip(const scrm_reader *r);
void scrm_reader_close(scrm_reader *r);

/* Opens path for writing ("-" or NULL: standard output); a name ending in
 * ".gz" is written gzip-compressed. NULL with errno set on failure. */
scrm_writer *scrm_writer_open(const char *path);
/* Buffers n bytes; returns false once the writer has failed (the failure is sticky). */
bool scrm_writer_write(scrm_writer *w, const void *p, size_t n);
/* Pushes buffered bytes to the file (and a gzip sync point); false on failure. */
bool scrm_writer_flush(scrm_writer *w);
/* True once a write failed with EPIPE (the reader went away: end quietly). */
bool scrm_writer_broken_pipe(const scrm_writer *w);
/* Text of the first failure, or NULL. */
const char *scrm_writer_error(const scrm_writer *w);
/* Flushes, closes (for stdout: fflush/fsync-free close of fd 1's stream) and frees.
 * Returns false if anything failed since opening; the message is then in *err
 * (a static or writer-owned string copied to errbuf). */
bool scrm_writer_close(scrm_writer *w, char *errbuf, size_t errbuf_size);

/*
 * Atomic replacement of a file (state files): writes content to a temporary
 * file beside path, fsyncs it and renames it over path. Returns false with
 * errno set on failure (the old file is then untouched).
 */
bool scrm_write_file_atomic(const char *path, const void *content, size_t n);

/* Whether paths a and b name the same existing regular file (a link, or two spellings of one path). */
bool scrm_same_file(const char *a, const char *b);
struct stat;
/* The same, for what stat(2) or fstat(2) said of two files. */
bool scrm_same_file_stat(const struct stat *a, const struct stat *b);

#endif
