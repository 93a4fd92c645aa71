"""Short reads stay short: every read on the event-loop connection, on bench-sized data.

The loop connection counts SQLite's virtual-machine steps per statement (a measure of
work that does not change with how busy the machine is). A read that runs more than
``LOOP_STEP_LIMIT`` steps on the data below fails: it belongs in ``scan_one``/``scan_all``
or needs an index. The limit is generous: about a few milliseconds of SQLite work.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from storage import Database, SQLiteDatabase
from storage.availability import AvailabilityRepository
from storage.benchmarks import BenchmarkRepository
from storage.database import LoopReadTooHeavy, to_epoch
from storage.deliveries import DeliveryRepository
from storage.er import ErRepository
from storage.guilds import GuildRepository
from storage.live import LiveRepository
from storage.members import MemberRepository
from storage.meta import MetaRepository
from storage.streaks import StreakRepository

pytestmark = pytest.mark.sqlite_only  # SQLite's steps on the event-loop connection

LOOP_STEP_LIMIT = 100_000  # about 4 ms of SQLite work on the 2-core bench machine
NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
GUILD, OTHER = 1, 2
MEMBERS = 10_000
HEAVY = 7  # a creator with five years of daily posts and many results
LIVES = 2_000
FIRST_WEEK = 740_000 - 740_000 % 7 + 1  # a Monday's ordinal
ZONES = ("Europe/Oslo", "Asia/Shanghai", "America/New_York", "UTC")


def _seed(path: Path) -> None:
    rng = random.Random(18)
    stamp = to_epoch(NOW)
    with sqlite3.connect(path) as raw:
        for guild in (GUILD, OTHER):
            raw.execute(
                "INSERT INTO guild_settings (guild_id, updated_at) VALUES (?, ?)", (guild, stamp)
            )
            raw.executemany(
                "INSERT INTO members (guild_id, user_id, timezone, tiktok_handle, followers, "
                "live_reminders, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (guild, u, ZONES[u % 4], f"c{u}", rng.randrange(0, 2_000_000), "dm", stamp)
                    for u in range(1, MEMBERS + 1)
                ],
            )
            raw.executemany(
                "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
                "followers, video_url, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        guild,
                        u,
                        ("views", "followers")[n % 2],
                        rng.random() * 20,
                        rng.randrange(1, 1_000_000),
                        rng.randrange(0, 50_000),
                        rng.randrange(0, 500),
                        rng.randrange(0, 2_000_000),
                        f"https://www.tiktok.com/@c{u}/video/{u * 1000 + n}",
                        stamp - n * 3600,
                        stamp - n * 3600,
                    )
                    for u in range(1, MEMBERS + 1)
                    for n in range(500 if u == HEAVY else 3)
                ],
            )
            raw.executemany(
                "INSERT INTO posts (guild_id, user_id, video_url, posted_at, timezone, local_day, "
                "week, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        guild,
                        u,
                        None,
                        stamp - d * 86_400,
                        "UTC",
                        FIRST_WEEK + 7 * 300 - d,
                        FIRST_WEEK + 7 * ((7 * 300 - d) // 7),
                        stamp,
                    )
                    for u in range(1, MEMBERS + 1, 5)
                    for d in range(1826 if u == HEAVY - 1 or u == HEAVY else 20)
                    if u != HEAVY - 1
                ]
                + [
                    (
                        guild,
                        HEAVY,
                        f"https://www.tiktok.com/@c{HEAVY}/video/{d}",
                        stamp - d * 86_400,
                        "UTC",
                        FIRST_WEEK + 7 * 300 - d,
                        FIRST_WEEK + 7 * ((7 * 300 - d) // 7),
                        stamp,
                    )
                    for d in range(1826)
                ],
            )
            raw.executemany(
                "INSERT INTO streak_summaries (guild_id, user_id, dirty, computed_at) "
                "VALUES (?, ?, 1, ?)",
                [(guild, u, stamp) for u in range(1, MEMBERS + 1)],
            )
            raw.executemany(
                "INSERT INTO availability_windows (guild_id, user_id, days, start_minute, "
                "end_minute, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (guild, u, 31, 60 * h, 60 * h + 180, stamp)
                    for u in range(1, MEMBERS + 1)
                    for h in (6, 12, 18)
                ],
            )
            for number in range(1, LIVES + 1):
                live_id = raw.execute(
                    "INSERT INTO lives (guild_id, number, title, starts_at, duration_minutes, "
                    "status, created_at, updated_at) VALUES (?, ?, ?, ?, 60, ?, ?, ?)",
                    (
                        guild,
                        number,
                        f"Group LIVE {number} with friends",
                        stamp + (number - LIVES // 2) * 3600,
                        "scheduled" if number % 10 else "cancelled",
                        stamp,
                        stamp,
                    ),
                ).lastrowid
                hosts = rng.sample(range(1, MEMBERS + 1), 6)
                raw.executemany(
                    "INSERT INTO live_hosts (guild_id, live_id, user_id, position) "
                    "VALUES (?, ?, ?, ?)",
                    [(guild, live_id, user, pos) for pos, user in enumerate(hosts, start=1)],
                )
                raw.executemany(
                    "INSERT INTO live_rsvps (guild_id, live_id, user_id, status, updated_at) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        (guild, live_id, user, ("going", "maybe", "cant")[user % 3], stamp)
                        for user in rng.sample(range(1, MEMBERS + 1), 200 if number < 50 else 5)
                    ],
                )
                raw.executemany(
                    "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, "
                    "due_at, state) VALUES (?, ?, 'reminder', ?, ?, ?)",
                    [
                        (guild, live_id, offset, stamp + number * 3600 - offset * 60, "pending")
                        for offset in (1440, 60, 15)
                    ],
                )
        raw.execute(
            "INSERT INTO command_sync (scope, hash, synced_at) VALUES ('global', 'x', ?)", (stamp,)
        )


@pytest.fixture(scope="module")
def bench_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("loop-reads") / "bench.sqlite3"

    async def migrate() -> None:
        async with SQLiteDatabase(path) as db:
            await db.migrate()

    asyncio.run(migrate())
    _seed(path)
    return path


@pytest.fixture
async def bench_db(bench_file: Path) -> AsyncIterator[Database]:
    async with SQLiteDatabase(bench_file, loop_step_limit=LOOP_STEP_LIMIT) as db:
        yield db


Read = Callable[[Database], Awaitable[Any]]
HOSTS = (11, 12, 13, 14, 15, 16)
LATER = NOW + timedelta(days=3)

SHORT_READS: dict[str, Read] = {
    "database.schema_version": lambda db: db.schema_version(),
    "database.size_bytes": lambda db: db.size_bytes(),
    "meta.sync_hash": lambda db: MetaRepository(db).sync_hash(),
    "guilds.get": lambda db: GuildRepository(db).get(GUILD),
    "guilds.language": lambda db: GuildRepository(db).language(GUILD),
    "members.get": lambda db: MemberRepository(db).get(GUILD, HEAVY),
    "members.timezones": lambda db: MemberRepository(db).timezones(GUILD, list(range(1, 101))),
    "members.reminder_modes": lambda db: MemberRepository(db).reminder_modes(
        GUILD, list(range(1, 201))
    ),
    "members.handles": lambda db: MemberRepository(db).handles(GUILD, list(HOSTS)),
    "members.many": lambda db: MemberRepository(db).many(GUILD, list(range(1, 201))),
    "members.goal_changes": lambda db: MemberRepository(db).goal_changes(GUILD, HEAVY),
    "members.zone_and_goal_changes": lambda db: MemberRepository(db).zone_and_goal_changes(
        GUILD, HEAVY
    ),
    "availability.windows": lambda db: AvailabilityRepository(db).windows(GUILD, HEAVY),
    "availability.windows_for": lambda db: AvailabilityRepository(db).windows_for(GUILD, HOSTS),
    "availability.get": lambda db: AvailabilityRepository(db).get(GUILD, HEAVY, 5),
    "er.history": lambda db: ErRepository(db).history(GUILD, HEAVY),
    "er.latest": lambda db: ErRepository(db).latest(GUILD, HEAVY),
    "er.count": lambda db: ErRepository(db).count(GUILD, HEAVY),
    "benchmarks.latest_rate": lambda db: BenchmarkRepository(db).latest_rate(GUILD, HEAVY),
    "benchmarks.latest_rate_basis": lambda db: BenchmarkRepository(db).latest_rate(
        GUILD, HEAVY, "followers"
    ),
    "live.get": lambda db: LiveRepository(db).get(GUILD, 10),
    "live.by_number": lambda db: LiveRepository(db).by_number(GUILD, 1500),
    "live.upcoming": lambda db: LiveRepository(db).upcoming(GUILD, NOW),
    "live.upcoming_page": lambda db: LiveRepository(db).upcoming(GUILD, NOW, offset=40),
    "live.search (nothing typed)": lambda db: LiveRepository(db).search(GUILD, "", NOW),
    "live.count_upcoming": lambda db: LiveRepository(db).count_upcoming(GUILD, NOW),
    "live.upcoming_counted": lambda db: LiveRepository(db).upcoming_counted(
        GUILD, NOW, limit=10, offset=40
    ),
    "live.overlapping": lambda db: LiveRepository(db).overlapping(GUILD, HOSTS, NOW, LATER),
    "live.past_with_hosts": lambda db: LiveRepository(db).past_with_hosts(GUILD, HOSTS, NOW),
    "live.next_hosted": lambda db: LiveRepository(db).next_hosted(GUILD, HEAVY, NOW),
    "live.rsvp_of": lambda db: LiveRepository(db).rsvp_of(GUILD, 3, HEAVY),
    "live.rsvp_counts": lambda db: LiveRepository(db).rsvp_counts(GUILD, 3),
    "live.rsvp_users": lambda db: LiveRepository(db).rsvp_users(GUILD, 3, "going"),
    "deliveries.next_due": lambda db: DeliveryRepository(db).next_due(),
    "deliveries.for_live": lambda db: DeliveryRepository(db).for_live(GUILD, 3),
    "deliveries.parts_done": lambda db: DeliveryRepository(db).parts_done(3),
    "streaks.get_post": lambda db: StreakRepository(db).get_post(GUILD, HEAVY, 5),
    "streaks.find_video": lambda db: StreakRepository(db).find_video(
        GUILD, HEAVY, f"https://www.tiktok.com/@c{HEAVY}/video/17"
    ),
    "streaks.recent_posts": lambda db: StreakRepository(db).recent_posts(GUILD, HEAVY),
    "streaks.posts_from_week": lambda db: StreakRepository(db).posts_from_week(
        GUILD, HEAVY, 740_000 + 7 * 290
    ),
    "streaks.total_posts": lambda db: StreakRepository(db).total_posts(GUILD, HEAVY),
    "streaks.week_counts": lambda db: StreakRepository(db).week_counts(GUILD, HEAVY),
    "streaks.day_counts": lambda db: StreakRepository(db).day_counts(  # the heatmap's 26 weeks
        GUILD, HEAVY, FIRST_WEEK + 7 * (300 - 26)
    ),
    "streaks.summary": lambda db: StreakRepository(db).summary(GUILD, HEAVY),
    "streaks.has_summaries": lambda db: StreakRepository(db).has_summaries(GUILD),
    "streaks.recap_status": lambda db: StreakRepository(db).recap_status(GUILD, 740_001),
    "streaks.nudges_enabled": lambda db: StreakRepository(db).nudges_enabled(GUILD, HEAVY),
}


@pytest.mark.parametrize("name", sorted(SHORT_READS))
async def test_short_read_is_cheap_on_bench_data(bench_db: Database, name: str) -> None:
    await SHORT_READS[name](bench_db)  # raises LoopReadTooHeavy beyond the limit
    assert bench_db.last_loop_steps <= LOOP_STEP_LIMIT


async def test_a_heavy_read_on_the_loop_connection_fails(bench_db: Database) -> None:
    """The guard itself: a read over every result of a server is refused on the loop."""
    with pytest.raises(LoopReadTooHeavy):
        await bench_db.read_one("SELECT AVG(rate) FROM er_results WHERE guild_id = ?", (GUILD,))
    # The same read is fine off the loop, where heavy reads belong.
    assert await bench_db.scan_one("SELECT COUNT(*) FROM er_results WHERE guild_id = ?", (GUILD,))
