"""Time the /benchmark community-percentile query on a server with 10,000 members' results.

Run from the repository root: ``python bench/benchmark.py [members] [results-per-member]``.
Seeds a temporary SQLite file (migrated like the bot's), then times
``BenchmarkRepository.standing`` through the bot's own ``Database`` connection, and a
save of a new result (which keeps each member's latest result flagged).
Goal: under 20 ms a query.
"""

from __future__ import annotations

import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from storage import SQLiteDatabase
from storage.benchmarks import _STANDING_BOUNDED, BenchmarkRepository
from storage.er import ErRepository, NewErResult

GUILD = 1
OTHER_GUILD = 2
START = 1_760_000_000  # epoch seconds


def rows(guild: int, members: int, per_member: int, rng: random.Random) -> list[tuple[object, ...]]:
    out: list[tuple[object, ...]] = []
    for user in range(1, members + 1):
        followers = int(10 ** rng.uniform(2.5, 6.5))
        for n in range(per_member):
            basis = "views" if n % 3 != 2 else "followers"
            rate = round(rng.lognormvariate(1.5, 0.6), 4)
            created = START + rng.randrange(0, 90 * 86_400)
            views = rng.randrange(1_000, 1_000_000) if basis == "views" else None
            posts = None if basis == "views" else rng.randrange(1, 30)
            out.append(
                (guild, user, basis, rate, views, 100, 10, followers, posts, created, created)
            )
    return out


async def main(members: int, per_member: int) -> None:
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        async with SQLiteDatabase(Path(folder) / "bench.sqlite3") as db:
            await db.migrate()
            insert = (
                "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
                "followers, posts, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            )
            seeded = time.perf_counter()
            await db.executemany(insert, rows(GUILD, members, per_member, rng))
            await db.executemany(insert, rows(OTHER_GUILD, members // 2, per_member, rng))
            await db.execute("ANALYZE")
            seeded = time.perf_counter() - seeded
            total = await db.scan_one("SELECT COUNT(*) AS n FROM er_results")
            assert total is not None
            print(
                f"seeded {total['n']:,} er_results rows ({members:,} members x {per_member} "
                f"in the measured server, plus another server) in {seeded:.2f} s"
            )
            plan = await db.read_all(
                "EXPLAIN QUERY PLAN " + _STANDING_BOUNDED,
                (4.995, 4.995, 5.005, GUILD, "views", 5_000, 20_000, 0),
            )
            print("query plan:")
            for step in plan:
                print("   ", step["detail"])

            repo = BenchmarkRepository(db)
            cases = [
                ("views", 5_000, 20_000),
                ("views", 1_000_000, None),
                ("followers", 0, 1_000),
                ("views", 0, None),
            ]
            for basis, low, high in cases:
                timings: list[float] = []
                standing = None
                for _ in range(60):
                    rate = rng.uniform(0.5, 15)
                    began = time.perf_counter()
                    standing = await repo.standing(
                        GUILD, basis, rate, min_followers=low, max_followers=high
                    )
                    timings.append((time.perf_counter() - began) * 1000)
                timings.sort()
                assert standing is not None
                label = f"{basis} [{low:,}, {'∞' if high is None else f'{high:,}'})"
                if high is None and low == 0:
                    label += " all"  # industry sets, or every member in one tier
                print(
                    f"standing {label:<32} {standing.contributors:>6,} contributors: "
                    f"median {statistics.median(timings):6.2f} ms, "
                    f"p95 {timings[int(len(timings) * 0.95) - 1]:6.2f} ms, "
                    f"max {timings[-1]:6.2f} ms (goal < 20 ms)"
                )
            began = time.perf_counter()
            for user in range(1, 201):
                await repo.latest_rate(GUILD, user)
            each = (time.perf_counter() - began) / 200 * 1000
            print(f"latest_rate (one member's newest result): {each:.3f} ms each")
            results = ErRepository(db)
            now = datetime.fromtimestamp(START + 91 * 86_400, UTC)
            began = time.perf_counter()
            for user in range(1, 201):
                await results.save(
                    NewErResult(GUILD, user, "views", 4.2, likes=100, comments=10, views=2_640),
                    now,
                )
            each = (time.perf_counter() - began) / 200 * 1000
            print(f"save (one member's new result, through ErRepository): {each:.3f} ms each")


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    asyncio.run(main(*(arguments + [10_000, 3][len(arguments) :])))
