# Helpers for scrm-fetch's script tests (sourced after tests/lib.sh).
#
# start_server ROOT [ARGS...]: starts fixture_server.py on 127.0.0.1 serving
# ROOT, sets PORT, BASE and SERVER_LOG, and stops it when the script exits.
# The server also stops by itself after 60 seconds.

start_server() {
	_root=$1
	shift
	SERVER_LOG=$TMPDIR/server.log
	: >"$SERVER_LOG"
	rm -f "$TMPDIR/server.port"
	python3 "$SRC/tests/server/fixture_server.py" --root "$_root" --log "$SERVER_LOG" \
		--lifetime 60 "$@" >"$TMPDIR/server.port" 2>"$TMPDIR/server.err" &
	SERVER_PID=$!
	trap 'kill "$SERVER_PID" 2>/dev/null' EXIT
	_i=0
	while [ ! -s "$TMPDIR/server.port" ] && [ $_i -lt 300 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	PORT=$(cat "$TMPDIR/server.port")
	if [ -z "$PORT" ]; then
		echo "not ok - the fixture server did not start ($(cat "$TMPDIR/server.err"))"
		exit 1
	fi
	BASE=http://127.0.0.1:$PORT
}

# count_requests PATTERN: how many logged requests match the grep pattern.
count_requests() {
	grep -c -- "$1" "$SERVER_LOG"
}

# ids FILE: the mention ids in an NDJSON file, one a line, in order.
ids() {
	jq -r '.id' "$1" | tr '\n' ' ' | sed 's/ $//'
}

# feed_scope SOURCE: what the ids of SOURCE's feed entries start with when
# their own id is not a URL (scrm-mention(5)): "feed:" + 16 hex digits of
# the SHA-256 of SOURCE + ":" (for a local file, pass "file://" and its real path).
feed_scope() {
	printf 'feed:%s:' "$(printf '%s' "$1" | sha256sum | cut -c1-16)"
}
