"""Pure logic of /config: reminder offsets and missing permissions."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import BadInput
from bot.offsets import MAX_OFFSETS, parse_live_reminders, parse_offsets, split_minutes
from cogs.config.logic import CHANNEL_PERMISSIONS, missing_permissions


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("24h, 1h, 15m", [1440, 60, 15]),
        ("15m, 1h, 24h", [1440, 60, 15]),
        ("7d", [10080]),
        ("5m", [5]),
        ("1h 30m", [90]),
        ("2h; 30m / 10m", [120, 30, 10]),
        ("1小时，30分钟", [60, 30]),
        ("2 timer, 15 min", [120, 15]),
        ("1d, 12h, 2h, 30m, 10m", [1440, 720, 120, 30, 10]),
    ],
)
def test_offsets_read(text: str, minutes: list[int]) -> None:
    assert parse_offsets(text) == minutes


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("0m", "config-reminders-range", "0m"),
        ("10d", "config-reminders-range", "10d"),
        ("4m", "config-reminders-range", "4m"),
        ("abc", "config-reminders-format", "abc"),
        ("1h, abc", "config-reminders-format", "abc"),
        ("1h, -5m", "config-reminders-format", "-5m"),
        ("", "config-reminders-empty", None),
        (" , ; ", "config-reminders-empty", None),
        ("1h, 60m", "config-reminders-duplicate", "60m"),
        ("1h,60m,60", "config-reminders-duplicate", "60m"),
        ("24x", "config-reminders-format", "24x"),
        ("none, 1h", "config-reminders-none-mixed", None),
    ],
)
def test_bad_offsets_name_the_culprit(text: str, key: str, value: str | None) -> None:
    with pytest.raises(BadInput) as caught:
        parse_offsets(text)
    assert caught.value.key == key
    if value is not None:
        assert caught.value.args_["value"] == value


def test_more_than_five_is_refused() -> None:
    with pytest.raises(BadInput) as caught:
        parse_offsets("1h, 2h, 3h, 4h, 5h, 6h")
    assert caught.value.key == "config-reminders-too-many"
    assert caught.value.args_ == {"count": 6, "maximum": MAX_OFFSETS}


@given(st.lists(st.integers(min_value=5, max_value=10080), min_size=1, max_size=5, unique=True))
def test_any_valid_minutes_come_back_sorted(values: list[int]) -> None:
    result = parse_offsets(", ".join(f"{v}m" for v in values))
    assert result == sorted(values, reverse=True)
    assert all(5 <= m <= 10080 for m in result)


@given(st.integers(min_value=0, max_value=20000))
def test_split_minutes_adds_up(minutes: int) -> None:
    days, hours, rest = split_minutes(minutes)
    assert days * 1440 + hours * 60 + rest == minutes
    assert rest < 60
    assert days == 0 or (hours == 0 and rest == 0)


def test_missing_permissions_keeps_order() -> None:
    assert missing_permissions({"view_channel", "embed_links"}, CHANNEL_PERMISSIONS) == [
        "send_messages",
        "attach_files",
    ]
    assert missing_permissions(CHANNEL_PERMISSIONS, CHANNEL_PERMISSIONS) == []


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("none", ()), ("  None ", ()), ("ingen", ()), ("无", ()), ("24h, 1h, 15m", (1440, 60, 15))],
)
def test_a_live_may_have_no_reminders(text: str, minutes: tuple[int, ...]) -> None:
    assert parse_live_reminders(text) == minutes
