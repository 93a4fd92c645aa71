"""Weekly windows: merging, and expansion into UTC intervals across DST and odd offsets."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.windows import (
    ALL_DAYS,
    WEEK_MINUTES,
    Window,
    convert_windows,
    days_to_mask,
    expand,
    mask_to_days,
    merge_windows,
    to_utc,
)


def w(days: str | set[int], start: str, end: str) -> Window:
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    chosen = {names.index(d) for d in days.split(",")} if isinstance(days, str) else days
    return Window(frozenset(chosen), time.fromisoformat(start), time.fromisoformat(end))


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def spans(intervals: list[tuple[datetime, datetime]]) -> list[tuple[str, str]]:
    return [(a.strftime("%m-%d %H:%M"), b.strftime("%m-%d %H:%M")) for a, b in intervals]


# -- merging --------------------------------------------------------------------------

WEEKDAYS = "mon,tue,wed,thu,fri"


@pytest.mark.parametrize(
    ("given_windows", "expected"),
    [
        # overlapping on one day only: that day grows, the others stay
        (
            [w(WEEKDAYS, "18:00", "22:00"), w("mon", "21:00", "23:30")],
            [w("mon", "18:00", "23:30"), w("tue,wed,thu,fri", "18:00", "22:00")],
        ),
        # touching windows join
        ([w("mon", "18:00", "20:00"), w("mon", "20:00", "22:00")], [w("mon", "18:00", "22:00")]),
        # separate windows on the same day stay apart
        (
            [w("mon", "08:00", "09:00"), w("mon", "18:00", "20:00")],
            [w("mon", "08:00", "09:00"), w("mon", "18:00", "20:00")],
        ),
        # same times on different days share one window
        (
            [w("sat", "12:00", "14:00"), w("sun", "12:00", "14:00")],
            [w("sat,sun", "12:00", "14:00")],
        ),
        # a window past midnight merges with the next morning's
        (
            [w("sat", "22:00", "02:00"), w("sun", "01:00", "03:00")],
            [w("sat", "22:00", "03:00")],
        ),
        # Sunday night runs into Monday morning
        ([w("sun", "22:00", "02:00"), w("mon", "01:00", "03:00")], [w("sun", "22:00", "03:00")]),
        # a stretch longer than 24 hours is cut at local midnight
        (
            [w("mon", "12:00", "12:00"), w("tue", "10:00", "14:00")],
            [w("mon", "12:00", "00:00"), w("tue", "00:00", "14:00")],
        ),
        # the whole week
        ([w(set(range(7)), "00:00", "00:00")], [w(set(range(7)), "00:00", "00:00")]),
        (
            [w(set(range(7)), "22:00", "23:00"), w(set(range(7)), "23:00", "22:00")],
            [w(set(range(7)), "00:00", "00:00")],
        ),
        # a window inside another disappears
        ([w("tue", "10:00", "20:00"), w("tue", "11:00", "12:00")], [w("tue", "10:00", "20:00")]),
    ],
)
def test_merge_windows(given_windows: list[Window], expected: list[Window]) -> None:
    assert merge_windows(given_windows) == expected


def covered(windows: list[Window]) -> set[int]:
    """Minutes of the week the windows cover (the brute-force meaning of a window)."""
    minutes: set[int] = set()
    for window in windows:
        for day in window.days:
            begin = day * 1440 + window.start_minute
            minutes.update(m % WEEK_MINUTES for m in range(begin, begin + window.minutes))
    return minutes


window_strategy = st.builds(
    Window,
    st.frozensets(st.integers(0, 6), min_size=1),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    st.builds(time, st.integers(0, 23), st.sampled_from([0, 10, 30])),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(window_strategy, max_size=5))
def test_merging_keeps_the_same_minutes_and_is_canonical(windows: list[Window]) -> None:
    merged = merge_windows(windows)
    assert covered(merged) == covered(windows)
    assert merge_windows(merged) == merged
    # no two merged pieces overlap
    total = sum(len(window.days) * window.minutes for window in merged)
    assert total == len(covered(merged))


def test_day_masks_round_trip() -> None:
    assert days_to_mask({0, 1, 2, 3, 4}) == 0b0011111
    assert mask_to_days(0b1100000) == frozenset({5, 6})
    with pytest.raises(ValueError, match="weekday"):
        days_to_mask({7})


# -- expansion ------------------------------------------------------------------------


def test_oslo_spring_forward_moves_utc_an_hour_earlier() -> None:
    # Europe/Oslo: 2027-03-28 02:00 CET -> 03:00 CEST.
    got = expand(
        [w(set(range(7)), "18:00", "22:00")], "Europe/Oslo", utc("2027-03-26"), utc("2027-03-30")
    )
    assert spans(got) == [
        ("03-26 17:00", "03-26 21:00"),
        ("03-27 17:00", "03-27 21:00"),
        ("03-28 16:00", "03-28 20:00"),
        ("03-29 16:00", "03-29 20:00"),
    ]


def test_oslo_window_in_the_gap_starts_at_the_end_of_the_gap() -> None:
    # 02:30 does not exist on 2027-03-28: the window starts when the clocks jump (03:00 CEST).
    got = expand([w("sun", "02:30", "04:00")], "Europe/Oslo", utc("2027-03-27"), utc("2027-03-29"))
    assert spans(got) == [("03-28 01:00", "03-28 02:00")]
    # A window wholly inside the gap is empty that day.
    assert (
        expand([w("sun", "02:10", "02:50")], "Europe/Oslo", utc("2027-03-27"), utc("2027-03-29"))
        == []
    )


def test_oslo_fall_back_takes_the_first_occurrence() -> None:
    # 2026-10-25 03:00 CEST -> 02:00 CET: 02:30 happens twice; the first is 00:30 UTC.
    got = expand([w("sun", "02:30", "03:30")], "Europe/Oslo", utc("2026-10-24"), utc("2026-10-26"))
    assert spans(got) == [("10-25 00:30", "10-25 02:30")]  # two real hours that night


def test_new_york_window_past_midnight_on_the_fall_back_night() -> None:
    # 2026-11-01 02:00 EDT -> 01:00 EST; Saturday 22:00 EDT to Sunday 02:00 EST is 5 hours.
    got = expand(
        [w("sat", "22:00", "02:00")], "America/New_York", utc("2026-10-30"), utc("2026-11-09")
    )
    assert spans(got) == [("11-01 02:00", "11-01 07:00"), ("11-08 03:00", "11-08 07:00")]


def test_new_york_spring_forward() -> None:
    # 2027-03-14 02:00 EST -> 03:00 EDT.
    got = expand(
        [w("sat,sun", "10:00", "12:00")], "America/New_York", utc("2027-03-13"), utc("2027-03-15")
    )
    assert spans(got) == [("03-13 15:00", "03-13 17:00"), ("03-14 14:00", "03-14 16:00")]


def test_sydney_southern_hemisphere_dst() -> None:
    # Australia/Sydney: DST starts 2026-10-04 (+10 -> +11) and ends 2027-04-04 (+11 -> +10).
    daily = [w(set(range(7)), "19:00", "21:00")]
    got = expand(daily, "Australia/Sydney", utc("2026-10-02 12:00"), utc("2026-10-05 12:00"))
    assert spans(got) == [
        ("10-03 09:00", "10-03 11:00"),  # Saturday, +10
        ("10-04 08:00", "10-04 10:00"),  # Sunday, +11
        ("10-05 08:00", "10-05 10:00"),
    ]
    got = expand(daily, "Australia/Sydney", utc("2027-04-02 12:00"), utc("2027-04-05 12:00"))
    assert spans(got) == [
        ("04-03 08:00", "04-03 10:00"),  # Saturday, +11
        ("04-04 09:00", "04-04 11:00"),  # Sunday, +10
        ("04-05 09:00", "04-05 11:00"),
    ]


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Kolkata", ("11-23 12:30", "11-23 16:30")),  # +05:30
        ("Asia/Kathmandu", ("11-23 12:15", "11-23 16:15")),  # +05:45
        ("Asia/Shanghai", ("11-23 10:00", "11-23 14:00")),
    ],
)
def test_half_and_quarter_hour_offsets(zone: str, expected: tuple[str, str]) -> None:
    got = expand([w("mon", "18:00", "22:00")], zone, utc("2026-11-23"), utc("2026-11-24"))
    assert spans(got) == [expected]


def test_windows_crossing_midnight_and_the_range_edges() -> None:
    # Sunday 22:00 to Monday 02:00 in Kolkata; the range starts Monday 00:00 UTC, so the
    # previous Sunday's window (ending Monday 02:00 IST = Sunday 20:30 UTC) is outside it,
    # and the range end cuts next Sunday's window.
    window = [w("sun", "22:00", "02:00")]
    got = expand(window, "Asia/Kolkata", utc("2026-11-23"), utc("2026-11-29 18:00"))
    assert spans(got) == [("11-29 16:30", "11-29 18:00")]
    # A window that started before the range but runs into it is cut at the start.
    got = expand(window, "Asia/Kolkata", utc("2026-11-22 18:00"), utc("2026-11-23"))
    assert spans(got) == [("11-22 18:00", "11-22 20:30")]


def test_expand_results_are_merged_sorted_and_aware() -> None:
    windows = [w("mon", "18:00", "20:00"), w("mon", "19:00", "21:00"), w("mon", "21:00", "22:00")]
    got = expand(windows, "Europe/Oslo", utc("2026-11-23"), utc("2026-12-07"))
    assert spans(got) == [("11-23 17:00", "11-23 21:00"), ("11-30 17:00", "11-30 21:00")]
    assert all(a.tzinfo is UTC and b.tzinfo is UTC for a, b in got)


def test_expand_refuses_naive_datetimes_and_handles_empty_input() -> None:
    naive = datetime(2026, 11, 23)  # noqa: DTZ001
    with pytest.raises(ValueError, match="naive"):
        expand([w("mon", "18:00", "20:00")], "Europe/Oslo", naive, utc("2026-11-24"))
    assert expand([], "Europe/Oslo", utc("2026-11-23"), utc("2026-11-24")) == []
    assert (
        expand([w("mon", "18:00", "20:00")], "Europe/Oslo", utc("2026-11-24"), utc("2026-11-23"))
        == []
    )


zones = st.sampled_from(
    [
        "Europe/Oslo",
        "America/New_York",
        "Australia/Sydney",
        "Asia/Kolkata",
        "Asia/Kathmandu",
        "America/Sao_Paulo",
        "Pacific/Chatham",
        "Australia/Lord_Howe",
    ]
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(window_strategy, min_size=1, max_size=3),
    zones,
    st.datetimes(datetime(2026, 1, 1), datetime(2028, 1, 1)),  # noqa: DTZ001
    st.integers(1, 20),
)
def test_expansion_matches_a_minute_by_minute_reading(
    windows: list[Window], zone: str, naive_start: datetime, days: int
) -> None:
    """Every returned minute is inside a window in local time, and no window minute is lost."""
    start = naive_start.replace(second=0, microsecond=0, tzinfo=UTC)
    end = start + timedelta(days=days)
    got = expand(windows, zone, start, end)
    for (_a, b), (c, _d) in itertools.pairwise(got):
        assert b < c  # merged and sorted
    tz = ZoneInfo(zone)
    week = covered(merge_windows(windows))
    inside = 0
    moment = start
    step = timedelta(minutes=5)
    while moment < end:
        local = moment.astimezone(tz)
        in_window = (local.weekday() * 1440 + local.hour * 60 + local.minute) in week
        in_result = any(a <= moment < b for a, b in got)
        # Wall times near a DST change may move (gap end, first occurrence): allow the hour around it.
        near_change = (moment - timedelta(hours=2)).astimezone(tz).utcoffset() != (
            moment + timedelta(hours=2)
        ).astimezone(tz).utcoffset()
        if not near_change:
            assert in_window == in_result, (moment, local)
        inside += in_result
        moment += step


def test_to_utc_gap_and_overlap() -> None:
    oslo = ZoneInfo("Europe/Oslo")
    assert to_utc(datetime(2027, 3, 28, 2, 30), oslo) == utc("2027-03-28 01:00")  # noqa: DTZ001
    assert to_utc(datetime(2026, 10, 25, 2, 30), oslo) == utc("2026-10-25 00:30")  # noqa: DTZ001
    assert to_utc(datetime(2026, 11, 23, 18, 0), oslo) == utc("2026-11-23 17:00")  # noqa: DTZ001


# -- conversion for /availability show ------------------------------------------------


def test_convert_windows_to_another_zone() -> None:
    now = utc("2026-11-23 12:00")
    got = convert_windows([w(WEEKDAYS, "18:00", "22:00")], "Europe/Oslo", "America/New_York", now)
    assert got == [w(WEEKDAYS, "12:00", "16:00")]
    # Friday evening in New York is Saturday morning in Shanghai.
    got = convert_windows([w("fri", "20:00", "23:00")], "America/New_York", "Asia/Shanghai", now)
    assert got == [w("sat", "09:00", "12:00")]
    # +05:45 to +05:30.
    got = convert_windows([w("mon", "20:00", "23:00")], "Asia/Kathmandu", "Asia/Kolkata", now)
    assert got == [w("mon", "19:45", "22:45")]
    # Sunday night in Oslo is Monday morning in Sydney: the week wraps.
    got = convert_windows([w("sun", "20:00", "23:00")], "Europe/Oslo", "Australia/Sydney", now)
    assert got == [w("mon", "06:00", "09:00")]


def test_convert_windows_uses_the_next_occurrence_between_dst_changes() -> None:
    # 2027-03-20: New York is already on summer time, Oslo not yet: 5 hours apart, not 6.
    now = utc("2027-03-20 12:00")
    got = convert_windows([w("mon", "18:00", "22:00")], "Europe/Oslo", "America/New_York", now)
    assert got == [w("mon", "13:00", "17:00")]


def test_windows_expose_their_length() -> None:
    assert w("mon", "22:00", "02:00").minutes == 240
    assert w("mon", "22:00", "02:00").passes_midnight
    assert w("mon", "12:00", "12:00").minutes == 1440
    assert not w("mon", "08:00", "09:30").passes_midnight
    assert frozenset(range(7)) == ALL_DAYS
