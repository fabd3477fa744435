/* lockfile.c - see lockfile.h. */
#define _GNU_SOURCE   /* F_OFD_SETLK */
#include "lockfile.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

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
	scrm_buf_printf(&name, "%s.lock", path);
	int fd = open(name.data, O_RDWR | O_CREAT | O_CLOEXEC, 0666);
	if (fd < 0) {
		scrm_buf_printf(err, "%s: %s", name.data, strerror(errno));
		scrm_buf_free(&name);
		return -1;
	}
	struct flock lk = { .l_type = F_WRLCK, .l_whence = SEEK_SET };
	if (fcntl(fd, LOCK_COMMAND, &lk) != 0) {
		int e = errno;
		if (e == EAGAIN || e == EACCES)
			scrm_buf_printf(err, "%s: in use by another run (%s is locked); one run at a time", path, name.data);
		else
			scrm_buf_printf(err, "%s: cannot lock: %s", name.data, strerror(e));
		close(fd);
		fd = -1;
	}
	scrm_buf_free(&name);
	return fd;
}
