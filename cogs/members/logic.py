"""Pure helpers for /timezone and /profile: no discord, no clock (``now`` is passed in)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal
from zoneinfo import ZoneInfo

from bot.benchmarks import BenchmarkSet, Tier
from bot.timezones import POPULAR_ZONES, format_offset, utc_offset

MAX_CHOICES = 25  # Discord's limit for select options and autocomplete choices


@dataclass(frozen=True)
class ZoneNow:
    """A zone as a member sees it right now: its offset and wall-clock time."""

    zone: str
    offset: str  # "UTC+01:00"
    local: datetime  # aware, in ``zone``


def zone_now(zone: str, now: datetime) -> ZoneNow:
    return ZoneNow(zone, format_offset(utc_offset(zone, now)), now.astimezone(ZoneInfo(zone)))


def order_candidates(zones: Sequence[str]) -> list[str]:
    """Candidate zones with the popular ones first, then alphabetical, without repeats."""
    popular = {zone: index for index, zone in enumerate(POPULAR_ZONES)}
    unique = dict.fromkeys(zones)
    return sorted(unique, key=lambda zone: (popular.get(zone, len(popular)), zone))


def pick_candidates(zones: Sequence[str], now: datetime) -> list[ZoneNow]:
    """At most 25 candidates for a select menu, the popular ones first."""
    return [zone_now(zone, now) for zone in order_candidates(zones)[:MAX_CHOICES]]


TierPlace = Literal["in", "below", "above", "none"]


@dataclass(frozen=True)
class TierPosition:
    """Where a follower count sits in a benchmark set's tiers."""

    place: TierPlace  # "none": the set has no follower tiers (by industry)
    tier: Tier | None  # the tier holding the count, or the first tier when "below"


def tier_position(benchmark: BenchmarkSet, followers: int) -> TierPosition:
    if not benchmark.tiers:
        return TierPosition("none", None)
    found = benchmark.tier_for(followers)
    if found is not None:
        return TierPosition("in", found)
    first = benchmark.tiers[0]
    if followers < first.min:
        return TierPosition("below", first)
    return TierPosition("above", benchmark.tiers[-1])  # only when the last tier is closed


def effective_goal(member_goal: int | None, server_default: int) -> tuple[int, bool]:
    """(goal, is the server default)."""
    if member_goal is None:
        return server_default, True
    return member_goal, False
