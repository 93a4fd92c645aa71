"""How fast /timezone autocomplete and /privacy export/delete are.

Run from the repository root: ``python bench/members.py``. Prints figures; asserts nothing.
Autocomplete must answer well inside Discord's 3 s (it cannot be deferred); a few ms is the aim.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.client import CreatorBot
from bot.settings import Settings
from bot.timezones import zone_index
from cogs.members.logic import pick_candidates
from storage import SQLiteDatabase
from storage.privacy import PrivacyRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
QUERIES = ["", "o", "os", "Oslo", "new y", "São", "上海", "CET", "UTC+8", "a", "xyzzy"]


def timed(fn, repeat: int) -> list[float]:  # type: ignore[no-untyped-def]
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def report(label: str, samples: list[float]) -> None:
    ordered = sorted(samples)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    print(
        f"  {label:<24} median {statistics.median(samples):7.3f} ms   "
        f"p99 {p99:7.3f} ms   max {max(samples):7.3f} ms"
    )


async def bench_privacy(members: int, rows_each: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "bench.sqlite3") as db:
            await db.migrate()
            stamp = int(NOW.timestamp())
            await db.executemany(
                "INSERT INTO members (guild_id, user_id, created_at, timezone) VALUES (1, ?, ?, 'UTC')",
                [(user, stamp) for user in range(members)],
            )
            await db.executemany(
                "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
                "created_at, updated_at) VALUES (1, ?, 'views', 5.0, 1000, 50, 0, ?, ?)",
                [(user, stamp, stamp) for user in range(members) for _ in range(rows_each)],
            )
            repo = PrivacyRepository(db)
            total = members * (rows_each + 1)
            start = time.perf_counter()
            exported = await repo.export(1, 7)
            export_ms = (time.perf_counter() - start) * 1000
            start = time.perf_counter()
            deleted = await repo.delete(1, 7)
            delete_ms = (time.perf_counter() - start) * 1000
            print(
                f"  {total:,} rows in the database: export {export_ms:6.2f} ms "
                f"({sum(len(r) for r in exported.values())} rows), "
                f"delete {delete_ms:6.2f} ms ({sum(deleted.values())} rows)"
            )


def main() -> None:
    start = time.perf_counter()
    zone_index(NOW.year)
    print(f"zone index build (once per process): {(time.perf_counter() - start) * 1000:.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(_env_file=None, database_path=Path(folder) / "x.sqlite3")  # type: ignore[call-arg]
        bot = CreatorBot(settings, SQLiteDatabase(settings.database_path))
        print("/timezone set autocomplete (bot.zone_choices), 300 runs each:")
        for query in QUERIES:
            count = len(bot.zone_choices(query, NOW))
            report(
                f"{query!r} ({count} choices)", timed(lambda q=query: bot.zone_choices(q, NOW), 300)
            )
        print("abbreviation menu (resolve + pick 25 candidates), 300 runs each:")
        index = zone_index(NOW.year)
        for query in ("CET", "UTC+8", "IST"):
            report(
                query,
                timed(lambda q=query: pick_candidates(index.resolve(q, NOW)[1], NOW), 300),
            )
    print("/privacy export and delete of one member:")
    for members, rows_each in ((100, 10), (1000, 50)):
        asyncio.run(bench_privacy(members, rows_each))


if __name__ == "__main__":
    main()
