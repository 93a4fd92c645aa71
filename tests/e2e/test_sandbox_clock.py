"""The sandbox page's clock buttons, as a person presses them (the page's own HTTP API, the
real bot and the emulator in this process, on a clock that moves only when asked)."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Catalog
from sandbox.app import Sandbox
from sandbox.clock import SandboxClock
from sandbox.demo import RECAPS, member
from sandbox.emulator import patched_discord_urls
from tests.support.clock import DEFAULT_NOW
from tests.support.sandbox import command, post, rows, sandbox

pytestmark = pytest.mark.sqlite_only  # the sandbox keeps its own SQLite file
__all__ = ["sandbox"]  # the fixture


async def posted_in(box: Sandbox, channel_id: int, text: str) -> dict[str, Any]:
    """The bot's message in a channel containing ``text``, once it is there."""
    for _ in range(500):
        for message in box.emu.channel_messages(channel_id):
            if text in message["content"]:
                return message
        await asyncio.sleep(0.01)
    raise AssertionError(f"nothing with {text!r} in channel {channel_id}")


async def test_next_due_stops_at_the_weekly_recap_before_the_lives_reminder(
    sandbox: Sandbox,
) -> None:
    # Monday 23 Nov, 09:00 in São Paulo: Ana keeps her week with three posts.
    for when in ("today 07:00", "today 07:30", "today 08:00"):
        await command(sandbox, "Ana", "post log", {"when": when})
    reached = await post(sandbox, "/api/clock", {"step": "next"})
    # The recap of that week is due Monday 30 Nov 09:00 (the server's timezone is UTC),
    # before the group LIVE's first reminder: the clock stops there and says so.
    recap_due = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    assert sandbox.clock.now() == recap_due
    assert reached["now"] == recap_due.timestamp()
    assert reached["reached"] == ["the weekly streak recap of Creator Lounge"]
    recap = await posted_in(sandbox, RECAPS, "Kept their week")
    assert f"<@{member('Ana').id}>" in recap["content"]
    recaps = rows(sandbox, "SELECT week, status FROM streak_recaps ORDER BY week")
    assert recaps[-1] == (date(2026, 11, 23).toordinal(), "sent")  # not "skipped"

    # Pressed again: the group LIVE's 24-hour reminder, named.
    [(starts_at,)] = rows(sandbox, "SELECT starts_at FROM lives")
    reached = await post(sandbox, "/api/clock", {"step": "next"})
    assert sandbox.clock.now() == datetime.fromtimestamp(starts_at, UTC) - timedelta(hours=24)
    assert reached["reached"] == ["the 24-hour reminder of LIVE #1 “Group LIVE: growing together”"]


async def test_next_due_stops_at_a_members_sunday_nudge(sandbox: Sandbox) -> None:
    ana = member("Ana")
    answer = await post(
        sandbox, "/api/command", {"member": str(ana.id), "command": "streak show", "options": {}}
    )
    shown = sandbox.emu.messages[int(answer["message_id"])]
    [nudge_on] = [
        c["custom_id"]
        for row in shown["components"]
        for c in row["components"]
        if c.get("custom_id", "").startswith("streak:nudge:")
    ]
    await post(
        sandbox,
        "/api/click",
        {"member": str(ana.id), "message": shown["id"], "custom_id": nudge_on},
    )
    reached = await post(sandbox, "/api/clock", {"step": "next"})
    # Sunday 29 Nov 09:00 in São Paulo, before Monday's recap.
    assert sandbox.clock.now() == datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    assert reached["reached"] == ["Ana's Sunday streak nudge"]


async def test_with_nothing_scheduled_the_clock_stays_and_the_page_says_why(
    tmp_path: Path, catalog: Catalog
) -> None:
    clock = SandboxClock(DEFAULT_NOW, flowing=False)
    box = Sandbox(
        clock, database_path=tmp_path / "empty.sqlite3", port=0, catalog=catalog, demo=False
    )
    async with box:
        with patched_discord_urls(box.emu):
            reached = await post(box, "/api/clock", {"step": "next"})
    assert clock.now() == DEFAULT_NOW
    assert reached["reached"] == []
