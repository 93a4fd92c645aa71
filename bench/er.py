"""Benchmarks for /er: run ``python bench/er.py`` from the repository root.

Prints, all measured in the same run:
- the chart (50 points) built and rendered to PNG, in a plain thread;
- the history query (limit 50) on a table with many members' results;
- end to end through the Discord emulator, from dispatching the interaction to the
  bot's final reply request: an ``echo`` baseline command, ``/er views`` and
  ``/er history`` (limit 50, with chart).
Goals: /er views median within 2× echo; /er history under 300 ms.
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

import discord
from discord import app_commands

from bot.benchmarks import BenchmarkLibrary
from bot.charts import figure_to_png
from bot.i18n import Catalog
from cogs.er import render
from cogs.er.chart import draw_history
from sandbox.emulator import patched_discord_urls
from storage import SQLiteDatabase
from storage.er import ErRepository, NewErResult
from tests.support.harness import Harness, running_harness

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def summary(label: str, samples_s: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples_s)
    p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))]
    return (
        f"{label:<34} n={len(ms):<4} median {statistics.median(ms):8.2f} ms"
        f"   p99 {p99:8.2f} ms   min {ms[0]:8.2f} ms"
    )


def fifty_results() -> list[NewErResult]:
    return [
        NewErResult(
            guild_id=1,
            user_id=10,
            basis="views" if index % 5 else "followers",
            rate=3.0 + (index % 7) + (25.0 if index == 30 else 0.0),
            likes=300 + index,
            comments=20,
            views=10_000 if index % 5 else None,
            shares=5 if index % 5 else None,
            posts=None if index % 5 else 10,
            followers=12_000,
            video_url=f"https://www.tiktok.com/@bench/video/{7234567890123456700 + index}",
        )
        for index in range(50)
    ]


async def bench_chart(catalog: Catalog) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "chart.sqlite3") as db:
            await db.migrate()
            repo = ErRepository(db)
            for index, new in enumerate(fifty_results()):
                await repo.save(new, NOW + timedelta(days=index))
            results = await repo.history(1, 10, 50)
    t = catalog.messages("en-US")
    seed = BenchmarkLibrary.load().get(None)
    args = (
        render.chart_series(t, results),
        render.chart_reference(t, seed, 12_000),
        render.chart_text(t),
    )
    figure_to_png(draw_history(*args))  # warm-up: fonts, caches
    build, total = [], []
    size = 0
    for _ in range(20):
        start = time.perf_counter()
        figure = draw_history(*args)
        built = time.perf_counter()
        png = figure_to_png(figure)
        done = time.perf_counter()
        build.append(built - start)
        total.append(done - start)
        size = len(png)
    print(summary("chart 50 points: build Figure", build))
    print(summary("chart 50 points: build + PNG", total))
    print(f"{'':<34} PNG {size / 1024:.1f} KiB")


async def bench_history_query() -> None:
    members, per_member = 2_000, 50
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "query.sqlite3") as db:
            await db.migrate()
            rows = [
                (
                    1,
                    user,
                    "views",
                    3.5,
                    10_000,
                    300,
                    20,
                    5,
                    12_000,
                    NOW.timestamp() + i,
                    NOW.timestamp() + i,
                )
                for user in range(members)
                for i in range(per_member)
            ]
            await db.executemany(
                "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
                "shares, followers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            repo = ErRepository(db)
            samples = []
            for user in range(0, members, 10):
                start = time.perf_counter()
                found = await repo.history(1, user, 50)
                samples.append(time.perf_counter() - start)
                assert len(found) == per_member
    print(summary(f"history query, {members * per_member:,} rows", samples))


async def timed(harness: Harness, run: Callable[[], Awaitable[object]]) -> float:
    """Seconds from dispatching an interaction to the bot's last request answering it."""
    start = time.monotonic()
    result = await run()
    requests = getattr(result, "requests", [])
    assert requests, "no reply recorded"
    return float(requests[-1].at - start)


async def bench_end_to_end(catalog: Catalog) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with running_harness(Path(folder), catalog) as harness:
            with patched_discord_urls(harness.emu):
                harness.emu.settle = 0.002

                @app_commands.command(name="echo", description="Bench baseline: answers at once")
                async def echo(interaction: discord.Interaction, text: str) -> None:
                    await interaction.response.send_message(text)

                harness.bot.tree.add_command(echo)
                await harness.bot.tree.sync()
                repo = ErRepository(harness.bot.db)
                for index, new in enumerate(fifty_results()):
                    mine = NewErResult(
                        **{**new.__dict__, "guild_id": harness.guild.id, "user_id": harness.bob.id}
                    )
                    await repo.save(mine, NOW - timedelta(days=index))
                alice = harness.alice
                views = {
                    "views": "50K",
                    "likes": "4.5K",
                    "comments": "300",
                    "shares": "200",
                    "followers": "12K",
                }
                for _ in range(10):  # warm-up
                    await harness.slash(alice, "echo", {"text": "hi"})
                    await harness.slash(alice, "er views", {**views, "save": False})
                echo_s, views_s, saved_s = [], [], []
                for _ in range(150):  # interleaved, so both see the same machine state
                    echo_s.append(
                        await timed(harness, lambda: harness.slash(alice, "echo", {"text": "hi"}))
                    )
                    views_s.append(
                        await timed(
                            harness,
                            lambda: harness.slash(alice, "er views", {**views, "save": False}),
                        )
                    )
                    saved_s.append(
                        await timed(harness, lambda: harness.slash(alice, "er views", views))
                    )
                history = {"member": harness.bob.id, "limit": 50}
                await harness.slash(alice, "er history", history)  # warm-up
                history_s = [
                    await timed(harness, lambda: harness.slash(alice, "er history", history))
                    for _ in range(30)
                ]
    print(summary("e2e echo (baseline)", echo_s))
    print(summary("e2e /er views (save: false)", views_s))
    print(summary("e2e /er views (saved)", saved_s))
    print(summary("e2e /er history limit 50 + chart", history_s))
    ratio = statistics.median(views_s) / statistics.median(echo_s)
    ratio_saved = statistics.median(saved_s) / statistics.median(echo_s)
    print(f"/er views median / echo median: {ratio:.2f}× (saved: {ratio_saved:.2f}×; goal ≤ 2×)")
    print(f"/er history median: {statistics.median(history_s) * 1000:.0f} ms (goal < 300 ms)")


async def main() -> None:
    catalog = Catalog.load()
    await bench_chart(catalog)
    await bench_history_query()
    await bench_end_to_end(catalog)


if __name__ == "__main__":
    asyncio.run(main())
