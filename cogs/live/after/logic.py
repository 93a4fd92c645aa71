"""Pure rules of a LIVE report (no discord, no clock: ``now`` is passed in).

- ``parse_watch``: an average watch time as TikTok shows it (``2m30s``, ``150s``,
  ``2:30``) in seconds; anything else is read as a duration (``2 min``, ``2分钟``).
- ``figures_problem`` (``figure_problem`` names the figure too) and ``when_problem``: why
  a report cannot be saved, as a catalog key.
- ``rates``: diamonds per hour, new followers per 100 viewers, peak share.
- ``against_median``: a figure against the member's median of earlier reports, from the
  third report on.
- ``changes``: what a second report of the same LIVE changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from statistics import median

from bot.errors import BadInput
from bot.timeparse import parse_duration
from storage.live_reports import Figures

MAX_FIGURE = 10**9  # more viewers or diamonds than that is a typing slip
MAX_BACK = timedelta(days=90)  # a LIVE that was never scheduled, reported afterwards
MIN_EARLIER = 2  # earlier reports needed before a figure is compared with their median
MAIN = ("viewers", "new_followers", "avg_watch_seconds", "diamonds", "peak_viewers")

_CLOCK = re.compile(r"(?:(?P<h>\d{1,2}):)?(?P<m>\d{1,4}):(?P<s>[0-5]\d)")
_PART = re.compile(
    r"\s*(?P<n>\d+(?:[.,]\d+)?)\s*"
    r"(?P<unit>hours?|hrs?|h|timer?|t|小时|時|时|minutt(?:er)?|minutes?|mins?|m|分钟|分|"
    r"sekund(?:er)?|sek|seconds?|secs?|s|秒)\s*",
    re.IGNORECASE,
)
_UNIT_SECONDS = {"h": 3600, "t": 3600, "小": 3600, "時": 3600, "时": 3600, "m": 60, "分": 60}


def _unit(word: str) -> int:
    first = word[0].lower()
    return _UNIT_SECONDS.get(first, 1)


def parse_watch(text: str) -> int:
    """Seconds in an average watch time; ``BadInput("live-report-watch-format")`` if unreadable."""
    raw = text.strip()
    clock = _CLOCK.fullmatch(raw)
    if clock:
        return int(clock["h"] or 0) * 3600 + int(clock["m"]) * 60 + int(clock["s"])
    total, pos, seen_seconds = 0.0, 0, False
    while pos < len(raw):
        part = _PART.match(raw, pos)
        if part is None or part.end() == pos:
            break
        seconds = _unit(part["unit"])
        seen_seconds = seen_seconds or seconds == 1
        total += float(part["n"].replace(",", ".")) * seconds
        pos = part.end()
    if pos == len(raw) and raw and seen_seconds:
        return round(total)
    try:
        return int(parse_duration(raw, maximum=timedelta(hours=24)).total_seconds())
    except BadInput:
        raise BadInput("live-report-watch-format", value=raw[:40]) from None


def figures_problem(figures: Figures, duration_minutes: int) -> str | None:
    """The catalog key of what is wrong with these figures of a LIVE that long, if anything."""
    found = figure_problem(figures, duration_minutes)
    return found[0] if found is not None else None


def figure_problem(figures: Figures, duration_minutes: int) -> tuple[str, str] | None:
    """(catalog key, the figure it is about) of the first thing wrong with these figures."""
    given = figures.given()
    for name, value in given.items():
        if value < 0:
            return "live-report-negative", name
    for name, value in given.items():
        if name != "avg_watch_seconds" and value > MAX_FIGURE:
            return "live-report-absurd", name
    if (
        figures.peak_viewers is not None
        and figures.viewers is not None
        and figures.peak_viewers > figures.viewers
    ):
        return "live-report-peak-above", "peak_viewers"
    if figures.avg_watch_seconds is not None and figures.avg_watch_seconds > duration_minutes * 60:
        return "live-report-watch-too-long", "avg_watch_seconds"
    return None


def when_problem(started_at: datetime, now: datetime) -> str | None:
    """Why an unscheduled LIVE at ``started_at`` cannot be reported at ``now``."""
    if started_at > now:
        return "live-report-when-future"
    if started_at < now - MAX_BACK:
        return "live-report-when-too-old"
    return None


@dataclass(frozen=True)
class Rates:
    diamonds_per_hour: float | None
    followers_per_100: float | None
    peak_share: float | None  # percent


def rates(figures: Figures, duration_minutes: int) -> Rates:
    viewers = figures.viewers
    per_hour = (
        figures.diamonds * 60 / duration_minutes
        if figures.diamonds is not None and duration_minutes > 0
        else None
    )
    per_100 = (
        figures.new_followers * 100 / viewers
        if figures.new_followers is not None and viewers
        else None
    )
    share = (
        figures.peak_viewers * 100 / viewers
        if figures.peak_viewers is not None and viewers
        else None
    )
    return Rates(per_hour, per_100, share)


def against_median(value: int | None, earlier: Sequence[int | None]) -> float | None:
    """How far ``value`` is above (+) or below (-) the median of ``earlier``, in percent;
    ``None`` before there are ``MIN_EARLIER`` earlier values or when the median is 0."""
    known = [v for v in earlier if v is not None]
    if value is None or len(known) < MIN_EARLIER:
        return None
    middle = median(known)
    if middle == 0:
        return None
    return (value - middle) * 100 / middle


def medians(figures: Figures, earlier: Sequence[Figures]) -> dict[str, float]:
    """Each main figure's distance from the member's median of earlier reports (percent)."""
    found = {}
    for name in MAIN:
        change = against_median(getattr(figures, name), [getattr(e, name) for e in earlier])
        if change is not None:
            found[name] = change
    return found


def changes(old: Figures, new: Figures) -> list[tuple[str, int | None, int]]:
    """(figure, before, after) for every figure a new report changed, in the form's order."""
    found = []
    for field in fields(Figures):
        before, after = getattr(old, field.name), getattr(new, field.name)
        if after is not None and after != before:
            found.append((field.name, before, after))
    return found
