"""Recurring shows: where each occurrence of a series falls (pure: no discord, no clock).

Occurrences keep their wall-clock time in the zone the series was scheduled in, across
DST: 20:00 in Oslo stays 20:00 in Oslo, so the UTC moment moves when Oslo changes its
clocks. An occurrence whose wall time does not exist that day (clocks jump forward)
moves to the first valid time after the gap, and says so.

With an alternate slot, occurrences alternate one per interval: the 1st at ``when``, the
2nd at ``alternate``, the 3rd at ``when`` + 2 intervals, the 4th at ``alternate`` + 2
intervals, and so on. So that every week (every second week) has its one show, the
alternate slot falls in the week one interval after the first show's (weeks run Monday to
Sunday in the series' zone): a weekday typed alone ("sat 03:00") means that weekday of
that week, and a date in another week is refused, saying which week it belongs in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.errors import BadInput
from bot.timeparse import AmbiguousTime, NonexistentTime, parse_when, resolve_local
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

    @property
    def week(self) -> date:
        """The Monday of the week this show falls in (in the series' zone)."""
        return week_of(self.wall.date())


def week_of(day: date) -> date:
    """The Monday of ``day``'s week (weeks run Monday to Sunday, as ISO weeks do)."""
    return day - timedelta(days=day.weekday())


def problem(
    repeat: Repeat | None,
    count: int | None,
    until: date | None,
    first: datetime,
    alternating: bool,
    latest: datetime,
) -> str | None:
    """A catalog key when the repeat options do not make a series (``first`` and ``latest``
    are UTC; ``until`` is a date in the series' zone). Where an alternate slot falls is
    ``alternate_problem``'s."""
    if repeat is None:
        if count is not None or until is not None:
            return "live-series-need-repeat"
        if alternating:
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
    return None


def weekday_alone(text: str, reference: datetime) -> tuple[int, time] | None:
    """(weekday, time of day) when a typed time names its day by a weekday alone ("sat
    16:00", "lørdag kl 16", "周六下午4点"), else None.

    Read towards the future and towards the past from the same moment, such a text lands
    exactly one week apart; a date ("2026-12-12 16:00", "12. des"), a week ("next sat",
    "这周六"), a day counted from today ("tomorrow 16:00") or a clock alone do not. Read in
    UTC, where no wall time is skipped or doubled: the weekday and the time of day are the
    same in every zone.
    """
    try:
        ahead = parse_when(text, reference, "UTC").local
        back = parse_when(text, reference, "UTC", prefer="past").local
    except BadInput:
        return None
    if ahead - back != timedelta(weeks=1):
        return None
    return ahead.weekday(), ahead.time()


def alternate_week(first_wall: datetime, repeat: Repeat) -> date:
    """The Monday of the week the alternate slot belongs in: one interval after the first
    show's week (the week after it for ``weekly``)."""
    return week_of(first_wall.date()) + timedelta(weeks=INTERVAL_WEEKS[repeat])


def alternate_in_its_week(first_wall: datetime, weekday: int, at: time, repeat: Repeat) -> datetime:
    """The wall time of a weekday typed alone: that weekday of the alternate slot's week."""
    return datetime.combine(alternate_week(first_wall, repeat) + timedelta(days=weekday), at)


def alternate_problem(first_wall: datetime, alternate_wall: datetime, repeat: Repeat) -> str | None:
    """A catalog key when the alternate slot cannot take turns with the first show, one show
    per interval: before it, in its week, or in a week other than the one after it."""
    if alternate_wall <= first_wall:
        return "live-series-alternate-before"
    if week_of(alternate_wall.date()) == week_of(first_wall.date()):
        return "live-series-alternate-same-week"
    if week_of(alternate_wall.date()) != alternate_week(first_wall, repeat):
        return "live-series-alternate-week"
    return None


def moment(wall: datetime, zone: str) -> datetime:
    """The UTC moment of a wall time in ``zone`` (past a DST gap; the first of a doubled
    hour), as every show of a series is placed."""
    return _at(wall, zone)[0]


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
    found = occurrences(first, zone, repeat, count=count, until=until, alternate_wall=alternate)
    # The first show is where it was chosen, the second of a doubled hour included (its
    # wall time alone would read as the first).
    if found:
        found[0] = replace(found[0], starts_at=starts_at.astimezone(UTC))
    return found


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
