/*
 * tone_chunk.c - the whitespace-separated chunks the tone tokenizer takes
 * whole: URLs and @handles, which say nothing of the tone and are dropped,
 * and ASCII emoticons, which are one token each.
 */
#include <stdint.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "tone_impl.h"

/* Faces drawn without ':', ';' or '=' for eyes that social media writes. */
static const char *const eyeless[] = { "^^", "^_^", "^.^", "-_-", "-.-", ">_<", "\\o/" };

/*
 * An emoticon is a whole chunk of ASCII punctuation with eyes (":)", ";-(",
 * "=D", ":'("), a heart ("<3", "</3"), "xD" or one of the eyeless faces;
 * others are plain punctuation.
 */
static bool emoticon_chunk(const char *s, size_t n)
{
	if (n < 2 || n > 6)
		return false;
	if ((n == 2 && (s[0] == 'x' || s[0] == 'X') && s[1] == 'D') || (n == 2 && memcmp(s, "<3", 2) == 0) ||
	    (n == 3 && memcmp(s, "</3", 3) == 0))
		return true;
	for (size_t f = 0; f < sizeof eyeless / sizeof eyeless[0]; f++)
		if (strlen(eyeless[f]) == n && memcmp(eyeless[f], s, n) == 0)
			return true;
	bool eyes = false;
	size_t letters = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x80)
			return false;
		if (c == ':' || c == ';' || c == '=')
			eyes = true;
		if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
			letters++;
		if (c >= '0' && c <= '9' && c != '8' && c != '3')
			return false;
	}
	return eyes && letters <= 1;
}

static bool has_prefix(const char *s, size_t n, const char *prefix, size_t len)
{
	return n >= len && memcmp(s, prefix, len) == 0;
}

/*
 * Whether a chunk starting at s (avail bytes of text left), whose length is
 * len or, when len is 7, at least 7, is a URL: "http://...", "https://...",
 * "www...." or "http" alone. The prefixes hold no spaces, so matching them
 * in the text matches them in the chunk.
 */
static bool is_url_start(const char *s, size_t avail, size_t len)
{
	if (s[0] == 'h')
		return has_prefix(s, avail, "http://", 7) || has_prefix(s, avail, "https://", 8) ||
		       (len == 4 && memcmp(s, "http", 4) == 0);
	return s[0] == 'w' && has_prefix(s, avail, "www.", 4);
}

/* The end of the whitespace-separated chunk at i, looking no further than max. */
static size_t chunk_end(const char *s, size_t n, size_t i, size_t max)
{
	if (max < n)
		n = max;
#ifdef __SSE2__
	/* URLs run to tens of bytes: sixteen looked at once. */
	while (n - i >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
		__m128i ws = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
		                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
		                          _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')),
		                                       _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
		unsigned mask = (unsigned)_mm_movemask_epi8(ws);
		if (mask)
			return i + (size_t)__builtin_ctz(mask);
		i += 16;
	}
#endif
	while (i < n && s[i] != ' ' && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
		i++;
	return i;
}

static void emit_emoticon(scrm_tone_text *t, const char *text, size_t i, size_t j)
{
	scrm_tone_token *k = scrm_tone_new_token(t);
	k->src = (uint32_t)i;
	k->srclen = (uint32_t)(j - i);
	k->flags = SCRM_TOK_EMOJI;
	k->key = (uint32_t)t->keys.len;
	scrm_buf_append(&t->keys, text + i, j - i);
	k->keylen = (uint16_t)(j - i);
	k->alt = k->key;
	k->hash = scrm_tone_hash(text + i, j - i);
	scrm_buf_putc(&t->keys, '\0');
}

size_t scrm_tone_special_chunk(scrm_tone_text *t, const char *text, size_t n, size_t i)
{
	/* Emoticons are at most 6 bytes: the whole chunk is needed only to
	 * skip a URL or a handle. */
	size_t e = chunk_end(text, n, i, i + 7);
	if ((e > i && is_url_start(text + i, n - i, e - i)) || (text[i] == '@' && e > i + 1))
		return chunk_end(text, n, e, SIZE_MAX);
	if (emoticon_chunk(text + i, e - i)) {
		emit_emoticon(t, text, i, e);
		return e;
	}
	return i;
}
