#!/bin/sh
# The shipped language model: a gzip stream of scrm's model format, small
# enough to commit, with its origin recorded (NOTICE).
. "$SRC/tests/lib.sh"
model=$SRC/data/clean/langid.bin
check "model file present" test -s "$model"
check "model is an intact gzip stream" gzip -t "$model"
size=$(wc -c < "$model" | tr -d ' ')
check "model under 2 MB ($size bytes)" test "$size" -lt 2000000
check_eq "model format magic" "SCRMLID1" "$(gzip -dc "$model" | head -c 8)"
check "origin and licence recorded" grep -q "Apache-2.0" "$SRC/NOTICE"
