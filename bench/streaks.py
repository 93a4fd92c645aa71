"""Streak figures: /streak show for 5 years of daily posts, leaderboards over 10,000 creators.

Run from the repository root: ``python bench/streaks.py``. Prints timings (median of
several runs); targets: /streak show under 20 ms without the chart, a leaderboard over
10,000 creators x 100 posts under 100 ms. For the leaderboards it also prints the event
loop's CPU per call (``time.thread_time()``) and the longest the loop went without
running a 1 ms ticker task while the calls ran (its longest stall).
"""

from __future__ import annotations

import asyncio
import gc
import itertools
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.render import render_png
from cogs.streaks import logic
from cogs.streaks.heatmap import WEEKS_SHOWN, draw_heatmap
from cogs.streaks.service import StreakService
from storage import Database, SQLiteDatabase
from storage.members import MemberRepository
from storage.streaks import NewPost, StreakRepository

NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
GUILD = 1
ZONES = ["UTC", "Europe/Oslo", "Asia/Shanghai", "America/New_York", "America/Los_Angeles"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def post(guild: int, user: int, moment: datetime, zone: str) -> NewPost:
    day = logic.local_day(moment, zone)
    return NewPost(guild, user, None, moment, zone, day, logic.week_of_day(day))


async def timed(
    label: str, work: Callable[[], Awaitable[Any]], runs: int = 15, *, loop: bool = False
) -> float:
    samples, cpu, stalls = [], [], []
    for _ in range(runs):
        ticks: list[float] = []
        ticker = asyncio.create_task(_tick(ticks)) if loop else None
        await asyncio.sleep(0.002)
        ticks.clear()
        start, cpu_start = time.perf_counter(), time.thread_time()
        await work()
        samples.append((time.perf_counter() - start) * 1000)
        cpu.append((time.thread_time() - cpu_start) * 1000)
        if ticker is not None:
            ticks.append(time.perf_counter())
            ticker.cancel()
            stalls.append(max(b - a for a, b in itertools.pairwise(ticks)) * 1000)
    median = statistics.median(samples)
    print(
        f"  {label:<58} median {median:8.2f} ms  (min {min(samples):.2f}, max {max(samples):.2f})"
    )
    if loop:
        print(
            f"  {'':<58} loop CPU {statistics.median(cpu):6.2f} ms, "
            f"longest stall {statistics.median(stalls):6.2f} ms (median; max {max(stalls):.2f})"
        )
    return median


async def _tick(ticks: list[float]) -> None:
    """Note the time every millisecond or so: gaps between notes are loop stalls."""
    while True:
        ticks.append(time.perf_counter())
        await asyncio.sleep(0.001)


async def show_bench(db: Database) -> float:
    service, repo = StreakService(db), StreakRepository(db)
    user, zone = 42, "Europe/Oslo"
    members = MemberRepository(db)
    await members.update(GUILD, user, NOW - timedelta(days=1900), timezone=zone)
    for years_ago, goal in ((4, 5), (2, 4), (1, 7)):
        await members.set_weekly_goal(GUILD, user, goal, NOW - timedelta(days=365 * years_ago))
    start = datetime.combine(date(2021, 11, 25), datetime.min.time(), tzinfo=ZoneInfo(zone))
    posts = [
        post(GUILD, user, start + timedelta(days=i, hours=18), zone) for i in range(5 * 365 + 1)
    ]
    await repo.bulk_insert(posts, NOW)
    print(f"/streak show: one creator, {len(posts):,} daily posts over 5 years ({zone})")

    async def data() -> None:
        member = await service.member_streak(GUILD, user, NOW)
        first = member.streak.week - 7 * (WEEKS_SHOWN - 1)
        await repo.day_counts(GUILD, user, first)

    median = await timed("member streak + 26-week day counts (no chart)", data, runs=50)
    member = await service.member_streak(GUILD, user, NOW)
    days = await repo.day_counts(GUILD, user, member.streak.week - 7 * (WEEKS_SHOWN - 1))
    today = logic.local_day(NOW, zone)

    async def chart() -> None:
        await render_png(
            draw_heatmap,
            days,
            member.streak.week,
            today,
            member.trace.kept,
            member.trace.frozen,
            DAYS,
        )

    await timed("heatmap PNG (for information; excluded from the target)", chart, runs=5)
    print(f"  -> current {member.streak.current}, longest {member.streak.longest} weeks")
    return median


async def leaderboard_bench(db: Database) -> float:
    service, repo = StreakService(db), StreakRepository(db)
    guild, creators, per_creator = 2, 10_000, 100
    rng = random.Random(7)
    members = MemberRepository(db)
    zones: dict[int, str] = {}
    for user in range(1, creators + 1):
        zones[user] = ZONES[user % len(ZONES)]
    await db.executemany(
        "INSERT INTO members (guild_id, user_id, timezone, created_at) VALUES (?, ?, ?, ?)",
        [(guild, user, zone, int(NOW.timestamp())) for user, zone in zones.items()],
    )
    for user in range(1, creators + 1, 50):  # some creators changed their goal
        await members.set_weekly_goal(guild, user, rng.randint(2, 5), NOW - timedelta(days=90))
    rows: list[NewPost] = []
    for user, zone in zones.items():
        # ~3.5 posts a week for the last ~29 weeks, with some quiet weeks.
        moments: set[datetime] = set()
        while len(moments) < per_creator:
            back = rng.randint(0, 29 * 7) + (rng.random() < 0.1) * rng.randint(0, 60)
            moments.add(NOW - timedelta(days=back, hours=rng.randint(0, 23)))
        rows.extend(post(guild, user, m, zone) for m in moments)
    start = time.perf_counter()
    for offset in range(0, len(rows), 100_000):
        await repo.bulk_insert(rows[offset : offset + 100_000], NOW)
    count = len(rows)
    del rows  # the bot holds no million objects: do not time the collector walking them
    gc.collect()
    print(
        f"leaderboard: {creators:,} creators x {per_creator} posts = {count:,} posts "
        f"(inserted in {time.perf_counter() - start:.1f} s)"
    )

    cold_start = time.perf_counter()
    await service.leaderboard(guild, "current", NOW)
    cold = (time.perf_counter() - cold_start) * 1000
    print(f"  {'first leaderboard: every summary rebuilt from posts (once)':<58} {cold:8.2f} ms")
    worst = 0.0
    for board in ("current", "longest", "posts_this_month"):
        worst = max(
            worst,
            await timed(
                f"leaderboard by {board}",
                lambda board=board: service.leaderboard(guild, board, NOW),  # type: ignore[misc]
                loop=True,
            ),
        )
    later = NOW + timedelta(days=9)  # a week passed: every summary is a week behind
    await timed(
        "first leaderboard 9 days later (summaries a week behind)",
        lambda: service.leaderboard(guild, "current", later),
        runs=1,
        loop=True,
    )
    worst = max(
        worst,
        await timed(
            "leaderboard by current, 9 days later (no new posts)",
            lambda: service.leaderboard(guild, "current", later),
            loop=True,
        ),
    )
    user = 17  # the clock stays 9 days on: summaries were brought up to that week
    await repo.log_post(post(guild, user, later, zones[user]), later)

    async def after_log() -> None:
        await service.refresh_summary(guild, user, later)
        await service.leaderboard(guild, "current", later)

    worst = max(
        worst, await timed("one creator logs a post, then the leaderboard", after_log, loop=True)
    )
    return worst


async def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "bench.sqlite3") as db:
            await db.migrate()
            show = await show_bench(db)
            board = await leaderboard_bench(db)
    print()
    print(
        f"/streak show without chart: {show:.2f} ms (target < 20 ms) {'OK' if show < 20 else 'SLOW'}"
    )
    print(
        f"leaderboard, slowest board:  {board:.2f} ms (target < 100 ms) {'OK' if board < 100 else 'SLOW'}"
    )


if __name__ == "__main__":
    asyncio.run(main())
