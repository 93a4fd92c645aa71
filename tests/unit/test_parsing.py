"""Counts and percentages as members type them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import BadInput
from bot.i18n import Catalog
from bot.parsing import MAX_COUNT, parse_count, parse_percent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4500", 4500),
        ("4,500", 4500),
        ("4 500", 4500),
        ("4\u00a0500", 4500),
        ("12.5K", 12_500),
        ("12.5k", 12_500),
        ("1.2M", 1_200_000),
        ("3B", 3_000_000_000),
        ("1.2万", 12_000),
        ("3亿", 300_000_000),
        ("  12k  ", 12_000),
        ("1,234,567", 1_234_567),
        ("12,5k", 12_500),
        ("1,5 mill.", 1_500_000),
        ("0", 0),
        ("+15", 15),
        ("1000000000000", MAX_COUNT),
        ("1.9w", 19_000),
        ("1.9W", 19_000),
        ("23.4万次", 234_000),
        ("23.4万次播放", 234_000),
        ("500次", 500),
    ],
)
def test_accepted_counts(text: str, expected: int) -> None:
    assert parse_count(text) == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("", "error-count-empty"),
        ("   ", "error-count-empty"),
        ("-5", "error-count-negative"),
        ("12.3456K", "error-count-fraction"),
        ("12.5", "error-count-fraction"),
        ("12.5.3K", "error-count-format"),
        ("nan", "error-count-format"),
        ("inf", "error-count-format"),
        ("1e3", "error-count-format"),
        ("2T", "error-count-format"),
        ("abc", "error-count-format"),
        ("1000000000001", "error-count-too-big"),
        ("1001B", "error-count-too-big"),
    ],
)
def test_rejected_counts(text: str, key: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_count(text)
    assert caught.value.key == key


def test_minimum_is_enforced() -> None:
    with pytest.raises(BadInput) as caught:
        parse_count("0", minimum=1)
    assert caught.value.key == "error-count-too-small"


@given(st.integers(min_value=0, max_value=MAX_COUNT))
def test_plain_and_grouped_numbers_round_trip(value: int) -> None:
    assert parse_count(str(value)) == value
    assert parse_count(f"{value:,}") == value
    assert parse_count(f"{value:,}".replace(",", " ")) == value


@given(st.integers(min_value=0, max_value=MAX_COUNT), st.sampled_from(["en-US", "zh-CN", "no"]))
def test_locale_formatted_counts_round_trip(catalog: Catalog, value: int, locale: str) -> None:
    """What the bot prints (Babel, per locale) is accepted back as input."""
    messages = catalog.messages(locale)
    assert parse_count(messages.number(value)) == value


@given(st.integers(min_value=0, max_value=999_999), st.sampled_from(["K", "k", "M", "万"]))
def test_unit_suffixes_scale(value: int, unit: str) -> None:
    scale = {"K": 1_000, "k": 1_000, "M": 1_000_000, "万": 10_000}[unit]
    assert parse_count(f"{value}{unit}") == value * scale


@pytest.mark.parametrize(
    ("text", "expected"), [("4.5", 4.5), ("4.5%", 4.5), ("4,5 %", 4.5), ("0", 0.0), ("100", 100.0)]
)
def test_percentages(text: str, expected: float) -> None:
    assert parse_percent(text) == expected


@pytest.mark.parametrize("text", ["abc", "-1", "100.1", "", "4.5.1"])
def test_bad_percentages(text: str) -> None:
    with pytest.raises(BadInput):
        parse_percent(text)
