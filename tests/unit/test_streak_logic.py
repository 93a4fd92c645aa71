"""Week, streak and freeze arithmetic with fixed moments and explicit zones."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cogs.streaks import logic
from cogs.streaks.logic import Goals, StreakState, Trace


def wk(year: int, month: int, day: int) -> int:
    """The week key holding a calendar date."""
    return logic.week_of_day(date(year, month, day).toordinal())


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


MON = wk(2026, 11, 23)  # the harness's "now" week


# -- weeks in the creator's zone -------------------------------------------------------


def test_week_key_is_the_monday_ordinal() -> None:
    assert logic.monday(MON) == date(2026, 11, 23)
    assert logic.monday(wk(2026, 11, 29)) == date(2026, 11, 23)  # Sunday
    assert wk(2026, 11, 30) == MON + 7


def test_sunday_2330_and_monday_0030_in_shanghai_fall_in_different_weeks() -> None:
    sunday = at("Asia/Shanghai", 2026, 11, 29, 23, 30)
    monday = at("Asia/Shanghai", 2026, 11, 30, 0, 30)
    # Both are Sunday in UTC (15:30 and 16:30): a UTC bot would count them in one week.
    assert sunday.astimezone(UTC).date() == monday.astimezone(UTC).date() == date(2026, 11, 29)
    assert logic.week_of(sunday, "Asia/Shanghai") == MON
    assert logic.week_of(monday, "Asia/Shanghai") == MON + 7
    counts = logic.week_counts(
        [logic.local_day(sunday, "Asia/Shanghai"), logic.local_day(monday, "Asia/Shanghai")]
    )
    assert counts == {MON: 1, MON + 7: 1}


def test_week_end_is_sunday_midnight_local() -> None:
    end = logic.week_end(MON, "Asia/Shanghai")
    assert end == datetime(2026, 11, 29, 16, 0, tzinfo=UTC)
    assert logic.week_end(MON, "UTC") == datetime(2026, 11, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("zone", "sunday", "hours"),
    [
        ("Europe/Oslo", date(2026, 3, 29), 167),  # clocks forward
        ("Europe/Oslo", date(2026, 10, 25), 169),  # clocks back
        ("America/New_York", date(2026, 3, 8), 167),
        ("America/New_York", date(2026, 11, 1), 169),
    ],
)
def test_a_week_with_a_dst_change(zone: str, sunday: date, hours: int) -> None:
    week = logic.week_of_day(sunday.toordinal())
    start, end = logic.week_start(week, zone), logic.week_end(week, zone)
    assert end - start == timedelta(hours=hours)
    assert start.astimezone(ZoneInfo(zone)).replace(tzinfo=None) == datetime.combine(
        logic.monday(week), datetime.min.time()
    )
    late_sunday = datetime.combine(sunday, datetime.min.time()).replace(
        hour=23, minute=30, tzinfo=ZoneInfo(zone)
    )
    assert logic.week_of(late_sunday, zone) == week
    assert logic.week_of(end, zone) == week + 7
    assert logic.week_of(end - timedelta(seconds=1), zone) == week


def test_day_start_inside_a_midnight_dst_gap() -> None:
    # Chile springs forward at 00:00 -> 01:00 on 2026-09-06: midnight does not exist.
    day = date(2026, 9, 6).toordinal()
    start = logic.day_start(day, "America/Santiago")
    local = start.astimezone(ZoneInfo("America/Santiago"))
    assert local.date() == date(2026, 9, 6)
    assert (start - timedelta(minutes=15)).astimezone(
        ZoneInfo("America/Santiago")
    ).date() < local.date()


def test_iso_week_53() -> None:
    assert date(2026, 12, 28).isocalendar()[:2] == (2026, 53)
    w53 = wk(2026, 12, 31)
    assert logic.iso_week(w53) == (2026, 53)
    assert logic.iso_week(w53 + 7) == (2027, 1)
    assert wk(2027, 1, 1) == w53  # a Friday in ISO week 53 of 2026
    counts = {w53 - 7: 3, w53: 3, w53 + 7: 3}
    assert logic.streak(counts, Goals(3), w53 + 14).current == 3


# -- goals -------------------------------------------------------------------------------


def test_goal_changes_apply_from_their_own_week() -> None:
    changes = [
        (at("Europe/Oslo", 2026, 11, 4, 12, 0), 5),  # Wednesday of the week of Nov 2
        (at("Europe/Oslo", 2026, 11, 18, 9, 0), 1),
        (at("Europe/Oslo", 2026, 11, 22, 23, 30), 2),  # Sunday night: same week, latest wins
    ]
    goals = logic.goal_history(changes, default=3, zone="Europe/Oslo")
    assert goals.goal_for(wk(2026, 10, 26)) == 5  # the first goal covers the weeks before it
    assert goals.goal_for(wk(2025, 1, 6)) == 5
    assert goals.goal_for(wk(2026, 11, 2)) == 5
    assert goals.goal_for(wk(2026, 11, 9)) == 5
    assert goals.goal_for(wk(2026, 11, 16)) == 2
    assert goals.goal_for(MON) == 2


def test_without_changes_the_server_default_applies() -> None:
    goals = logic.goal_history([], default=4, zone="UTC")
    assert goals.goal_for(wk(2020, 1, 6)) == 4 and goals.goal_for(MON) == 4


def test_goal_changes_judge_past_weeks_by_the_goal_then() -> None:
    w = MON - 5 * 7
    counts = {w: 2, w + 7: 2, w + 14: 2, w + 21: 2, w + 28: 2}
    before = logic.streak(counts, Goals(3), MON)
    assert before.current == 0
    lowered = Goals(3, (w + 21,), (2,))  # changed to 2 during the 4th week
    after = logic.streak(counts, lowered, MON)
    assert after.current == 2  # weeks 4 and 5 kept; weeks 1-3 stay missed
    assert after.longest == 2


# -- streaks and freezes --------------------------------------------------------------------


def kept_weeks(first: int, n: int, posts: int = 3) -> dict[int, int]:
    return {first + 7 * i: posts for i in range(n)}


def test_the_current_week_never_breaks_a_streak_before_it_ends() -> None:
    counts = kept_weeks(MON - 21, 3)
    s = logic.streak(counts, Goals(3), MON)
    assert (s.current, s.posts_this_week, s.kept_this_week, s.left_this_week) == (3, 0, False, 3)
    counts[MON] = 3
    assert logic.streak(counts, Goals(3), MON).current == 4
    # The week after a miss with no freezes: broken.
    assert logic.streak(kept_weeks(MON - 28, 3), Goals(3), MON).current == 0


def test_freezes_are_earned_every_four_kept_weeks_and_capped_at_two() -> None:
    goals = Goals(3)
    assert logic.streak(kept_weeks(MON - 21, 3), goals, MON).freezes == 0
    assert logic.streak(kept_weeks(MON - 28, 4), goals, MON).freezes == 1
    assert logic.streak(kept_weeks(MON - 56, 8), goals, MON).freezes == 2
    assert logic.streak(kept_weeks(MON - 84, 12), goals, MON).freezes == 2


def test_a_missed_week_spends_a_freeze_and_does_not_add_length() -> None:
    counts = kept_weeks(MON - 42, 4)  # 4 kept: one freeze
    counts[MON - 14] = 1  # missed (below goal)
    counts[MON - 7] = 3
    trace = Trace()
    s = logic.streak(counts, Goals(3), MON, trace)
    assert s.current == 5
    assert s.freezes == 0
    assert trace.frozen == {MON - 14}
    assert MON - 14 not in trace.kept


def test_freezes_cover_consecutive_missed_weeks_then_the_streak_breaks() -> None:
    base = MON - 15 * 7
    counts = kept_weeks(base, 8)  # 2 freezes
    trace = Trace()
    s = logic.streak(counts, Goals(3), base + 10 * 7, trace)
    assert (s.current, s.freezes) == (8, 0)
    assert trace.frozen == {base + 56, base + 63}
    trace = Trace()
    s = logic.streak(counts, Goals(3), base + 11 * 7, trace)
    assert (s.current, s.longest) == (0, 8)
    assert trace.broken == {base + 70}


def test_a_frozen_week_restarts_the_count_towards_the_next_freeze() -> None:
    counts = kept_weeks(MON - 10 * 7, 4)
    counts.update(kept_weeks(MON - 5 * 7, 3))  # frozen week at MON - 42, then 3 kept
    s = logic.streak(counts, Goals(3), MON - 14)
    assert (s.current, s.freezes) == (7, 0)
    counts[MON - 14] = 3  # the 4th kept week after the freeze earns the next one
    s = logic.streak(counts, Goals(3), MON - 7)
    assert (s.current, s.freezes) == (8, 1)


def test_fold_from_a_summary_matches_a_full_fold() -> None:
    counts = {MON - 70: 3, MON - 63: 4, MON - 56: 3, MON - 49: 5, MON - 35: 3, MON - 7: 3, MON: 1}
    goals = Goals(3)
    full = logic.streak(counts, goals, MON)
    summary = logic.fold(StreakState(), counts, goals, MON - 42)
    resumed = logic.fold(summary, counts, goals, MON)
    assert logic.finish(resumed, counts, goals, MON) == full


def test_posts_keyed_after_the_current_week_count_towards_it() -> None:
    # Logged Monday 00:30 in Shanghai, then moved to New York where it is still Sunday.
    counts = {MON: 2, MON + 7: 1}
    s = logic.streak(counts, Goals(3), MON)
    assert s.posts_this_week == 3 and s.kept_this_week


weekly = st.dictionaries(
    st.integers(min_value=0, max_value=30).map(lambda i: MON - 7 * i),
    st.integers(min_value=0, max_value=6),
    max_size=31,
)


@settings(deadline=None)  # pure maths; a loaded CI machine must not fail it
@given(
    counts=weekly,
    extra=st.integers(min_value=0, max_value=30),
    goal=st.integers(min_value=1, max_value=4),
    change=st.integers(min_value=0, max_value=30),
    new_goal=st.integers(min_value=1, max_value=4),
)
def test_adding_a_post_never_lowers_the_current_or_longest_streak(
    counts: dict[int, int], extra: int, goal: int, change: int, new_goal: int
) -> None:
    goals = Goals(goal, (MON - 7 * change,), (new_goal,))
    before = logic.streak(counts, goals, MON)
    more = dict(counts)
    week = MON - 7 * extra
    more[week] = more.get(week, 0) + 1
    after = logic.streak(more, goals, MON)
    assert after.current >= before.current
    assert after.longest >= before.longest
    assert after.longest >= after.current


@settings(deadline=None)
@given(counts=weekly, cut=st.integers(min_value=1, max_value=30))
def test_resuming_from_any_summary_equals_the_full_history(
    counts: dict[int, int], cut: int
) -> None:
    goals = Goals(2)
    state = logic.fold(StreakState(), counts, goals, MON - 7 * cut)
    assert logic.finish(logic.fold(state, counts, goals, MON), counts, goals, MON) == logic.streak(
        counts, goals, MON
    )


# -- recap, nudge, display ---------------------------------------------------------------


def test_recap_entry_kept_best_and_frozen() -> None:
    week = MON - 7
    counts = kept_weeks(MON - 35, 5)
    entry = logic.recap_entry(1, counts, Goals(3), week, MON)
    assert (entry.kept, entry.frozen, entry.streak, entry.new_best) == (True, False, 5, True)
    counts = kept_weeks(MON - 35, 4)  # 4 kept, then week MON-7 missed: frozen
    entry = logic.recap_entry(2, counts, Goals(3), week, MON)
    assert (entry.kept, entry.frozen, entry.streak, entry.new_best) == (False, True, 4, False)
    # A far-west creator whose recapped week is still running counts once kept.
    entry = logic.recap_entry(3, {week: 3}, Goals(3), week, week)
    assert entry.kept and not entry.frozen


def test_recap_is_due_monday_0900_utc_for_the_week_before() -> None:
    now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert logic.recap_week(now) == MON
    assert logic.recap_due(MON) == now


def test_nudge_due_sunday_morning_local_and_once_a_week() -> None:
    due = logic.nudge_due(MON, "Europe/Oslo")
    assert due == datetime(2026, 11, 29, 8, 0, tzinfo=UTC)
    now = datetime(2026, 11, 25, tzinfo=UTC)
    assert logic.next_nudge(now, "Europe/Oslo", []) == (MON, due)
    assert logic.next_nudge(now, "Europe/Oslo", [MON])[0] == MON + 7
    # Spring forward in New York: Sunday 09:00 EDT.
    dst = wk(2026, 3, 8)
    assert logic.nudge_due(dst, "America/New_York") == datetime(2026, 3, 8, 13, 0, tzinfo=UTC)


def test_progress_bar() -> None:
    assert logic.progress_bar(2, 3) == "■■□ 2/3"
    assert logic.progress_bar(0, 1) == "□ 0/1"
    assert logic.progress_bar(5, 3) == "■■■ 5/3"


def test_ranked_shares_ranks_on_ties_and_drops_zeroes() -> None:
    assert logic.ranked({1: 3, 2: 5, 3: 3, 4: 0, 5: 1}) == [
        (1, 2, 5),
        (2, 1, 3),
        (2, 3, 3),
        (4, 5, 1),
    ]


def test_month_bounds() -> None:
    first, last = logic.month_bounds(date(2026, 2, 14).toordinal())
    assert (date.fromordinal(first), date.fromordinal(last)) == (
        date(2026, 2, 1),
        date(2026, 2, 28),
    )
