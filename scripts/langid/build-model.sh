#!/bin/sh
# build-model.sh - rebuilds scrm's language model from ELD's n-gram weights.
# Usage: build-model.sh OUT.bin [LANG,LANG,...]   (env: LANGID_DIR work dir, ELD_VERSION)
# With a language list the model keeps only those languages (smaller, and it can
# no longer say that a text is in any other language: see README.md).
set -eu
out=$1
langs=${2:-}
dir=${LANGID_DIR:-build/langid}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$dir/npm-eld"
if [ ! -f "$dir/npm-eld/node_modules/eld/package.json" ]; then
	(cd "$dir/npm-eld" && npm install --no-audit --no-fund --no-save --prefix . "eld@${ELD_VERSION:-2.1.0}" >/dev/null)
fi
grep -q '"license": "Apache-2.0"' "$dir/npm-eld/node_modules/eld/package.json" ||
	{ echo "build-model.sh: eld is no longer Apache-2.0: check its licence before using it" >&2; exit 1; }
node "$here/eld-dump.mjs" "$dir/npm-eld/node_modules/eld" large >"$dir/eld-large.txt"
if [ -n "$langs" ]; then
	python3 "$here/eld2model.py" "$dir/eld-large.txt" "$out.tmp" "$langs"
else
	python3 "$here/eld2model.py" "$dir/eld-large.txt" "$out.tmp"
fi
mv "$out.tmp" "$out"
ls -l "$out"
