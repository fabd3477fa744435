/*
 * fuzz.h - what the libFuzzer targets of tests/fuzz share: the checks that
 * turn a wrong output into a crash the fuzzer keeps (make fuzz, README).
 */
#ifndef SCRM_FUZZ_H
#define SCRM_FUZZ_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "buf.h"
#include "record.h"

/* Each target's entry point, as libFuzzer calls it (and replay.c for make check). */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Stops the run, naming what broke: libFuzzer saves the input that did it. */
#define FUZZ_CHECK(cond)                                                                  \
	do {                                                                                  \
		if (!(cond)) {                                                                    \
			fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);      \
			abort();                                                                      \
		}                                                                                 \
	} while (0)

/* Checks that line[0..len) is a record, as the next tool in a pipeline will read it. */
static inline void fuzz_check_record(const char *line, size_t len)
{
	scrm_record rec;
	scrm_buf why = SCRM_BUF_INIT;
	scrm_record_init(&rec);
	if (!scrm_record_parse(&rec, line, len, &why)) {
		fprintf(stderr, "not a record (%s): %.*s\n", why.data, (int)(len < 2000 ? len : 2000), line);
		abort();
	}
	scrm_record_free(&rec);
	scrm_buf_free(&why);
}

#endif
