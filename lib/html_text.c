/*
 * html_text.c - HTML to plain text, without building a tree.
 *
 * One forward pass: text goes through an emitter that folds white space and
 * collects line breaks; tags only ever add breaks or skip content. This is
 * what a reader needs from a summary (not a rendering), and it copes with
 * any tag soup because nothing has to match.
 */
#include "html_text.h"

#include <string.h>

#include "charset.h"
#include "html_text_entities.h"
#include "utf8.h"

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c; }
static bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static bool is_alnum(char c) { return is_alpha(c) || (c >= '0' && c <= '9'); }
static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

static void put_cp(scrm_buf *out, uint32_t cp)
{
	char u[4];
	scrm_buf_append(out, u, scrm_utf8_encode(cp, u));
}

static int entity_cmp(const char *name, size_t n, const char *key)
{
	int c = strncmp(name, key, n);
	if (c != 0)
		return c;
	return key[n] == 0 ? 0 : -1;
}

/* The table entry named exactly name[0..n), or NULL. */
static const scrm_html_entity_def *entity_find(const char *name, size_t n)
{
	size_t lo = 0, hi = sizeof html_entities / sizeof html_entities[0];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = entity_cmp(name, n, html_entities[mid].name);
		if (c == 0)
			return &html_entities[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static size_t numeric_ref(const char *s, size_t n, scrm_buf *out)
{
	size_t i = 2;
	bool hex = i < n && (s[i] == 'x' || s[i] == 'X');
	if (hex)
		i++;
	size_t start = i;
	uint32_t v = 0;
	bool overflow = false;
	for (; i < n; i++) {
		char c = s[i];
		int d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
			d = lower(c) - 'a' + 10;
		else
			break;
		if (v > 0x10FFFF)
			overflow = true;
		else
			v = v * (hex ? 16 : 10) + (uint32_t)d;
	}
	if (i == start)
		return 0;
	if (i < n && s[i] == ';')
		i++;
	if (overflow || v > 0x10FFFF || v == 0 || (v >= 0xD800 && v <= 0xDFFF))
		v = 0xFFFD;
	else if (v >= 0x80 && v <= 0x9F && scrm_cp1252_char((unsigned char)v) != 0xFFFD)
		v = scrm_cp1252_char((unsigned char)v);   /* what browsers do with &#146; */
	put_cp(out, v);
	return i;
}

size_t scrm_html_entity(const char *s, size_t n, scrm_buf *out)
{
	if (n < 2 || s[0] != '&')
		return 0;
	if (s[1] == '#')
		return numeric_ref(s, n, out);
	size_t k = 1;
	while (k < n && k < 40 && is_alnum(s[k]))
		k++;
	if (k == 1)
		return 0;
	const scrm_html_entity_def *e;
	if (k < n && s[k] == ';' && (e = entity_find(s + 1, k)) != NULL) {
		scrm_buf_puts(out, e->utf8);
		return k + 1;
	}
	/* legacy references without ";": the longest one that prefixes the name ("&copy2004") */
	for (size_t j = k - 1; j >= 2; j--) {
		if ((e = entity_find(s + 1, j)) != NULL) {
			scrm_buf_puts(out, e->utf8);
			return j + 1;
		}
	}
	return 0;
}

void scrm_html_decode_entities(const char *s, size_t n, scrm_buf *out)
{
	size_t i = 0;
	scrm_buf_reserve(out, n);
	while (i < n) {
		const char *amp = memchr(s + i, '&', n - i);
		size_t stop = amp ? (size_t)(amp - s) : n;
		scrm_buf_append(out, s + i, stop - i);
		i = stop;
		if (i < n) {
			size_t k = scrm_html_entity(s + i, n - i, out);
			if (k == 0) {
				scrm_buf_putc(out, '&');
				k = 1;
			}
			i += k;
		}
	}
	if (!out->data)
		scrm_buf_append(out, "", 0);
}

/* The emitter: folds white space, keeps at most two line breaks, trims both ends. */
typedef struct emitter {
	scrm_buf *out;
	size_t start;       /* out->len when we began: never trim before it */
	bool space;         /* a space is pending */
	int breaks;         /* line breaks pending (0-2) */
	bool any;           /* some text was written */
	bool one_line;
} emitter;

static void emit_break(emitter *e, int n)
{
	if (n > e->breaks)
		e->breaks = n;
}

static void emit_flush(emitter *e)
{
	if (e->any) {
		if (e->breaks && !e->one_line) {
			for (int i = 0; i < e->breaks; i++)
				scrm_buf_putc(e->out, '\n');
		} else if (e->breaks || e->space) {
			scrm_buf_putc(e->out, ' ');
		}
	}
	e->breaks = 0;
	e->space = false;
	e->any = true;
}

/* Emits text s[0..n) (decoded, may hold white space and invalid UTF-8). */
static void emit_text(emitter *e, const char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		if (is_space((char)c)) {
			e->space = true;
			i++;
			continue;
		}
		/* a run of plain characters goes out in one append */
		size_t j = i;
		while (j < n && (unsigned char)s[j] > ' ' && (unsigned char)s[j] < 0x80)
			j++;
		if (j > i + 1) {
			emit_flush(e);
			scrm_buf_append(e->out, s + i, j - i);
			i = j;
			continue;
		}
		size_t k = scrm_utf8_seq_len((const unsigned char *)s + i, n - i);
		/* U+00A0 is kept: it is text, not layout */
		emit_flush(e);
		if (k == 0) {
			put_cp(e->out, 0xFFFD);
			k = 1;
		} else if (k == 2 && c == 0xC2 && (unsigned char)s[i + 1] < 0xA0 &&
		           scrm_cp1252_char((unsigned char)s[i + 1]) != 0xFFFD) {
			/* a C1 control is a Windows-1252 character gone through Latin-1 (&#146; in XML) */
			put_cp(e->out, scrm_cp1252_char((unsigned char)s[i + 1]));
		} else {
			scrm_buf_append(e->out, s + i, k);
		}
		i += k;
	}
}

/* Content never shown as text. (iframe and object are not here: what they hold is
 * the fallback text for readers that cannot show them, which is what we are.) */
static const char *const drop_content[] = { "script", "style", "template", "head", "svg", "math" };
static const char *const para_tags[] = { "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol",
	                                 "dl", "table", "pre", "hr", "section", "article", "aside", "header",
	                                 "footer", "figure", "nav", "address", "form", "fieldset", "main" };
static const char *const line_tags[] = { "br", "div", "li", "tr", "dt", "dd", "caption", "figcaption",
	                                 "option", "legend", "details", "summary", "center" };
static const char *const cell_tags[] = { "td", "th" };

static bool name_in(const char *name, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(name, list[i]) == 0)
			return true;
	return false;
}

#define IN(name, list) name_in(name, list, sizeof list / sizeof list[0])

/* Finds "</name" (case-insensitive) from i; returns its offset or n. */
static size_t find_close(const char *s, size_t n, size_t i, const char *name)
{
	size_t k = strlen(name);
	for (; i + 2 + k <= n; i++) {
		if (s[i] != '<' || s[i + 1] != '/')
			continue;
		size_t j = 0;
		while (j < k && lower(s[i + 2 + j]) == name[j])
			j++;
		if (j == k && (i + 2 + k == n || !is_alnum(s[i + 2 + k])))
			return i;
	}
	return n;
}

/* End of the tag starting at s[i] == '<' (index after '>'), quotes respected; n if unclosed. */
static size_t tag_end(const char *s, size_t n, size_t i)
{
	char q = 0;
	for (i++; i < n; i++) {
		if (q) {
			if (s[i] == q)
				q = 0;
		} else if (s[i] == '"' || s[i] == '\'') {
			/* a quote only opens a value right after '=' (possibly spaced) */
			size_t j = i;
			while (j > 0 && is_space(s[j - 1]))
				j--;
			if (j > 0 && s[j - 1] == '=')
				q = s[i];
		} else if (s[i] == '>') {
			return i + 1;
		}
	}
	return n;
}

static void convert(const char *s, size_t n, scrm_buf *out, bool one_line)
{
	emitter e = { out, out->len, false, 0, false, one_line };
	scrm_buf dec = SCRM_BUF_INIT;
	size_t i = 0;
	scrm_buf_reserve(out, n);
	while (i < n) {
		size_t j = i;
		while (j < n && s[j] != '<' && s[j] != '&')
			j++;
		emit_text(&e, s + i, j - i);
		i = j;
		if (i >= n)
			break;
		if (s[i] == '&') {
			scrm_buf_clear(&dec);
			size_t k = scrm_html_entity(s + i, n - i, &dec);
			if (k == 0) {
				emit_text(&e, "&", 1);
				k = 1;
			} else {
				emit_text(&e, dec.data, dec.len);
			}
			i += k;
			continue;
		}
		/* s[i] == '<' */
		if (n - i >= 4 && memcmp(s + i, "<!--", 4) == 0) {
			const char *end = NULL;
			for (size_t p = i + 4; p + 3 <= n; p++)
				if (memcmp(s + p, "-->", 3) == 0) {
					end = s + p + 3;
					break;
				}
			i = end ? (size_t)(end - s) : n;
			continue;
		}
		if (n - i >= 9 && memcmp(s + i, "<![CDATA[", 9) == 0) {
			const char *end = NULL;
			for (size_t p = i + 9; p + 3 <= n; p++)
				if (memcmp(s + p, "]]>", 3) == 0) {
					end = s + p;
					break;
				}
			size_t stop = end ? (size_t)(end - s) : n;
			emit_text(&e, s + i + 9, stop - i - 9);
			i = end ? stop + 3 : n;
			continue;
		}
		bool closing = i + 1 < n && s[i + 1] == '/';
		size_t b = i + 1 + closing;
		if (b < n && (s[b] == '!' || s[b] == '?') && !closing) {
			i = tag_end(s, n, i);
			continue;
		}
		if (b >= n || !is_alpha(s[b])) {
			emit_text(&e, "<", 1);
			i++;
			continue;
		}
		char name[16];
		size_t k = 0;
		while (b + k < n && (is_alnum(s[b + k]) || s[b + k] == '-' || s[b + k] == ':')) {
			if (k < sizeof name - 1)
				name[k] = lower(s[b + k]);
			k++;
		}
		name[k < sizeof name ? k : sizeof name - 1] = 0;
		if (k >= sizeof name)
			name[0] = 0;   /* too long to be one we know */
		i = tag_end(s, n, i);
		if (!closing && IN(name, drop_content)) {
			size_t c = find_close(s, n, i, name);
			i = c < n ? tag_end(s, n, c) : n;
			emit_break(&e, 1);
			continue;
		}
		if (IN(name, para_tags))
			emit_break(&e, 2);
		else if (IN(name, line_tags))
			emit_break(&e, 1);
		else if (IN(name, cell_tags) || strcmp(name, "img") == 0)
			e.space = true;
	}
	scrm_buf_free(&dec);
	if (!out->data)
		scrm_buf_append(out, "", 0);
}

void scrm_html_to_text(const char *html, size_t n, scrm_buf *out)
{
	convert(html, n, out, false);
}

void scrm_html_to_line(const char *html, size_t n, scrm_buf *out)
{
	convert(html, n, out, true);
}

/* Elements common in feed text: a tag named otherwise ("<Blog>") is more likely text. */
static const char *const known_tags[] = { "a", "abbr", "b", "big", "cite", "code", "em", "font", "i", "img",
	                                  "kbd", "q", "s", "small", "span", "strike", "strong", "sub", "sup",
	                                  "tt", "u", "var", "ins", "del", "mark", "time" };

/*
 * Whether the tag whose name ends at s[j] is closed as markup closes it:
 * at once ("<b>", "<br/>", "</p >"), or after attributes at least one of
 * which has a value ('<a href="...">', "<img src=x alt=y>"). Words
 * between angle brackets ("if a<b and c>d", "<i love it>", "mon débit<a
 * peine 2 méga>") are bare attributes at best: plain text.
 */
static bool tag_closes(const char *s, size_t n, size_t j, bool closing)
{
	bool valued = false;
	for (;;) {
		while (j < n && is_space(s[j]))
			j++;
		if (j >= n)
			return false;
		if (s[j] == '>' || (s[j] == '/' && j + 1 < n && s[j + 1] == '>'))
			return !closing || !valued;
		if (closing)
			return false;
		/* An attribute: a name, then perhaps = and a value. */
		size_t name = j;
		while (j < n && !is_space(s[j]) && s[j] != '=' && s[j] != '>' && s[j] != '/' && s[j] != '<' &&
		       s[j] != '"' && s[j] != '\'')
			j++;
		if (j == name)
			return false;
		while (j < n && is_space(s[j]))
			j++;
		if (j < n && s[j] == '=') {
			j++;
			while (j < n && is_space(s[j]))
				j++;
			if (j < n && (s[j] == '"' || s[j] == '\'')) {
				const char *end = memchr(s + j + 1, s[j], n - j - 1);
				if (!end)
					return false;
				j = (size_t)(end - s) + 1;
			} else {
				size_t v = j;
				while (j < n && !is_space(s[j]) && s[j] != '>' && s[j] != '<')
					j++;
				if (j == v)
					return false;
			}
			valued = true;
		} else if (!valued && j < n && s[j] == '>') {
			return false;   /* bare words only */
		}
	}
}

bool scrm_html_looks_like_html(const char *s, size_t n)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] == '<') {
			size_t b = i + 1 + (s[i + 1] == '/');
			if (b + 3 <= n && memcmp(s + b, "!--", 3) == 0)
				return true;
			char name[16];
			size_t k = 0;
			while (b + k < n && is_alnum(s[b + k]) && k < sizeof name - 1) {
				name[k] = lower(s[b + k]);
				k++;
			}
			name[k] = 0;
			size_t j = b + k;
			if (k > 0 && j < n && (s[j] == '>' || is_space(s[j]) || s[j] == '/') &&
			    (IN(name, known_tags) || IN(name, para_tags) || IN(name, line_tags) ||
			     IN(name, cell_tags) || IN(name, drop_content)) &&
			    tag_closes(s, n, j, s[i + 1] == '/'))
				return true;
		} else if (s[i] == '&') {
			scrm_buf tmp = SCRM_BUF_INIT;
			size_t k = scrm_html_entity(s + i, n - i, &tmp);
			scrm_buf_free(&tmp);
			if (k > 0 && s[i + k - 1] == ';')
				return true;
		}
	}
	return false;
}
