#!/usr/bin/env bash
# make test's second pass: the storage, end-to-end, PostgreSQL and emulator tests again, on a
# throwaway PostgreSQL server the run starts itself (tests/support/pgserver.py), with the
# machine's clock shifted a year ahead through libfaketime. One pass for two checks: every
# query and transaction runs on PostgreSQL too, and a test that reads the machine's date
# instead of the injected clock fails the day it is written, not the day the calendar
# catches up with it. (The server itself runs on the real clock; only the tests are shifted.)
set -euo pipefail
cd "$(dirname "$0")/.."

. tests/faketime.sh
need_faketime "the second pass"

SHIFT="${SHIFT:-+365d}"
echo "second pass: PostgreSQL, the machine's clock at ${SHIFT}"
exec .venv/bin/python -m tests.support.pgserver -- \
    faketime -f "$SHIFT" .venv/bin/python -m pytest -n "${JOBS:-auto}" -q -p no:cacheprovider --durations=10 \
    tests/storage tests/e2e tests/postgres tests/emulator_selftest "$@"
