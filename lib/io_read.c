/*
 * io_read.c - line reader over plain or gzip input.
 *
 * Lines are handed out from one growing buffer, so a line of any length
 * (50 MB and more) is returned whole, without a copy when it fits.
 * Gzip is recognised by its magic bytes rather than the file name, so
 * compressed data on a pipe works too.
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "msg.h"

#define READ_CHUNK (256 * 1024)

struct scrm_reader {
	int fd;
	bool owns_fd;
	bool eof;              /* no more bytes will come */
	bool at_start;         /* nothing returned yet: a BOM may be dropped */
	bool unterminated;
	bool crlf;             /* the last line returned ended "\r\n", its CR taken off */
	bool detected;
	bool gzip;
	bool may_wait;         /* not a regular file: a read can block */
	void (*on_wait)(void *ctx);
	void *wait_ctx;
	char *buf;             /* decoded bytes; [pos, len) not yet returned */
	size_t pos, len, cap;
	size_t scanned;        /* bytes from pos already known to hold no '\n' */
	z_stream z;
	unsigned char *zin;    /* compressed input for z */
	bool z_member_done;
	char error[128];
};

scrm_reader *
scrm_reader_open(const char *path)
{
	scrm_reader *r;
	int fd;

	if (path == NULL || strcmp(path, "-") == 0) {
		fd = STDIN_FILENO;
	} else {
		fd = open(path, O_RDONLY | O_CLOEXEC);
		if (fd < 0)
			return NULL;
	}
	r = scrm_xcalloc(1, sizeof *r);
	r->fd = fd;
	r->owns_fd = fd != STDIN_FILENO;
	struct stat st;
	r->may_wait = fstat(fd, &st) != 0 || !S_ISREG(st.st_mode);
	r->at_start = true;
	r->cap = READ_CHUNK * 2;
	r->buf = scrm_xmalloc(r->cap);
	return r;
}

static bool
set_error(scrm_reader *r, const char *what)
{
	strncpy(r->error, what, sizeof r->error - 1);
	return false;
}

void
scrm_reader_on_wait(scrm_reader *r, void (*fn)(void *ctx), void *ctx)
{
	r->on_wait = fn;
	r->wait_ctx = ctx;
}

/* Whether a read of r->fd would return at once (data, end of file or an error to report). */
static bool
input_ready(const scrm_reader *r)
{
	struct pollfd p = { .fd = r->fd, .events = POLLIN };
	return poll(&p, 1, 0) > 0;
}

/* read(2) that retries on EINTR, first telling the owner when it is about
 * to wait; -1 on error with r->error set. */
static ssize_t
read_raw(scrm_reader *r, void *dst, size_t n)
{
	ssize_t got;

	if (r->on_wait && r->may_wait && !input_ready(r))
		r->on_wait(r->wait_ctx);
	do
		got = read(r->fd, dst, n);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		set_error(r, strerror(errno));
	return got;
}

/* Inflates into dst; returns bytes produced, 0 at the end, -1 on error. */
static ssize_t
read_gzip(scrm_reader *r, unsigned char *dst, size_t n)
{
	r->z.next_out = dst;
	r->z.avail_out = (uInt)(n > UINT32_MAX ? UINT32_MAX : n);
	while (r->z.avail_out == n) {
		if (r->z.avail_in == 0) {
			ssize_t got = read_raw(r, r->zin, READ_CHUNK);
			if (got < 0)
				return -1;
			if (got == 0) {
				if (!r->z_member_done) {
					set_error(r, "truncated gzip data");
					return -1;
				}
				return 0;
			}
			r->z.next_in = r->zin;
			r->z.avail_in = (uInt)got;
		}
		if (r->z_member_done) {
			/* Another member follows (concatenated gzip files). */
			if (inflateReset(&r->z) != Z_OK) {
				set_error(r, "gzip: cannot reset stream");
				return -1;
			}
			r->z_member_done = false;
		}
		int rc = inflate(&r->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END) {
			r->z_member_done = true;
		} else if (rc != Z_OK && rc != Z_BUF_ERROR) {
			set_error(r, r->z.msg ? r->z.msg : "invalid gzip data");
			return -1;
		}
	}
	return (ssize_t)(n - r->z.avail_out);
}

static bool
start_gzip(scrm_reader *r, const unsigned char *first, size_t n)
{
	r->zin = scrm_xmalloc(READ_CHUNK);
	memcpy(r->zin, first, n);
	if (inflateInit2(&r->z, 15 + 16) != Z_OK)
		return set_error(r, "gzip: cannot initialise zlib");
	r->z.next_in = r->zin;
	r->z.avail_in = (uInt)n;
	r->gzip = true;
	return true;
}

/* Appends more decoded bytes to buf; false at EOF or on error (error set). */
static bool
fill(scrm_reader *r)
{
	ssize_t got;

	if (r->eof)
		return false;
	if (r->pos > 0 && (r->pos > r->cap / 2 || r->len == r->pos)) {
		memmove(r->buf, r->buf + r->pos, r->len - r->pos);
		r->len -= r->pos;
		r->pos = 0;
	}
	if (r->cap - r->len < READ_CHUNK) {
		r->cap = r->cap * 2;
		r->buf = scrm_xrealloc(r->buf, r->cap);
	}
	if (!r->detected) {
		unsigned char head[4];
		size_t have = 0;
		while (have < 2) {
			got = read_raw(r, head + have, 2 - have);
			if (got < 0)
				return false;
			if (got == 0)
				break;
			have += (size_t)got;
		}
		r->detected = true;
		if (have == 2 && head[0] == 0x1f && head[1] == 0x8b) {
			if (!start_gzip(r, head, have))
				return false;
		} else {
			memcpy(r->buf + r->len, head, have);
			r->len += have;
			if (have < 2)
				r->eof = true;
			return have > 0;
		}
	}
	if (r->gzip)
		got = read_gzip(r, (unsigned char *)r->buf + r->len, r->cap - r->len - 1);
	else
		got = read_raw(r, r->buf + r->len, r->cap - r->len - 1);
	if (got < 0) {
		r->eof = true;
		return false;
	}
	if (got == 0) {
		r->eof = true;
		return false;
	}
	r->len += (size_t)got;
	return true;
}

int
scrm_reader_getline(scrm_reader *r, const char **line, size_t *len)
{
	char *nl;

	for (;;) {
		nl = memchr(r->buf + r->pos + r->scanned, '\n', r->len - r->pos - r->scanned);
		if (nl != NULL)
			break;
		r->scanned = r->len - r->pos;
		if (!fill(r)) {
			if (r->error[0])
				return -1;
			if (r->len == r->pos)
				return 0;
			nl = r->buf + r->len;  /* the last line has no newline */
			break;
		}
	}
	char *start = r->buf + r->pos;
	size_t n = (size_t)(nl - start);
	r->unterminated = nl == r->buf + r->len;
	r->pos = r->unterminated ? r->len : r->pos + n + 1;
	r->scanned = 0;
	r->crlf = n > 0 && start[n - 1] == '\r';
	n -= r->crlf;
	if (r->at_start) {
		r->at_start = false;
		if (n >= 3 && memcmp(start, "\xEF\xBB\xBF", 3) == 0) {
			start += 3;
			n -= 3;
		}
	}
	*line = start;
	*len = n;
	return 1;
}

bool
scrm_reader_last_unterminated(const scrm_reader *r)
{
	return r->unterminated;
}

bool
scrm_reader_last_crlf(const scrm_reader *r)
{
	return r->crlf;
}

const char *
scrm_reader_error(const scrm_reader *r)
{
	return r->error[0] ? r->error : NULL;
}

bool
scrm_reader_is_gzip(const scrm_reader *r)
{
	return r->gzip;
}

void
scrm_reader_close(scrm_reader *r)
{
	if (r == NULL)
		return;
	if (r->gzip)
		inflateEnd(&r->z);
	if (r->owns_fd)
		close(r->fd);
	free(r->zin);
	free(r->buf);
	free(r);
}
