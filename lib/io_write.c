/*
 * io_write.c - checked, buffered output, plain or gzip.
 *
 * Plain output goes through write(2) from our own buffer rather than stdio
 * so that the first failure is known exactly and kept: a filter must never
 * report success after losing output.
 */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "msg.h"

#define WRITE_BUFFER (256 * 1024)

struct scrm_writer {
	int fd;
	gzFile gz;
	char *buf;
	size_t len;
	bool failed;
	bool epipe;
	char error[160];
};

static bool
has_gz_suffix(const char *path)
{
	size_t n = strlen(path);

	return n > 3 && strcmp(path + n - 3, ".gz") == 0;
}

scrm_writer *
scrm_writer_open(const char *path)
{
	scrm_writer *w;
	int fd = STDOUT_FILENO;
	bool gzip = false;

	if (path != NULL && strcmp(path, "-") != 0) {
		fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
		if (fd < 0)
			return NULL;
		gzip = has_gz_suffix(path);
	}
	w = scrm_xcalloc(1, sizeof *w);
	w->fd = fd;
	w->buf = scrm_xmalloc(WRITE_BUFFER);
	if (gzip) {
		w->gz = gzdopen(fd, "wb6");
		if (w->gz == NULL) {
			close(fd);
			free(w->buf);
			free(w);
			errno = ENOMEM;
			return NULL;
		}
	}
	return w;
}

static bool
record_failure(scrm_writer *w, int err)
{
	if (!w->failed) {
		w->failed = true;
		w->epipe = err == EPIPE;
		snprintf(w->error, sizeof w->error, "%s", strerror(err));
	}
	return false;
}

static bool
push(scrm_writer *w, const char *p, size_t n)
{
	if (w->gz) {
		while (n > 0) {
			unsigned chunk = n > (1u << 30) ? (1u << 30) : (unsigned)n;
			if (gzwrite(w->gz, p, chunk) != (int)chunk) {
				int zerr;
				const char *msg = gzerror(w->gz, &zerr);
				if (zerr == Z_ERRNO)
					return record_failure(w, errno ? errno : EIO);
				snprintf(w->error, sizeof w->error, "gzip: %s", msg);
				w->failed = true;
				return false;
			}
			p += chunk;
			n -= chunk;
		}
		return true;
	}
	while (n > 0) {
		ssize_t done = write(w->fd, p, n);
		if (done < 0) {
			if (errno == EINTR)
				continue;
			return record_failure(w, errno);
		}
		p += done;
		n -= (size_t)done;
	}
	return true;
}

bool
scrm_writer_write(scrm_writer *w, const void *p, size_t n)
{
	if (w->failed)
		return false;
	if (w->len + n > WRITE_BUFFER) {
		if (!push(w, w->buf, w->len))
			return false;
		w->len = 0;
		if (n >= WRITE_BUFFER)
			return push(w, p, n);
	}
	memcpy(w->buf + w->len, p, n);
	w->len += n;
	return true;
}

bool
scrm_writer_flush(scrm_writer *w)
{
	if (w->failed)
		return false;
	if (!push(w, w->buf, w->len))
		return false;
	w->len = 0;
	if (w->gz && gzflush(w->gz, Z_SYNC_FLUSH) != Z_OK)
		return record_failure(w, errno ? errno : EIO);
	return true;
}

bool
scrm_writer_broken_pipe(const scrm_writer *w)
{
	return w->epipe;
}

const char *
scrm_writer_error(const scrm_writer *w)
{
	return w->failed ? w->error : NULL;
}

bool
scrm_writer_close(scrm_writer *w, char *errbuf, size_t errbuf_size)
{
	bool ok;

	if (w == NULL)
		return true;
	if (!w->failed && w->len > 0)
		push(w, w->buf, w->len);
	if (w->gz) {
		int rc = gzclose(w->gz);
		if (rc != Z_OK && !w->failed)
			record_failure(w, rc == Z_ERRNO ? errno : EIO);
	} else if (close(w->fd) != 0 && !w->failed) {
		/* Standard output is closed too: a deferred error (NFS, quota)
		 * only shows at close, and must be seen before we claim success. */
		record_failure(w, errno);
	}
	ok = !w->failed;
	if (!ok && errbuf && errbuf_size)
		snprintf(errbuf, errbuf_size, "%s", w->error);
	free(w->buf);
	free(w);
	return ok;
}

bool
scrm_same_file_stat(const struct stat *a, const struct stat *b)
{
	return S_ISREG(a->st_mode) && S_ISREG(b->st_mode) && a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

bool
scrm_same_file(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && scrm_same_file_stat(&sa, &sb);
}

/* Writes all n bytes of p to fd; false with errno set on failure. */
static bool
write_all(int fd, const char *p, size_t n)
{
	while (n > 0) {
		ssize_t done = write(fd, p, n);
		if (done < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		p += done;
		n -= (size_t)done;
	}
	return true;
}

/*
 * Writes through path when it names no regular file to replace: a device
 * (/dev/null, /dev/full), a pipe, a socket. Renaming over it would put a
 * plain file in its place.
 */
static bool
write_through(const char *path, const void *content, size_t n)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	if (!write_all(fd, content, n)) {
		int saved = errno;
		close(fd);
		errno = saved;
		return false;
	}
	return close(fd) == 0;
}

/* The mode a new file gets: 0666 less the umask (reading the umask sets it, so set it back). */
static mode_t
new_file_mode(void)
{
	mode_t mask = umask(022);
	umask(mask);
	return 0666 & ~mask;
}

bool
scrm_write_file_atomic(const char *path, const void *content, size_t n)
{
	struct stat st;
	bool exists, made = false;
	int fd, saved;

	/* A symbolic link stays one: the file it names is replaced. */
	char *target = realpath(path, NULL);
	if (target == NULL && errno != ENOENT)
		return false;
	if (target != NULL)
		path = target;
	exists = stat(path, &st) == 0;
	if (exists && !S_ISREG(st.st_mode)) {
		bool ok = write_through(path, content, n);
		saved = errno;
		free(target);
		errno = saved;
		return ok;
	}

	size_t plen = strlen(path);
	char *tmp = scrm_xmalloc(plen + 16);
	memcpy(tmp, path, plen);
	memcpy(tmp + plen, ".tmp.XXXXXX", 12);
	fd = mkstemp(tmp);
	if (fd < 0)
		goto fail;
	made = true;
	/* The new file keeps the old one's mode and group (a file shared by a
	 * cron job and its users); a file made here gets the usual 0666 less
	 * the umask, not mkstemp's 0600. Keeping the group is best effort: only
	 * its members and root may give it. */
	if (fchmod(fd, exists ? st.st_mode & 07777 : new_file_mode()) != 0)
		goto fail;
	if (exists && st.st_gid != getegid() && fchown(fd, (uid_t)-1, st.st_gid) != 0 && errno != EPERM)
		goto fail;
	if (!write_all(fd, content, n) || fsync(fd) != 0)
		goto fail;
	if (close(fd) != 0) {
		fd = -1;
		goto fail;
	}
	fd = -1;
	if (rename(tmp, path) != 0)
		goto fail;
	free(tmp);
	free(target);
	return true;
fail:
	saved = errno;
	if (fd >= 0)
		close(fd);
	if (made)
		unlink(tmp);
	free(tmp);
	free(target);
	errno = saved;
	return false;
}
