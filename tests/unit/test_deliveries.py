"""The one list of scheduled kinds: every kind has its rules, and lateness and retries follow them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.deliveries import (
    DISCORD_PAUSES,
    KINDS,
    LIVE_KINDS,
    RULES,
    Moments,
    Senders,
    late_note,
    retry_pause,
)
from cogs.streaks import logic as streaks
from storage import deliveries as stored

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
START = NOW + timedelta(hours=2)
END = START + timedelta(hours=1)


def test_every_kind_has_its_rules_and_the_live_kinds_are_the_stored_ones() -> None:
    assert set(RULES) == set(KINDS)
    assert get_args(stored.Kind) == LIVE_KINDS
    assert {kind for kind, rule in RULES.items() if rule.feature == "cogs.live"} == set(LIVE_KINDS)
    assert {kind for kind, rule in RULES.items() if rule.feature == "cogs.streaks"} == {
        "recap",
        "nudge",
    }
    assert {kind for kind, rule in RULES.items() if rule.feature == "cogs.config"} == {"purge"}


def test_the_purge_of_a_server_that_left_is_never_late_nor_retried() -> None:
    assert late_note("purge", NOW + timedelta(days=400), Moments(NOW)) is None
    assert retry_pause("purge", 0) is None


@pytest.mark.parametrize(
    ("kind", "now", "late"),
    [
        ("reminder", START - timedelta(seconds=1), None),
        ("reminder", START, "the LIVE had started"),
        ("start", END - timedelta(seconds=1), None),
        ("start", END, "the LIVE had ended"),
        ("end", END + timedelta(days=30), None),
        ("prompt", END + timedelta(hours=25), None),
        ("prompt", END + timedelta(hours=25, seconds=1), "too late to ask"),
    ],
)
def test_what_late_means_for_a_live_delivery(kind: str, now: datetime, late: str | None) -> None:
    moments = Moments(NOW, live_start=START, live_end=END)
    assert late_note(kind, now, moments) == late  # type: ignore[arg-type]


def test_a_recap_is_late_more_than_a_day_after_it_was_due() -> None:
    due = NOW
    assert late_note("recap", due + timedelta(hours=23), Moments(due)) is None
    assert late_note("recap", due + timedelta(days=1), Moments(due)) is None
    assert late_note("recap", due + timedelta(days=1, seconds=1), Moments(due)) is not None


def test_a_late_rule_without_its_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="live_start"):
        late_note("reminder", NOW, Moments(NOW))


def test_retries_follow_the_kind() -> None:
    for kind in LIVE_KINDS:
        assert [retry_pause(kind, n) for n in range(5)] == [*DISCORD_PAUSES, None]
    assert retry_pause("recap", 0) is None
    assert retry_pause("nudge", 0) is None


@given(
    now=st.datetimes(
        datetime(2020, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
        datetime(2035, 1, 1),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    zone=st.sampled_from(["UTC", "Europe/Oslo", "Asia/Shanghai", "America/New_York"]),
    sent=st.lists(st.integers(min_value=-3, max_value=3), max_size=4),
)
def test_a_nudge_offered_is_never_past_its_week(now: datetime, zone: str, sent: list[int]) -> None:
    """The nudge's rule (late once its week ended) holds by construction of next_nudge."""
    this_week = streaks.week_of(now, zone)
    week, due = streaks.next_nudge(now, zone, [this_week + 7 * n for n in sent])
    moments = Moments(due, period_end=streaks.week_end(week, zone))
    assert late_note("nudge", max(now, due), moments) is None


def test_senders_name_one_feature_per_kind() -> None:
    senders = Senders()
    senders.provide("cogs.live", LIVE_KINDS)
    senders.provide("cogs.config", ["purge"])
    assert senders.unsent() == ["recap", "nudge", "tiktok_sync"]
    with pytest.raises(ValueError, match="already"):
        senders.provide("cogs.streaks", ["prompt"])
    senders.provide("cogs.streaks", ["recap", "nudge"])
    senders.provide("cogs.tiktok", ["tiktok_sync"])
    assert senders.unsent() == []
    senders.withdraw("cogs.live")
    assert senders.unsent() == list(LIVE_KINDS)
