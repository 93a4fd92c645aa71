#!/usr/bin/env bash
# make lint: systemd's own checks of deploy/creatorpulse.service, when systemd-analyze is on
# the machine (nothing installs it for this; without it the check says so and passes).
# `systemd-analyze verify` reports unknown keys and bad values but still exits 0, so anything it
# prints fails the check. It also insists that ExecStart's program exists, and the unit's
# /opt/creatorpulse/.venv/bin/python does not exist here: the copy it checks runs this
# checkout's .venv/bin/python instead (tests/test_deploy.py checks the ExecStart line itself).
# `systemd-analyze security` then scores the hardening and fails when the exposure rises.
set -euo pipefail
cd "$(dirname "$0")/.."

unit=deploy/creatorpulse.service
# systemd's exposure score in tenths (it prints 1.5 for 15): the unit scores 1.5 today.
max_exposure=15

if ! command -v systemd-analyze >/dev/null 2>&1; then
    echo "systemd-analyze is not installed: $unit not verified"
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python="$PWD/.venv/bin/python"
sed "s#^ExecStart=/opt/creatorpulse/.venv/bin/python #ExecStart=$python #" "$unit" >"$work/creatorpulse.service"
if ! grep -q "^ExecStart=$python " "$work/creatorpulse.service"; then
    echo "$unit: ExecStart does not start /opt/creatorpulse/.venv/bin/python" >&2
    exit 1
fi
if ! out=$(systemd-analyze verify --man=no "$work/creatorpulse.service" 2>&1) || [ -n "$out" ]; then
    echo "${out//$work\//deploy/}" >&2
    exit 1
fi
if ! out=$(systemd-analyze security --offline=yes --threshold="$max_exposure" --no-pager \
    "$work/creatorpulse.service" 2>&1); then
    echo "$out" | tail -n 20 >&2
    echo "$unit: systemd's exposure score rose above $max_exposure tenths" >&2
    exit 1
fi
echo "$unit: systemd-analyze verify found nothing; $(echo "$out" | tail -n 1 | sed 's/^→ //')"
