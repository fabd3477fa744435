#!/bin/sh
# The bundled examples agree with the scripts that generate them.
exec sh "$SRC/examples/tools/check-examples.sh"
