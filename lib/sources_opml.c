/*
 * sources_opml.c - sources from an OPML subscription list, read by opml.c:
 * each feed becomes a source whose group is its folder path and whose
 * channel name is its title.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "opml.h"
#include "sources.h"
#include "url.h"

bool scrm_sources_read_opml(scrm_source_list *l, const char *path, scrm_buf *err)
{
	scrm_buf data = SCRM_BUF_INIT, why = SCRM_BUF_INIT;
	const char *reason;
	if (!scrm_source_read_file(path, (size_t)64 << 20, &data, &reason)) {
		scrm_buf_printf(err, "%s: %s", path, reason);
		scrm_buf_free(&data);
		return false;
	}
	scrm_opml o;
	scrm_opml_init(&o);
	int r = scrm_opml_parse(data.data ? data.data : "", data.len, &o, &why);
	if (r < 0) {
		scrm_buf_printf(err, "%s: %s", path, why.data ? why.data : "not an OPML document");
	} else {
		/* Broken after some feeds: those are read, as feed readers do, and the break is said. */
		if (r > 0)
			scrm_warn("%s: %s (the %zu feeds before it are read)", path, why.data ? why.data : "ill-formed",
			          o.n);
		for (size_t i = 0; i < o.n; i++) {
			/* A list may come from anyone: it does not get to read local files. */
			if (!scrm_url_is_http(o.feeds[i].url)) {
				scrm_warn("%s: %s: not an http or https URL, left out", path, o.feeds[i].url);
				continue;
			}
			scrm_source *s = scrm_sources_add(l, o.feeds[i].url);
			s->group = o.feeds[i].group ? scrm_xstrdup(o.feeds[i].group) : NULL;
			s->channel = o.feeds[i].title ? scrm_xstrdup(o.feeds[i].title) : NULL;
		}
	}
	scrm_opml_free(&o);
	scrm_buf_free(&data);
	scrm_buf_free(&why);
	return r >= 0;
}
