/*
 * bench-splice - what a stage does, minus the stage: read three fields of
 * each record (id, text, author.handle) and splice a small object in.
 * Used by bench/record.sh to measure the record layer alone.
 */
#include <stdlib.h>

#include "cli.h"
#include "jw.h"

static const scrm_tool tool = {
	.name = "bench-splice",
	.summary = "read three fields of each record and splice an object (benchmark)",
	.usage = "[FILE...]",
};

int
main(int argc, char **argv)
{
	scrm_cli cli;
	scrm_run run;
	scrm_record rec;
	scrm_buf obj = SCRM_BUF_INIT, s1 = SCRM_BUF_INIT, s2 = SCRM_BUF_INIT, s3 = SCRM_BUF_INIT;
	const char *arg;
	int status;

	scrm_cli_init(&cli, &tool, argc, argv);
	while (scrm_cli_next(&cli, &arg) != -1)
		scrm_cli_usage_error(&cli, "no options");
	scrm_run_start(&run, &cli);
	scrm_record_init(&rec);
	while (scrm_run_next_record(&run, &rec)) {
		size_t n1 = 0, n2 = 0, n3 = 0;
		scrm_jw w;

		scrm_record_string(&rec, "id", &s1, &n1);
		scrm_record_string(&rec, "text", &s2, &n2);
		scrm_record_string(&rec, "author.handle", &s3, &n3);
		scrm_buf_clear(&obj);
		scrm_jw_init(&w, &obj);
		scrm_jw_object_begin(&w);
		scrm_jw_key(&w, "chars");
		scrm_jw_int(&w, (int64_t)(n1 + n2 + n3));
		scrm_jw_object_end(&w);
		scrm_run_write_spliced(&run, &rec, "bench", obj.data, obj.len);
	}
	scrm_record_free(&rec);
	scrm_buf_free(&obj);
	scrm_buf_free(&s1);
	scrm_buf_free(&s2);
	scrm_buf_free(&s3);
	status = scrm_run_finish(&run);
	scrm_cli_free(&cli);
	return status;
}
