"""``move-to-postgres`` on a big installation: how long the copy into PostgreSQL takes.

    python bench/move.py                      # 1,000,000 posts and 100,000 ER results
    python bench/move.py --posts 100000 --results 10000

The SQLite file is made first (migrated, then filled directly: 2,000 creators in 20
servers), then ``storage.move.move_to_postgres`` copies it into an empty database of a
PostgreSQL server (a throwaway one unless CREATORPULSE_TEST_POSTGRES names one), as
``python -m bot move-to-postgres`` does. Nothing here is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.postgres import postgres_server
from storage import SQLiteDatabase
from storage.move import move_to_postgres
from storage.postgres import PostgresDatabase
from tests.support.databases import drop_postgres_database, new_postgres_database

NOW = 1_795_000_000
CREATORS, SERVERS = 2_000, 20


def fill(path: Path, posts: int, results: int) -> None:
    with sqlite3.connect(path) as db:
        day = NOW // 86400 + 719163  # the proleptic ordinal of NOW's UTC day
        db.executemany(
            "INSERT INTO posts (guild_id, user_id, video_url, posted_at, timezone, local_day, "
            "week, logged_at) VALUES (?, ?, ?, ?, 'UTC', ?, ?, ?)",
            (
                (
                    1000 + n % SERVERS,
                    5000 + n % CREATORS,
                    f"https://www.tiktok.com/@c/video/{7_300_000_000_000 + n}",
                    NOW - n * 60,
                    (d := day - n * 60 // 86400),
                    d - (d - 1) % 7,
                    NOW,
                )
                for n in range(posts)
            ),
        )
        db.executemany(
            "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
            "shares, followers, created_at, updated_at, latest) "
            "VALUES (?, ?, 'views', ?, 10000, 500, 20, 5, 12000, ?, ?, 0)",
            (
                (1000 + n % SERVERS, 5000 + n % CREATORS, 5.25, NOW - n, NOW - n)
                for n in range(results)
            ),
        )


async def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--results", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, postgres_server(True):
        path = Path(folder) / "big.sqlite3"
        async with SQLiteDatabase(path) as db:
            await db.migrate()
        began = time.perf_counter()
        fill(path, args.posts, args.results)
        size = path.stat().st_size / 2**20
        print(f"SQLite file: {size:.0f} MiB, filled in {time.perf_counter() - began:.1f} s")
        url = await new_postgres_database(migrated=False)
        try:
            async with PostgresDatabase(url) as target:
                began = time.perf_counter()
                moved = await move_to_postgres(path, target, lambda _line: None)
                took = time.perf_counter() - began
            rows = sum(m.target_rows for m in moved)
            print(
                f"moved {rows:,} rows ({args.posts:,} posts, {args.results:,} ER results) "
                f"in {took:.1f} s: {rows / took:,.0f} rows/s"
            )
        finally:
            await drop_postgres_database(url)


if __name__ == "__main__":
    asyncio.run(main())
