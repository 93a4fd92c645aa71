"""What members type is shown as typed: a title carrying a masked link, a timestamp, a mention
or any other markdown shows as text in every reply, post, embed and DM, and goes as typed
where Discord renders no markdown (the scheduled event's name)."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from bot.text import shown
from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.e2e.test_live_reminders import START, at
from tests.e2e.test_mentions import message_bodies
from tests.support.harness import Harness

TITLE = "[Free followers](https://evil.example/x) <t:1700000000:F> **now** ||ok|| <@1> `x`"
# What renders when the title's markdown is live: a masked link, a timestamp, a mention,
# bold, a spoiler, code (each not escaped by a backslash before it).
LIVE_MARKDOWN = [
    re.compile(r"(?<!\\)\[Free followers(?<!\\)\]\("),
    re.compile(r"(?<!\\)<t:1700000000:F>"),
    re.compile(r"(?<!\\)<@1>"),
    re.compile(r"(?<!\\)\*(?<!\\)\*now"),
    re.compile(r"(?<!\\)\|(?<!\\)\|ok"),
    re.compile(r"(?<!\\)`x(?<!\\)`"),
]


def texts(body: dict[str, Any]) -> list[str]:
    """Every text of a message Discord renders markdown in."""
    found = [str(body.get("content") or "")]
    for card in body.get("embeds") or []:
        found += [str(card.get("title") or ""), str(card.get("description") or "")]
        found += [str(field.get("value") or "") for field in card.get("fields") or []]
        found += [str(field.get("name") or "") for field in card.get("fields") or []]
    return found


async def test_a_title_full_of_markdown_shows_as_typed_everywhere(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": TITLE, "when": "2026-12-03 20:00", "host1": h.bob.id, "reminders": "1h"},
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    [announcement] = h.emu.channel_messages(h.channel.id)
    await h.click(h.alice, announcement, "live:rsvp:1:going")
    await h.slash(h.alice, "live list")
    await h.slash(h.alice, "live info", {"live": 1})
    moved = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 20:00"})
    await h.click(h.mod, moved.message, button_id(moved, "confirm"))
    await at(h, START + timedelta(days=1) - timedelta(hours=1))  # the reminder
    [event] = h.emu.scheduled_events(h.guild.id)
    assert event["name"] == TITLE  # no markdown there: as typed
    asked = await h.slash(h.mod, "live cancel", {"live": 1})
    await h.click(h.mod, asked.message, button_id(asked, "confirm"))

    bodies = message_bodies(h)
    quoting = [(where, text) for where, body in bodies for text in texts(body) if "Free" in text]
    assert len(quoting) >= 10
    assert any("/channels/" in where and "/messages" in where for where, _ in quoting)
    assert any(h.emu.dm_messages(h.alice.id))  # the move and cancel DMs are among them
    live = [(where, text) for where, text in quoting if any(p.search(text) for p in LIVE_MARKDOWN)]
    assert live == []
    assert all(shown(TITLE) in text for _where, text in quoting)


async def test_an_echoed_value_is_shown_as_typed(harness: Harness) -> None:
    h = harness
    typed = "[x](https://evil.example) `1` <t:1700000000:R>"
    result = await h.slash(h.alice, "timezone set", {"zone": typed})
    assert result.ephemeral
    assert shown(typed) in result.text, result.text
