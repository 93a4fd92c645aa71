"""Recurring shows: where each occurrence of a series falls (pure: no discord, no clock).

Occurrences keep their wall-clock time in the zone the series was scheduled in, across
DST: 20:00 in Oslo stays 20:00 in Oslo, so the UTC moment moves when Oslo changes its
clocks. An occurrence whose wall time does not exist that day (clocks jump forward)
moves to the first valid time after the gap, and says so.

With an alternate slot, occurrences alternate one per interval: the 1st at ``when``, the
2nd at ``alternate``, the 3rd at ``when`` + 2 intervals, the 4th at ``alternate`` + 2
intervals, and so on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.timeparse import AmbiguousTime, NonexistentTime, resolve_local
from cogs.live.common.logic import Draft

Repeat = Literal["weekly", "biweekly"]
INTERVAL_WEEKS: dict[Repeat, int] = {"weekly": 1, "biweekly": 2}
MIN_COUNT = 2
MAX_COUNT = 26
MAX_OCCURRENCES = 53  # `until` a year ahead, weekly
EVENT_WINDOW = 4  # Discord events exist for the next 4 occurrences of a series


@dataclass(frozen=True)
class Occurrence:
    index: int  # 0-based position in the series
    starts_at: datetime  # UTC
    wall: datetime  # the intended wall time in the series' zone (naive)
    moved_to: datetime | None = None  # the wall time used instead, when ``wall`` did not exist

    @property
    def alternate(self) -> bool:
        return self.index % 2 == 1


def problem(
    repeat: Repeat | None,
    count: int | None,
    until: date | None,
    first: datetime,
    alternate: datetime | None,
    latest: datetime,
) -> str | None:
    """A catalog key when the repeat options do not make a series (``first``, ``alternate``
    and ``latest`` are UTC; ``until`` is a date in the series' zone)."""
    if repeat is None:
        if count is not None or until is not None:
            return "live-series-need-repeat"
        if alternate is not None:
            return "live-series-alternate-need-repeat"
        return None
    if count is not None and until is not None:
        return "live-series-count-and-until"
    if count is None and until is None:
        return "live-series-need-end"
    if count is not None and not MIN_COUNT <= count <= MAX_COUNT:
        return "live-series-count-range"
    if until is not None and (until < first.date() or until > latest.date()):
        return "live-series-until-range"
    if alternate is not None:
        interval = timedelta(weeks=INTERVAL_WEEKS[repeat])
        if alternate <= first:
            return "live-series-alternate-before"
        if alternate - first > 2 * interval:
            return "live-series-alternate-too-far"
    return None


def _at(wall: datetime, zone: str) -> tuple[datetime, datetime | None]:
    """(UTC moment, the wall time used when ``wall`` falls in a DST gap)."""
    try:
        return resolve_local(wall, zone).astimezone(UTC), None
    except NonexistentTime as gap:
        return gap.suggestion.astimezone(UTC), gap.suggestion.replace(tzinfo=None)
    except AmbiguousTime as overlap:
        return overlap.earlier, None


def occurrences(
    first_wall: datetime,
    zone: str,
    repeat: Repeat,
    *,
    count: int | None = None,
    until: date | None = None,
    alternate_wall: datetime | None = None,
) -> list[Occurrence]:
    """Every occurrence of a series, in order. ``first_wall`` and ``alternate_wall`` are
    naive wall times in ``zone``; the series ends after ``count`` occurrences or with the
    last one on or before ``until`` (a date in ``zone``)."""
    if (count is None) == (until is None):
        raise ValueError("give exactly one of count and until")
    interval = timedelta(weeks=INTERVAL_WEEKS[repeat])
    limit = count if count is not None else MAX_OCCURRENCES
    found: list[Occurrence] = []
    index = 0
    while len(found) < limit:
        if alternate_wall is None:
            wall = first_wall + index * interval
        else:
            base = alternate_wall if index % 2 else first_wall
            wall = base + (index // 2) * 2 * interval
        if until is not None and wall.date() > until:
            break
        moment, moved = _at(wall, zone)
        found.append(Occurrence(index, moment, wall, moved))
        index += 1
    return found


def for_draft(
    starts_at: datetime,
    zone: str,
    repeat: Repeat,
    count: int | None,
    until: date | None,
    alternate_starts_at: datetime | None,
) -> list[Occurrence]:
    """The occurrences of a series whose first show is at ``starts_at`` (UTC), its wall
    times read in ``zone``."""
    tz = ZoneInfo(zone)
    first = starts_at.astimezone(tz).replace(tzinfo=None)
    alternate = (
        alternate_starts_at.astimezone(tz).replace(tzinfo=None)
        if alternate_starts_at is not None
        else None
    )
    return occurrences(first, zone, repeat, count=count, until=until, alternate_wall=alternate)


def local_shifts(
    found: list[Occurrence], zones: dict[int, str], *, alternating: bool
) -> dict[int, list[int]]:
    """For each occurrence index, the members whose local time of day differs from their
    time at the first occurrence of the same slot (their DST change differs from the
    series' zone's, or falls in other weeks)."""
    shifts: dict[int, list[int]] = {}
    for occurrence in found:
        reference = found[occurrence.index % 2] if alternating else found[0]
        for user, zone in zones.items():
            tz = ZoneInfo(zone)
            mine = occurrence.starts_at.astimezone(tz).time()
            if mine != reference.starts_at.astimezone(tz).time():
                shifts.setdefault(occurrence.index, []).append(user)
    return shifts


def occurrences_for(draft: Draft) -> list[Occurrence]:
    """The occurrences a draft with ``repeat`` describes."""
    if draft.repeat not in INTERVAL_WEEKS:
        raise ValueError("the draft does not repeat")
    repeat = draft.repeat
    return for_draft(
        draft.starts_at,
        draft.zone or "UTC",
        repeat,
        draft.count,
        draft.until,
        draft.alternate_starts_at,
    )


def shift_wall(moment: datetime, old: datetime, new: datetime, zone: str) -> datetime:
    """``moment`` moved by the wall-clock change from ``old`` to ``new`` in ``zone`` (so a
    later show keeps the same local time as the one moved); a gap moves it past the gap."""
    tz = ZoneInfo(zone)
    delta = new.astimezone(tz).replace(tzinfo=None) - old.astimezone(tz).replace(tzinfo=None)
    moment_utc, _moved = _at(moment.astimezone(tz).replace(tzinfo=None) + delta, zone)
    return moment_utc
