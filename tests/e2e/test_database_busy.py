"""Another process holding SQLite's write lock does not silence the bot."""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from sandbox.emulator import InteractionResult
from tests.e2e.live_support import button_id, lives, set_zone
from tests.support.harness import Harness

# SQLite's one write lock held by another process (PostgreSQL's: tests/postgres).
pytestmark = pytest.mark.sqlite_only

HOLD_SECONDS = 6.0
_HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE command_sync SET hash = hash")  # a real write: the WAL lock is taken
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("ROLLBACK")
"""


@contextlib.asynccontextmanager
async def write_lock_held(path: Path, seconds: float) -> AsyncIterator[None]:
    """Another process holds the database's write lock for ``seconds``."""
    holder = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        _HOLDER,
        str(path),
        str(seconds),
        stdout=asyncio.subprocess.PIPE,
    )
    assert holder.stdout is not None
    assert (await asyncio.wait_for(holder.stdout.readline(), 10)).strip() == b"locked"
    try:
        yield
    finally:
        await asyncio.wait_for(holder.wait(), seconds + 10)


async def _timed(h: Harness, coro: Any) -> tuple[float, InteractionResult]:
    began = time.monotonic()
    result: InteractionResult = await coro
    assert result.requests, "the interaction got no answer"
    return result.requests[0].at - began, result


async def test_ten_members_are_answered_while_another_process_holds_the_lock(
    harness: Harness,
) -> None:
    h = harness
    members = [h.alice, h.bob, h.mod] + [
        h.emu.add_member(h.guild.id, name=f"member{i}") for i in range(7)
    ]
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    before = {
        table: h.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"]
        for table in ("members", "er_results", "availability_windows")
    }
    er = {"views": "50K", "likes": "4.5K", "comments": "300", "shares": "200"}
    calls: list[tuple[str, dict[str, Any]]] = [
        ("about", {}),
        ("benchmark sets", {}),
        ("er views", er),  # saves: a write
        ("timezone show", {}),
        ("timezone set", {"zone": "Shanghai"}),  # a write
        ("er history", {}),
        ("availability set", {"days": "mon-fri", "from": "18:00", "to": "22:00"}),  # a write
        ("er views", {**er, "save": False}),
        ("profile show", {}),
        ("streak goal", {"posts_per_week": 4}),  # a write
    ]
    with h.expect_errors():  # nothing may be logged as an error; checked below
        async with write_lock_held(h.db_path, HOLD_SECONDS):
            answers = await asyncio.gather(
                *(
                    _timed(h, h.slash(member, command, options, locale="no" if i % 2 else "en-US"))
                    for i, (member, (command, options)) in enumerate(
                        zip(members, calls, strict=True)
                    )
                )
            )
    for (command, _), (delay, result) in zip(calls, answers, strict=True):
        assert delay < 3.0, f"/{command} was first answered after {delay:.2f} s"
        assert "Sorry" not in result.text and "Beklager" not in result.text, result.text
    busy = [result for _, result in answers if "busy" in result.text or "opptatt" in result.text]
    assert busy, "no write was refused while the lock was held"
    assert all(result.ephemeral for result in busy)
    # Refused writes changed nothing.
    after = {table: h.rows(f"SELECT COUNT(*) AS n FROM {table}")[0]["n"] for table in before}
    assert after == before
    assert h.rows("SELECT timezone FROM members WHERE user_id = ?", (h.alice.id,)) == [
        {"timezone": "Europe/Oslo"}
    ]
    # Once the lock is free, writes go through again.
    again = await h.slash(h.bob, "er views", er)
    assert "busy" not in again.text
    assert h.rows("SELECT COUNT(*) AS n FROM er_results")[0]["n"] == before["er_results"] + 1


async def test_a_deferred_write_waits_out_a_lock_longer_than_the_write_timeout(
    harness: Harness,
) -> None:
    """Confirming a LIVE defers first; its writes then wait for the lock instead of being
    refused after the 2 s that bound a write not yet deferred."""
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values)
    async with write_lock_held(h.db_path, 4.0):
        began = time.monotonic()
        done, refused = await asyncio.gather(
            h.click(h.mod, preview.message, button_id(preview, "confirm")),
            h.slash(h.bob, "timezone set", {"zone": "Shanghai"}),
        )
    assert done.requests[0].at - began < 3.0  # the defer
    assert "busy" not in done.text and "Duet night" in done.text, done.text
    assert [row["title"] for row in lives(h)] == ["Duet night"]
    # A write that was not deferred is still bounded, and answered within 3 s.
    assert "busy" in refused.text and refused.ephemeral
    assert refused.requests[0].at - began < 3.0
