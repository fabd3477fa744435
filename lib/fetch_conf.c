/* fetch_conf.c - credentials from fetch.conf and the environment. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fetch_conf.h"
#include "msg.h"
#include "utf8.h"

typedef struct setting {
	const char *key;
	const char *env;
	size_t off;
	bool secret;
} setting;

static const setting settings[] = {
	{ "mastodon_token", "SCRM_MASTODON_TOKEN", offsetof(scrm_fetch_secrets, mastodon_token), true },
	{ "mastodon_host", "SCRM_MASTODON_HOST", offsetof(scrm_fetch_secrets, mastodon_host), false },
	{ "bluesky_handle", "SCRM_BLUESKY_HANDLE", offsetof(scrm_fetch_secrets, bluesky_handle), false },
	{ "bluesky_app_password", "SCRM_BLUESKY_APP_PASSWORD", offsetof(scrm_fetch_secrets, bluesky_password), true },
	{ "x_bearer_token", "SCRM_X_BEARER_TOKEN", offsetof(scrm_fetch_secrets, x_bearer), true },
	{ "youtube_key", "SCRM_YOUTUBE_KEY", offsetof(scrm_fetch_secrets, youtube_key), true },
};
#define NSETTINGS (sizeof settings / sizeof settings[0])

static char **slot(scrm_fetch_secrets *s, const setting *st)
{
	return (char **)((char *)s + st->off);
}

static void set(char **field, const char *v)
{
	free(*field);
	*field = *v ? scrm_xstrdup(v) : NULL;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n'))
		s[--n] = '\0';
	return s;
}

bool scrm_conf_read(FILE *fp, const char *path, scrm_conf_line_fn fn, void *ctx, scrm_buf *err)
{
	char *line = NULL;
	size_t cap = 0;
	unsigned long lineno = 0;
	const char *reason = NULL;
	while (!reason && getline(&line, &cap, fp) != -1) {
		lineno++;
		char *p = trim(line + (lineno == 1 ? scrm_utf8_bom_len(line, strlen(line)) : 0));
		if (*p == '\0' || *p == '#')
			continue;
		char *eq = strchr(p, '=');
		if (!eq) {
			reason = "expected KEY = VALUE";
			break;
		}
		*eq = '\0';
		reason = fn(ctx, trim(p), trim(eq + 1));
	}
	free(line);
	if (reason)
		scrm_buf_printf(err, "%s:%lu: %s", path, lineno, reason);
	else if (ferror(fp))
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
	return !reason && !ferror(fp);
}

typedef struct secrets_ctx {
	scrm_fetch_secrets *s;
	bool has_secret;
} secrets_ctx;

static const char *secret_line(void *ud, const char *key, const char *value)
{
	secrets_ctx *c = ud;
	for (size_t i = 0; i < NSETTINGS; i++)
		if (strcmp(settings[i].key, key) == 0) {
			set(slot(c->s, &settings[i]), value);
			c->has_secret = c->has_secret || settings[i].secret;
			return NULL;
		}
	return "expected one of mastodon_token, mastodon_host, bluesky_handle, "
	       "bluesky_app_password, x_bearer_token, youtube_key = VALUE";
}

static bool read_file(scrm_fetch_secrets *s, const char *path, bool required, scrm_buf *err)
{
	FILE *fp = fopen(path, "r");
	if (!fp) {
		if (!required && errno == ENOENT)
			return true;
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		return false;
	}
	struct stat st;
	bool open_perms = fstat(fileno(fp), &st) == 0 && (st.st_mode & 077);
	secrets_ctx c = { s, false };
	bool ok = scrm_conf_read(fp, path, secret_line, &c, err);
	fclose(fp);
	if (ok && c.has_secret && open_perms) {
		/* As ssh does with private keys: a secret others can read is no longer one. */
		scrm_buf_printf(err, "%s: holds secrets but is readable by others (mode %03o); run: chmod 600 %s",
		                path, (unsigned)(st.st_mode & 0777), path);
		ok = false;
	}
	return ok;
}

bool scrm_fetch_secrets_load(scrm_fetch_secrets *s, const char *path, scrm_buf *err)
{
	memset(s, 0, sizeof *s);
	bool ok = true;
	if (path) {
		ok = read_file(s, path, true, err);
	} else if (getenv("HOME") && *getenv("HOME")) {
		scrm_buf p = SCRM_BUF_INIT;
		const char *xdg = getenv("XDG_CONFIG_HOME");
		if (xdg && *xdg)
			scrm_buf_printf(&p, "%s/scrm/fetch.conf", xdg);
		else
			scrm_buf_printf(&p, "%s/.config/scrm/fetch.conf", getenv("HOME"));
		ok = read_file(s, p.data, false, err);
		scrm_buf_free(&p);
	}
	for (size_t i = 0; ok && i < NSETTINGS; i++) {
		const char *v = getenv(settings[i].env);
		if (v)
			set(slot(s, &settings[i]), v);
	}
	return ok;
}

void scrm_fetch_secrets_free(scrm_fetch_secrets *s)
{
	for (size_t i = 0; i < NSETTINGS; i++) {
		free(*slot(s, &settings[i]));
		*slot(s, &settings[i]) = NULL;
	}
}
