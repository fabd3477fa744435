// cld2-run.cc - evaluation peer: CLD2 (Debian libcld2-dev) on the same input as langid-run.c.
// Reads "lang<TAB>bucket<TAB>source<TAB>text" lines; writes "predicted<TAB>reliable" per line, or
// with -t times detection and prints "texts bytes seconds". Evaluation only: never linked into scrm.
#include <cstdio>  // before CLD2's header, which uses FILE without including it
#include <cld2/public/compact_lang_det.h>
#include <cstring>
#include <string>
#include <time.h>
#include <vector>

static double now()
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static CLD2::Language detect(const std::string &t, bool *reliable)
{
	CLD2::Language lang3[3];
	int percent3[3], text_bytes;
	return CLD2::DetectLanguageSummary(t.data(), (int)t.size(), true, lang3, percent3, &text_bytes, reliable);
}

int main(int argc, char **argv)
{
	bool timing = argc > 1 && strcmp(argv[1], "-t") == 0;
	std::vector<std::string> texts;
	size_t bytes = 0;
	char *line = nullptr;
	size_t cap = 0;
	ssize_t len;
	while ((len = getline(&line, &cap, stdin)) > 0) {
		if (line[len - 1] == '\n')
			line[--len] = 0;
		const char *t = line;
		for (int f = 0; f < 3 && t; f++)
			if ((t = strchr(t, '\t')))
				t++;
		texts.emplace_back(t ? t : "");
		bytes += texts.back().size();
	}
	bool reliable;
	if (timing) {
		int reps = 5;
		double t0 = now();
		size_t sink = 0;
		for (int k = 0; k < reps; k++)
			for (const auto &t : texts)
				sink += detect(t, &reliable);
		double dt = now() - t0;
		printf("%zu %zu %.6f\n", texts.size() * reps, bytes * reps, dt + (sink == 1 ? 1e-12 : 0));
		return 0;
	}
	for (const auto &t : texts) {
		CLD2::Language l = detect(t, &reliable);
		const char *code = l == CLD2::UNKNOWN_LANGUAGE ? "und" : CLD2::LanguageCode(l);
		printf("%s\t%d\n", code, reliable ? 1 : 0);
	}
	return fflush(stdout) == 0 ? 0 : 3;
}
