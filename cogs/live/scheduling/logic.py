"""Pure rules of scheduling a LIVE: limits, checks, warnings, edge counting, paging.

No discord, no clock: every function takes the moments it needs. Problems are
returned as catalog keys (``live-error-…``) for the cog to raise.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.text import required_text
from bot.windows import merge

MIN_DURATION = timedelta(minutes=15)
MAX_DURATION = timedelta(hours=12)
DEFAULT_DURATION = timedelta(minutes=60)
MAX_AHEAD = timedelta(days=365)
MAX_SEARCH_DAYS = 28  # /live suggest's within_days
SOON = timedelta(hours=1)
NIGHT_START, NIGHT_END = time(0, 0), time(7, 0)
MAX_HOSTS = 6
TITLE_MAX = 100
DESCRIPTION_MAX = 1000
EDGE_TOLERANCE = timedelta(minutes=15)
PAGE_SIZE = 10

Interval = tuple[datetime, datetime]
WarningKind = Literal["outside", "night", "clash", "soon"]


@dataclass(frozen=True)
class HostContext:
    """What the preview knows about one host: zone and availability (None = unknown)."""

    user_id: int
    zone: str | None
    intervals: Sequence[Interval] | None


@dataclass(frozen=True)
class Clash:
    number: int
    title: str
    starts_at: datetime
    host_ids: tuple[int, ...]  # the hosts the two LIVEs share


@dataclass(frozen=True)
class LiveWarning:
    kind: WarningKind
    user_id: int | None = None
    local: datetime | None = None  # the host's local start, for "night"
    night: timedelta = timedelta(0)
    clash: Clash | None = None


# -- checks ------------------------------------------------------------------------------------


def clean_title(text: str) -> str | None:
    """The title cleaned like all free text (``bot.text``), its spaces collapsed; None when
    it looks blank, was broken or is too long."""
    title = " ".join((required_text(text) or "").split())
    if not title or len(title) > TITLE_MAX:
        return None
    return title


def host_problem(host_ids: Sequence[int], bot_ids: Iterable[int]) -> str | None:
    """A catalog key when the host list cannot be used (the same host twice, a bot)."""
    if len(set(host_ids)) != len(host_ids):
        return "live-error-host-twice"
    if set(bot_ids) & set(host_ids):
        return "live-error-host-bot"
    if not host_ids or len(host_ids) > MAX_HOSTS:
        return "live-error-host-count"
    return None


def when_problem(start: datetime, now: datetime) -> str | None:
    """A catalog key when a LIVE cannot start then: in the past, or more than a year ahead."""
    if start <= now:
        return "live-error-past"
    if start - now > MAX_AHEAD:
        return "live-error-too-far"
    return None


# -- time arithmetic -----------------------------------------------------------------------------


def overlap(a: Interval, b: Interval) -> timedelta:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return max(end - start, timedelta(0))


def night_overlap(start: datetime, end: datetime, zone: str) -> timedelta:
    """How much of [start, end) falls inside 00:00–07:00 local time in ``zone``."""
    tz = ZoneInfo(zone)
    first = start.astimezone(tz).date() - timedelta(days=1)
    last = end.astimezone(tz).date()
    total = timedelta(0)
    day = first
    while day <= last:
        night = (
            datetime.combine(day, NIGHT_START, tzinfo=tz).astimezone(UTC),
            datetime.combine(day, NIGHT_END, tzinfo=tz).astimezone(UTC),
        )
        total += overlap((start, end), night)
        day += timedelta(days=1)
    return total


def inside_any(start: datetime, end: datetime, intervals: Sequence[Interval]) -> bool:
    """Whether [start, end) lies within one interval (touching intervals count as one)."""
    merged = merge(intervals)
    return any(a <= start and end <= b for a, b in merged)


# -- warnings -------------------------------------------------------------------------------------


def warnings_for(
    start: datetime,
    duration: timedelta,
    now: datetime,
    hosts: Sequence[HostContext],
    clashes: Sequence[Clash],
) -> list[LiveWarning]:
    """Everything a scheduler should know before confirming, in a stable order."""
    end = start + duration
    found = [
        LiveWarning("outside", host.user_id)
        for host in hosts
        if host.intervals is not None and not inside_any(start, end, host.intervals)
    ]
    for host in hosts:
        if host.zone is None:
            continue
        night = night_overlap(start, end, host.zone)
        if night > timedelta(0):
            found.append(
                LiveWarning("night", host.user_id, start.astimezone(ZoneInfo(host.zone)), night)
            )
    found.extend(LiveWarning("clash", clash=clash) for clash in clashes)
    if start - now < SOON:
        found.append(LiveWarning("soon"))
    return found


# -- the scheduled event ---------------------------------------------------------------------------


# -- rotation: who was put at the edge of their window before ------------------------------------


def same_group(live_hosts: Sequence[int], group: Sequence[int]) -> bool:
    """A past LIVE belongs to this host group when it shares at least two of its hosts
    (the one host, for a solo group)."""
    shared = len(set(live_hosts) & set(group))
    return shared >= min(2, len(set(group)))


def edge_counts(
    past: Iterable[tuple[datetime, datetime, Sequence[int]]],
    intervals: Mapping[int, Sequence[Interval]],
    *,
    tolerance: timedelta = EDGE_TOLERANCE,
) -> dict[int, int]:
    """How often each host's earlier LIVEs touched the edge of their availability.

    An approximation: a LIVE "touches the edge" for a host when it started within
    ``tolerance`` of the start of the host's window that contains (or overlaps) it,
    or ended within ``tolerance`` of that window's end. Hosts without intervals are
    not counted. The slot search uses the counts to rotate the inconvenience.
    """
    counts: dict[int, int] = {}
    merged = {user: merge(found) for user, found in intervals.items()}
    for start, end, hosts in past:
        for user in hosts:
            windows = merged.get(user)
            if not windows:
                continue
            # The last window starting before the LIVE ends is the only one that can hold it.
            index = bisect_left(windows, (end,)) - 1
            if index < 0 or overlap(windows[index], (start, end)) <= timedelta(0):
                continue
            window = windows[index]
            if abs(start - window[0]) <= tolerance or abs(window[1] - end) <= tolerance:
                counts[user] = counts.get(user, 0) + 1
    return counts


# -- paging -----------------------------------------------------------------------------------------


def page_count(total: int, size: int = PAGE_SIZE) -> int:
    return max(1, -(-total // size))


def clamp_page(page: int, total: int, size: int = PAGE_SIZE) -> int:
    return min(max(page, 0), page_count(total, size) - 1)
