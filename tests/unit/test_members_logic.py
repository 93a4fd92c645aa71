"""Pure logic of /timezone and /profile: zone candidates, tiers, goals, handles."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.benchmarks import BenchmarkLibrary
from bot.errors import BadInput
from bot.goals import goal_in_range
from bot.tiktok import normalise_handle, profile_url
from bot.timezones import POPULAR_ZONES, zone_index
from cogs.members.logic import (
    MAX_CHOICES,
    effective_goal,
    order_candidates,
    pick_candidates,
    tier_position,
    zone_now,
)

WINTER = datetime(2026, 1, 15, 12, tzinfo=UTC)
SUMMER = datetime(2026, 7, 15, 12, tzinfo=UTC)
LIBRARY = BenchmarkLibrary.load()


@pytest.mark.parametrize(
    ("zone", "now", "offset", "clock"),
    [
        ("Europe/Oslo", WINTER, "UTC+01:00", "13:00"),
        ("Europe/Oslo", SUMMER, "UTC+02:00", "14:00"),
        ("Asia/Shanghai", SUMMER, "UTC+08:00", "20:00"),
        ("America/New_York", WINTER, "UTC-05:00", "07:00"),
        ("America/New_York", SUMMER, "UTC-04:00", "08:00"),
        ("Australia/Sydney", WINTER, "UTC+11:00", "23:00"),
        ("Asia/Kathmandu", WINTER, "UTC+05:45", "17:45"),
    ],
)
def test_zone_now_follows_dst(zone: str, now: datetime, offset: str, clock: str) -> None:
    here = zone_now(zone, now)
    assert here.offset == offset
    assert f"{here.local:%H:%M}" == clock
    assert here.local.utcoffset() is not None


@pytest.mark.parametrize(
    ("typed", "now", "includes", "excludes"),
    [
        ("CET", WINTER, {"Europe/Oslo", "Europe/Berlin", "Europe/Paris"}, {"Europe/London"}),
        ("UTC+1", WINTER, {"Europe/Oslo", "Africa/Lagos"}, set()),
        ("UTC+1", SUMMER, {"Africa/Lagos", "Europe/London"}, {"Europe/Oslo"}),
        ("UTC+2", SUMMER, {"Europe/Oslo"}, set()),
        ("PST", WINTER, {"America/Los_Angeles"}, {"America/New_York"}),
        ("UTC+8", WINTER, {"Asia/Shanghai", "Asia/Singapore", "Asia/Taipei"}, set()),
    ],
)
def test_abbreviations_give_candidates_not_a_guess(
    typed: str, now: datetime, includes: set[str], excludes: set[str]
) -> None:
    zone, alternatives = zone_index(now.year).resolve(typed, now)
    assert zone is None
    candidates = pick_candidates(alternatives, now)
    names = [c.zone for c in candidates]
    assert 1 <= len(names) <= MAX_CHOICES
    assert includes <= set(names)
    assert not excludes & set(names)
    assert len(set(names)) == len(names)


def test_popular_zones_come_first() -> None:
    ordered = order_candidates(["Pacific/Fiji", "Europe/Berlin", "Europe/Oslo", "Africa/Ceuta"])
    assert ordered == ["Europe/Oslo", "Europe/Berlin", "Africa/Ceuta", "Pacific/Fiji"]


@given(st.lists(st.sampled_from(sorted(zone_index(2026).zones)), max_size=80))
def test_candidates_are_bounded_unique_and_from_the_input(zones: list[str]) -> None:
    picked = [c.zone for c in pick_candidates(zones, WINTER)]
    assert len(picked) == min(len(set(zones)), MAX_CHOICES)
    assert len(set(picked)) == len(picked)
    assert set(picked) <= set(zones)
    popular_in = [z for z in POPULAR_ZONES if z in zones]
    assert picked[: len(popular_in)] == popular_in[:MAX_CHOICES]


@pytest.mark.parametrize(
    ("followers", "place", "tier_min"),
    [
        (0, "below", 1000),
        (999, "below", 1000),
        (1000, "in", 1000),
        (4999, "in", 1000),
        (5000, "in", 5000),
        (12_500, "in", 5000),
        (999_999, "in", 100_000),
        (50_000_000, "in", 1_000_000),
    ],
)
def test_tier_position_in_the_seed_set(followers: int, place: str, tier_min: int) -> None:
    position = tier_position(LIBRARY.get("tiktok-er-guide"), followers)
    assert position.place == place
    assert position.tier is not None
    assert position.tier.min == tier_min


def test_a_set_without_tiers() -> None:
    position = tier_position(LIBRARY.get("rivaliq-2024-industry"), 5000)
    assert position.place == "none"
    assert position.tier is None


def test_imh_starts_at_zero() -> None:
    position = tier_position(LIBRARY.get("imh"), 0)
    assert position.place == "in"


@pytest.mark.parametrize(
    ("mine", "default", "expected"), [(None, 3, (3, True)), (5, 3, (5, False)), (1, 21, (1, False))]
)
def test_effective_goal(mine: int | None, default: int, expected: tuple[int, bool]) -> None:
    assert effective_goal(mine, default) == expected


@pytest.mark.parametrize(
    ("goal", "ok"), [(0, False), (1, True), (21, True), (22, False), (50, False), (-1, False)]
)
def test_goal_range(goal: int, ok: bool) -> None:
    assert goal_in_range(goal) is ok


@pytest.mark.parametrize(
    "text",
    ["alice creates", "a" * 40, "a" * 25, "@a", "", "@", "ali$ce", "tiktok.com/@", "@bad handle"],
)
def test_bad_handles_are_refused(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        normalise_handle(text)
    assert caught.value.key == "error-handle"


_HANDLE = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.",
    min_size=2,
    max_size=24,
)


@given(_HANDLE)
def test_valid_handles_round_trip_through_every_way_of_typing_them(handle: str) -> None:
    assert normalise_handle(handle) == handle
    assert normalise_handle(f"@{handle}") == handle
    assert normalise_handle(f"  @{handle} ") == handle
    assert normalise_handle(profile_url(handle)) == handle
