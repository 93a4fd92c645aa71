"""Pure rules of recurring shows: where occurrences fall, what is refused."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cogs.live.series_guests.recurrence import (
    alternate_in_its_week,
    alternate_problem,
    occurrences,
    problem,
    shift_wall,
    weekday_alone,
)

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
        ((None, None, None, True), "live-series-alternate-need-repeat"),
        (("weekly", None, date(2026, 12, 3), False), "live-series-until-range"),
        (("weekly", None, date(2028, 1, 1), False), "live-series-until-range"),
    ],
)
def test_bad_repeat_options_are_named(args: tuple, key: str) -> None:  # type: ignore[type-arg]
    repeat, count, until, alternating = args
    assert problem(repeat, count, until, FIRST, alternating, LATEST) == key


def test_good_repeat_options_pass() -> None:
    assert problem("weekly", 26, None, FIRST, True, LATEST) is None
    assert problem("biweekly", None, date(2027, 6, 1), FIRST, False, LATEST) is None
    assert problem(None, None, None, FIRST, False, LATEST) is None


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("lørdag 16:00", (5, wall("2000-01-01 16:00").time())),
        ("sat 4pm", (5, wall("2000-01-01 16:00").time())),
        ("4pm saturday", (5, wall("2000-01-01 16:00").time())),
        ("周六下午4点", (5, wall("2000-01-01 16:00").time())),
        ("fre kl 21", (4, wall("2000-01-01 21:00").time())),
        ("2026-12-12 16:00", None),  # a date
        ("12. des kl 16", None),
        ("next sat 16:00", None),  # a week counted from today
        ("这周六 16:00", None),
        ("tomorrow 16:00", None),  # a day counted from today
        ("16:00", None),  # a clock alone
        ("in 3 days", None),
        ("fredag 11. desember 16:00", None),  # a weekday with its date
        ("someday", None),
    ],
)
def test_a_weekday_typed_alone_is_told_from_a_date(text: str, alone: object) -> None:
    assert weekday_alone(text, NOW) == alone


@pytest.mark.parametrize(
    ("repeat", "alternate", "key"),
    [
        ("weekly", "2026-12-12 16:00", "live-series-alternate-same-week"),  # Sat after Fri 11
        ("weekly", "2026-12-13 23:00", "live-series-alternate-same-week"),  # that Sunday
        ("weekly", "2026-12-11 20:00", "live-series-alternate-before"),
        ("weekly", "2026-12-10 20:00", "live-series-alternate-before"),
        ("weekly", "2026-12-14 00:00", None),  # Monday of the week after
        ("weekly", "2026-12-20 23:59", None),  # its Sunday
        ("weekly", "2026-12-21 16:00", "live-series-alternate-week"),  # two weeks on
        ("biweekly", "2026-12-19 16:00", "live-series-alternate-week"),
        ("biweekly", "2026-12-26 16:00", None),  # the week two weeks on
    ],
)
def test_the_alternate_slot_falls_in_the_week_one_interval_on(
    repeat: str, alternate: str, key: str | None
) -> None:
    first = wall("2026-12-11 20:00")  # a Friday
    assert alternate_problem(first, wall(alternate), repeat) == key  # type: ignore[arg-type]


def test_a_weekday_alone_goes_to_the_week_after_the_first_show() -> None:
    first = wall("2026-12-11 20:00")  # Friday; the week after starts Monday 14 December
    at = wall("2000-01-01 16:00").time()
    assert alternate_in_its_week(first, 5, at, "weekly") == wall("2026-12-19 16:00")
    assert alternate_in_its_week(first, 0, at, "weekly") == wall("2026-12-14 16:00")
    assert alternate_in_its_week(first, 5, at, "biweekly") == wall("2026-12-26 16:00")
    # A first show on Sunday: the week after still starts the next day.
    assert alternate_in_its_week(wall("2026-12-13 20:00"), 5, at, "weekly") == wall(
        "2026-12-19 16:00"
    )


@given(st.integers(min_value=3, max_value=26), st.integers(0, 6), st.integers(0, 6))
def test_alternating_shows_fall_one_per_week(count: int, first_day: int, second_day: int) -> None:
    first = wall("2026-12-07 20:00") + timedelta(days=first_day)
    second = alternate_in_its_week(first, second_day, wall("2000-01-01 03:00").time(), "weekly")
    assert alternate_problem(first, second, "weekly") is None
    found = occurrences(first, "Europe/Oslo", "weekly", count=count, alternate_wall=second)
    weeks = [o.week for o in found]
    assert weeks == [weeks[0] + timedelta(weeks=n) for n in range(count)]
    assert [o.alternate for o in found] == [n % 2 == 1 for n in range(count)]
    assert [o.starts_at for o in found] == sorted(o.starts_at for o in found)


def test_moving_later_shows_keeps_their_local_time() -> None:
    old = datetime(2027, 3, 19, 19, 0, tzinfo=UTC)  # Fri 20:00 Oslo (CET)
    new = datetime(2027, 3, 19, 20, 30, tzinfo=UTC)  # Fri 21:30 Oslo
    later = datetime(2027, 4, 2, 18, 0, tzinfo=UTC)  # Fri 20:00 Oslo (CEST)
    assert shift_wall(later, old, new, "Europe/Oslo") == datetime(2027, 4, 2, 19, 30, tzinfo=UTC)
