"""``python -m bot move-to-postgres``: an installation built through the bot's own commands
on SQLite, moved by the real command, then run on PostgreSQL: the same answers to the same
commands, and its pending reminders delivered exactly once."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from bot.i18n import Catalog
from sandbox.emulator import Guild, Member, patched_discord_urls
from storage import SQLiteDatabase
from storage.database import migrations
from tests.e2e.live_support import button_id, set_channel
from tests.e2e.test_live_reminders import START, at, schedule, settled
from tests.e2e.test_live_rsvp import rsvp_id
from tests.e2e.test_privacy_everything import use_every_feature
from tests.support.databases import drop_postgres_database, new_postgres_database, query
from tests.support.harness import Harness, running_harness

pytestmark = pytest.mark.postgres_only
ROOT = Path(__file__).resolve().parents[2]


def move(database: Path, url: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "DISCORD_"))}
    env["DATABASE_PATH"] = str(database)
    if url is not None:
        env["DATABASE_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "bot", "move-to-postgres"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
async def sqlite_harness(tmp_path: Path, catalog: Catalog) -> AsyncIterator[Harness]:
    async with running_harness(tmp_path, catalog, backend="sqlite") as h:
        with patched_discord_urls(h.emu):
            yield h


@pytest.fixture
async def empty_postgres() -> AsyncIterator[str]:
    url = await new_postgres_database(migrated=False)
    yield url
    await drop_postgres_database(url)


async def build_a_community(h: Harness) -> tuple[Guild, Member]:
    """Two servers used for a week: every feature, a LIVE with pending reminders, RSVPs and a
    guest, a weekly series, a report."""
    await use_every_feature(h, h.alice)
    await use_every_feature(h, h.bob)
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h", guest_slots=1, host2=h.bob.id)
    announcement = next(
        m
        for m in h.emu.channel_messages(h.channel.id)
        if any(
            b["custom_id"].endswith(":going")
            for r in m.get("components", [])
            for b in r["components"]
        )
    )
    await h.click(h.alice, announcement, rsvp_id(announcement, "going"))
    await h.click(h.mod, announcement, rsvp_id(announcement, "maybe"))
    guest = next(
        b["custom_id"]
        for row in announcement["components"]
        for b in row["components"]
        if "guest" in b["custom_id"]
    )
    await h.click(h.mod, announcement, guest)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {
            "title": "Weekly",
            "when": "2026-12-05 18:00",
            "host1": h.bob.id,
            "repeat": "weekly",
            "count": 3,
        },
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await h.slash(
        h.alice,
        "live report",
        {"when": "2026-11-20 19:00", "duration": "1h", "viewers": "300", "new_followers": "12"},
    )
    other = h.emu.add_guild(name="Elsewhere")
    h.emu.add_channel(other.id, name="general")
    member = h.emu.add_member(other.id, h.alice.id, name="alice")
    await h.emu.wait_until_connected(5)
    await h.slash(member, "timezone set", {"zone": "Asia/Shanghai"}, guild=other)
    await h.slash(member, "post log", {"when": "yesterday 20:00"}, guild=other)
    await settled(h)
    return other, member


def questions(
    h: Harness, other: Guild, elsewhere: Member
) -> list[tuple[Member, str, dict[str, Any], Guild | None]]:
    return [
        (h.alice, "live list", {}, None),
        (h.alice, "live info", {"live": 1}, None),
        (h.bob, "live info", {"live": 2}, None),
        (h.alice, "er history", {}, None),
        (h.bob, "profile show", {}, None),
        (h.alice, "streak show", {}, None),
        (h.alice, "streak leaderboard", {}, None),
        (h.bob, "availability show", {}, None),
        (h.mod, "config show", {}, None),
        (h.alice, "live stats", {}, None),
        (h.alice, "benchmark lookup", {"followers": "12K"}, None),
        (elsewhere, "streak show", {}, other),
    ]


async def answers(h: Harness, other: Guild, elsewhere: Member) -> list[Any]:
    seen = []
    for member, command, options, guild in questions(h, other, elsewhere):
        reply = await h.slash(member, command, options, guild=guild)
        seen.append((command, reply.text, reply.embeds, reply.files))
    return seen


async def test_a_moved_installation_answers_the_same_and_reminds_once(
    empty_postgres: str, sqlite_harness: Harness
) -> None:
    h = sqlite_harness
    other, elsewhere = await build_a_community(h)
    before = await answers(h, other, elsewhere)
    counts = {table: h.rows(f'SELECT COUNT(*) AS n FROM "{table}"')[0]["n"] for table in h.tables()}
    await h.stop()

    done = move(h.db_path, empty_postgres)
    assert done.returncode == 0, done.stderr
    assert "every table holds as many rows as before" in done.stdout
    for table, n in counts.items():  # printed side by side
        assert any(
            line.split()[:3] == [table, f"{n:,}", f"{n:,}"] for line in done.stdout.splitlines()
        ), table

    h.database_url = empty_postgres  # the same bot, now on PostgreSQL
    await h.start()
    assert {t: h.rows(f'SELECT COUNT(*) AS n FROM "{t}"')[0]["n"] for t in h.tables()} == counts
    assert await answers(h, other, elsewhere) == before
    # New rows continue after the moved ids.
    await h.slash(
        h.alice, "er views", {"views": "10K", "likes": "900", "comments": "40", "shares": "5"}
    )
    assert len({r["id"] for r in h.rows("SELECT id FROM er_results")}) == counts["er_results"] + 1

    # The 1-hour reminder of LIVE #1 was pending at the move: it goes out once.
    channel_before = len(h.emu.channel_messages(h.channel.id))
    await at(h, START - timedelta(hours=1))
    reminders = h.emu.channel_messages(h.channel.id)[channel_before:]
    assert len(reminders) == 1 and "LIVE reminder" in reminders[0]["content"]
    await h.restart()
    await at(h, START - timedelta(minutes=50))
    assert h.emu.channel_messages(h.channel.id)[channel_before:] == reminders
    sent = h.rows(
        "SELECT state FROM live_deliveries WHERE kind = 'reminder' AND live_id = "
        "(SELECT id FROM lives WHERE number = 1)"
    )
    assert [r["state"] for r in sent] == ["sent"]


async def test_the_move_refuses_a_target_that_holds_data(
    empty_postgres: str, sqlite_harness: Harness
) -> None:
    h = sqlite_harness
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    await h.stop()
    assert move(h.db_path, empty_postgres).returncode == 0
    again = move(h.db_path, empty_postgres)
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0
    assert (
        "already holds CreatorPulse data (in command_sync, member_locales, members)" in again.stderr
    )
    assert len(query(empty_postgres, h.db_path, "SELECT * FROM members")) == 1


async def test_the_move_refuses_while_the_bot_holds_the_file(
    empty_postgres: str, sqlite_harness: Harness
) -> None:
    from bot.instance import InstanceLock

    h = sqlite_harness
    with InstanceLock(h.db_path, h.clock.now()):  # what a running bot holds
        held = move(h.db_path, empty_postgres)
    assert held.returncode == 2 and "already running" in held.stderr
    assert held.stderr.strip().count("\n") == 0
    conn = await asyncpg.connect(empty_postgres)
    try:  # nothing was written: not even the schema
        assert await conn.fetchval("SELECT to_regclass('members')") is None
    finally:
        await conn.close()


async def test_the_move_refuses_a_file_of_another_schema_version(
    tmp_path: Path, empty_postgres: str
) -> None:
    path = tmp_path / "old.sqlite3"
    async with SQLiteDatabase(path) as db:
        for _version, _name, sql in migrations()[:14]:
            await db.conn.executescript(sql)
        await db.conn.execute("PRAGMA user_version = 14")
    refused = move(path, empty_postgres)
    assert refused.returncode == 2 and refused.stderr.strip().count("\n") == 0
    assert (
        "schema version 14" in refused.stderr and "start this CreatorPulse once" in refused.stderr
    )


async def test_the_move_needs_a_target_and_a_source(tmp_path: Path, empty_postgres: str) -> None:
    no_url = move(tmp_path / "x.sqlite3", None)
    assert no_url.returncode == 2 and "DATABASE_URL is not set" in no_url.stderr
    no_file = move(tmp_path / "missing.sqlite3", empty_postgres)
    assert no_file.returncode == 2 and "there is no SQLite database at" in no_file.stderr
    assert not (tmp_path / "missing.sqlite3.lock").exists()
