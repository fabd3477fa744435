/*
 * opml.h - OPML subscription lists: the feeds in them and the folders they sit in.
 *
 * A scrm_opml owns every string in it (freed by scrm_opml_free); the
 * document is only borrowed during scrm_opml_parse.
 */
#ifndef SCRM_OPML_H
#define SCRM_OPML_H

#include <stddef.h>

#include "buf.h"

typedef struct scrm_opml_feed {
	char *url;     /* the outline's xmlUrl, trimmed (never NULL) */
	char *title;   /* its text, else its title attribute (NULL: none) */
	char *group;   /* the enclosing outlines' names joined with "/" ("News/France"),
	                  else its category attribute's first path; NULL: top level */
} scrm_opml_feed;

typedef struct scrm_opml {
	scrm_opml_feed *feeds;
	size_t n, cap;
	char *title;   /* head/title, NULL: none */
} scrm_opml;

void scrm_opml_init(scrm_opml *o);
void scrm_opml_free(scrm_opml *o);

/*
 * Parses the OPML document data[0..len) (any encoding charset.c knows)
 * into o, which must have been initialised. Every outline with an xmlUrl
 * attribute (the name matched case-insensitively) is a feed, whatever its
 * type but "include" and "source" (other lists: not followed); a URL
 * seen before is not added again. Returns 0 when the whole document was read, 1 when it
 * broke after some feeds (they are kept; err says where), -1 when nothing
 * could be read (err says why). External entities are never loaded.
 */
int scrm_opml_parse(const char *data, size_t len, scrm_opml *o, scrm_buf *err);

#endif
