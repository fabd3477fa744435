/* test_fetch.c - the pure pieces of scrm-fetch: retry delays, keywords,
 * URL parameters, the state's seen set, locations, mentions. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "adapt.h"
#include "check.h"
#include "fetch.h"
#include "keywords.h"
#include "sources.h"
#include "state.h"

static void test_retry(void)
{
	scrm_fetch_opts o;
	scrm_fetch_opts_default(&o);
	o.backoff = 1;
	o.max_wait = 60;
	time_t now = 1800000000;
	CHECK(scrm_fetch_retry_delay(&o, 0, NULL, NULL, now, 1.0) == 1.0, "backoff: first retry waits backoff");
	CHECK(scrm_fetch_retry_delay(&o, 3, NULL, NULL, now, 1.0) == 8.0, "backoff: doubles each time");
	CHECK(scrm_fetch_retry_delay(&o, 2, NULL, NULL, now, 0.5) == 2.0, "backoff: jitter scales it");
	CHECK(scrm_fetch_retry_delay(&o, 20, NULL, NULL, now, 1.0) == 60.0, "backoff: clamped to max wait");
	CHECK(scrm_fetch_retry_delay(&o, 0, "7", NULL, now, 1.0) == 7.0, "Retry-After in seconds");
	CHECK(scrm_fetch_retry_delay(&o, 0, "3600", NULL, now, 1.0) == 60.0, "Retry-After clamped");
	/* 1800000000 is Fri, 15 Jan 2027 08:00:00 GMT */
	CHECK(scrm_fetch_retry_delay(&o, 0, "Fri, 15 Jan 2027 08:00:30 GMT", NULL, now, 1.0) == 30.0,
	      "Retry-After as an HTTP date");
	CHECK(scrm_fetch_retry_delay(&o, 0, "Fri, 15 Jan 2027 07:00:00 GMT", NULL, now, 1.0) == 0.0,
	      "Retry-After in the past: no wait");
	CHECK(scrm_fetch_retry_delay(&o, 0, NULL, "1800000010", now, 1.0) == 10.0, "reset as an epoch second");
	CHECK(scrm_fetch_retry_delay(&o, 0, NULL, "12", now, 1.0) == 12.0, "reset as seconds from now");
	CHECK(scrm_fetch_retry_delay(&o, 1, "soon", NULL, now, 1.0) == 2.0, "unreadable Retry-After: backoff");
	CHECK(scrm_fetch_status_retryable(429) && scrm_fetch_status_retryable(503) &&
	      !scrm_fetch_status_retryable(501) && !scrm_fetch_status_retryable(404) &&
	      !scrm_fetch_status_retryable(200), "retryable statuses: 429 and 5xx but 501");
}

static void test_keywords(void)
{
	scrm_keywords k;
	scrm_keywords_init(&k);
	scrm_keywords_add(&k, "Élysée");
	scrm_keywords_add(&k, "nuvia box");
	scrm_buf scratch = SCRM_BUF_INIT;
	const char *t1[] = { "Visite à l'ELYSEE", NULL };
	const char *t2[] = { "La NUVIA\n  Box arrive", "x" };
	const char *t3[] = { "nuvia", "box" };
	CHECK(scrm_keywords_match(&k, t1, 2, &scratch) == 0, "keywords: accents and case ignored");
	CHECK(scrm_keywords_match(&k, t2, 2, &scratch) == 1, "keywords: white space runs folded");
	CHECK(scrm_keywords_match(&k, t3, 2, &scratch) == -1, "keywords: no match across fields");
	scrm_buf_clear(&scratch);
	scrm_keywords_fold("Straße ŒUVRE", strlen("Straße ŒUVRE"), &scratch);
	CHECK_STR_EQ(scratch.data, "strasse œuvre", "fold: case folding beyond ASCII");
	scrm_buf_free(&scratch);
	scrm_keywords_free(&k);
}

static void test_url(void)
{
	char *u = scrm_adapt_url_with("https://a.example/x?after=1&q=a%20b&after=2", "after", "t3_z");
	CHECK_STR_EQ(u, "https://a.example/x?q=a%20b&after=t3_z", "url param: every earlier value replaced");
	free(u);
	CURLU *h = curl_url();
	char *s = NULL;
	curl_url_set(h, CURLUPART_URL, "https://a.example/s?q=mine", 0);
	scrm_adapt_url_param(h, "q", "theirs", false);
	scrm_adapt_url_param(h, "tag", "é&x", false);
	curl_url_get(h, CURLUPART_URL, &s, 0);
	CHECK_STR_EQ(s, "https://a.example/s?q=mine&tag=%c3%a9%26x", "url param: the user's own kept, values encoded");
	curl_free(s);
	curl_url_cleanup(h);
	CHECK(scrm_adapt_id_greater("117020593134559451", "99999999999999999"), "ids: longer is greater");
	CHECK(!scrm_adapt_id_greater("714859", "714860"), "ids: same length compared as text");
	char *host = scrm_adapt_host("http://127.0.0.1:8080/api");
	CHECK_STR_EQ(host, "127.0.0.1:8080", "host keeps a non-default port");
	free(host);
	char *sess = scrm_bluesky_session_url("https://proxy.example/bsky/xrpc/app.bsky.feed.searchPosts?q=x");
	CHECK_STR_EQ(sess, "https://proxy.example/bsky/xrpc/com.atproto.server.createSession",
	             "bluesky: session URL beside the search");
	free(sess);
}

static void test_locations(void)
{
	char *p = scrm_source_local_path("file:///tmp/a%20b.xml");
	CHECK_STR_EQ(p, "/tmp/a b.xml", "file URL to a path");
	free(p);
	p = scrm_source_local_path("file://localhost/tmp/x");
	CHECK_STR_EQ(p, "/tmp/x", "file://localhost/");
	free(p);
	CHECK(scrm_source_local_path("file://other.example/tmp/x") == NULL, "file URL on another host refused");
	CHECK(scrm_source_local_path("ftp://x/y") == NULL, "other schemes refused");
	p = scrm_source_local_path("feeds/a.xml");
	CHECK_STR_EQ(p, "feeds/a.xml", "a plain path");
	free(p);
}

static void test_state(void)
{
	scrm_state s;
	scrm_state_init(&s);
	scrm_state_entry *e = scrm_state_entry_get(&s, "http://x -q a");
	char id[32];
	for (int i = 0; i < 3000; i++) {
		snprintf(id, sizeof id, "feed:%d", i);
		scrm_state_add_seen(e, id);
	}
	scrm_state_add_seen(e, "feed:7");
	CHECK(e->nseen == 3000, "seen: a repeated id is not added twice");
	CHECK(scrm_state_seen(e, "feed:2999") && scrm_state_seen(e, "feed:0") && !scrm_state_seen(e, "feed:3000"),
	      "seen: lookups");
	scrm_state_set(&e->etag, "\"abc\"");
	char path[] = "/tmp/scrm-test-state-XXXXXX";
	int fd = mkstemp(path);
	CHECK(fd >= 0 && scrm_state_save(&s, path), "state saved");
	if (fd >= 0)
		close(fd);
	scrm_state back;
	scrm_state_init(&back);
	scrm_buf err = SCRM_BUF_INIT;
	CHECK(scrm_state_load(&back, path, &err), "state loaded");
	scrm_state_entry *b = scrm_state_entry_get(&back, "http://x -q a");
	CHECK_STR_EQ(b->etag, "\"abc\"", "state: ETag kept");
	CHECK(b->nseen == SCRM_STATE_MAX_SEEN && scrm_state_seen(b, "feed:2999") && !scrm_state_seen(b, "feed:999"),
	      "state: the most recent ids kept");
	unlink(path);
	CHECK(scrm_state_load(&back, path, &err), "state: a missing file is an empty state");
	scrm_buf_free(&err);
	scrm_state_free(&back);
	scrm_state_free(&s);
}

/* An empty string from an API ("handle": "") is an empty field, not
 * unterminated memory (found by make fuzz: JSON output read past it). */
static void test_mention_empty(void)
{
	scrm_mention m;
	scrm_buf out = SCRM_BUF_INIT;
	scrm_mention_init(&m);
	scrm_mention_set(&m.id, "x:1", 3);
	scrm_mention_set(&m.author.handle, "", 0);
	CHECK(m.author.handle && m.author.handle[0] == '\0', "mention: an empty string is an empty field");
	scrm_mention_to_json(&m, &out);
	CHECK_STR_EQ(out.data, "{\"id\":\"x:1\",\"author\":{\"handle\":\"\"}}", "mention: an empty handle in JSON");
	scrm_mention_clear(&m);
	scrm_buf_free(&out);
}

int main(void)
{
	test_mention_empty();
	test_retry();
	test_keywords();
	test_url();
	test_locations();
	test_state();
	return check_done();
}
