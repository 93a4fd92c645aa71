"""Figures for /live's storage queries and preview checks on a busy server.

    python bench/live.py            # 5,000 LIVEs, 6 hosts each, 5,000 RSVPs on one LIVE

Prints the median time per call of what /live list, /live info, the autocomplete and
the preview run. The slot search itself is measured by bench/slots.py.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cogs.live.scheduling.logic import HostContext, edge_counts, warnings_for
from storage import SQLiteDatabase
from storage.database import to_epoch
from storage.live import LiveRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GUILD = 1
LIVES = 5000
RSVPS = 5000


async def timed(label: str, call: Callable[[], Awaitable[object]], runs: int = 200) -> None:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        await call()
        samples.append((time.perf_counter() - start) * 1000)
    print(
        f"{label:<44} median {statistics.median(samples):7.3f} ms   p95 {sorted(samples)[int(runs * 0.95)]:7.3f} ms"
    )


def timed_sync(label: str, call: Callable[[], object], runs: int = 2000) -> None:
    start = time.perf_counter()
    for _ in range(runs):
        call()
    print(f"{label:<44} mean   {(time.perf_counter() - start) * 1000 / runs:7.3f} ms")


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "bench.sqlite3") as db:
            await db.migrate()
            repo = LiveRepository(db)
            stamp = to_epoch(NOW)
            lives = [
                (
                    GUILD,
                    n,
                    f"Show {n}",
                    to_epoch(NOW + timedelta(hours=n - LIVES // 2)),
                    60,
                    stamp,
                    stamp,
                )
                for n in range(1, LIVES + 1)
            ]
            await db.executemany(
                "INSERT INTO lives (guild_id, number, title, starts_at, duration_minutes, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                lives,
            )
            ids = [row["id"] for row in await db.read_all("SELECT id FROM lives ORDER BY id")]
            await db.executemany(
                "INSERT INTO live_hosts (guild_id, live_id, user_id, position) VALUES (?, ?, ?, ?)",
                [
                    (GUILD, live_id, 100 + (live_id + p) % 40, p + 1)
                    for live_id in ids
                    for p in range(6)
                ],
            )
            target = ids[LIVES // 2 + 10]
            await db.executemany(
                "INSERT INTO live_rsvps (guild_id, live_id, user_id, status, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (GUILD, target, 10_000 + u, ("going", "maybe", "cant")[u % 3], stamp)
                    for u in range(RSVPS)
                ],
            )
            print(f"{LIVES} LIVEs x 6 hosts, {RSVPS} RSVPs on one LIVE")
            await timed(
                "upcoming page (/live list)", lambda: repo.upcoming(GUILD, NOW, limit=10, offset=20)
            )
            await timed("count upcoming", lambda: repo.count_upcoming(GUILD, NOW))
            await timed("autocomplete by number prefix", lambda: repo.search(GUILD, "12", NOW))
            await timed("autocomplete by title", lambda: repo.search(GUILD, "show 49", NOW))
            start = NOW + timedelta(hours=30)
            await timed(
                "clashes for 6 hosts (preview)",
                lambda: repo.overlapping(
                    GUILD, [100, 101, 102, 103, 104, 105], start, start + timedelta(hours=2)
                ),
            )
            await timed(
                "RSVP counts (announcement update)", lambda: repo.rsvp_counts(GUILD, target)
            )
            await timed("Going list (cancel DMs)", lambda: repo.rsvp_users(GUILD, target, "going"))
            await timed(
                "past LIVEs of a group (suggest)",
                lambda: repo.past_with_hosts(GUILD, [100, 101], NOW),
            )

    day = [
        (NOW + timedelta(days=d, hours=17), NOW + timedelta(days=d, hours=22)) for d in range(30)
    ]
    hosts = [
        HostContext(100 + i, zone, day)
        for i, zone in enumerate(
            [
                "Europe/Oslo",
                "Asia/Shanghai",
                "America/Sao_Paulo",
                "Asia/Kathmandu",
                "Australia/Sydney",
                "America/New_York",
            ]
        )
    ]
    timed_sync(
        "warnings for 6 hosts x 30 days of windows",
        lambda: warnings_for(NOW + timedelta(days=3, hours=18), timedelta(hours=1), NOW, hosts, []),
    )
    past = [
        (
            NOW - timedelta(days=d, hours=-17),
            NOW - timedelta(days=d, hours=-18),
            tuple(range(100, 106)),
        )
        for d in range(50)
    ]
    windows = {
        100 + i: [
            (NOW - timedelta(days=d, hours=-17), NOW - timedelta(days=d, hours=-22))
            for d in range(60)
        ]
        for i in range(6)
    }
    timed_sync("edge counts, 50 past LIVEs x 6 hosts", lambda: edge_counts(past, windows), runs=200)


if __name__ == "__main__":
    asyncio.run(main())
