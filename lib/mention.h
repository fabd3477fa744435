/*
 * mention.h - a mention as collection builds it, before it becomes a line.
 *
 * The struct owns every string in it (heap copies, freed by
 * scrm_mention_clear); NULL means "absent" and the field is left out of the
 * record. Counts of -1 mean unknown and are left out too. Strings must be
 * valid UTF-8; scrm_mention_set() replaces invalid bytes with U+FFFD so
 * that a collector never writes an invalid record.
 */
#ifndef SCRM_MENTION_H
#define SCRM_MENTION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"

typedef struct scrm_mention_author {
	char *id;
	char *handle;
	char *name;
	char *url;
	char *location;
	int64_t followers;   /* -1: unknown */
	int64_t following;
	int64_t posts;
	int verified;        /* -1 unknown, 0 no, 1 yes */
} scrm_mention_author;

typedef struct scrm_mention_metrics {
	int64_t likes;       /* -1: unknown */
	int64_t shares;
	int64_t replies;
	int64_t views;
} scrm_mention_metrics;

typedef struct scrm_mention {
	char *id;            /* stable, source-scoped: "mastodon:mastodon.social:113489..." */
	char *source;        /* adapter: rss, atom, jsonfeed, mastodon, bluesky, reddit, hn, discourse, lemmy, x, youtube, json */
	char *channel;       /* where it was said: feed title, subreddit, forum, instance */
	char *group;         /* the channel's group (OPML category path, "/"-separated) */
	char *url;
	char *created_at;    /* RFC 3339 UTC, "2026-11-22T16:39:20Z" */
	char *fetched_at;
	char *lang;
	char *title;
	char *text;          /* plain text */
	char *in_reply_to;
	char *query;
	scrm_mention_author author;
	scrm_mention_metrics metrics;
} scrm_mention;

void scrm_mention_init(scrm_mention *m);
/* Frees every string and re-initialises. */
void scrm_mention_clear(scrm_mention *m);
/* Replaces *field with a copy of s[0..n) (NULL: absent), invalid UTF-8 repaired. */
void scrm_mention_set(char **field, const char *s, size_t n);
void scrm_mention_set_cstr(char **field, const char *s);
/* Appends the record (one JSON object, no newline) in the documented field order. */
void scrm_mention_to_json(const scrm_mention *m, scrm_buf *out);

#endif
