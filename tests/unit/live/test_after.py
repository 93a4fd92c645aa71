"""Pure rules of LIVE reports and the findings of /live stats (fixed moments, no clock)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import BadInput
from cogs.live.after.findings import Entry, best_partner, findings, group_vs_solo, trend
from cogs.live.after.logic import (
    against_median,
    changes,
    figure_problem,
    figures_problem,
    parse_watch,
    rates,
    when_problem,
)
from storage.live_reports import Figures

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("2m30s", 150),
        ("150s", 150),
        ("2:30", 150),
        ("1:02:30", 3750),
        ("2 min 30 s", 150),
        ("2分30秒", 150),
        ("45 sek", 45),
        ("2m", 120),
        ("3 minutter", 180),
    ],
)
def test_watch_times_as_tiktok_shows_them(text: str, seconds: int) -> None:
    assert parse_watch(text) == seconds


@pytest.mark.parametrize("text", ["soon", "2:75", "-30s", ""])
def test_unreadable_watch_times_are_refused(text: str) -> None:
    with pytest.raises(BadInput) as error:
        parse_watch(text)
    assert error.value.key == "live-report-watch-format"


@pytest.mark.parametrize(
    ("figures", "problem"),
    [
        (Figures(viewers=100, peak_viewers=100), None),
        (Figures(viewers=100, peak_viewers=101), "live-report-peak-above"),
        (Figures(peak_viewers=101), None),  # nothing to compare with
        (Figures(viewers=-1), "live-report-negative"),
        (Figures(diamonds=10**9), None),
        (Figures(diamonds=10**9 + 1), "live-report-absurd"),
        (Figures(avg_watch_seconds=3600), None),
        (Figures(avg_watch_seconds=3601), "live-report-watch-too-long"),
    ],
)
def test_figures_problems(figures: Figures, problem: str | None) -> None:
    assert figures_problem(figures, 60) == problem


@pytest.mark.parametrize(
    ("figures", "about"),
    [
        (Figures(viewers=100, peak_viewers=101), "peak_viewers"),
        (Figures(viewers=10, diamonds=-1), "diamonds"),
        (Figures(viewers=10, likes=10**9 + 1), "likes"),
        (Figures(avg_watch_seconds=3601), "avg_watch_seconds"),
        (Figures(viewers=100), None),
    ],
)
def test_a_problem_names_the_figure_it_is_about(figures: Figures, about: str | None) -> None:
    found = figure_problem(figures, 60)
    assert (found[1] if found else None) == about


def test_when_of_an_unscheduled_live() -> None:
    assert when_problem(NOW - timedelta(days=90), NOW) is None
    assert when_problem(NOW - timedelta(days=90, seconds=1), NOW) == "live-report-when-too-old"
    assert when_problem(NOW + timedelta(seconds=1), NOW) == "live-report-when-future"


def test_rates() -> None:
    found = rates(Figures(viewers=1200, new_followers=36, diamonds=4500, peak_viewers=400), 90)
    assert found.diamonds_per_hour == 3000
    assert found.followers_per_100 == 3
    assert found.peak_share == pytest.approx(33.333, abs=0.001)
    assert rates(Figures(viewers=0, new_followers=3), 60).followers_per_100 is None


def test_the_median_needs_two_earlier_reports() -> None:
    assert against_median(135, [100]) is None
    assert against_median(135, [100, 100]) == 35
    assert against_median(50, [100, 80, 120]) == -50
    assert against_median(10, [0, 0]) is None
    assert against_median(None, [1, 2]) is None


def test_changes_name_only_what_changed() -> None:
    old = Figures(viewers=1200, diamonds=4500)
    new = old.merged(Figures(viewers=1500, likes=9))
    assert new == Figures(viewers=1500, diamonds=4500, likes=9)
    assert changes(old, new) == [("viewers", 1200, 1500), ("likes", None, 9)]


# -- findings -------------------------------------------------------------------------------

THURSDAY = datetime(2026, 10, 1, 18, 0, tzinfo=UTC)  # 20:00 in Oslo


def entry(days: int, viewers: int, followers: int = 0, others: tuple[int, ...] = ()) -> Entry:
    return Entry(THURSDAY + timedelta(days=days), viewers, followers, others, bool(others))


def test_no_finding_rests_on_fewer_than_three_lives() -> None:
    two = [entry(0, 900), entry(7, 950)]
    assert findings(two, "Europe/Oslo") == []


def test_best_weekday_and_hour_are_local() -> None:
    lives = [entry(7 * w, 1000) for w in range(3)] + [entry(7 * w + 4, 200) for w in range(3)]
    found = {f.kind: f for f in findings(lives, "Europe/Oslo")}
    assert found["weekday"].value == 3 and found["weekday"].rests_on == 3  # Thursday
    assert found["weekday"].figure == 1000 and found["weekday"].other == 600
    assert found["hour"].value == 20
    assert findings(lives, "Asia/Shanghai")[1].value == 2  # 02:00 the next day there


def test_group_against_solo_and_the_best_partner() -> None:
    solo = [entry(d, 1000, 10) for d in range(3)]
    group = [entry(10 + d, 1000, 40, (7,)) for d in range(2)] + [entry(20, 1000, 10, (8,))]
    found = group_vs_solo(solo + group)
    assert found is not None and found.figure == 3 and found.other == 1 and found.rests_on == 6
    assert best_partner(solo + group) is None  # nobody was on three LIVEs
    group.append(entry(30, 1000, 25, (7,)))
    partner = best_partner(solo + group)
    assert partner is not None and partner.value == 7 and partner.figure == 35


def test_trend_compares_the_last_five_with_the_five_before() -> None:
    lives = [entry(d, 100) for d in range(5)] + [entry(10 + d, 150) for d in range(5)]
    found = trend(lives)
    assert found is not None and found.figure == 50 and found.rests_on == 10
    assert trend(lives[1:]) is None


@given(st.lists(st.integers(min_value=0, max_value=10**6), max_size=40))
def test_every_finding_rests_on_at_least_three_lives(viewers: list[int]) -> None:
    lives = [entry(d * 3, v, v // 10, (5,) if d % 2 else ()) for d, v in enumerate(viewers)]
    assert all(f.rests_on >= 3 for f in findings(lives, "Europe/Oslo"))
