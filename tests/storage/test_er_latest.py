"""Each member's latest counted ER result stays flagged through every write, and standing
counts over the flagged rows what it counted over every member's rows before (migration 0014).
"""

from __future__ import annotations

import asyncio
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage import Database, SQLiteDatabase
from storage.benchmarks import BenchmarkRepository, tie_bounds
from storage.database import migrations
from storage.er import ErRepository, NewErResult
from storage.privacy import PrivacyRepository
from tests.support.databases import fresh_database

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GUILD, OTHER = 1, 2
ALICE, BOB = 10, 20
VIDEO = "https://www.tiktok.com/@alice/video/7234567890123456789"

# What standing counted before migration 0014: every member's latest counted result found
# with a correlated subquery over all their rows. Kept here as the reference.
OLD_STANDING_SQL = """
SELECT COUNT(*) AS contributors,
       COALESCE(SUM(CASE WHEN r.rate < ? THEN 1 ELSE 0 END), 0) AS below,
       COALESCE(SUM(CASE WHEN r.rate >= ? AND r.rate < ? THEN 1 ELSE 0 END), 0) AS equal
FROM er_results r
WHERE r.guild_id = ? AND r.basis = ? AND r.user_id <> ? AND r.followers >= ?
  AND (CAST(? AS BIGINT) IS NULL OR r.followers < ?)
  AND r.id = (
      SELECT n.id FROM er_results n
      WHERE n.guild_id = r.guild_id AND n.user_id = r.user_id AND n.basis = r.basis
        AND (n.basis <> 'views' OR n.likes + n.comments + COALESCE(n.shares, 0) <= n.views
             OR n.confirmed = 1)
      ORDER BY n.created_at DESC, n.id DESC
      LIMIT 1
  )
"""


def by_views(
    rate: float = 5.0, *, user: int = ALICE, guild: int = GUILD, **extra: Any
) -> NewErResult:
    fields: dict[str, Any] = {"views": 10_000, "likes": 400, "comments": 50, "followers": 12_000}
    fields.update(extra)
    return NewErResult(guild_id=guild, user_id=user, basis="views", rate=rate, **fields)


def impossible(rate: float = 50.0, **extra: Any) -> NewErResult:
    """More interactions than views: counted only once confirmed."""
    return by_views(rate, likes=20_000, **extra)


def _counts(row: sqlite3.Row) -> bool:
    """The counted rule over a raw row, in Python (NULL views count only when confirmed)."""
    if row["basis"] != "views" or row["confirmed"]:
        return True
    views = row["views"]
    return views is not None and row["likes"] + row["comments"] + (row["shares"] or 0) <= views


async def expected_latest(db: Database) -> dict[tuple[int, int, str], int]:
    """(guild, user, basis) -> id of the latest counted result, recomputed from every row."""
    best: dict[tuple[int, int, str], tuple[int, int]] = {}
    for row in await db.scan_all("SELECT * FROM er_results"):
        if not _counts(row):
            continue
        key = (row["guild_id"], row["user_id"], row["basis"])
        rank = (row["created_at"], row["id"])
        if key not in best or rank > best[key]:
            best[key] = rank
    return {key: rank[1] for key, rank in best.items()}


async def flagged(db: Database) -> dict[tuple[int, int, str], int]:
    rows = await db.scan_all("SELECT guild_id, user_id, basis, id FROM er_results WHERE latest = 1")
    found: dict[tuple[int, int, str], int] = {}
    for row in rows:
        key = (row["guild_id"], row["user_id"], row["basis"])
        assert key not in found, f"two rows flagged latest for {key}"
        found[key] = row["id"]
    return found


async def assert_flags_current(db: Database) -> None:
    assert await flagged(db) == await expected_latest(db)


async def test_saving_moves_the_flag_to_the_newest_result(db: Database) -> None:
    repo = ErRepository(db)
    first = await repo.save(by_views(3.0), NOW)
    await assert_flags_current(db)
    second = await repo.save(by_views(4.0), NOW + timedelta(minutes=1))
    third = await repo.save(by_views(7.0, user=BOB), NOW)
    assert await flagged(db) == {
        (GUILD, ALICE, "views"): second.result.id,
        (GUILD, BOB, "views"): third.result.id,
    }
    followers = NewErResult(GUILD, ALICE, "followers", 6.0, 100, 10, posts=5, followers=9_000)
    await repo.save(followers, NOW + timedelta(minutes=2))  # the other basis keeps its own
    await assert_flags_current(db)
    assert first.result.id not in (await flagged(db)).values()


async def test_the_same_second_goes_to_the_later_row(db: Database) -> None:
    repo = ErRepository(db)
    await repo.save(by_views(3.0), NOW)
    later = await repo.save(by_views(9.0), NOW)
    assert (await flagged(db))[(GUILD, ALICE, "views")] == later.result.id


async def test_a_result_backdated_behind_the_latest_leaves_the_flag(db: Database) -> None:
    repo = ErRepository(db)
    newest = await repo.save(by_views(3.0), NOW)
    await repo.save(by_views(9.0), NOW - timedelta(days=3))
    assert (await flagged(db))[(GUILD, ALICE, "views")] == newest.result.id


async def test_an_unconfirmed_impossible_result_is_never_the_latest(db: Database) -> None:
    repo = ErRepository(db)
    oldest = await repo.save(by_views(2.0), NOW - timedelta(days=1))
    counted_one = await repo.save(by_views(3.0), NOW)
    await db.insert(  # saved before confirmation existed (migration 0008): confirmed = 0
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
        "followers, created_at, updated_at) VALUES (?, ?, 'views', 80.0, 100, 500, 0, 12000, ?, ?)",
        (GUILD, ALICE, int(NOW.timestamp()) + 60, int(NOW.timestamp()) + 60),
    )
    assert (await flagged(db))[(GUILD, ALICE, "views")] == counted_one.result.id
    # Deleting the latest result hands the flag to the next counted one, past the impossible.
    await db.execute("DELETE FROM er_results WHERE id = ?", (counted_one.result.id,))
    assert (await flagged(db))[(GUILD, ALICE, "views")] == oldest.result.id
    await db.execute("DELETE FROM er_results WHERE id = ?", (oldest.result.id,))
    assert await flagged(db) == {}  # only the impossible one is left: nothing counts


async def test_confirming_an_impossible_result_makes_it_the_latest(db: Database) -> None:
    repo = ErRepository(db)
    older = await repo.save(by_views(3.0), NOW - timedelta(hours=1))
    # The Save anyway button: the same numbers, saved confirmed.
    confirmed = await repo.save(replace(impossible(video_url=VIDEO), confirmed=True), NOW)
    assert (await flagged(db))[(GUILD, ALICE, "views")] == confirmed.result.id
    # The video saved again with numbers that are impossible and unconfirmed: its row no
    # longer counts, so the older result is the latest again.
    await repo.save(impossible(video_url=VIDEO), NOW + timedelta(minutes=1))
    assert (await flagged(db))[(GUILD, ALICE, "views")] == older.result.id
    # And fixed numbers for that video: it counts again, still dated when first logged.
    await repo.save(by_views(4.0, video_url=VIDEO), NOW + timedelta(minutes=2))
    assert (await flagged(db))[(GUILD, ALICE, "views")] == confirmed.result.id
    await assert_flags_current(db)


async def test_resaving_a_video_under_the_other_basis_moves_both_flags(db: Database) -> None:
    repo = ErRepository(db)
    views_only = await repo.save(by_views(3.0), NOW - timedelta(hours=1))
    video = await repo.save(by_views(4.0, video_url=VIDEO), NOW)
    assert (await flagged(db))[(GUILD, ALICE, "views")] == video.result.id
    as_followers = replace(by_views(6.0, video_url=VIDEO), basis="followers", views=None, posts=3)
    await repo.save(as_followers, NOW + timedelta(minutes=1))
    assert await flagged(db) == {
        (GUILD, ALICE, "views"): views_only.result.id,
        (GUILD, ALICE, "followers"): video.result.id,
    }


async def test_deleting_ones_data_takes_the_flags_and_leaves_others(db: Database) -> None:
    repo = ErRepository(db)
    for minutes in range(3):
        await repo.save(by_views(3.0 + minutes), NOW + timedelta(minutes=minutes))
        await repo.save(by_views(4.0, user=BOB), NOW + timedelta(minutes=minutes))
        await repo.save(by_views(4.0, guild=OTHER), NOW + timedelta(minutes=minutes))
    await PrivacyRepository(db).delete(GUILD, ALICE)
    assert set(await flagged(db)) == {(GUILD, BOB, "views"), (OTHER, ALICE, "views")}
    await assert_flags_current(db)
    assert await repo.delete_member(GUILD, BOB) == 3
    assert set(await flagged(db)) == {(OTHER, ALICE, "views")}
    await assert_flags_current(db)


async def test_two_saves_at_once_for_one_member_flag_the_later(db: Database) -> None:
    repo = ErRepository(db)
    saved = await asyncio.gather(
        repo.save(by_views(3.0), NOW),
        repo.save(by_views(8.0, video_url=VIDEO), NOW),
        repo.save(by_views(5.0), NOW),
        repo.save(replace(impossible(video_url=VIDEO + "0"), confirmed=True), NOW),
    )
    await assert_flags_current(db)
    assert (await flagged(db))[(GUILD, ALICE, "views")] == max(s.result.id for s in saved)


async def test_standing_counts_one_result_per_member(db: Database) -> None:
    repo, bench = ErRepository(db), BenchmarkRepository(db)
    await repo.save(by_views(9.0), NOW - timedelta(days=1))
    await repo.save(by_views(2.0), NOW)
    await repo.save(by_views(4.0, user=BOB), NOW)
    found = await bench.standing(GUILD, "views", 3.0, min_followers=5_000, max_followers=None)
    assert (found.contributors, found.below, found.equal) == (2, 1, 0)


@pytest.mark.sqlite_only
async def test_the_migration_flags_results_saved_before_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    before = [(v, n, sql) for v, n, sql in migrations() if v < 14]
    with sqlite3.connect(path) as raw:
        raw.executescript("\n".join(sql for _v, _n, sql in before))
        raw.execute(f"PRAGMA user_version = {before[-1][0]}")
        rows = [
            # guild, user, basis, rate, views, likes, comments, confirmed, created_at
            (GUILD, ALICE, "views", 3.0, 1_000, 10, 1, 0, 100),
            (GUILD, ALICE, "views", 4.0, 1_000, 10, 1, 0, 200),
            (GUILD, ALICE, "views", 9.0, 1_000, 5_000, 1, 0, 300),  # impossible, not confirmed
            (GUILD, ALICE, "followers", 6.0, None, 10, 1, 0, 50),
            (GUILD, BOB, "views", 50.0, 100, 500, 0, 1, 100),  # impossible, confirmed
            (GUILD, BOB, "views", 2.0, 1_000, 10, 1, 0, 100),  # same second, later row
            (GUILD, 30, "views", 70.0, 100, 500, 0, 0, 100),  # only an impossible result
            (OTHER, ALICE, "views", 1.0, 1_000, 10, 1, 0, 400),
        ]
        raw.executemany(
            "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
            "confirmed, posts, followers, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 12000, ?, 0)",
            rows,
        )
    async with SQLiteDatabase(path) as db:
        assert await db.migrate() == migrations()[-1][0]
        assert await flagged(db) == {
            (GUILD, ALICE, "views"): 2,
            (GUILD, ALICE, "followers"): 4,
            (GUILD, BOB, "views"): 6,
            (OTHER, ALICE, "views"): 8,
        }
        await assert_flags_current(db)


# -- the property: any mix of writes, then the flags and standing match a recomputation --


@dataclass(frozen=True)
class Save:
    user: int
    basis: str
    rate: float
    impossible: bool
    confirmed: bool
    video: int | None  # one of two links per member, so many saves update a row
    minutes: int  # when, relative to NOW: saves come in any order, some in the same second
    followers: int | None


@dataclass(frozen=True)
class Delete:
    """All of a member's results (``/privacy delete``, or the ER repository's delete)."""

    user: int
    through_privacy: bool


@dataclass(frozen=True)
class DeleteOne:
    """One of a member's results: their newest row, or their oldest."""

    user: int
    newest: bool


RATES = st.sampled_from([0.5, 1.0, 2.0, 2.004, 2.006, 3.0, 4.5, 7.0, 12.0])
SAVES = st.builds(
    Save,
    user=st.integers(1, 3),
    basis=st.sampled_from(["views", "followers"]),
    rate=RATES,
    impossible=st.booleans(),
    confirmed=st.booleans(),
    video=st.sampled_from([None, 1, 2]),
    minutes=st.integers(-3, 3),
    followers=st.none() | st.sampled_from([0, 900, 5_000, 19_999, 20_000, 150_000]),
)
OPERATIONS = st.lists(
    st.one_of(
        SAVES,
        SAVES,
        SAVES,
        st.builds(Delete, st.integers(1, 3), st.booleans()),
        st.builds(DeleteOne, st.integers(1, 3), st.booleans()),
    ),
    min_size=4,
    max_size=30,
)
TIERS = [(0, None), (5_000, 20_000), (20_000, None), (0, 1_000)]


def _new(save: Save) -> NewErResult:
    views = (100 if save.impossible else 100_000) if save.basis == "views" else None
    return NewErResult(
        guild_id=GUILD if save.user != 3 else OTHER,
        user_id=save.user,
        basis=save.basis,  # type: ignore[arg-type]
        rate=save.rate,
        likes=5_000,
        comments=10,
        views=views,
        posts=None if save.basis == "views" else 4,
        followers=save.followers,
        video_url=None if save.video is None else f"{VIDEO}{save.user}{save.video}",
        confirmed=save.confirmed,
    )


async def _standing_matches(db: Database) -> None:
    bench = BenchmarkRepository(db)
    for basis in ("views", "followers"):
        for low, high in TIERS:
            for rate in (0.4, 2.005, 4.5):
                for exclude in (None, 2):
                    found = await bench.standing(
                        GUILD,
                        basis,
                        rate,
                        min_followers=low,
                        max_followers=high,
                        exclude_user_id=exclude,
                    )
                    lo, hi = tie_bounds(rate)
                    old = await db.scan_one(
                        OLD_STANDING_SQL, (lo, lo, hi, GUILD, basis, exclude or 0, low, high, high)
                    )
                    assert old is not None
                    assert (found.contributors, found.below, found.equal) == tuple(old)


async def _play(operations: list[Save | Delete | DeleteOne], folder: Path) -> None:
    async with fresh_database(folder) as db:
        repo, privacy = ErRepository(db), PrivacyRepository(db)
        batch: list[Save] = []
        for operation in [*operations, None]:
            if isinstance(operation, Save):
                batch.append(operation)  # two saves in a row run at once
                if len(batch) < 2:
                    continue
            await asyncio.gather(
                *(repo.save(_new(s), NOW + timedelta(minutes=s.minutes)) for s in batch)
            )
            batch = []
            if isinstance(operation, Delete | DeleteOne):
                guild = GUILD if operation.user != 3 else OTHER
            if isinstance(operation, Delete):
                if operation.through_privacy:
                    await privacy.delete(guild, operation.user)
                else:
                    await repo.delete_member(guild, operation.user)
            elif isinstance(operation, DeleteOne):
                await db.execute(
                    "DELETE FROM er_results WHERE id = (SELECT id FROM er_results "
                    "WHERE guild_id = ? AND user_id = ? ORDER BY id "
                    + ("DESC" if operation.newest else "ASC")
                    + " LIMIT 1)",
                    (guild, operation.user),
                )
            await assert_flags_current(db)
            if not isinstance(operation, Save):
                await _standing_matches(db)


@settings(max_examples=50)
@given(OPERATIONS)
def test_flags_and_standing_match_a_recomputation(
    operations: list[Save | Delete | DeleteOne],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(_play(operations, Path(folder)))
