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
