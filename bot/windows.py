"""Weekly availability windows: merging, and turning them into real UTC intervals.

Shared by /availability (which stores them) and /live (which finds slots in them).
Pure: no discord, never reads the clock.

A ``Window`` is a weekly stretch of local wall time: on each of ``days`` (the day the
window *starts* on, 0 = Monday) from ``start`` to ``end``. ``end <= start`` means the
window passes midnight and ends on the next day; ``end == start`` is a whole 24 hours
(only ever produced by merging; members cannot type it).

Windows are expanded date by date with the zone's own rules, so a DST change inside a
range is handled. Wall times that DST makes odd are resolved like this:

- a wall time that does not exist (clocks jump forward over it) moves to the end of the
  gap, i.e. the instant the clocks jump (02:30 in Oslo's spring gap becomes 03:00);
- a wall time that happens twice (clocks go back) is taken at its first occurrence.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Protocol, TypeVar
from zoneinfo import ZoneInfo

DAY_MINUTES = 24 * 60
WEEK_MINUTES = 7 * DAY_MINUTES
ALL_DAYS: frozenset[int] = frozenset(range(7))
T = TypeVar("T", int, datetime)


def merge(intervals: Iterable[tuple[T, T]]) -> list[tuple[T, T]]:
    """Sorted, with overlapping or touching ``[start, end)`` intervals joined; empty ones dropped."""
    merged: list[tuple[T, T]] = []
    for begin, finish in sorted(i for i in intervals if i[1] > i[0]):
        if merged and begin <= merged[-1][1]:
            if finish > merged[-1][1]:
                merged[-1] = (merged[-1][0], finish)
        else:
            merged.append((begin, finish))
    return merged


@dataclass(frozen=True)
class Window:
    days: frozenset[int]  # 0=Mon..6=Sun, the day the window STARTS on (local)
    start: time  # local wall time
    end: time  # local; end <= start means the window passes midnight

    @property
    def start_minute(self) -> int:
        return self.start.hour * 60 + self.start.minute

    @property
    def end_minute(self) -> int:
        return self.end.hour * 60 + self.end.minute

    @property
    def minutes(self) -> int:
        """Length in minutes (1 .. 1440)."""
        length = (self.end_minute - self.start_minute) % DAY_MINUTES
        return length or DAY_MINUTES

    @property
    def passes_midnight(self) -> bool:
        return self.end <= self.start


class WeeklyTimes(Protocol):
    """A saved window as storage returns it."""

    @property
    def days(self) -> frozenset[int]: ...
    @property
    def start(self) -> time: ...
    @property
    def end(self) -> time: ...


def as_window(stored: WeeklyTimes) -> Window:
    return Window(stored.days, stored.start, stored.end)


def days_to_mask(days: Iterable[int]) -> int:
    """Bit 0 = Monday .. bit 6 = Sunday."""
    mask = 0
    for day in days:
        if not 0 <= day <= 6:
            raise ValueError(f"not a weekday number: {day}")
        mask |= 1 << day
    return mask


def mask_to_days(mask: int) -> frozenset[int]:
    return frozenset(day for day in range(7) if mask >> day & 1)


def clock_minute(moment: time) -> time:
    """A wall time cut to the minute (windows are kept to the minute)."""
    return time(moment.hour, moment.minute)


def _time_of(minute: int) -> time:
    minute %= DAY_MINUTES
    return time(minute // 60, minute % 60)


# -- merging --------------------------------------------------------------------------


def _week_intervals(windows: Sequence[Window]) -> list[tuple[int, int]]:
    """Merged (start, end) minutes of the week; start in [0, WEEK), end may pass WEEK."""
    pieces: list[tuple[int, int]] = []
    for window in windows:
        for day in window.days:
            begin = day * DAY_MINUTES + window.start_minute
            finish = begin + window.minutes
            if finish <= WEEK_MINUTES:
                pieces.append((begin, finish))
            else:  # Sunday night into Monday
                pieces.append((begin, WEEK_MINUTES))
                pieces.append((0, finish - WEEK_MINUTES))
    return _merge_cyclic(pieces)


def _merge_cyclic(pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged = merge(pieces)
    if not merged:
        return []
    if merged[0][0] == 0 and merged[-1][1] == WEEK_MINUTES:
        if len(merged) == 1:
            return [(0, WEEK_MINUTES)]  # the whole week
        first = merged.pop(0)
        merged[-1] = (merged[-1][0], WEEK_MINUTES + first[1])  # Sunday runs on into Monday
    return merged


def _windows_from(intervals: list[tuple[int, int]]) -> list[Window]:
    """Week minutes back to windows; stretches over 24 h are cut at local midnights."""
    cuts: list[tuple[int, int]] = []  # (start minute of week, length)
    for begin, finish in intervals:
        if finish - begin <= DAY_MINUTES:
            cuts.append((begin, finish - begin))
            continue
        position = begin
        while position < finish:
            midnight = (position // DAY_MINUTES + 1) * DAY_MINUTES
            stop = min(midnight, finish)
            cuts.append((position, stop - position))
            position = stop
    grouped: dict[tuple[int, int], set[int]] = {}
    for begin, length in cuts:
        day, minute = divmod(begin % WEEK_MINUTES, DAY_MINUTES)
        grouped.setdefault((minute, length), set()).add(day)
    windows = [
        Window(frozenset(days), _time_of(minute), _time_of(minute + length))
        for (minute, length), days in grouped.items()
    ]
    windows.sort(key=lambda w: (min(w.days), w.start_minute, w.minutes, sorted(w.days)))
    return windows


def merge_windows(windows: Sequence[Window]) -> list[Window]:
    """Overlapping or touching windows merged, day by day (Sunday night runs into Monday).

    The result is canonical: windows with the same times share one ``Window`` with all
    their days; a merged stretch longer than 24 hours is cut at local midnights.
    """
    return _windows_from(_week_intervals(windows))


def convert_windows(
    windows: Sequence[Window], zone: str, to_zone: str, now: datetime
) -> list[Window]:
    """The same windows as wall times in ``to_zone``, using each day's next occurrence.

    A display aid: a DST change in either zone may shift later weeks by an hour.
    """
    source = ZoneInfo(zone)
    target = ZoneInfo(to_zone)
    today = now.astimezone(source).date()
    pieces: list[tuple[int, int]] = []
    for window in windows:
        for day in window.days:
            when = today + timedelta(days=(day - today.weekday()) % 7)
            begin, finish = occurrence(window, when, source)
            if finish <= begin:
                continue
            local = begin.astimezone(target)
            offset = local.weekday() * DAY_MINUTES + local.hour * 60 + local.minute
            length = int((finish - begin).total_seconds() // 60)
            pieces.append((offset, offset + length))
    split: list[tuple[int, int]] = []
    for low, high in pieces:
        if high <= WEEK_MINUTES:
            split.append((low, high))
        else:
            split.append((low, WEEK_MINUTES))
            split.append((0, high - WEEK_MINUTES))
    return _windows_from(_merge_cyclic(split))


# -- expansion ------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _gap_end(naive: datetime, tz: ZoneInfo) -> datetime:
    """The UTC instant the clocks jump over the nonexistent wall time ``naive``."""
    low = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)  # read with the offset after
    high = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)  # read with the offset before
    if high < low:
        low, high = high, low
    before = low.astimezone(tz).utcoffset()
    lo, hi = 0, int((high - low).total_seconds())
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if (low + timedelta(seconds=mid)).astimezone(tz).utcoffset() == before:
            lo = mid
        else:
            hi = mid
    return low + timedelta(seconds=hi)


def to_utc(naive: datetime, tz: ZoneInfo) -> datetime:
    """A local wall time as an aware UTC instant: gap -> its end, overlap -> first occurrence."""
    first = naive.replace(tzinfo=tz)
    offset = first.utcoffset()
    assert offset is not None
    if offset == naive.replace(tzinfo=tz, fold=1).utcoffset():
        return (naive - offset).replace(tzinfo=UTC)
    utc = first.astimezone(UTC)  # fold=0: the first occurrence when the time repeats
    if utc.astimezone(tz).replace(tzinfo=None) == naive:
        return utc
    return _gap_end(naive, tz)


def occurrence(window: Window, day: date, tz: ZoneInfo | str) -> tuple[datetime, datetime]:
    """The UTC (start, end) of ``window`` starting on local date ``day`` (weekday unchecked).

    The end may equal or precede the start when DST swallows a window that lies in a gap.
    """
    zone = _zone(tz) if isinstance(tz, str) else tz
    begin = datetime.combine(day, window.start)
    finish = datetime.combine(
        day + timedelta(days=1) if window.passes_midnight else day, window.end
    )
    return to_utc(begin, zone), to_utc(finish, zone)


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


@lru_cache(maxsize=65536)
def _plain_offset(zone: str, ordinal: int) -> int | None:
    """The UTC offset in seconds all day long on this local date, or ``None``.

    ``None`` when the clocks change during that day or at either of its midnights:
    such days take the careful path (``to_utc``).
    """
    tz = _zone(zone)
    midnight = datetime.combine(date.fromordinal(ordinal), time())
    offsets = set()
    for naive in (midnight, midnight + timedelta(days=1)):
        offsets.add(naive.replace(tzinfo=tz).utcoffset())
        offsets.add(naive.replace(tzinfo=tz, fold=1).utcoffset())
    if len(offsets) != 1:
        return None
    offset = offsets.pop()
    assert offset is not None
    return int(offset.total_seconds())


def _local_epoch(zone: str, ordinal: int, minute: int) -> int:
    """UTC epoch seconds of wall time ``minute`` (may pass 1440) after local midnight."""
    extra, minute = divmod(minute, DAY_MINUTES)
    ordinal += extra
    offset = _plain_offset(zone, ordinal)
    if offset is not None:
        return (ordinal - _EPOCH_ORDINAL) * 86400 + minute * 60 - offset
    naive = datetime.combine(date.fromordinal(ordinal), _time_of(minute))
    return int(to_utc(naive, _zone(zone)).timestamp())


def _epoch(moment: datetime) -> int:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime refused: availability works on aware instants")
    return int(moment.timestamp())


def expand_epoch(
    windows: Sequence[Window], zone: str, start: int, end: int
) -> list[tuple[int, int]]:
    """``expand`` in UTC epoch seconds (for bulk work: heat maps over many members)."""
    if end <= start or not windows:
        return []
    tz = _zone(zone)
    first = datetime.fromtimestamp(start, tz).date().toordinal() - 1  # yesterday may run on
    last = datetime.fromtimestamp(end, tz).date().toordinal()
    by_day: list[list[tuple[int, int]]] = [[] for _ in range(7)]
    for window in windows:
        for day in window.days:
            by_day[day].append((window.start_minute, window.start_minute + window.minutes))
    found: list[tuple[int, int]] = []
    for ordinal in range(first, last + 1):
        for begin_minute, end_minute in by_day[(ordinal - 1) % 7]:  # ordinal 1 is a Monday
            begin = max(_local_epoch(zone, ordinal, begin_minute), start)
            finish = min(_local_epoch(zone, ordinal, end_minute), end)
            if finish > begin:
                found.append((begin, finish))
    return merge(found)


def expand(
    windows: Sequence[Window], zone: str, start: datetime, end: datetime
) -> list[tuple[datetime, datetime]]:
    """UTC intervals (aware, merged, sorted) of ``windows`` inside ``[start, end)``.

    Computed date by date with ``zone``'s rules: DST changes inside the range are
    handled; a nonexistent local start or end moves to the end of the gap; an ambiguous
    one is taken at its first occurrence. ``start`` and ``end`` must be aware; instants
    are kept to the second.
    """
    return [
        (datetime.fromtimestamp(a, UTC), datetime.fromtimestamp(b, UTC))
        for a, b in expand_epoch(windows, zone, _epoch(start), _epoch(end))
    ]
