"""Pure findings of /live stats: patterns in a member's (or a server's) reported LIVEs.

Each finding says how many LIVEs it rests on, and one that rests on fewer than
``MIN_LIVES`` is not made at all. Local weekdays and hours are read in the zone given
(the member's), so a LIVE at 20:00 in Oslo counts as 20:00 across DST.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from statistics import fmean
from typing import Literal
from zoneinfo import ZoneInfo

MIN_LIVES = 3
TREND_SPAN = 5  # the last 5 LIVEs against the 5 before

Kind = Literal["weekday", "hour", "group", "partner", "trend"]


@dataclass(frozen=True)
class Entry:
    """One LIVE as the findings see it."""

    started_at: datetime
    viewers: int | None
    new_followers: int | None
    others: tuple[int, ...] = ()  # who else was on it
    group: bool = False


@dataclass(frozen=True)
class Finding:
    kind: Kind
    rests_on: int  # how many LIVEs
    value: int  # the weekday (0 = Monday), the hour, the partner's id; 0 otherwise
    figure: float  # average viewers, new followers per 100 viewers, change in percent
    other: float = 0.0  # what it is compared with (all LIVEs, solo, the 5 before)


def _best(
    entries: Sequence[Entry], key: Callable[[Entry], int], kind: Kind, overall: float
) -> Finding | None:
    groups: dict[int, list[int]] = {}
    for entry in entries:
        if entry.viewers is not None:
            groups.setdefault(key(entry), []).append(entry.viewers)
    ranked = [
        (fmean(values), len(values), group)
        for group, values in groups.items()
        if len(values) >= MIN_LIVES
    ]
    if not ranked:
        return None
    average, count, group = max(ranked, key=lambda item: (item[0], item[1], -item[2]))
    return Finding(kind, count, group, average, overall)


def _rate(entries: Sequence[Entry]) -> tuple[float, int] | None:
    """New followers per 100 viewers over ``entries`` (as a whole), and how many count."""
    known = [e for e in entries if e.viewers and e.new_followers is not None]
    if len(known) < MIN_LIVES:
        return None
    viewers = sum(e.viewers or 0 for e in known)
    followers = sum(e.new_followers or 0 for e in known)
    return followers * 100 / viewers, len(known)


def group_vs_solo(entries: Sequence[Entry]) -> Finding | None:
    group = _rate([e for e in entries if e.group])
    solo = _rate([e for e in entries if not e.group])
    if group is None or solo is None:
        return None
    return Finding("group", group[1] + solo[1], 0, group[0], solo[0])


def best_partner(entries: Sequence[Entry]) -> Finding | None:
    """Who, on the LIVEs they were on, brought the most new followers on average."""
    together: dict[int, list[int]] = {}
    for entry in entries:
        if entry.new_followers is None:
            continue
        for partner in entry.others:
            together.setdefault(partner, []).append(entry.new_followers)
    ranked = [
        (fmean(values), len(values), -partner)
        for partner, values in together.items()
        if len(values) >= MIN_LIVES
    ]
    if not ranked:
        return None
    average, count, partner = max(ranked)
    return Finding("partner", count, -partner, average)


def trend(entries: Sequence[Entry]) -> Finding | None:
    """Average viewers of the last five LIVEs against the five before (oldest first given)."""
    known = [e.viewers for e in entries if e.viewers is not None]
    if len(known) < 2 * TREND_SPAN:
        return None
    recent = fmean(known[-TREND_SPAN:])
    before = fmean(known[-2 * TREND_SPAN : -TREND_SPAN])
    if before == 0:
        return None
    return Finding("trend", 2 * TREND_SPAN, 0, (recent - before) * 100 / before, before)


def findings(entries: Sequence[Entry], zone: str) -> list[Finding]:
    """Every finding that rests on enough LIVEs, in a fixed order. ``entries`` oldest first."""
    tz = ZoneInfo(zone)
    viewers = [e.viewers for e in entries if e.viewers is not None]
    overall = fmean(viewers) if viewers else 0.0
    local = {id(e): e.started_at.astimezone(tz) for e in entries}
    found = [
        _best(entries, lambda e: local[id(e)].weekday(), "weekday", overall),
        _best(entries, lambda e: local[id(e)].hour, "hour", overall),
        group_vs_solo(entries),
        best_partner(entries),
        trend(entries),
    ]
    return [f for f in found if f is not None and f.rests_on >= MIN_LIVES]
