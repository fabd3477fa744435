/*
 * tone_title.c - what of a record scrm-tone reads: its text, after its
 * title when the title is the author's own words.
 *
 * A headline often says more than the teaser under it ("Panne géante :
 * les abonnés exaspérés"), and a Reddit or forum post's title is part of
 * what its author wrote. But a reply's title ("Re: [PANNE] Plus
 * d'internet") is the thread's, not the replier's, and some sources copy
 * the title into the text when there is no body: neither may count twice
 * or for someone else.
 */
#include <string.h>

#include "tone.h"

static bool is_blank(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* s[0..n) without the blanks around it. */
static const char *trim(const char *s, size_t *n)
{
	while (*n > 0 && is_blank((unsigned char)s[0])) {
		s++;
		(*n)--;
	}
	while (*n > 0 && is_blank((unsigned char)s[*n - 1]))
		(*n)--;
	return s;
}

/* "Re:", "RE :", "Fwd:", "TR:", "AW:", "SV:": the title of a reply or a forward. */
static bool reply_title(const char *s, size_t n)
{
	static const char *const prefixes[] = { "re", "tr", "fw", "fwd", "aw", "sv" };
	for (size_t p = 0; p < sizeof prefixes / sizeof prefixes[0]; p++) {
		size_t k = strlen(prefixes[p]), i;
		if (n <= k)
			continue;
		for (i = 0; i < k; i++) {
			if ((s[i] | 0x20) != prefixes[p][i])
				break;
		}
		if (i < k)
			continue;
		while (i < n && is_blank((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == ':')
			return true;
	}
	return false;
}

/* Whether text starts with the words of title ("Nul" starts "Nul !", not "Nulle part"). */
static bool starts_with(const char *text, size_t n, const char *title, size_t tn)
{
	if (n < tn || memcmp(text, title, tn) != 0)
		return false;
	unsigned char next = n > tn ? (unsigned char)text[tn] : ' ';
	return !((next | 0x20) >= 'a' && (next | 0x20) <= 'z') && !(next >= '0' && next <= '9') && next < 0x80;
}

bool scrm_tone_title_counts(const char *title, size_t tn, const char *text, size_t n)
{
	if (!title)
		return false;
	title = trim(title, &tn);
	text = trim(text, &n);
	return tn > 0 && !reply_title(title, tn) && !starts_with(text, n, title, tn);
}

const char *scrm_tone_record_text(const char *title, size_t tn, const char *text, size_t n, scrm_buf *buf,
                                  size_t *len)
{
	*len = n;
	if (!scrm_tone_title_counts(title, tn, text, n))
		return text;
	/* A line of its own: the title is a sentence apart, so that its
	 * negations and contrasts stop at its end. */
	scrm_buf_clear(buf);
	scrm_buf_append(buf, title, tn);
	scrm_buf_putc(buf, '\n');
	scrm_buf_append(buf, text, n);
	*len = buf->len;
	return buf->data;
}
