"""Pure rules of recurring shows: where occurrences fall, what is refused."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cogs.live.series_guests.recurrence import occurrences, problem, shift_wall

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
FIRST = datetime(2026, 12, 4, 19, 0, tzinfo=UTC)
LATEST = NOW + timedelta(days=365)


def wall(text: str) -> datetime:
    """A wall time (no zone): how a series states its times."""
    return datetime.fromisoformat(text)


def test_an_occurrence_in_a_dst_gap_moves_to_the_first_valid_time() -> None:
    # Sundays 02:30 in Oslo: on 28 March 2027 the clocks jump from 02:00 to 03:00
    found = occurrences(wall("2027-03-21 02:30"), "Europe/Oslo", "weekly", count=3)
    assert [o.moved_to for o in found] == [None, wall("2027-03-28 03:00"), None]
    assert found[1].starts_at == datetime(2027, 3, 28, 1, 0, tzinfo=UTC)
    assert found[2].starts_at == datetime(2027, 4, 4, 0, 30, tzinfo=UTC)


def test_until_is_the_last_day_and_counts_every_occurrence() -> None:
    found = occurrences(
        wall("2026-12-04 20:00"), "Europe/Oslo", "biweekly", until=date(2027, 1, 15)
    )
    assert [o.wall.date() for o in found] == [
        date(2026, 12, 4),
        date(2026, 12, 18),
        date(2027, 1, 1),
        date(2027, 1, 15),
    ]


@given(st.integers(min_value=2, max_value=26), st.sampled_from(["weekly", "biweekly"]))
def test_every_occurrence_keeps_the_wall_time_and_the_interval(count: int, repeat: str) -> None:
    found = occurrences(wall("2026-12-04 20:00"), "Europe/Oslo", repeat, count=count)  # type: ignore[arg-type]
    assert len(found) == count
    step = timedelta(weeks=1 if repeat == "weekly" else 2)
    assert all(b.wall - a.wall == step for a, b in itertools.pairwise(found))
    assert all(o.starts_at.hour in (18, 19) for o in found)  # 20:00 Oslo in CET or CEST


@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("weekly", 0, None, None), "live-series-count-range"),
        (("weekly", 1, None, None), "live-series-count-range"),
        (("weekly", 27, None, None), "live-series-count-range"),
        (("weekly", 3, date(2027, 1, 1), None), "live-series-count-and-until"),
        (("weekly", None, None, None), "live-series-need-end"),
        ((None, 3, None, None), "live-series-need-repeat"),
        ((None, None, None, FIRST + timedelta(days=1)), "live-series-alternate-need-repeat"),
        (("weekly", 3, None, FIRST), "live-series-alternate-before"),
        (("weekly", 3, None, FIRST + timedelta(days=15)), "live-series-alternate-too-far"),
        (("biweekly", 3, None, FIRST + timedelta(days=29)), "live-series-alternate-too-far"),
        (("weekly", None, date(2026, 12, 3), None), "live-series-until-range"),
        (("weekly", None, date(2028, 1, 1), None), "live-series-until-range"),
    ],
)
def test_bad_repeat_options_are_named(args: tuple, key: str) -> None:  # type: ignore[type-arg]
    repeat, count, until, alternate = args
    assert problem(repeat, count, until, FIRST, alternate, LATEST) == key


def test_good_repeat_options_pass() -> None:
    assert problem("weekly", 26, None, FIRST, FIRST + timedelta(days=14), LATEST) is None
    assert problem("biweekly", None, date(2027, 6, 1), FIRST, None, LATEST) is None
    assert problem(None, None, None, FIRST, None, LATEST) is None


def test_moving_later_shows_keeps_their_local_time() -> None:
    old = datetime(2027, 3, 19, 19, 0, tzinfo=UTC)  # Fri 20:00 Oslo (CET)
    new = datetime(2027, 3, 19, 20, 30, tzinfo=UTC)  # Fri 21:30 Oslo
    later = datetime(2027, 4, 2, 18, 0, tzinfo=UTC)  # Fri 20:00 Oslo (CEST)
    assert shift_wall(later, old, new, "Europe/Oslo") == datetime(2027, 4, 2, 19, 30, tzinfo=UTC)
