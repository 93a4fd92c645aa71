"""A button, menu or modal that fails is answered like a command: an apology with a reference.

Each feature's components are made to fail where their work reaches the database; the
member must get the ephemeral apology quoting the id that the log carries, never
"This interaction failed".
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pytest

from sandbox.emulator import InteractionResult
from storage.live import LiveRepository
from storage.members import MemberRepository
from storage.streaks import StreakRepository
from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.e2e.test_live_list import seed
from tests.support.harness import Harness


async def broken(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("the disk went away")


def assert_apology(result: InteractionResult, logged: list[logging.LogRecord]) -> None:
    assert result.ephemeral
    match = re.search(r"`([0-9a-f]{8})`", result.text)
    assert match, result.text
    assert "Sorry" in result.text
    [record] = logged
    assert record.levelno == logging.ERROR
    assert match.group(1) in record.getMessage()
    assert record.exc_info is not None and "the disk went away" in str(record.exc_info[1])


async def announcement(h: Harness) -> dict[str, Any]:
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values)
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    return h.emu.channel_messages(h.channel.id)[-1]


async def test_live_rsvp_button_failure_is_answered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    message = await announcement(h)
    going = next(
        b["custom_id"]
        for row in message["components"]
        for b in row["components"]
        if b["custom_id"].endswith(":going")
    )
    monkeypatch.setattr(LiveRepository, "set_rsvp", broken)
    with h.expect_errors() as logged:
        result = await h.click(h.bob, message, going)
    assert_apology(result, logged)
    assert h.rows("SELECT * FROM live_rsvps") == []


async def test_live_preview_confirm_failure_is_answered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values)
    monkeypatch.setattr(LiveRepository, "create", broken)
    with h.expect_errors() as logged:
        result = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert_apology(result, logged)
    assert h.rows("SELECT * FROM lives") == []


async def test_live_list_page_failure_is_answered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    await seed(h, 12)
    first = await h.slash(h.bob, "live list")
    monkeypatch.setattr(LiveRepository, "upcoming_counted", broken)
    with h.expect_errors() as logged:
        result = await h.click(h.bob, first.message, "live:list:0:next")
    assert_apology(result, logged)


async def test_streak_nudge_button_failure_is_answered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    shown = await h.slash(h.alice, "streak show")
    button = shown.button("Nudge me")
    monkeypatch.setattr(StreakRepository, "set_nudges", broken)
    with h.expect_errors() as logged:
        result = await h.click(h.alice, shown.message, button["custom_id"])
    assert_apology(result, logged)
    assert h.rows("SELECT * FROM streak_nudge_optins") == []


async def test_timezone_menu_failure_is_answered(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    offered = await h.slash(h.alice, "timezone set", {"zone": "CET"})
    menu = next(c for row in offered.components for c in row["components"] if c["type"] == 3)
    monkeypatch.setattr(MemberRepository, "update", broken)
    with h.expect_errors() as logged:
        result = await h.click(h.alice, offered.message, menu["custom_id"], values=["Europe/Oslo"])
    assert_apology(result, logged)
