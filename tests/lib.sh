# Helpers for script tests: source "$SRC/tests/lib.sh".
# Each check prints one TAP-ish line; the runner counts them.

# check NAME COMMAND...: passes when COMMAND exits 0.
check() {
	_name=$1
	shift
	if "$@" >/dev/null 2>&1; then echo "ok - $_name"; else echo "not ok - $_name"; fi
}

# check_eq NAME EXPECTED ACTUAL
check_eq() {
	if [ "$2" = "$3" ]; then
		echo "ok - $1"
	else
		echo "not ok - $1 (expected [$2], got [$3])" | head -c 2000
		echo
	fi
}

# check_rc NAME EXPECTED_STATUS COMMAND...
check_rc() {
	_name=$1
	_want=$2
	shift 2
	"$@" >/dev/null 2>&1
	_rc=$?
	check_eq "$_name" "$_want" "$_rc"
}

# check_file_eq NAME EXPECTED_FILE ACTUAL_FILE
check_file_eq() {
	if cmp -s "$2" "$3"; then
		echo "ok - $1"
	else
		echo "not ok - $1 ($(diff "$2" "$3" | head -5 | tr '\n' ' '))"
	fi
}

# skip NAME WHY
skip() {
	echo "skip - $1 ($2)"
}

# Whether ../shared is there (it is not for users).
have_shared() {
	[ -n "${SHARED:-}" ] && [ -d "$SHARED" ]
}

# shared_tone NAME: sets tone to ../shared/data/tone when it and python3
# are there; otherwise says NAME is skipped, and why, and fails.
shared_tone() {
	tone=${SHARED:+$SHARED/data/tone}
	if [ -z "$tone" ] || [ ! -d "$tone/xlmt-fr" ]; then
		skip "$1" "../shared/data/tone not present"
		return 1
	fi
	if ! command -v python3 >/dev/null 2>&1; then
		skip "$1" "python3 not found"
		return 1
	fi
}
