/*
 * fetch_conf.h - the credentials scrm-fetch uses, from the environment or a
 * configuration file, never from the command line (which other users of
 * the machine can read in the process list).
 *
 * A scrm_fetch_secrets owns its strings.
 */
#ifndef SCRM_FETCH_CONF_H
#define SCRM_FETCH_CONF_H

#include <stdbool.h>
#include <stdio.h>

#include "buf.h"

typedef struct scrm_fetch_secrets {
	char *mastodon_token;    /* SCRM_MASTODON_TOKEN / mastodon_token */
	char *mastodon_host;     /* SCRM_MASTODON_HOST / mastodon_host: the one instance the token goes to */
	char *bluesky_handle;    /* SCRM_BLUESKY_HANDLE / bluesky_handle */
	char *bluesky_password;  /* SCRM_BLUESKY_APP_PASSWORD / bluesky_app_password */
	char *x_bearer;          /* SCRM_X_BEARER_TOKEN / x_bearer_token */
	char *youtube_key;       /* SCRM_YOUTUBE_KEY / youtube_key */
} scrm_fetch_secrets;

/*
 * Reads "key = value" lines from path (NULL: ~/.config/scrm/fetch.conf,
 * which may be absent), then lets the environment variables override.
 * A file holding a secret must not be readable by group or others.
 * false with a message in err on a missing --config file, a bad line or
 * too open permissions.
 */
bool scrm_fetch_secrets_load(scrm_fetch_secrets *s, const char *path, scrm_buf *err);
void scrm_fetch_secrets_free(scrm_fetch_secrets *s);

/*
 * Called for each "key = value" line of a settings file, key and value
 * trimmed; returns NULL when the line is accepted, else the reason it is
 * not (a static string).
 */
typedef const char *(*scrm_conf_line_fn)(void *ctx, const char *key, const char *value);

/*
 * Reads fp (named path in messages) as "key = value" lines, skipping blank
 * lines, lines starting with '#' and a UTF-8 BOM before the first line,
 * and calls fn for each. Stops at the
 * first refused line; false then, or on a read error, with
 * "PATH:LINE: reason" in err. Does not close fp.
 */
bool scrm_conf_read(FILE *fp, const char *path, scrm_conf_line_fn fn, void *ctx, scrm_buf *err);

#endif
