"""Saved ER results on a real, migrated SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import ConstraintViolation, Database
from storage.er import ErRepository, NewErResult
from storage.privacy import PrivacyRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GUILD, OTHER_GUILD, ALICE, BOB = 1, 2, 10, 20
VIDEO = "https://www.tiktok.com/@alice/video/7234567890123456789"


def by_views(
    rate: float = 10.0, *, guild: int = GUILD, user: int = ALICE, **extra: object
) -> NewErResult:
    fields: dict[str, object] = {
        "views": 50_000,
        "likes": 4_500,
        "comments": 300,
        "shares": 200,
        "followers": 12_000,
    }
    fields.update(extra)
    return NewErResult(guild_id=guild, user_id=user, basis="views", rate=rate, **fields)  # type: ignore[arg-type]


async def test_save_inserts_and_reads_back(db: Database) -> None:
    repo = ErRepository(db)
    outcome = await repo.save(
        by_views(10.0, video_url=VIDEO, saves=1_000, rate_with_saves=12.0), NOW
    )
    assert not outcome.updated
    saved = outcome.result
    assert (saved.guild_id, saved.user_id, saved.basis) == (GUILD, ALICE, "views")
    assert (saved.rate, saved.rate_with_saves, saved.saves) == (10.0, 12.0, 1_000)
    assert saved.video_url == VIDEO
    assert saved.created_at == saved.updated_at == NOW
    assert saved.created_at.tzinfo is not None
    assert await repo.history(GUILD, ALICE) == [saved]


async def test_the_same_video_updates_its_row(db: Database) -> None:
    repo = ErRepository(db)
    first = await repo.save(by_views(10.0, video_url=VIDEO), NOW)
    later = NOW + timedelta(days=2)
    second = await repo.save(by_views(12.5, video_url=VIDEO, views=60_000), later)
    assert second.updated
    assert second.result.id == first.result.id
    assert second.result.rate == 12.5
    assert second.result.views == 60_000
    assert second.result.created_at == NOW  # first logged
    assert second.result.updated_at == later  # latest numbers
    assert await repo.count(GUILD, ALICE) == 1


async def test_results_without_a_video_never_collide(db: Database) -> None:
    repo = ErRepository(db)
    await repo.save(by_views(10.0), NOW)
    outcome = await repo.save(by_views(10.0), NOW)
    assert not outcome.updated
    assert await repo.count(GUILD, ALICE) == 2


async def test_the_same_video_for_another_member_or_server_is_another_row(db: Database) -> None:
    repo = ErRepository(db)
    await repo.save(by_views(video_url=VIDEO), NOW)
    assert not (await repo.save(by_views(video_url=VIDEO, user=BOB), NOW)).updated
    assert not (await repo.save(by_views(video_url=VIDEO, guild=OTHER_GUILD), NOW)).updated
    assert await repo.count(GUILD, ALICE) == 1


async def test_history_is_newest_first_limited_and_per_server(db: Database) -> None:
    repo = ErRepository(db)
    for day in range(5):
        await repo.save(by_views(float(day)), NOW + timedelta(days=day))
    await repo.save(by_views(99.0, guild=OTHER_GUILD), NOW + timedelta(days=10))
    await repo.save(by_views(98.0, user=BOB), NOW + timedelta(days=10))
    latest = await repo.history(GUILD, ALICE, limit=3)
    assert [r.rate for r in latest] == [4.0, 3.0, 2.0]
    assert await repo.count(GUILD, ALICE) == 5
    assert await repo.history(OTHER_GUILD, BOB) == []
    newest = await repo.latest(GUILD, ALICE)
    assert newest is not None
    assert newest.rate == 4.0


async def test_latest_is_the_most_recently_updated(db: Database) -> None:
    repo = ErRepository(db)
    await repo.save(by_views(1.0, video_url=VIDEO), NOW)
    await repo.save(by_views(2.0), NOW + timedelta(days=1))
    await repo.save(by_views(3.0, video_url=VIDEO), NOW + timedelta(days=2))
    latest = await repo.latest(GUILD, ALICE)
    assert latest is not None
    assert latest.rate == 3.0
    assert await repo.latest(GUILD, BOB) is None


async def test_per_follower_results(db: Database) -> None:
    repo = ErRepository(db)
    outcome = await repo.save(
        NewErResult(
            guild_id=GUILD,
            user_id=ALICE,
            basis="followers",
            rate=6.4,
            likes=12_000,
            comments=800,
            posts=10,
            followers=20_000,
        ),
        NOW,
    )
    saved = outcome.result
    assert (saved.views, saved.shares, saved.posts, saved.followers) == (None, None, 10, 20_000)


async def test_the_schema_refuses_impossible_rows(db: Database) -> None:
    repo = ErRepository(db)
    with pytest.raises(ConstraintViolation, match=r"(?i)check"):
        await repo.save(by_views(-1.0), NOW)
    with pytest.raises(ConstraintViolation, match=r"(?i)check"):
        await repo.save(by_views(1.0, views=0), NOW)
    assert await repo.count(GUILD, ALICE) == 0


async def test_naive_times_are_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"):
        await ErRepository(db).save(by_views(), NOW.replace(tzinfo=None))


async def test_export_and_delete_one_member(db: Database) -> None:
    repo = ErRepository(db)
    await repo.save(by_views(1.0), NOW)
    await repo.save(by_views(2.0), NOW + timedelta(hours=1))
    await repo.save(by_views(3.0, user=BOB), NOW)
    assert [r.rate for r in await repo.export_member(GUILD, ALICE)] == [1.0, 2.0]
    assert "er_results" in await PrivacyRepository(db).member_tables()
    assert await repo.delete_member(GUILD, ALICE) == 2
    assert await repo.count(GUILD, ALICE) == 0
    assert await repo.count(GUILD, BOB) == 1
