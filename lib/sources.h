/*
 * sources.h - what scrm-fetch collects from: URLs and files, from the
 * command line, a sources list (-s) or an OPML subscription list.
 *
 * A scrm_source_list owns its sources and every string in them.
 */
#ifndef SCRM_SOURCES_H
#define SCRM_SOURCES_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

typedef struct scrm_source {
	char *location;    /* URL or path, as given */
	char *type;        /* adapter or "feed" forced with -t, or NULL: detected */
	char **queries;    /* this source's own -q keywords */
	size_t nqueries;
	char *map;         /* -m mapping file for the generic JSON adapter, or NULL */
	char *group;       /* OPML category path ("News/France"), or NULL */
	char *channel;     /* a title given by the list (OPML title), or NULL */
	bool channel_set;  /* named with -c: the mentions' channel, whatever the page says;
	                      else (an OPML title) only for pages that name none */
} scrm_source;

typedef struct scrm_source_list {
	scrm_source *v;
	size_t n, cap;
} scrm_source_list;

void scrm_sources_init(scrm_source_list *l);
void scrm_sources_free(scrm_source_list *l);
/* Appends a source for location (copied) and returns it, every other field empty. */
scrm_source *scrm_sources_add(scrm_source_list *l, const char *location);
/* Frees the sources from index n on (undoing a list that failed half-way). */
void scrm_sources_truncate(scrm_source_list *l, size_t n);
void scrm_source_add_query(scrm_source *s, const char *q);

/*
 * Reads a sources list: one source a line, "LOCATION [-t TYPE] [-q WORDS]...
 * [-m MAP] [-g GROUP] [-c CHANNEL]", words split on blanks with '...' and
 * "..." quoting; blank lines and lines starting with '#' are skipped, and a
 * UTF-8 BOM before the first line. Each source is checked as it is read
 * (scrm_source_check). Returns false with a "FILE:LINE: reason" message in
 * err on the first bad line (nothing of that file is then kept).
 */
bool scrm_sources_read(scrm_source_list *l, const char *path, scrm_buf *err);

/*
 * Reads an OPML subscription list (opml.h): each feed becomes a source, its
 * title the channel, its folder path ("Presse/Tech") the group. A list that
 * breaks after some feeds keeps them, with a warning; feeds that are not
 * http or https URLs are reported and left out (a list from elsewhere does
 * not get to read local files). false with a message
 * in err when the file cannot be read or holds nothing readable.
 */
bool scrm_sources_read_opml(scrm_source_list *l, const char *path, scrm_buf *err);

/* Whether s can be collected as given: a type -t takes, a mapping file that
 * reads, and a location that is an http or https URL, a file:// URL or a
 * path; false with the reason appended to err otherwise. */
bool scrm_source_check(const scrm_source *s, scrm_buf *err);

/* Appends the source as one JSON object ({"source":..,"type":..,"queries":[..],
 * "map":..,"group":..,"channel":..}, absent fields left out), no newline. */
void scrm_source_to_json(const scrm_source *s, scrm_buf *out);

/* Reads a whole local file ("-": standard input) into out, decompressed
 * when it is gzip (recognised by its magic bytes, as every scrm tool does),
 * at most max bytes once decompressed; false with a static reason in *why
 * otherwise. */
bool scrm_source_read_file(const char *path, size_t max, scrm_buf *out, const char **why);
/* Whether data starts as gzip does (1f 8b). */
bool scrm_source_is_gzip(const char *data, size_t len);

/* Whether location names a network URL (http: or https:), a file:// URL, or neither (a path). */
bool scrm_source_is_http(const char *location);
/* The local path of a file:// URL or plain path as a new string; NULL for other URLs
 * (file://HOST/ with a host other than localhost included). */
char *scrm_source_local_path(const char *location);
/* The name a source's feed ids are scoped by (scrm_feed_id_scope()), as a new
 * string: a URL as given; a local file as "file://" and its real path, so
 * that a relative path, an absolute one, a link and a file:// URL to one
 * file give its entries one id wherever the run starts; "-" for standard
 * input; the location as given when the file cannot be resolved. */
char *scrm_source_scope_name(const char *location);

#endif
