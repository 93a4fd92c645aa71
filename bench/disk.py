"""How much disk a year of a 2,000-member community takes in the bot's SQLite file.

Run from the repository root: ``python bench/disk.py [members] [weeks]``. Fills a temporary
database (migrated like the bot's) with what an active community writes, then prints the
file's size and what each kind of row costs:

- every member: a profile (timezone, handle, followers), the language they use, and a
  third of them two availability windows;
- 40% of the members are creators: three posts and two saved /er results a week each;
- three group LIVEs a week: two hosts, 60 RSVPs, five scheduled messages (two reminders,
  start, end, after-LIVE prompt) with one channel part each and a DM part per host, and
  a report from each host.
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage import SQLiteDatabase
from storage.streaks import NewPost, StreakRepository

GUILD = 1
START = datetime(2026, 1, 5, 12, tzinfo=UTC)  # a Monday
ZONES = ("Europe/Oslo", "Asia/Shanghai", "America/New_York", "America/Sao_Paulo")


def epoch(moment: datetime) -> int:
    return int(moment.timestamp())


def file_size(path: Path) -> int:
    return path.stat().st_size


async def size_of(db: SQLiteDatabase, path: Path) -> int:
    """The file's size with its write-ahead log checkpointed into it."""
    # On the write connection, between writes (a checkpoint cannot run in a transaction).
    async with db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)") as done:
        await done.fetchall()
    return file_size(path)


async def main(members: int, weeks: int) -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite3"
        async with SQLiteDatabase(path) as db:
            await db.migrate()
            empty = await size_of(db, path)
            sizes: list[tuple[str, int, int]] = []  # (what, rows, bytes)

            async def measure(
                what: str, count: int, sql: str, rows: Sequence[Sequence[object]]
            ) -> None:
                before = await size_of(db, path)
                await db.executemany(sql, rows)
                sizes.append((what, count, await size_of(db, path) - before))

            stamp = epoch(START)
            users = list(range(1_000, 1_000 + members))
            await measure(
                "member profiles",
                members,
                "INSERT INTO members (guild_id, user_id, timezone, timezone_updated_at, "
                "tiktok_handle, tiktok_updated_at, followers, followers_updated_at, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        GUILD,
                        u,
                        rng.choice(ZONES),
                        stamp,
                        f"creator.{u}",
                        stamp,
                        int(10 ** rng.uniform(3, 6)),
                        stamp,
                        stamp,
                    )
                    for u in users
                ],
            )
            await measure(
                "languages",
                members,
                "INSERT INTO member_locales (guild_id, user_id, locale, seen_at) VALUES (?, ?, ?, ?)",
                [(GUILD, u, rng.choice(("en-US", "zh-CN", "no")), stamp) for u in users],
            )
            windows = [
                (GUILD, u, 0b0011111 if n == 0 else 0b1100000, 18 * 60, 22 * 60, stamp)
                for u in users[: members // 3]
                for n in range(2)
            ]
            await measure(
                "availability windows",
                len(windows),
                "INSERT INTO availability_windows (guild_id, user_id, days, start_minute, "
                "end_minute, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                windows,
            )
            creators = users[: int(members * 0.4)]
            results = []
            for week in range(weeks):
                for u in creators:
                    for _ in range(2):
                        at = epoch(START + timedelta(weeks=week, hours=rng.randrange(168)))
                        views = rng.randrange(1_000, 500_000)
                        results.append(
                            (
                                GUILD,
                                u,
                                "views",
                                round(rng.uniform(2, 15), 4),
                                views,
                                views // 12,
                                views // 200,
                                views // 400,
                                20_000,
                                f"https://www.tiktok.com/@creator.{u}/video/7{rng.randrange(10**17, 10**18)}",
                                at,
                                at,
                            )
                        )
            await measure(
                "saved /er results",
                len(results),
                "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
                "shares, followers, video_url, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                results,
            )
            posts = []
            for week in range(weeks):
                monday = date(2026, 1, 5) + timedelta(weeks=week)
                for u in creators:
                    for n in range(3):
                        day = monday + timedelta(days=2 * n)
                        url = f"https://www.tiktok.com/@creator.{u}/video/7{rng.randrange(10**17, 10**18)}"
                        posted = datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(
                            hours=18
                        )
                        posts.append(
                            NewPost(
                                GUILD, u, url, posted, "UTC", day.toordinal(), monday.toordinal()
                            )
                        )
            before = await size_of(db, path)
            await StreakRepository(db).bulk_insert(posts, START)
            sizes.append(("logged posts", len(posts), await size_of(db, path) - before))

            lives = weeks * 3
            live_rows = [
                (
                    n,
                    GUILD,
                    n,
                    f"Group LIVE #{n}",
                    None,
                    epoch(START + timedelta(days=2 * n, hours=8)),
                    90,
                    "ended",
                    stamp,
                    stamp,
                )
                for n in range(1, lives + 1)
            ]
            before = await size_of(db, path)
            await db.executemany(
                "INSERT INTO lives (id, guild_id, number, title, description, starts_at, "
                "duration_minutes, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                live_rows,
            )
            await db.executemany(
                "INSERT INTO live_hosts (guild_id, live_id, user_id, position) VALUES (?, ?, ?, ?)",
                [
                    (GUILD, n, creators[(2 * n + p) % len(creators)], p + 1)
                    for n in range(1, lives + 1)
                    for p in range(2)
                ],
            )
            await db.executemany(
                "INSERT INTO live_rsvps (guild_id, live_id, user_id, status, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (GUILD, n, u, rng.choice(("going", "going", "maybe", "cant")), stamp)
                    for n in range(1, lives + 1)
                    for u in rng.sample(users, 60)
                ],
            )
            kinds = (("reminder", 1440), ("reminder", 15), ("start", 0), ("end", 0), ("prompt", 60))
            deliveries = [
                (GUILD, n, kind, offset, stamp, "sent", 0, stamp)
                for n in range(1, lives + 1)
                for kind, offset in kinds
            ]
            await db.executemany(
                "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, due_at, "
                "state, attempts, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                deliveries,
            )
            await db.executemany(
                "INSERT INTO live_delivery_parts (delivery_id, guild_id, part, chunk, user_id, "
                "outcome, message_id, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (d, GUILD, part, 0, user, "sent", 10**17 + d, stamp)
                    for d in range(1, len(deliveries) + 1)
                    for part, user in (("channel", 0), ("dm", 1), ("dm", 2))
                ],
            )
            await db.executemany(
                "INSERT INTO live_reports (guild_id, user_id, live_id, started_at, "
                "duration_minutes, viewers, peak_viewers, new_followers, diamonds, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        GUILD,
                        creators[(2 * n + p) % len(creators)],
                        n,
                        stamp,
                        90,
                        400,
                        120,
                        35,
                        900,
                        stamp,
                        stamp,
                    )
                    for n in range(1, lives + 1)
                    for p in range(2)
                ],
            )
            sizes.append(
                (
                    "group LIVEs (with RSVPs, messages, reports)",
                    lives,
                    await size_of(db, path) - before,
                )
            )
            total = await size_of(db, path)

    mib = 1024 * 1024
    print(f"{members:,} members over {weeks} weeks (SQLite, WAL checkpointed)")
    print(f"{'empty, migrated':<46} {empty / mib:8.2f} MiB")
    for what, count, grown in sizes:
        print(f"{what:<32} {count:>9,} rows {grown / mib:8.2f} MiB  {grown / count:7.0f} B each")
    print(f"{'total':<46} {total / mib:8.2f} MiB")


if __name__ == "__main__":
    given = [int(value) for value in sys.argv[1:3]]
    defaults = [2000, 52]
    asyncio.run(main(*(given + defaults[len(given) :])))
