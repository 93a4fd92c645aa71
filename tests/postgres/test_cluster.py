"""Two real bot processes, two shards each, on one PostgreSQL: every server answered by the
process that owns it, scheduled work sent once between them, and the survivor finishing
what a process killed with SIGKILL was sending.

The processes read the machine's clock (see tests/support/processes.py): the emulator
does too here, and the work is due seconds ahead of it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import asyncpg
import pytest

from bot.clock import SystemClock
from sandbox.emulator import (
    DEFAULT_MEMBER_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    Channel,
    DiscordEmulator,
    Guild,
    Member,
)
from storage.database import to_epoch
from tests.support.databases import drop_postgres_database, new_postgres_database
from tests.support.processes import BotProcess, bot_process

pytestmark = pytest.mark.postgres_only
SHARDS = 4
LEASE = 3  # seconds (CLAIM_LEASE_SECONDS): how long a dead process's claim holds its work


@dataclass
class World:
    emu: DiscordEmulator
    url: str
    guilds: list[Guild]
    channels: dict[int, Channel]
    mods: dict[int, Member]


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with DiscordEmulator(clock=SystemClock(), recommended_shards=SHARDS) as emu:
        guilds, channels, mods = [], {}, {}
        for shard in range(SHARDS):
            for n in range(2):
                guild = emu.add_guild(emu.guild_id_for_shard(shard, SHARDS), name=f"S{shard}.{n}")
                channels[guild.id] = emu.add_channel(guild.id, name="lives")
                mods[guild.id] = emu.add_member(
                    guild.id,
                    name=f"mod{shard}{n}",
                    permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_EVENTS | MANAGE_GUILD,
                )
                guilds.append(guild)
        url = await new_postgres_database(migrated=False)
        try:
            yield World(emu, url, guilds, channels, mods)
        finally:
            await drop_postgres_database(url)


@contextlib.asynccontextmanager
async def two_processes(w: World, folder: Path) -> AsyncIterator[tuple[BotProcess, BotProcess]]:
    """Started together (neither waits for the other), each with half the shards."""
    settings = {
        "DATABASE_URL": w.url,
        "SHARD_COUNT": str(SHARDS),
        "CLAIM_LEASE_SECONDS": str(LEASE),
    }
    async with (
        bot_process(w.emu, folder / "a", ready=False, SHARD_IDS="0,1", **settings) as a,
        bot_process(w.emu, folder / "b", ready=False, SHARD_IDS="2,3", **settings) as b,
    ):
        await w.emu.wait_until_connected(60)
        for bot in (a, b):
            for _ in range(600):
                if bot.logged("logged in as"):
                    break
                await asyncio.sleep(0.05)
        yield a, b


async def burst(w: World, count: int, due_in: float) -> list[int]:
    """``count`` LIVEs spread over every server, each with its 1-hour reminder due in
    ``due_in`` seconds (written as the bot writes them); the deliveries' ids."""
    now = SystemClock().now()
    due = to_epoch(now + timedelta(seconds=due_in))
    conn = await asyncpg.connect(w.url)
    try:
        ids = []
        for n in range(count):
            guild = w.guilds[n % len(w.guilds)]
            live_id = await conn.fetchval(
                "INSERT INTO lives (guild_id, number, title, starts_at, duration_minutes, "
                "channel_id, created_at, updated_at, reminder_offsets) "
                "VALUES ($1, $2, $3, $4, 60, $5, $6, $6, '[60]') RETURNING id",
                guild.id,
                n // len(w.guilds) + 1,
                f"Burst {n}",
                due + 3600,
                w.channels[guild.id].id,
                to_epoch(now),
            )
            ids.append(
                await conn.fetchval(
                    "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, "
                    "due_at) VALUES ($1, $2, 'reminder', 60, $3) RETURNING id",
                    guild.id,
                    live_id,
                    due,
                )
            )
        await conn.execute("SELECT pg_notify('creatorpulse', 'deliveries:')")
    finally:
        await conn.close()
    return ids


def reminder_posts(emu: DiscordEmulator) -> list[str]:
    """The nonce of every reminder message the bots asked Discord to post."""
    return [
        str(r.json.get("nonce"))
        for r in emu.requests
        if r.method == "POST"
        and r.path.startswith("/channels/")
        and isinstance(r.json, dict)
        and str(r.json.get("nonce", "")).startswith("r")
    ]


def reminders_in(w: World, guild: Guild) -> list[dict[str, object]]:
    """The reminder messages in a server's LIVE channel (as members see them)."""
    return [
        m
        for m in w.emu.channel_messages(w.channels[guild.id].id)
        if str(m.get("nonce", "")).startswith("r")
    ]


async def sent(url: str) -> dict[str, int]:
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT state, COUNT(*) AS n FROM live_deliveries GROUP BY state")
    finally:
        await conn.close()
    return {r["state"]: r["n"] for r in rows}


async def until(check: object, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if await check():  # type: ignore[operator]
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


async def test_two_processes_share_the_shards_and_send_a_burst_once(
    world: World, tmp_path: Path
) -> None:
    w = world
    async with two_processes(w, tmp_path) as (a, b):
        migrated = a.logged("database migrated") + b.logged("database migrated")
        assert len(migrated) == 1, migrated  # started together: migrated once
        assert w.emu.sync_count == 1  # the commands are synced by shard 0's process only
        for guild in w.guilds:
            answer = await w.emu.slash(guild.id, w.mods[guild.id].id, "about")
            assert "CreatorPulse" in answer.text
            [delivered] = w.emu.delivered("INTERACTION_CREATE", guild_id=guild.id)
            assert delivered.shard_id == w.emu.shard_of(guild.id, SHARDS)

        ids = await burst(w, 200, due_in=2)

        async def all_sent() -> bool:
            return (await sent(w.url)).get("sent", 0) == len(ids)

        await until(all_sent, 60)
    posts = Counter(reminder_posts(w.emu))
    assert len(posts) == len(ids) and set(posts.values()) == {1}  # each sent exactly once
    assert w.emu.nonce_hits == 0
    for guild in w.guilds:
        assert len(reminders_in(w, guild)) == len(ids) // len(w.guilds)


async def test_the_survivor_finishes_what_a_killed_process_was_sending(
    world: World, tmp_path: Path
) -> None:
    w = world
    async with two_processes(w, tmp_path) as (a, b):
        ids = await burst(w, 200, due_in=2)
        conn = await asyncpg.connect(w.url)
        try:
            # Once some are out, kill whichever process holds claims now, mid-burst.
            victim = None
            deadline = time.monotonic() + 30
            while victim is None and time.monotonic() < deadline:
                holders = await conn.fetch(
                    "SELECT DISTINCT claimed_by FROM live_deliveries WHERE claimed_by IS NOT NULL"
                )
                pids = {int(str(r["claimed_by"]).split(":")[1]) for r in holders}
                if len(reminder_posts(w.emu)) >= 20 and pids & {a.pid, b.pid}:
                    victim = a if a.pid in pids else b
                await asyncio.sleep(0.02)
            assert victim is not None, "no process held a claim"
            victim.kill()
            killed_at = time.monotonic()
            await victim.process.wait()
            survivor = b if victim is a else a

            async def all_done() -> bool:
                return (await sent(w.url)).get("sent", 0) == len(ids)

            await until(all_done, 60)
            finished_after = time.monotonic() - killed_at
        finally:
            await conn.close()
        assert survivor.logged("took over the reminder of LIVE")
    # Every reminder is in its channel once (a part the killed process had sent but not
    # recorded was sent again with the same nonce, which Discord answers with the first).
    posts = Counter(reminder_posts(w.emu))
    assert len(posts) == len(ids)
    assert sum(n - 1 for n in posts.values()) <= 8  # only what was in flight at the kill
    for guild in w.guilds:
        assert len(reminders_in(w, guild)) == len(ids) // len(w.guilds)
    assert finished_after < LEASE + 20, finished_after


async def test_dms_go_to_shard_0_and_held_shards_are_refused_until_their_process_dies(
    world: World, tmp_path: Path
) -> None:
    w = world
    shard3 = next(g for g in w.guilds if w.emu.shard_of(g.id, SHARDS) == 3)
    host = w.emu.add_member(shard3.id, name="host")
    async with two_processes(w, tmp_path) as (_a, b):
        # A LIVE scheduled in a server of shard 3 (the second process's)...
        mod = w.mods[shard3.id]
        channel = w.channels[shard3.id].id
        start = SystemClock().now() + timedelta(hours=2)  # (UTC: the server has no zone)
        await w.emu.slash(shard3.id, mod.id, "config channel", {"kind": "live", "channel": channel})
        preview = await w.emu.slash(
            shard3.id,
            mod.id,
            "live schedule",
            {"title": "Shard three", "when": f"{start:%Y-%m-%d %H:%M}", "host1": host.id},
            channel_id=channel,
        )
        confirm = next(c for c in preview.buttons if str(c["custom_id"]).endswith(":confirm"))
        done = await w.emu.click(shard3.id, mod.id, preview.message, confirm["custom_id"])
        assert "Shard three" in done.text
        # ...whose reminder reaches its host by DM, with the checklist button.
        conn = await asyncpg.connect(w.url)
        try:
            await conn.execute(
                "UPDATE live_deliveries SET due_at = $1 WHERE kind = 'reminder' AND offset_minutes = "
                "(SELECT MIN(offset_minutes) FROM live_deliveries WHERE kind = 'reminder')",
                to_epoch(SystemClock().now() + timedelta(seconds=1)),
            )
            await conn.execute("SELECT pg_notify('creatorpulse', 'deliveries:')")
        finally:
            await conn.close()

        async def dm_arrived() -> bool:
            return any(
                str(c.get("custom_id", "")).startswith("live:chk:")
                for m in w.emu.dm_messages(host.id)
                for row in m.get("components", [])
                for c in row["components"]
            )

        await until(dm_arrived, 30)
        dm = w.emu.dm_messages(host.id)[-1]
        button = next(
            c["custom_id"]
            for row in dm["components"]
            for c in row["components"]
            if str(c["custom_id"]).startswith("live:chk:")
        )
        checklist = await w.emu.click(None, host.id, dm, button)  # a DM: no server, shard 0
        assert checklist.ephemeral and checklist.text
        dm_clicks = [d for d in w.emu.delivered("INTERACTION_CREATE") if d.guild_id is None]
        assert [d.shard_id for d in dm_clicks] == [0]  # the first process's, for a shard-3 server

        # A third process asking for a shard that is run is refused, naming the holder.
        settings = {"DATABASE_URL": w.url, "SHARD_COUNT": str(SHARDS)}
        async with bot_process(w.emu, tmp_path / "c", ready=False, SHARD_IDS="3", **settings) as c:
            assert await asyncio.wait_for(c.process.wait(), 60) == 2
        [refusal] = [line for line in c.lines if "cannot start" in line]
        assert "shard 3 is already run by another CreatorPulse" in refusal
        assert f"pid {b.pid}" in refusal

        # Killed, its shards are free again at once: a new process takes them.
        b.kill()
        await b.process.wait()
        async with bot_process(
            w.emu, tmp_path / "d", SHARD_IDS="2,3", CLAIM_LEASE_SECONDS=str(LEASE), **settings
        ) as d:
            await w.emu.wait_until_connected(60, shards=[2, 3])
            answer = await w.emu.slash(shard3.id, mod.id, "about")
            assert "CreatorPulse" in answer.text and d.process.returncode is None


async def test_sigterm_mid_burst_gives_the_work_back_and_exits_0_within_10_s(
    world: World, tmp_path: Path
) -> None:
    w = world
    lease = 120  # long: the survivor must not need the claims to run out
    settings = {
        "DATABASE_URL": w.url,
        "SHARD_COUNT": str(SHARDS),
        "CLAIM_LEASE_SECONDS": str(lease),
    }
    async with (
        bot_process(w.emu, tmp_path / "a", SHARD_IDS="0,1", **settings) as a,
        bot_process(w.emu, tmp_path / "b", SHARD_IDS="2,3", **settings) as b,
    ):
        ids = await burst(w, 200, due_in=2)
        conn = await asyncpg.connect(w.url)
        try:
            stopping = None
            deadline = time.monotonic() + 30
            while stopping is None and time.monotonic() < deadline:
                rows = await conn.fetch(
                    "SELECT DISTINCT claimed_by FROM live_deliveries WHERE claimed_by IS NOT NULL"
                )
                pids = {int(str(r["claimed_by"]).split(":")[1]) for r in rows}
                if len(reminder_posts(w.emu)) >= 20 and pids & {a.pid, b.pid}:
                    stopping = a if a.pid in pids else b
                await asyncio.sleep(0.02)
            assert stopping is not None, "no process held a claim"
            stopping.process.terminate()
            began = time.monotonic()
            assert await asyncio.wait_for(stopping.process.wait(), 10) == 0
            assert time.monotonic() - began < 10

            async def all_done() -> bool:
                return (await sent(w.url)).get("sent", 0) == len(ids)

            await until(all_done, 30)  # well before a claim of 120 s would run out
            finished_after = time.monotonic() - began
        finally:
            await conn.close()
    assert finished_after < 30
    posts = Counter(reminder_posts(w.emu))
    assert len(posts) == len(ids) and set(posts.values()) == {1}  # a clean stop sends none twice
