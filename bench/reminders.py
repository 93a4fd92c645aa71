"""What LIVE reminders cost: an idle bot with many future reminders, and a burst.

    python bench/reminders.py                  # 100,000 stored, 60 idle seconds, 500 at once
    python bench/reminders.py --idle 10 --stored 20000 --burst 200

Idle: the bot runs on the real clock against the local emulator with ``--stored`` future
reminders (spread over the coming weeks) and does nothing for ``--idle`` seconds; the
figure is the process's CPU time over that span (the emulator sits in the same process
and is idle too). The scheduler sleeps until the next due reminder, so this stays near
zero however many are stored.

Burst: ``--burst`` LIVEs whose reminders all fall due at one moment (the harness clock
jumps there); the figures are the real time from that moment until each reminder was
accepted by the emulator: first, median, last, and reminders per second. The emulator
has no rate limit; Discord's global limit of 50 requests a second would put the last of
500 at about 10 s.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.clock import SystemClock
from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from tests.support.harness import Harness, running_harness


def seed(h: Harness, count: int, first_due: datetime, spacing: timedelta) -> list[int]:
    """``count`` LIVEs, each with one pending reminder; returns their ids."""
    stamp = int(first_due.timestamp())
    step = int(spacing.total_seconds())
    with sqlite3.connect(h.db_path) as raw:
        lives = [
            (
                h.guild.id,
                n + 1,
                f"Show {n + 1}",
                stamp + n * step + 3600,
                60,
                h.channel.id,
                stamp,
                stamp,
            )
            for n in range(count)
        ]
        raw.executemany(
            "INSERT INTO lives (guild_id, number, title, starts_at, duration_minutes, status, "
            "channel_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'scheduled', ?, ?, ?)",
            lives,
        )
        ids = [row[0] for row in raw.execute("SELECT id FROM lives ORDER BY id")]
        raw.executemany(
            "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, due_at) "
            "VALUES (?, ?, 'reminder', 60, ?)",
            [(h.guild.id, live_id, stamp + n * step) for n, live_id in enumerate(ids)],
        )
        # the host is pinged in the channel, so each reminder is one message
        raw.executemany(
            "INSERT INTO live_hosts (guild_id, live_id, user_id, position) VALUES (?, ?, ?, 1)",
            [(h.guild.id, live_id, h.alice.id) for live_id in ids],
        )
        raw.execute(
            "INSERT INTO members (guild_id, user_id, created_at, live_reminders) "
            "VALUES (?, ?, ?, 'channel')",
            (h.guild.id, h.alice.id, stamp),
        )
    return ids


async def idle(catalog: Catalog, stored: int, seconds: float) -> None:
    clock = SystemClock()
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(Path(folder), catalog, clock=clock) as h:
            with patched_discord_urls(h.emu):
                seed(h, stored, clock.now() + timedelta(days=1), timedelta(seconds=30))
                h.bot.get_cog("LiveCog").wake_scheduler()  # type: ignore[union-attr]
                await asyncio.sleep(1)  # let it read the queue and go to sleep
                cpu, wall = time.process_time(), time.monotonic()
                await asyncio.sleep(seconds)
                used = time.process_time() - cpu
                elapsed = time.monotonic() - wall
    print(f"idle: {stored:,} future reminders stored, {elapsed:.0f} s idle")
    print(f"  process CPU time: {used:.3f} s ({used / elapsed * 100:.2f}% of one core)")


async def burst(catalog: Catalog, count: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(Path(folder), catalog) as h:
            with patched_discord_urls(h.emu):
                h.emu.settle = 0.0
                due = h.clock.now() + timedelta(hours=1)
                seed(h, count, due, timedelta(0))
                h.bot.get_cog("LiveCog").wake_scheduler()  # type: ignore[union-attr]
                await asyncio.sleep(0.5)
                since = len(h.emu.requests)
                started = time.monotonic()
                await h.clock.set(due)
                path = f"/channels/{h.channel.id}/messages"
                while True:
                    done = [r for r in h.emu.requests[since:] if r.path == path and r.status]
                    if len(done) >= count or time.monotonic() - started > 300:
                        break
                    await asyncio.sleep(0.01)
                times = sorted(r.at - started for r in done)
    if not times:
        print("burst: nothing was delivered")
        return
    print(f"burst: {count} reminders due at one moment, {len(times)} delivered")
    print(
        f"  due -> delivered: first {times[0] * 1000:.0f} ms, "
        f"median {statistics.median(times) * 1000:.0f} ms, last {times[-1]:.2f} s "
        f"({len(times) / times[-1]:.0f} reminders/s)"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stored", type=int, default=100_000)
    parser.add_argument("--idle", type=float, default=60.0)
    parser.add_argument("--burst", type=int, default=500)
    args = parser.parse_args()
    catalog = Catalog.load()
    await idle(catalog, args.stored, args.idle)
    await burst(catalog, args.burst)


if __name__ == "__main__":
    asyncio.run(main())
