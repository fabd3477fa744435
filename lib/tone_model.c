/*
 * tone_model.c - the model file: a text header followed by a binary table.
 *
 *	scrm-tone-model 3                    (1: features before negated
 *	                                      4-grams and lexicon phrases had their own;
 *	                                      2: 13 blend weights, read as 3 with
 *	                                      the last two zero, which is what they were)
 *	classes HAS_NEG HAS_NEU HAS_POS      (1 when the class was trained)
 *	prior P_NEG P_NEU P_POS              (log priors)
 *	blend CLASS W0 .. W14                (three lines, one per class)
 *	features N
 * then N records of 16 bytes, little-endian: uint32 feature hash and three
 * float32 log-likelihoods (negative, neutral, positive), each centred on
 * their mean. The header is checked line by line; the table by its size.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "io.h"
#include "msg.h"
#include "tone_impl.h"

static const char *const class_names[SCRM_TONE_NCLASSES] = { "negative", "neutral", "positive" };
_Static_assert(SCRM_TONE_NBLEND == 15 && SCRM_TONE_NBLEND_V2 == 13, "read_header's messages name these counts");

void scrm_tone_model_free(scrm_tone_model *m)
{
	if (!m)
		return;
	free(m->keys);
	free(m->w);
	free(m->filter);
	free(m);
}

static void put_u32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void insert(scrm_tone_model *m, const scrm_tone_nbfeat *f)
{
	size_t mask = m->nslots - 1;
	size_t i = scrm_tone_model_home(f->key, mask);
	while (m->keys[i] != 0 && m->keys[i] != f->key)
		i = (i + 1) & mask;
	if (m->keys[i] == 0)
		m->count++;
	m->keys[i] = f->key;
	memcpy(m->w[i], f->w, sizeof m->w[i]);
	uint32_t bit = scrm_tone_filter_bit(f->key);
	m->filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
}

/* An empty table sized for n features (load factor at most one half). */
scrm_tone_model *scrm_tone_model_new(size_t n)
{
	scrm_tone_model *m = scrm_xcalloc(1, sizeof *m);
	m->nslots = 1024;
	while (m->nslots < 2 * n)
		m->nslots *= 2;
	m->keys = scrm_xcalloc(m->nslots, sizeof *m->keys);
	m->w = scrm_xcalloc(m->nslots, sizeof *m->w);
	m->filter = scrm_xcalloc(SCRM_TONE_FILTER_BITS / 64, sizeof *m->filter);
	return m;
}

void scrm_tone_model_add(scrm_tone_model *m, const scrm_tone_nbfeat *f)
{
	insert(m, f);
}

bool scrm_tone_model_write(const scrm_tone_model *m, const char *path, scrm_buf *err)
{
	scrm_buf out = SCRM_BUF_INIT;
	scrm_buf_printf(&out, "scrm-tone-model 3\nclasses %d %d %d\nprior %.9g %.9g %.9g\n",
	                m->has_class[0], m->has_class[1], m->has_class[2],
	                m->prior[0], m->prior[1], m->prior[2]);
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
		scrm_buf_printf(&out, "blend %s", class_names[c]);
		for (int j = 0; j < SCRM_TONE_NBLEND; j++)
			scrm_buf_printf(&out, " %.9g", m->blend[c][j]);
		scrm_buf_putc(&out, '\n');
	}
	scrm_buf_printf(&out, "features %zu\n", m->count);
	for (size_t i = 0; i < m->nslots; i++) {
		if (!m->keys[i])
			continue;
		unsigned char rec[16];
		put_u32(rec, m->keys[i]);
		for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
			uint32_t bits;
			memcpy(&bits, &m->w[i][c], 4);
			put_u32(rec + 4 + 4 * c, bits);
		}
		scrm_buf_append(&out, rec, sizeof rec);
	}
	bool ok = scrm_write_file_atomic(path, out.data, out.len);
	if (!ok) {
		scrm_buf_clear(err);
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
	}
	scrm_buf_free(&out);
	return ok;
}

/* Reads the header line by line; returns false with the reason on a bad line. */
static const char *read_header(FILE *fp, scrm_tone_model *tmp, size_t *nfeat, unsigned long *lineno)
{
	char line[512];
	/* Version 2 models stop before the blend inputs version 3 added. */
	int nblend = SCRM_TONE_NBLEND;
	for (int step = 0; step < 7; step++) {
		if (!fgets(line, sizeof line, fp)) {
			if (ferror(fp))
				return strerror(errno);
			if (++*lineno == 1)
				return "empty, not a scrm-tone model";
			return "unexpected end of the header";
		}
		++*lineno;
		size_t len = strlen(line);
		if (len == 0 || line[len - 1] != '\n')
			return "header line too long or unterminated";
		int a, b, c, used = 0;
		switch (step) {
		case 0:
			if (strcmp(line, "scrm-tone-model 1\n") == 0)
				return "made by an earlier scrm-tone, whose features differ: train it again (--train)";
			if (strcmp(line, "scrm-tone-model 2\n") == 0)
				nblend = SCRM_TONE_NBLEND_V2;
			else if (strcmp(line, "scrm-tone-model 3\n") != 0)
				return "not a scrm-tone model (expected \"scrm-tone-model 3\")";
			break;
		case 1:
			if (sscanf(line, "classes %d %d %d %n", &a, &b, &c, &used) != 3 || line[used] ||
			    (a | b | c) & ~1 || a + b + c < 2)
				return "expected \"classes\" and three flags, two or more set";
			tmp->has_class[0] = a;
			tmp->has_class[1] = b;
			tmp->has_class[2] = c;
			break;
		case 2:
			if (sscanf(line, "prior %f %f %f %n", &tmp->prior[0], &tmp->prior[1], &tmp->prior[2],
			           &used) != 3 || line[used])
				return "expected \"prior\" and three numbers";
			break;
		case 3: case 4: case 5: {
			float *w = tmp->blend[step - 3];
			const char *want = class_names[step - 3];
			size_t wl = strlen(want);
			if (strncmp(line, "blend ", 6) != 0 || strncmp(line + 6, want, wl) != 0 || line[6 + wl] != ' ')
				return "expected \"blend CLASS\", classes in order negative, neutral, positive";
			char *p = line + 6 + wl;
			const char *bad = nblend == SCRM_TONE_NBLEND ? "expected 15 finite blend weights"
			                                             : "expected 13 finite blend weights";
			for (int j = 0; j < SCRM_TONE_NBLEND; j++) {
				w[j] = 0;
				if (j >= nblend)
					continue;
				char *end;
				double v = strtod(p, &end);
				if (end == p || !isfinite(v))
					return bad;
				w[j] = (float)v;
				p = end;
			}
			if (strspn(p, " \n") != strlen(p))
				return bad;
			break;
		}
		case 6: {
			unsigned long n;
			if (sscanf(line, "features %lu %n", &n, &used) != 1 || line[used] || n > 50000000ul)
				return "expected \"features N\"";
			*nfeat = n;
			break;
		}
		}
	}
	return NULL;
}

scrm_tone_model *scrm_tone_model_read(const char *path, scrm_buf *err)
{
	FILE *fp = fopen(path, "rb");
	scrm_buf_clear(err);
	if (!fp) {
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fileno(fp), &st) != 0 || S_ISDIR(st.st_mode)) {
		scrm_buf_printf(err, "%s: %s", path, S_ISDIR(st.st_mode) ? strerror(EISDIR) : strerror(errno));
		fclose(fp);
		return NULL;
	}
	scrm_tone_model tmp;
	memset(&tmp, 0, sizeof tmp);
	size_t nfeat = 0;
	unsigned long lineno = 0;
	const char *why = read_header(fp, &tmp, &nfeat, &lineno);
	if (why) {
		scrm_buf_printf(err, "%s:%lu: %s", path, lineno, why);
		fclose(fp);
		return NULL;
	}
	scrm_tone_model *m = scrm_tone_model_new(nfeat);
	memcpy(m->prior, tmp.prior, sizeof m->prior);
	memcpy(m->has_class, tmp.has_class, sizeof m->has_class);
	memcpy(m->blend, tmp.blend, sizeof m->blend);
	for (int c = 0; c < SCRM_TONE_NCLASSES; c++)
		for (int j = 0; j < SCRM_TONE_NBLEND; j++)
			m->blend_d[c][j] = m->blend[c][j];
	unsigned char *raw = scrm_xmalloc(nfeat * 16 + 1);
	long start = ftell(fp);
	size_t got = fread(raw, 1, nfeat * 16 + 1, fp);
	if (ferror(fp))
		scrm_buf_printf(err, "%s: %s", path, strerror(errno));
	else if (got < nfeat * 16)
		scrm_buf_printf(err, "%s:%lu: the feature table has %zu bytes, expected %zu", path, lineno + 1, got,
		                nfeat * 16);
	else if (got > nfeat * 16 && S_ISREG(st.st_mode) && start >= 0)
		/* One byte more was read to see it: the table's size comes from the file's. */
		scrm_buf_printf(err, "%s:%lu: the feature table has %lld bytes, expected %zu", path, lineno + 1,
		                (long long)st.st_size - start, nfeat * 16);
	else if (got > nfeat * 16)
		scrm_buf_printf(err, "%s:%lu: the feature table has more than the %zu bytes expected", path,
		                lineno + 1, nfeat * 16);
	for (size_t i = 0; err->len == 0 && i < nfeat; i++) {
		scrm_tone_nbfeat f;
		f.key = get_u32(raw + 16 * i);
		for (int c = 0; c < SCRM_TONE_NCLASSES; c++) {
			uint32_t bits = get_u32(raw + 16 * i + 4 + 4 * c);
			memcpy(&f.w[c], &bits, 4);
			if (!isfinite(f.w[c]))
				scrm_buf_printf(err, "%s:%lu: feature %zu has a weight that is not finite", path,
				                lineno + 1, i);
		}
		if (f.key == 0)
			scrm_buf_printf(err, "%s:%lu: feature %zu has the reserved hash 0", path, lineno + 1, i);
		insert(m, &f);
	}
	free(raw);
	fclose(fp);
	if (err->len) {
		scrm_tone_model_free(m);
		return NULL;
	}
	return m;
}
