/*
 * lockfile.h - one run at a time on a state file kept across runs
 * (scrm-fetch --state, scrm-clean --seen): two cron runs that overlap
 * would both read the old state, do the same work twice, and the last to
 * finish would overwrite what the other remembered.
 */
#ifndef SCRM_LOCKFILE_H
#define SCRM_LOCKFILE_H

#include "buf.h"

/*
 * Takes an exclusive lock on "PATH.lock" (created beside path, beside
 * the file it names when path is a symbolic link, and left there:
 * removing it would let two runs lock two different files), held
 * until the process ends. The state file itself cannot carry the lock, as
 * it is replaced by a rename when saved. Returns 1 once locked; -1 with
 * "reason" in err when another process holds the lock or it cannot be
 * created; 0, with a warning in err, on a file system that has no locks
 * (the run may go on, unprotected, as before locks came). The lock is an
 * open-file-description lock where the system has them (Linux), so it
 * does not meet a flock(1) wrapper's lock on the same file; it goes away
 * with the process, however it ends. A path naming a device or a pipe
 * (written through, never replaced) needs no lock: 1 at once.
 */
int scrm_lock_beside(const char *path, scrm_buf *err);
/* The same for a tool's main: exits with status 3 and the reason when the
 * lock cannot be had, warns and goes on without locks. */
void scrm_lock_or_exit(const char *path);

#endif
