#!/bin/sh
# Makes sure the build and test dependencies are present. On Debian or
# Ubuntu the missing ones are installed with apt-get (as root, or through
# sudo); elsewhere the exact packages to install are printed and the build stops.
set -u

# pkg-config module / command  ->  Debian package
need_pkgs=""
check_module() {
	pkg-config --exists "$1" 2>/dev/null || need_pkgs="$need_pkgs $2"
}
check_command() {
	command -v "$1" >/dev/null 2>&1 || need_pkgs="$need_pkgs $2"
}

check_command pkg-config pkg-config
check_command cc gcc
if command -v pkg-config >/dev/null 2>&1; then
	check_module libcurl libcurl4-openssl-dev
	check_module jansson libjansson-dev
	check_module libpcre2-8 libpcre2-dev
	check_module zlib zlib1g-dev
	check_module expat libexpat1-dev
	check_module libutf8proc libutf8proc-dev
	check_module sqlite3 libsqlite3-dev
	check_module libcrypto libssl-dev
else
	need_pkgs="$need_pkgs libcurl4-openssl-dev libjansson-dev libpcre2-dev zlib1g-dev libexpat1-dev libutf8proc-dev libsqlite3-dev libssl-dev"
fi
# Used by the tests and man page checks.
check_command python3 python3
check_command jq jq
check_command mandoc mandoc
check_command gzip gzip
check_command /usr/bin/time time

[ -z "$need_pkgs" ] && exit 0

echo "scrm: missing build dependencies:$need_pkgs" >&2
if [ -r /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then
		sudo=""
	elif command -v sudo >/dev/null 2>&1; then
		sudo="sudo"
	else
		echo "scrm: run as root: apt-get install$need_pkgs" >&2
		exit 1
	fi
	echo "scrm: installing them with apt-get" >&2
	export DEBIAN_FRONTEND=noninteractive
	$sudo apt-get update -qq >&2 || exit 1
	# shellcheck disable=SC2086
	$sudo apt-get install -y -qq --no-install-recommends $need_pkgs >&2 || exit 1
	exit 0
fi
echo "scrm: install these (Debian names; on other systems the equivalent development packages):" >&2
echo "    $need_pkgs" >&2
exit 1
