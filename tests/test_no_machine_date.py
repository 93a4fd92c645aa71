"""No test, fixture, emulator, local TikTok or benchmark reads the machine's date.

They all read an injected clock (``tests/support/clock.py``); only measured durations may
use a monotonic clock. The shifted-clock run in ``make test`` catches what this scan
cannot see (a library reading the date on a test's behalf).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READS_THE_DATE = re.compile(
    r"\b(?:datetime\.now|datetime\.utcnow|datetime\.today|date\.today|time\.time|"
    r"utils\.utcnow|time\.localtime|time\.gmtime)\s*\("
)
SCANNED = sorted(
    path
    for folder in ("tests", "bench", "docs", "sandbox/emulator", "sandbox/tiktok")
    for path in (ROOT / folder).rglob("*.py")
    if path != Path(__file__).resolve()
)


@pytest.mark.parametrize("path", SCANNED, ids=lambda p: str(p.relative_to(ROOT)))
def test_reads_no_machine_date(path: Path) -> None:
    hits = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if READS_THE_DATE.search(line)
    ]
    assert hits == [], "read the injected clock instead:\n" + "\n".join(hits)


def test_the_scan_sees_a_date_read() -> None:
    assert READS_THE_DATE.search("start = dt.datetime.now(tz=dt.UTC)")
    assert READS_THE_DATE.search("ms = int(time.time() * 1000)")
    assert not READS_THE_DATE.search("started = time.monotonic()")
