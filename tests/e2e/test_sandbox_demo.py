"""The demo server as a newcomer finds it: its group LIVE and its community."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from sandbox.app import Sandbox
from sandbox.demo import member
from sandbox.emulator.results import message_text_parts
from tests.support.sandbox import command, rows, sandbox

pytestmark = pytest.mark.sqlite_only  # the sandbox keeps its own SQLite file
__all__ = ["sandbox"]  # the fixture


def inside_a_window(name: str, start: datetime, end: datetime) -> bool:
    """Whether the demo member ``name`` said they are free for all of [start, end]."""
    who = member(name)
    local_start = start.astimezone(ZoneInfo(who.zone))
    local_end = end.astimezone(ZoneInfo(who.zone))
    return local_start.date() == local_end.date() and any(
        local_start.weekday() in days and opens <= local_start.time() and local_end.time() <= closes
        for days, opens, closes in who.windows
    )


async def test_the_group_live_suits_both_of_its_hosts(sandbox: Sandbox) -> None:
    [(starts_at, minutes, description)] = rows(
        sandbox, "SELECT starts_at, duration_minutes, description FROM lives"
    )
    hosts = rows(sandbox, "SELECT user_id FROM live_hosts ORDER BY position")
    assert [user for (user,) in hosts] == [member("Ola").id, member("Li").id]
    start = datetime.fromtimestamp(starts_at, UTC)
    end = start + timedelta(minutes=minutes)
    # Not 04:00 in Shanghai: inside the windows both hosts gave.
    assert inside_a_window("Ola", start, end)
    assert inside_a_window("Li", start, end)
    assert "Three" not in description and "Two creators" in description


async def test_the_community_percentile_shows_in_the_demo(sandbox: Sandbox) -> None:
    for name, followers in (("Ana", "9700"), ("Sam", "31K")):
        reply = await command(sandbox, name, "benchmark lookup", {"followers": followers})
        text = "\n".join(message_text_parts(reply))
        assert "percentile**: among" in text, text
        assert "more needed" not in text
