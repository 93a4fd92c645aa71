"""Hostile and forged input: long values, odd digits, far dates, invisible titles, and
integers beyond what Discord sends. Each gets a short reply and changes nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.commands import snapshot
from tests.support.harness import Harness

APOLOGY = "Sorry, something went wrong"


def every_string_option(commands: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    found = []

    def walk(node: dict[str, Any], path: str) -> None:
        for option in node.get("options") or []:
            if option["type"] in (1, 2):
                walk(option, f"{path} {option['name']}")
            elif option["type"] == 3:
                found.append((path, option))

    for command in commands:
        walk(command, command["name"])
    return found


async def test_every_string_option_declares_a_max_length(harness: Harness) -> None:
    options = every_string_option(harness.emu.commands())
    assert options
    unbounded = [
        f"/{path} {option['name']}"
        for path, option in options
        if not option.get("choices") and not 1 <= option.get("max_length", 0) <= 1000
    ]
    assert unbounded == []


@pytest.mark.parametrize("length", [2001, 2600, 10_000])
async def test_values_longer_than_the_option_allows_are_refused(
    harness: Harness, length: int
) -> None:
    h = harness
    before = snapshot(h)
    result = await h.slash(
        h.alice, "benchmark lookup", {"followers": "12K", "er": "9" * length}, allow_invalid=True
    )
    assert result.ephemeral
    assert "not one this command accepts" in result.text
    assert "{???}" not in result.text and len(result.text) < 300
    assert snapshot(h) == before


async def test_an_echoed_value_is_cut(harness: Harness) -> None:
    h = harness
    typed = "nope " * 40  # 200 characters, within /config reminders' limit
    result = await h.slash(h.mod, "config reminders", {"offsets": typed})
    assert result.ephemeral
    assert "nope nope" in result.text
    assert typed.strip() not in result.text
    assert len(result.text) < 400


@pytest.mark.parametrize(
    ("command", "options"),
    [
        ("live info", {"live": 2**63}),
        ("live cancel", {"live": 2**53 + 1}),
        ("live suggest", {"host1": "ALICE", "within_days": 2**60}),
        ("er history", {"limit": -(2**63)}),
        ("er followers", {"followers": "10K", "posts": 2**64, "likes": "1", "comments": "1"}),
        ("profile set", {"weekly_goal": -(2**53) - 1}),
        ("streak leaderboard", {"by": "drop table"}),
    ],
)
async def test_integers_and_choices_beyond_what_discord_sends_are_refused(
    harness: Harness, command: str, options: dict[str, Any]
) -> None:
    h = harness
    values = {k: (h.alice.id if v == "ALICE" else v) for k, v in options.items()}
    before = snapshot(h)
    result = await h.slash(h.mod, command, values, allow_invalid=True, locale="no")
    assert result.ephemeral
    assert "godtar" in result.text, result.text
    assert snapshot(h) == before


async def test_within_days_beyond_its_range_is_refused(harness: Harness) -> None:
    h = harness
    result = await h.slash(
        h.mod, "live suggest", {"host1": h.alice.id, "within_days": 2**31}, allow_invalid=True
    )
    assert result.ephemeral
    assert "to search must be between 1 and 28" in result.text


async def test_superscript_digits_are_not_a_post_number(harness: Harness) -> None:
    h = harness
    result = await h.slash(h.alice, "post remove", {"video": "post:²"})
    assert result.ephemeral
    assert APOLOGY not in result.text
    assert "TikTok video link" in result.text


@pytest.mark.parametrize("earliest", ["9999-12-31 23:59", "31.12.9999 23:59", "2028-01-01 10:00"])
async def test_suggest_refuses_a_start_beyond_a_year(harness: Harness, earliest: str) -> None:
    h = harness
    result = await h.slash(h.mod, "live suggest", {"host1": h.alice.id, "earliest": earliest})
    assert result.ephemeral
    assert APOLOGY not in result.text
    assert "more than a year ahead" in result.text


@pytest.mark.parametrize(
    "title",
    [
        "\u200b\u2060\ufeff\u202e",
        "\x00",
        " \u200b ",
        "\u2800\u2800",  # braille blank
        "\u3164",  # Hangul filler
        "\u115f\u1160\uffa0",
        "\u0301\u0308\u0336",  # combining marks with nothing to sit on
        "\u034f\ufe0f",
        "Friday \ud800 LIVE",  # a lone surrogate: no text Discord or a database takes
    ],
)
async def test_an_invisible_title_is_refused(harness: Harness, title: str) -> None:
    h = harness
    empty = await h.slash(h.mod, "live schedule", {"title": " ", "when": "2026-12-03 20:00"})
    result = await h.slash(h.mod, "live schedule", {"title": title, "when": "2026-12-03 20:00"})
    assert result.ephemeral
    assert result.text == empty.text and "title" in result.text.lower()
    assert not result.buttons
    assert lives(h) == []


async def test_a_title_starting_with_nul_is_saved_clean(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {
            "title": "\x00\u200bFriday LIVE\u202e",
            "when": "2026-12-03 20:00",
            "description": "\ufeff",
        },
    )
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Saved LIVE #1" in done.text
    [row] = lives(h)
    assert row["title"] == "Friday LIVE"
    assert row["description"] is None
    [event] = h.emu.scheduled_events(h.guild.id)
    assert event["name"] == "Friday LIVE"
