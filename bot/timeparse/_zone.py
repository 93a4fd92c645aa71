"""Wall times in IANA zones: the DST gap and overlap, found with zoneinfo itself."""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.errors import BadInput


@dataclass(frozen=True)
class ParsedTime:
    """What a member meant: the wall time in their zone and the instant it names."""

    local: datetime  # aware, in the member's zone
    utc: datetime  # aware, UTC
    understood: str  # language-neutral, e.g. "2026-12-03 20:00 Europe/Oslo"


def format_offset(offset: timedelta | None) -> str:
    """``UTC+05:45`` style; seconds (pre-1900 local mean time) are dropped."""
    minutes = int((offset or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, mins = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours:02d}:{mins:02d}"


def _wall(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")


class AmbiguousTime(BadInput):
    """The wall time happens twice (clocks go back); ``earlier``/``later`` are UTC."""

    def __init__(self, naive: datetime, zone: str, earlier: datetime, later: datetime) -> None:
        tz = zoneinfo.ZoneInfo(zone)
        super().__init__(
            "error-time-ambiguous",
            when=_wall(naive),
            zone=zone,
            earlier_offset=format_offset(earlier.astimezone(tz).utcoffset()),
            later_offset=format_offset(later.astimezone(tz).utcoffset()),
        )
        self.earlier = earlier
        self.later = later


class NonexistentTime(BadInput):
    """The wall time is skipped (clocks go forward); ``suggestion`` is the end of the gap."""

    def __init__(self, naive: datetime, zone: str, suggestion: datetime) -> None:
        super().__init__(
            "error-time-nonexistent",
            when=_wall(naive),
            zone=zone,
            suggestion=suggestion.strftime("%H:%M"),
        )
        self.suggestion = suggestion


def _gap_end(lo: datetime, hi: datetime, tz: zoneinfo.ZoneInfo) -> datetime:
    """The first UTC second in ``(lo, hi]`` whose offset differs from ``lo``'s."""
    before = lo.astimezone(tz).utcoffset()
    low, high = 0, int((hi - lo).total_seconds())
    while high - low > 1:
        mid = (low + high) // 2
        if (lo + timedelta(seconds=mid)).astimezone(tz).utcoffset() == before:
            low = mid
        else:
            high = mid
    return lo + timedelta(seconds=high)


def resolve_local(naive: datetime, zone: str, *, fold: int | None = None) -> datetime:
    """``naive`` read as a wall time in ``zone``: an aware datetime in that zone.

    Raises ``NonexistentTime`` inside a spring-forward gap and ``AmbiguousTime``
    inside a fall-back overlap unless ``fold`` (0 = earlier, 1 = later) is given.
    """
    if naive.tzinfo is not None:
        raise ValueError("resolve_local wants a naive wall time")
    if fold not in (None, 0, 1):
        raise ValueError("fold must be None, 0 or 1")
    tz = zoneinfo.ZoneInfo(zone)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return first
    first_utc, second_utc = first.astimezone(UTC), second.astimezone(UTC)
    if first_utc.astimezone(tz).replace(tzinfo=None) != naive:
        # Neither reading survives a round trip: the wall clock skips this time.
        lo, hi = sorted((first_utc, second_utc))
        raise NonexistentTime(naive, zone, _gap_end(lo, hi, tz).astimezone(tz))
    if fold is None:
        earlier, later = sorted((first_utc, second_utc))
        raise AmbiguousTime(naive, zone, earlier, later)
    return second if fold else first


def is_ambiguous(local: datetime) -> bool:
    """Whether this aware wall time also happens at another instant."""
    return local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()


def describe(local: datetime, zone: str) -> str:
    """``2026-12-03 20:00 Europe/Oslo``, with the offset when the wall time repeats."""
    text = f"{_wall(local)} {zone}"
    if is_ambiguous(local):
        text += f" ({format_offset(local.utcoffset())})"
    return text
