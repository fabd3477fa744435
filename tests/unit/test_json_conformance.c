/*
 * The JSONTestSuite (nst) conformance run: every y_ file accepted, every n_
 * file rejected; i_ files only must not crash. Every single-line y_ object
 * must also be accepted as a record. Skipped when ../shared is absent.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "json.h"
#include "record.h"

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *data = NULL;
	long n;

	if (f == NULL)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
		data = malloc((size_t)n + 1);
		if (data && fread(data, 1, (size_t)n, f) != (size_t)n) {
			free(data);
			data = NULL;
		}
		*len = (size_t)n;
	}
	fclose(f);
	return data;
}

int
main(void)
{
	const char *shared = getenv("SHARED");
	char dirpath[4096], path[8192], name[300];
	struct dirent *e;
	DIR *dir;
	int yes = 0, no = 0, impl = 0, records = 0;
	scrm_record rec;
	scrm_buf reason = SCRM_BUF_INIT;

	if (shared == NULL || *shared == '\0') {
		printf("skip - JSON conformance suite (../shared absent)\n");
		return 0;
	}
	snprintf(dirpath, sizeof dirpath, "%s/conformance/json/test_parsing", shared);
	dir = opendir(dirpath);
	if (dir == NULL) {
		printf("skip - JSON conformance suite (%s absent)\n", dirpath);
		return 0;
	}
	scrm_record_init(&rec);
	while ((e = readdir(dir)) != NULL) {
		size_t len;
		char *text;
		char kind = e->d_name[0];
		if (e->d_name[1] != '_' || (kind != 'y' && kind != 'n' && kind != 'i'))
			continue;
		snprintf(path, sizeof path, "%s/%s", dirpath, e->d_name);
		text = slurp(path, &len);
		if (text == NULL) {
			printf("not ok - read %s\n", path);
			check_failures++;
			continue;
		}
		scrm_json_value top;
		bool ok = scrm_json_validate(text, len, &top, NULL, NULL, NULL);
		snprintf(name, sizeof name, "%s %s", kind == 'y' ? "accepts" : "rejects", e->d_name);
		if (kind == 'y') {
			CHECK(ok, name);
			yes++;
			/* A one-line object is a record as it stands. */
			size_t body = len;
			while (body > 0 && text[body - 1] == '\n')
				body--;
			if (ok && top.type == SCRM_JSON_OBJECT && memchr(text, '\n', body) == NULL) {
				snprintf(name, sizeof name, "record %s", e->d_name);
				CHECK(scrm_record_parse(&rec, text, body, &reason), name);
				records++;
			}
		} else if (kind == 'n') {
			CHECK(!ok, name);
			no++;
		} else {
			impl++;
		}
		free(text);
	}
	closedir(dir);
	printf("ok - conformance: %d y_ files, %d n_ files, %d i_ files read, %d single-line y_ objects "
	       "as records\n", yes, no, impl, records);
	CHECK(yes > 90 && no > 180, "the suite was found whole");
	scrm_record_free(&rec);
	scrm_buf_free(&reason);
	return check_done();
}
