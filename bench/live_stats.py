"""Benchmarks for /live stats: run ``python bench/live_stats.py`` from the repository root.

Prints, all measured in the same run on a fresh SQLite file:
- the history read and the findings (no chart) for a member with 500 reports, and for
  the server view over 20,000 reports (2,000 members, one in four LIVEs a group);
- the chart of the last 50 LIVEs built and rendered to PNG, in a plain thread;
- end to end through the Discord emulator, dispatch to the bot's final reply, both views.
Goals: under 50 ms without the chart, the chart under 300 ms.
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

from bot.charts import figure_to_png
from bot.i18n import Catalog
from cogs.live.after.stats import LiveStats, chart_points, chart_text, compute
from cogs.live.after.stats_chart import draw_stats
from storage import Database, SQLiteDatabase
from storage.database import Tx, to_epoch
from storage.live_reports import FIGURES
from tests.support.harness import running_harness

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GUILD, MEMBER, MEMBERS, REPORTS = 1, 10, 2000, 20_000


def summary(label: str, samples_s: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples_s)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return (
        f"{label:<44} n={len(ms):<4} median {statistics.median(ms):8.2f} ms"
        f"   p99 {p99:8.2f} ms   min {ms[0]:8.2f} ms"
    )


async def fill(db: Database, guild_id: int = GUILD, member: int = MEMBER) -> None:
    """20,000 reports: 500 of ``member``; a quarter on group LIVEs with a co-host."""
    stamp = to_epoch(NOW)
    lives, hosts, reports = [], [], []
    for index in range(REPORTS):
        user = member if index < 500 else 1000 + index % MEMBERS
        start = to_epoch(NOW - timedelta(hours=3 * (index % 6000) + index // 6000))
        live_id = index + 1 if index % 4 == 0 else None
        if live_id is not None:
            lives.append((live_id, guild_id, live_id, f"LIVE {live_id}", start, 60, stamp, stamp))
            hosts += [(guild_id, live_id, user, 1), (guild_id, live_id, 1000 + index % 7, 2)]
        figures = [900 + index % 300, 400, 20 + index % 40, 150, 3000, 12, 900, 40, 9]
        reports.append((guild_id, user, live_id, start, 60, *figures, None, stamp, stamp))

    async def work(tx: Tx) -> None:
        await tx.executemany(
            "INSERT INTO lives (id, guild_id, number, title, starts_at, duration_minutes, "
            "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'ended', ?, ?)",
            lives,
        )
        await tx.executemany(
            "INSERT INTO live_hosts (guild_id, live_id, user_id, position) "
            "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            hosts,
        )
        await tx.executemany(
            f"INSERT INTO live_reports (guild_id, user_id, live_id, started_at, "
            f"duration_minutes, {', '.join(FIGURES)}, reported_by_user_id, created_at, "
            f"updated_at) VALUES ({', '.join('?' for _ in range(len(FIGURES) + 8))}) "
            "ON CONFLICT DO NOTHING",
            reports,
        )

    await db.write(work)


async def repeat(run: Callable[[], Awaitable[object]], times: int) -> list[float]:
    samples = []
    for _ in range(times):
        began = time.perf_counter()
        await run()
        samples.append(time.perf_counter() - began)
    return samples


async def bench_without_chart(catalog: Catalog) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "stats.sqlite3") as db:
            await db.migrate()
            await fill(db)

            class Bot:  # what LiveStats reads: the database
                pass

            bot = Bot()
            bot.db = db  # type: ignore[attr-defined]
            stats = LiveStats(bot)  # type: ignore[arg-type]

            async def member() -> None:
                compute(await stats.history(GUILD, MEMBER, False), "Europe/Oslo")

            async def server() -> None:
                compute(await stats.history(GUILD, MEMBER, True), "Europe/Oslo")

            print(summary("history + findings, member (500 reports)", await repeat(member, 40)))
            print(summary("history + findings, server (20,000)", await repeat(server, 15)))
            history = await stats.history(GUILD, MEMBER, False)
    t = catalog.messages("en-US")
    args = (chart_points(t, history[-50:], "Europe/Oslo"), chart_text(t, "LIVE stats"))
    samples = []
    for _ in range(10):
        began = time.perf_counter()
        await asyncio.to_thread(lambda: figure_to_png(draw_stats(*args)))
        samples.append(time.perf_counter() - began)
    print(summary("chart of 50 LIVEs to PNG (thread)", samples))


async def bench_end_to_end(catalog: Catalog) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(Path(folder), catalog, now=NOW) as h:
            await fill(h.db, h.guild.id, h.alice.id)

            async def member() -> None:
                await h.slash(h.alice, "live stats", {"last": 50})

            async def server() -> None:
                await h.slash(h.mod, "live stats", {"server": True, "last": 50})

            await member()  # warm: fonts, matplotlib caches
            print(summary("/live stats end to end, member, chart", await repeat(member, 10)))
            print(summary("/live stats end to end, server, chart", await repeat(server, 5)))


async def main() -> None:
    catalog = Catalog.load()
    await bench_without_chart(catalog)
    await bench_end_to_end(catalog)


if __name__ == "__main__":
    asyncio.run(main())
