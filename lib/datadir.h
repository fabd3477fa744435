/*
 * datadir.h - where scrm's shipped data (tone/, clean/ ...) lives.
 *
 * The caller owns the buffer the answer is written into. Order: the
 * SCRM_DATADIR environment variable; relative to the directory DIR holding
 * the running executable, DIR/../share/scrm (an installed tree that was
 * moved), DIR/../../data and DIR/../../../data (build/bin and build/asan/bin
 * in the source tree), each only if it has a tone/ or clean/ subdirectory;
 * then the compiled-in SCRM_DATADIR (the install prefix's share/scrm).
 */
#ifndef SCRM_DATADIR_H
#define SCRM_DATADIR_H

#include "buf.h"

/* Clears out, writes the data directory into it (no trailing slash) and returns out->data. */
const char *scrm_datadir(scrm_buf *out);

#endif
