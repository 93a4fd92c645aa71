"""Pure /live rules: checks, warnings, the event location, edge counting, paging."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cogs.live.common.logic import location
from cogs.live.scheduling.logic import (
    Clash,
    HostContext,
    clamp_page,
    clean_title,
    edge_counts,
    host_problem,
    inside_any,
    night_overlap,
    page_count,
    same_group,
    warnings_for,
    when_problem,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Q&A  ", "Q&A"),
        ("@everyone  party", "@everyone party"),
        ("   ", None),
        ("", None),
        ("x" * 100, "x" * 100),
        ("x" * 101, None),
    ],
)
def test_clean_title(text: str, expected: str | None) -> None:
    assert clean_title(text) == expected


@pytest.mark.parametrize(
    ("hosts", "bots", "expected"),
    [
        ((1, 2), (), None),
        ((1, 1), (), "live-error-host-twice"),
        ((1, 2), (2,), "live-error-host-bot"),
        ((), (), "live-error-host-count"),
        ((1, 2, 3, 4, 5, 6, 7), (), "live-error-host-count"),
    ],
)
def test_host_problem(hosts: tuple[int, ...], bots: tuple[int, ...], expected: str | None) -> None:
    assert host_problem(hosts, bots) == expected


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        (NOW - timedelta(minutes=1), "live-error-past"),
        (NOW, "live-error-past"),
        (NOW + timedelta(minutes=1), None),
        (NOW + timedelta(days=365), None),
        (NOW + timedelta(days=365, seconds=1), "live-error-too-far"),
    ],
)
def test_when_problem(start: datetime, expected: str | None) -> None:
    assert when_problem(start, NOW) == expected


@pytest.mark.parametrize(
    ("start", "hours", "zone", "minutes"),
    [
        (at(3, 19), 1.5, "Asia/Shanghai", 90),  # 03:00-04:30 local
        (at(3, 19), 1.5, "Europe/Oslo", 0),  # 20:00-21:30
        (at(3, 22, 30), 1, "Europe/Oslo", 30),  # 23:30-00:30 local
        (at(3, 17), 1, "Asia/Kathmandu", 0),  # 22:45-23:45 local
        (at(3, 18), 1, "Asia/Kathmandu", 45),  # 23:45-00:45 local
        (at(3, 1, 30), 1, "Asia/Kolkata", 0),  # 07:00-08:00 local
        (at(3, 1), 1, "Asia/Kolkata", 30),  # 06:30-07:30 local
    ],
)
def test_night_overlap(start: datetime, hours: float, zone: str, minutes: int) -> None:
    night = night_overlap(start, start + timedelta(hours=hours), zone)
    assert night == timedelta(minutes=minutes)


def test_night_overlap_across_the_spring_gap() -> None:
    # Oslo, 2027-03-28: clocks jump 02:00 -> 03:00, so the night is one hour shorter.
    start = datetime(2027, 3, 27, 22, 0, tzinfo=UTC)  # 23:00 CET
    night = night_overlap(start, start + timedelta(hours=12), "Europe/Oslo")
    assert night == timedelta(hours=6)


def test_inside_any_joins_touching_intervals() -> None:
    windows = [(at(3, 17), at(3, 19)), (at(3, 19), at(3, 22))]
    assert inside_any(at(3, 18), at(3, 21), windows)
    assert not inside_any(at(3, 16), at(3, 18), windows)
    assert not inside_any(at(3, 21), at(3, 23), windows)


def test_warnings_cover_every_kind_in_order() -> None:
    hosts = [
        HostContext(1, "Europe/Oslo", [(at(3, 17), at(3, 22))]),
        HostContext(2, "Asia/Shanghai", [(at(3, 10), at(3, 12))]),
        HostContext(3, None, None),
    ]
    clash = Clash(4, "Other", at(3, 19), (1,))
    kinds = [
        (w.kind, w.user_id)
        for w in warnings_for(at(3, 19), timedelta(hours=1), NOW, hosts, [clash])
    ]
    assert kinds == [("outside", 2), ("night", 2), ("clash", None)]
    soon = warnings_for(NOW + timedelta(minutes=59), timedelta(minutes=15), NOW, [], [])
    assert [w.kind for w in soon] == ["soon"]
    assert warnings_for(NOW + timedelta(hours=1), timedelta(minutes=15), NOW, [], []) == []


def test_unknown_availability_is_never_a_warning() -> None:
    hosts = [HostContext(1, "Europe/Oslo", None), HostContext(2, "Europe/Oslo", [])]
    found = warnings_for(at(3, 19), timedelta(hours=1), NOW, hosts, [])
    assert [(w.kind, w.user_id) for w in found] == [("outside", 2)]  # [] = known, never free


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        ([], "TikTok LIVE"),
        (["@a", "@b"], "TikTok LIVE · @a, @b"),
        (["@" + "x" * 40, "@" + "y" * 40], "TikTok LIVE · @" + "x" * 40 + ", @" + "y" * 40),
    ],
)
def test_location(names: list[str], expected: str) -> None:
    assert location(names) == expected


def test_location_is_cut_to_100_with_an_ellipsis() -> None:
    text = location(["@" + "a" * 24] * 6)
    assert len(text) == 100 and text.endswith("…")
    assert text.startswith("TikTok LIVE · @aaaa")


@given(st.lists(st.text(min_size=1, max_size=40), max_size=6))
def test_location_always_fits(names: list[str]) -> None:
    text = location(names)
    assert 1 <= len(text) <= 100
    assert text.startswith("TikTok LIVE")


def test_same_group() -> None:
    assert same_group((1, 2, 9), (1, 2, 3))
    assert not same_group((1, 9), (1, 2, 3))
    assert same_group((1,), (1,))
    assert not same_group((2,), (1,))


def test_edge_counts() -> None:
    windows = {
        1: [(at(1, 17), at(1, 22)), (at(2, 17), at(2, 22))],
        2: [(at(1, 15), at(1, 23)), (at(2, 15), at(2, 23))],
    }
    past = [
        (at(1, 17), at(1, 18), (1, 2)),  # at 1's window start: 1 counts
        (at(2, 20, 50), at(2, 21, 50), (1, 2)),  # ends 10 min before 1's end: 1 counts
        (at(2, 18), at(2, 19), (1, 2, 3)),  # middle for everyone; 3 has no windows
        (at(1, 22, 30), at(1, 23), (2,)),  # ends at 2's window end
    ]
    assert edge_counts(past, windows) == {1: 2, 2: 1}
    assert edge_counts(past, windows, tolerance=timedelta(0)) == {1: 1, 2: 1}
    assert edge_counts([], windows) == {}


def test_paging() -> None:
    assert page_count(0) == 1 and page_count(10) == 1 and page_count(11) == 2
    assert clamp_page(5, 12) == 1 and clamp_page(-1, 12) == 0
