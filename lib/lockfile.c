/* lockfile.c - see lockfile.h. */
#define _GNU_SOURCE   /* F_OFD_SETLK */
#include "lockfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"

/* Open-file-description locks: tied to this descriptor, not to the process,
 * so closing another descriptor of the same file cannot drop them. */
#ifdef F_OFD_SETLK
#define LOCK_COMMAND F_OFD_SETLK
#else
#define LOCK_COMMAND F_SETLK
#endif

int scrm_lock_beside(const char *path, scrm_buf *err)
{
	scrm_buf name = SCRM_BUF_INIT;
	int result = -1;
	struct stat st;

	scrm_buf_clear(err);
	/* A device or a pipe is written through, never replaced: nothing to keep apart. */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
		return 1;
	/* Through a symbolic link, beside the file it names, which is the one
	 * replaced: a run naming the link and one naming the file meet. */
	char *target = lstat(path, &st) == 0 && S_ISLNK(st.st_mode) ? realpath(path, NULL) : NULL;
	scrm_buf_printf(&name, "%s.lock", target ? target : path);
	free(target);
	int fd = open(name.data, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0) {
		scrm_buf_printf(err, "%s: %s", name.data, strerror(errno));
		goto out;
	}
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	if (fcntl(fd, LOCK_COMMAND, &lk) == 0) {
		result = 1;   /* fd stays open: the lock lasts as long as the process */
		goto out;
	}
	int e = errno;
	if (e == EAGAIN || e == EACCES) {
		scrm_buf_printf(err, "%s: in use by another run (%s is locked); one run at a time", path, name.data);
	} else if (e == ENOLCK || e == EINVAL || e == EOPNOTSUPP) {
		/* A file system without locks (some network mounts) ran these tools before locks came. */
		scrm_buf_printf(err, "%s: cannot lock (%s): runs are not kept apart", name.data, strerror(e));
		result = 0;
	} else {
		scrm_buf_printf(err, "%s: cannot lock: %s", name.data, strerror(e));
	}
	close(fd);
out:
	scrm_buf_free(&name);
	return result;
}

void scrm_lock_or_exit(const char *path)
{
	scrm_buf err = SCRM_BUF_INIT;
	int locked = scrm_lock_beside(path, &err);
	if (locked < 0)
		scrm_die(SCRM_EXIT_IO, "%s", err.data);
	if (locked == 0)
		scrm_warn("%s", err.data);
	scrm_buf_free(&err);
}
