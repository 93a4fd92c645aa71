"""Community standing on real SQLite: latest result per member, filters, ties, other servers."""

from __future__ import annotations

from datetime import UTC, datetime

from cogs.benchmark import logic
from storage import Database
from storage.benchmarks import BenchmarkRepository

GUILD = 10
OTHER = 20
BASE = 1_790_000_000


async def save(
    db: Database,
    user: int,
    rate: float,
    *,
    guild: int = GUILD,
    basis: str = "views",
    followers: int | None = 12_000,
    at: int = BASE,
) -> None:
    views, posts = (10_000, None) if basis == "views" else (None, 10)
    await db.insert(
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, shares, "
        "posts, followers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?)",
        (guild, user, basis, rate, views, posts, followers, at, at),
    )


async def standing(
    repo: BenchmarkRepository,
    rate: float,
    *,
    basis: str = "views",
    low: int = 5_000,
    high: int | None = 20_000,
    exclude: int | None = None,
) -> tuple[int, int, int]:
    found = await repo.standing(
        GUILD, basis, rate, min_followers=low, max_followers=high, exclude_user_id=exclude
    )
    return found.contributors, found.below, found.equal


async def test_counts_lower_and_tied_members(db: Database) -> None:
    for user, rate in enumerate([1.0, 2.0, 3.0, 3.0, 5.0, 8.0], start=1):
        await save(db, user, rate)
    repo = BenchmarkRepository(db)
    assert await standing(repo, 3.0) == (6, 2, 2)
    assert logic.percentile(2, 2, 6) == 50.0
    assert await standing(repo, 0.5) == (6, 0, 0)
    assert await standing(repo, 9.0) == (6, 6, 0)


async def test_ties_are_judged_at_the_precision_members_see(db: Database) -> None:
    await save(db, 1, 4.504)  # shown as 4.50%
    await save(db, 2, 4.496)  # shown as 4.50%
    await save(db, 3, 4.494)  # shown as 4.49%
    await save(db, 4, 4.506)  # shown as 4.51%
    await save(db, 5, 7 / 100 * 100)  # 7.000000000000001 in binary, shown as 7.00%
    repo = BenchmarkRepository(db)
    assert await standing(repo, 4.5) == (5, 1, 2)
    assert await standing(repo, 7.0) == (5, 4, 1)


async def test_fewer_than_five_members_are_counted_as_they_are(db: Database) -> None:
    for user in range(1, 4):
        await save(db, user, float(user))
    contributors, _below, _equal = await standing(BenchmarkRepository(db), 2.0)
    assert contributors == 3
    assert logic.still_needed(contributors) == 2


async def test_only_each_members_latest_result_counts(db: Database) -> None:
    # Member 1 was at 9% long ago, now at 1%; member 2 logged twice in the same second.
    await save(db, 1, 9.0, at=BASE)
    await save(db, 1, 1.0, at=BASE + 60)
    await save(db, 2, 2.0, at=BASE)
    await save(db, 2, 6.0, at=BASE)  # same moment: the later row (higher id) wins
    await save(db, 3, 4.0, at=BASE - 86_400)
    repo = BenchmarkRepository(db)
    assert await standing(repo, 5.0) == (3, 2, 0)
    assert await standing(repo, 9.0) == (3, 3, 0)


async def test_latest_result_outside_the_tier_takes_the_member_out(db: Database) -> None:
    await save(db, 1, 3.0, followers=12_000, at=BASE)
    await save(db, 1, 3.0, followers=25_000, at=BASE + 60)  # grew into 20K-100K
    await save(db, 2, 3.0, followers=19_999)
    repo = BenchmarkRepository(db)
    assert await standing(repo, 4.0) == (1, 1, 0)
    assert await standing(repo, 4.0, low=20_000, high=100_000) == (1, 1, 0)


async def test_other_servers_are_ignored(db: Database) -> None:
    for user in range(1, 6):
        await save(db, user, 1.0, guild=OTHER)
    await save(db, 9, 1.0)
    assert await standing(BenchmarkRepository(db), 2.0) == (1, 1, 0)


async def test_basis_filter(db: Database) -> None:
    await save(db, 1, 1.0, basis="views")
    await save(db, 2, 1.0, basis="followers")
    await save(db, 3, 1.0, basis="followers")
    await save(db, 1, 9.0, basis="followers", at=BASE + 60)  # a newer result of the other basis
    repo = BenchmarkRepository(db)
    assert await standing(repo, 2.0, basis="views") == (1, 1, 0)
    assert await standing(repo, 2.0, basis="followers") == (3, 2, 0)


async def test_tier_edges_are_half_open(db: Database) -> None:
    for user, followers in enumerate([4_999, 5_000, 19_999, 20_000], start=1):
        await save(db, user, 1.0, followers=followers)
    repo = BenchmarkRepository(db)
    assert (await standing(repo, 2.0))[0] == 2
    assert (await standing(repo, 2.0, low=20_000, high=None))[0] == 1
    assert (await standing(repo, 2.0, low=0, high=None))[0] == 4


async def test_results_without_followers_cannot_be_placed(db: Database) -> None:
    await save(db, 1, 1.0, followers=None)
    await save(db, 2, 1.0, followers=6_000)
    assert (await standing(BenchmarkRepository(db), 2.0, low=0, high=None))[0] == 1


async def test_the_asking_member_is_left_out(db: Database) -> None:
    for user in range(1, 7):
        await save(db, user, float(user))
    repo = BenchmarkRepository(db)
    assert await standing(repo, 3.0, exclude=3) == (5, 2, 0)
    assert await standing(repo, 3.0) == (6, 2, 1)


async def test_latest_rate(db: Database) -> None:
    repo = BenchmarkRepository(db)
    assert await repo.latest_rate(GUILD, 1) is None
    await save(db, 1, 3.0, basis="views", at=BASE)
    await save(db, 1, 6.4, basis="followers", at=BASE + 60)
    await save(db, 1, 99.0, guild=OTHER, at=BASE + 120)
    latest = await repo.latest_rate(GUILD, 1)
    assert latest is not None
    assert (latest.basis, latest.rate, latest.followers) == ("followers", 6.4, 12_000)
    assert latest.created_at == datetime.fromtimestamp(BASE + 60, UTC)
    by_views = await repo.latest_rate(GUILD, 1, "views")
    assert by_views is not None
    assert by_views.rate == 3.0
    assert await repo.latest_rate(GUILD, 2) is None


async def test_impossible_results_count_only_once_confirmed(db: Database) -> None:
    for user, rate in enumerate([1.0, 2.0, 3.0], start=1):
        await save(db, user, rate)
    insert = (
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, shares, "
        "followers, confirmed, created_at, updated_at) "
        "VALUES (?, ?, 'views', 500.2, 1000, 5000, 1, 1, 12000, ?, ?, ?)"
    )
    # Member 4's latest result is impossible and unconfirmed: their earlier one counts.
    await save(db, 4, 2.5, at=BASE - 60)
    await db.insert(insert, (GUILD, 4, 0, BASE, BASE))
    # Member 5 confirmed theirs.
    await db.insert(insert, (GUILD, 5, 1, BASE, BASE))
    repo = BenchmarkRepository(db)
    assert await standing(repo, 2.75) == (5, 3, 0)  # 1, 2, 2.5 below; 3 and 500.2 above
    latest = await repo.latest_rate(GUILD, 4)
    assert latest is not None and latest.rate == 2.5
