/*
 * tone_numbers.c - the number words a phrase's "#" stands for besides
 * digits, so that "took # weeks" is also found in "took three weeks" and
 * "attendu # heures" in "attendu deux heures".
 */
#include <string.h>

#include "tone_impl.h"

/*
 * From two up, as token keys (lower case, no accents), French then English.
 * "un", "une", "a", "an" and "one" are left out: as articles they would
 * make "une heure" or "a week" a number, and no phrase counts one of
 * anything. A compound ("vingt-quatre") is two tokens and is not one
 * number word; digits are what people write for those.
 */
static const char *const spelt_numbers[] = {
	"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
	"onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente",
	"quarante", "cinquante", "soixante", "cent", "mille",
	"two", "three", "four", "five", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
	"hundred", "thousand",
};

bool scrm_tone_spells_number(const char *key, size_t n)
{
	/* Asked of every word a phrase stops at: most are too short or too
	 * long, or start with a letter no number word starts with. */
	if (n < 3 || n > 9 || !strchr("cdefhmnoqstv", key[0]))
		return false;
	for (size_t i = 0; i < sizeof spelt_numbers / sizeof *spelt_numbers; i++)
		if (strlen(spelt_numbers[i]) == n && memcmp(spelt_numbers[i], key, n) == 0)
			return true;
	return false;
}
