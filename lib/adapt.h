/*
 * adapt.h - built-in adapters: one service's JSON response document to mentions.
 *
 * An adapter borrows the document (a jansson tree the caller owns) and owns
 * each mention it builds: the sink sees it only during the call, as with
 * feed.h. Strings an adapter returns in a scrm_adapt_page are heap copies
 * the caller frees (scrm_adapt_page_clear).
 */
#ifndef SCRM_ADAPT_H
#define SCRM_ADAPT_H

#include <curl/curl.h>
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "feed.h"
#include "mention.h"

struct scrm_jmap;

typedef struct scrm_adapt_page {
	/* in */
	const char *url;                /* where the document came from; NULL for a local file */
	const char *base_url;           /* where it really came from (after redirects), for relative
	                                   links; NULL: url */
	const char *link;               /* the response's Link header, or NULL */
	bool authenticated;             /* fetched with the user's own session */
	const struct scrm_jmap *map;    /* the mapping, for the generic "json" adapter */
	/* out */
	char *next_url;                 /* the next (older) page, or NULL */
	char *cursor;                   /* since-id of the newest item, for the next run, or NULL */
	size_t dropped;                 /* items left out on purpose (see the Bluesky adapter) */
} scrm_adapt_page;

void scrm_adapt_page_clear(scrm_adapt_page *pg);

typedef struct scrm_adapter {
	const char *name;     /* -t TYPE and the mention's "source" */
	/* Does this URL look like the service's endpoint? */
	bool (*match_url)(const char *url);
	/* Does this document look like the service's response? */
	bool (*sniff)(json_t *doc);
	/*
	 * Puts the search query and the since-id cursor (either may be NULL)
	 * into the request URL. Returns true when the endpoint searches for
	 * the query server-side (otherwise the caller filters locally).
	 */
	bool (*prepare)(CURLU *u, const char *query, const char *cursor);
	/* Maps the document; false with *err set when it is not of this shape. */
	bool (*parse)(json_t *doc, scrm_adapt_page *pg, scrm_mention_sink sink, void *ctx, const char **err);
} scrm_adapter;

/* By -t name; NULL if unknown. */
const scrm_adapter *scrm_adapter_find(const char *name);
/* The adapter whose endpoint the URL looks like, or NULL. */
const scrm_adapter *scrm_adapter_for_url(const char *url);
/* The adapter that recognises the document, or NULL ("json" never sniffs). */
const scrm_adapter *scrm_adapter_sniff(json_t *doc);
/* Space-separated adapter names, for --help and messages. */
const char *scrm_adapter_names(void);
/* Whether type is one -t takes ("feed" or an adapter's name); if not, says
 * so in err ("unknown type 'X' (feed mastodon ...)", appended). */
bool scrm_adapter_type_check(const char *type, scrm_buf *err);

/* The built-in adapters (adapt_*.c). */
extern const scrm_adapter scrm_adapter_mastodon, scrm_adapter_bluesky, scrm_adapter_reddit,
	scrm_adapter_hn, scrm_adapter_discourse, scrm_adapter_lemmy, scrm_adapter_x,
	scrm_adapter_youtube, scrm_adapter_json;

/* Bluesky's app-password session (adapt_bluesky.c): the createSession URL on
 * the host of a search URL, its JSON body, and the accessJwt of its
 * response. New strings, or NULL on failure. */
char *scrm_bluesky_session_url(const char *search_url);
char *scrm_bluesky_session_body(const char *handle, const char *password);
char *scrm_bluesky_access_token(const char *body, size_t len);
/* Searches do not say how many followers an author has: app.bsky.actor.getProfiles
 * (at most 25 actors, beside the search URL) does. The URL, or NULL. */
#define SCRM_BLUESKY_MAX_ACTORS 25
char *scrm_bluesky_profiles_url(const char *search_url, const char *const *dids, size_t n);
/* Sets the audience of every mention whose author.id has a profile in the
 * getProfiles response body; false when the body is not such a response. */
bool scrm_bluesky_apply_profiles(const char *body, size_t len, scrm_mention *ms, size_t n);

/* The generic adapter's mapping file (adapt_json.c documents its format).
 * NULL with a message in err when the file cannot be read or is wrong. */
typedef struct scrm_jmap scrm_jmap;
scrm_jmap *scrm_jmap_load(const char *path, scrm_buf *err);
void scrm_jmap_free(scrm_jmap *m);
/* The query parameter name the mapping gives, or NULL. */
const char *scrm_jmap_query_param(const scrm_jmap *m);

/* ---- helpers shared by the adapters (adapt.c) ---- */

/* Fills a fresh mention from one item; arg is the adapter's own context. */
typedef void (*scrm_adapt_map_fn)(json_t *item, const void *arg, scrm_mention *m);
/* Builds a mention from item with map, hands it to sink and frees it; returns
 * the sink's answer (false: stop). */
bool scrm_adapt_emit(json_t *item, const void *arg, scrm_adapt_map_fn map, scrm_mention_sink sink, void *ctx);

/* Value at a dotted path; numeric parts index arrays ("data.children.0"). NULL when absent. */
json_t *scrm_adapt_get(json_t *v, const char *path);
/* String at path, NULL when absent or not a string. */
const char *scrm_adapt_str(json_t *v, const char *path);
/* Integer at path (a real is truncated), -1 when absent or not a number. */
int64_t scrm_adapt_int(json_t *v, const char *path);
/* Sets *field from a string, integer or real value (numbers written in decimal); NULL/other: untouched. */
void scrm_adapt_set(char **field, json_t *v);
/* Sets *field to prefix followed by the value (string or integer); untouched when absent. */
void scrm_adapt_set_prefixed(char **field, const char *prefix, json_t *v);
/* Sets *field to plain text from HTML (entities decoded, tags dropped). */
void scrm_adapt_set_html(char **field, json_t *v);
/* Sets *field to the RFC 3339 UTC form of a date string or of epoch seconds; untouched if unparseable. */
void scrm_adapt_set_date(char **field, json_t *v);
/* Sets a field to a number, or leaves it at -1 when absent. */
void scrm_adapt_set_count(int64_t *field, json_t *v);

/* Host of an http(s) URL as a new string, NULL when there is none. */
char *scrm_adapt_host(const char *url);
/* Whether the URL path (without query) ends in suffix or contains part. */
bool scrm_adapt_path_has(const char *url, const char *part);
/*
 * Sets query parameter name to value in u (URL-encoded), replacing every
 * earlier occurrence when replace is true, or leaving the URL alone when
 * the parameter is already there and replace is false.
 */
void scrm_adapt_url_param(CURLU *u, const char *name, const char *value, bool replace);
/* The URL of u with one parameter set (as above, replacing), as a new string; NULL on a bad URL. */
char *scrm_adapt_url_with(const char *url, const char *name, const char *value);
/* Whether a numeric id string a is greater than b (longer is greater, else lexical). */
bool scrm_adapt_id_greater(const char *a, const char *b);
/* Keeps in *cursor the greatest numeric id seen (string or integer value). */
void scrm_adapt_max_id(char **cursor, json_t *v);

#endif
