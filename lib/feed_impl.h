/*
 * feed_impl.h - what the feed readers (feed_xml.c, feed_json.c) share with the
 * mapping to mentions (feed_entry.c); not for use outside lib/feed*.c.
 *
 * A scrm_feed_entry owns its strings (heap, freed by scrm_feed_entry_clear);
 * links in it are already resolved against their xml:base.
 */
#ifndef SCRM_FEED_IMPL_H
#define SCRM_FEED_IMPL_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"
#include "feed.h"
#include "mention.h"

/* A text construct as the document gave it. */
typedef struct scrm_feed_text {
	char *s;
	bool html;     /* s is markup (escaped HTML, XHTML or RSS description) */
	int prio;      /* which element it came from: a higher one replaces a lower one */
} scrm_feed_text;

typedef struct scrm_feed_person {
	char *name;
	char *email;
	char *url;
} scrm_feed_person;

typedef struct scrm_feed_entry {
	scrm_feed_text id, link, title, summary, content;
	scrm_feed_text published, updated, created;   /* raw date strings */
	scrm_feed_person author;
	int author_prio;
	char *lang;
} scrm_feed_entry;

/* What a reader knows about the feed, and where entries go. */
typedef struct scrm_feed_ctx {
	const char *base_url;        /* borrowed */
	char *id_scope;              /* scrm_feed_id_scope() of the feed, or NULL: ids not scoped */
	scrm_mention_sink sink;
	void *sink_ctx;
	bool stopped;                /* the sink asked to stop */
	size_t entries;
	const char *source;          /* "rss", "atom", "jsonfeed" */
	scrm_feed_text title, link;  /* the feed's own */
	char *lang;
	char *format;
	scrm_feed_person author;
	int author_prio;
} scrm_feed_ctx;

void scrm_feed_entry_init(scrm_feed_entry *e);
void scrm_feed_entry_clear(scrm_feed_entry *e);

/* Stores s (taking ownership) into t unless t holds something of a higher prio
 * (at equal prio the later element wins, as in feedparser); frees s otherwise. */
void scrm_feed_text_offer(scrm_feed_text *t, char *s, bool html, int prio);
void scrm_feed_person_clear(scrm_feed_person *p);

/*
 * Reads an RSS author such as "me@example.com (Me)", "Me <me@example.com>",
 * "me@example.com" or "Me" into p (fields replaced).
 */
void scrm_feed_person_parse(scrm_feed_person *p, const char *s);

/* Maps e onto a mention and hands it to the sink; false once the sink wants no more. */
bool scrm_feed_emit(scrm_feed_ctx *c, scrm_feed_entry *e);

/* Fills info from c (NULL: nothing). */
void scrm_feed_fill_info(const scrm_feed_ctx *c, scrm_feed_info *info);

/* The readers: same contract as scrm_feed_parse, data already sniffed to be theirs. */
int scrm_feed_parse_xml(scrm_feed_ctx *c, const char *data, size_t len, const char *http_charset,
                        scrm_buf *err);
int scrm_feed_parse_json(scrm_feed_ctx *c, const char *data, size_t len, scrm_buf *err);

#endif
