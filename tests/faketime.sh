# Sourced by the runs under libfaketime (tests/second_pass.sh, tests/shifted_clock.sh).
# need_faketime RUN: installs Debian's faketime when it is missing and this is root with
# apt-get, else stops, saying that RUN needs it.
need_faketime() {
    command -v faketime >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing Debian's faketime (libfaketime) for $1"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq faketime >/dev/null
    else
        echo "$1 needs libfaketime: install Debian's or Ubuntu's 'faketime' package" >&2
        exit 1
    fi
}
