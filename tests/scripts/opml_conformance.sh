#!/bin/sh
# listparser's OPML corpus (../shared/conformance/opml) through lib/opml.c,
# driven by build/feedparse -O: no crash, and the measured share of mappable
# expectations (47 of 64, 73.4%: scrm keeps one group per feed where
# listparser keeps every category and tag) kept. FOAF/RDF lists are not OPML
# and are left out.
. "$SRC/tests/lib.sh"
driver=$BIN/../feedparse
corpus=${SHARED:-}/conformance/opml/tests

if ! have_shared || [ ! -d "$corpus" ]; then
	skip "OPML conformance" "../shared absent"
	exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
	skip "OPML conformance" "python3 not installed"
	exit 0
fi
out=$(python3 "$SRC/scripts/feed/conformance.py" --opml --min-rate 73 "$driver" "$corpus" 2>&1)
rc=$?
summary=$(printf '%s\n' "$out" | grep '^opml conformance:')
if [ $rc -eq 0 ]; then
	echo "ok - OPML corpus: no crash, pass rate at least 73% (${summary#opml conformance: })"
else
	echo "not ok - OPML corpus (${summary:-$out})"
fi
