#!/usr/bin/env bash
# Runs the date-sensitive end-to-end tests (LIVEs with their reminders and series, the calendar
# feed, posts, streaks, dates typed without a year, the retention of servers that leave, the
# sandbox's clock, TikTok's tokens and daily sync, the emulator and the local TikTok) again with
# the machine's clock shifted a year ahead, through libfaketime. Every test reads the
# injected clock, so a test that reads the machine's date instead fails here the day it is
# written, not the day the calendar catches up with it.
set -euo pipefail
cd "$(dirname "$0")/.."

. tests/faketime.sh
need_faketime "the shifted-clock run"

SHIFT="${SHIFT:-+365d}"
echo "shifted-clock run: the machine's clock at ${SHIFT}"
exec faketime -f "$SHIFT" .venv/bin/python -m pytest -q -p no:cacheprovider \
    tests/e2e/test_live_*.py tests/e2e/test_calendar_feed.py tests/e2e/test_post.py \
    tests/e2e/test_streak.py \
    tests/e2e/test_streak_recap.py tests/e2e/test_natural_inputs.py \
    tests/e2e/test_servers_leave.py tests/e2e/test_privacy_public.py \
    tests/e2e/test_privacy_race.py \
    tests/e2e/test_sandbox_clock.py tests/e2e/test_tiktok_*.py tests/emulator_selftest "$@"
