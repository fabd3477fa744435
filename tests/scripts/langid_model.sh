#!/bin/sh
# The shipped language model: scrm's model format, uncompressed (loading
# would spend more time inflating it than building its table), small
# enough to commit, with its origin recorded (NOTICE).
. "$SRC/tests/lib.sh"
model=$SRC/data/clean/langid.bin
check "model file present" test -s "$model"
size=$(wc -c < "$model" | tr -d ' ')
check "model under 4 MB ($size bytes)" test "$size" -lt 4000000
check_eq "model format magic, uncompressed" "SCRMLID1" "$(head -c 8 "$model")"
check "origin and licence recorded" grep -q "Apache-2.0" "$SRC/NOTICE"
