"""TikTok storage on both databases: claims that hold across processes (two connections to
one database stand for two processes), the refresh claim, consent links used once, a sync
that lost its claim saving nothing, and exports without secrets."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import Database
from storage.privacy import PrivacyRepository
from storage.tiktok import Connection, PendingState, SealedTokens, SyncBatch, TikTokRepository
from tests.support.databases import database_url, open_test_database

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LEASE = timedelta(minutes=10)
GUILD = 1_500_000_000_000_000_001


@pytest.fixture
async def two(tmp_path: Path) -> AsyncIterator[tuple[Database, Database]]:
    """Two processes' connections to one migrated database."""
    path = tmp_path / "shared.sqlite3"
    async with database_url(tmp_path) as url, open_test_database(url, path) as first:
        await first.migrate()
        async with open_test_database(url, path) as second:
            yield first, second


def sealed(tag: str, access_until: datetime) -> SealedTokens:
    return SealedTokens(
        f"sealed-access-{tag}", access_until, f"sealed-refresh-{tag}", NOW + timedelta(days=180)
    )


async def connect(repo: TikTokRepository, user_id: int, due: datetime = NOW) -> Connection:
    connection, _old, _tokens = await repo.connect(
        GUILD,
        user_id,
        open_id=f"open-{user_id}",
        display_name="Ana",
        scopes=("user.info.basic", "video.list"),
        tokens=sealed(str(user_id), NOW + timedelta(hours=2)),
        now=NOW - timedelta(days=1),
        next_sync=lambda _id: due,
    )
    return connection


async def test_each_due_sync_is_claimed_by_one_process(two: tuple[Database, Database]) -> None:
    first, second = (TikTokRepository(db) for db in two)
    ids = {(await connect(first, user)).id for user in range(1, 9)}
    await connect(first, 99, due=NOW + timedelta(hours=1))  # not due yet

    async def drain(repo: TikTokRepository) -> list[int]:
        taken = []
        while (claimed := await repo.claim_due(NOW, LEASE)) is not None:
            assert claimed.claim is not None
            taken.append(claimed.id)
            await asyncio.sleep(0)
        return taken

    mine, theirs = await asyncio.gather(drain(first), drain(second))
    assert sorted(mine + theirs) == sorted(ids)  # every due row once, by one of them
    assert await first.claim_due(NOW, LEASE) is None
    # Claimed rows are due again (for a takeover) only once their lease ends.
    assert await first.next_sync_due() == NOW + LEASE
    assert await second.claim_due(NOW + LEASE, LEASE) is None  # (< the lease's end: not yet)
    taken = await second.claim_due(NOW + LEASE + timedelta(seconds=1), LEASE)
    assert taken is not None and taken.id in ids


async def test_a_sync_that_lost_its_claim_saves_nothing(two: tuple[Database, Database]) -> None:
    first, second = (TikTokRepository(db) for db in two)
    await connect(first, 1)
    mine = await first.claim_due(NOW, LEASE)
    assert mine is not None and mine.claim is not None
    later = NOW + LEASE + timedelta(minutes=1)
    theirs = await second.claim_due(later, LEASE)  # the lease ran out: taken over
    assert theirs is not None and theirs.claim != mine.claim
    batch = SyncBatch(
        mine.id, GUILD, 1, mine.claim, later, followers=5, next_sync_at=later + timedelta(days=1)
    )
    assert not (await first.save_sync(batch)).saved
    assert (await first.connection(GUILD, 1)).last_sync_at is None  # type: ignore[union-attr]
    assert theirs.claim is not None
    saved = await second.save_sync(SyncBatch(theirs.id, GUILD, 1, theirs.claim, later, followers=5))
    assert saved.saved
    again = await second.connection(GUILD, 1)
    assert again is not None and again.last_sync_at == later and again.claim is None


async def test_a_sync_asked_for_waits_for_a_running_one(two: tuple[Database, Database]) -> None:
    first, second = (TikTokRepository(db) for db in two)
    connection = await connect(first, 1)
    claimed = await first.claim_sync(connection.id, NOW, LEASE)
    assert claimed is not None
    assert await second.claim_sync(connection.id, NOW, LEASE) is None
    assert await second.claim_due(NOW, LEASE) is None
    await first.release_sync(claimed)
    assert await second.claim_sync(connection.id, NOW, LEASE) is not None


async def test_the_refresh_is_claimed_once(two: tuple[Database, Database]) -> None:
    first, second = (TikTokRepository(db) for db in two)
    connection = await connect(first, 1)
    later = NOW + timedelta(hours=2)
    good = await first.claim_refresh(connection.id, NOW, NOW + timedelta(minutes=5), LEASE)
    assert good.tokens is not None and good.claim is None and not good.busy

    claims = await asyncio.gather(
        first.claim_refresh(connection.id, later, later, LEASE),
        second.claim_refresh(connection.id, later, later, LEASE),
    )
    assert sorted(c.busy for c in claims) == [False, True]
    winner = next(c for c in claims if c.claim is not None)
    # A refused access token is refreshed even when it has time left.
    refused = await second.claim_refresh(connection.id, NOW, NOW, LEASE, refused="sealed-access-1")
    assert refused.busy
    assert await second.store_tokens(
        connection.id, sealed("new", later + timedelta(hours=2)), later
    )
    after = await first.claim_refresh(connection.id, later, later, LEASE)
    assert after.claim is None and after.tokens is not None
    assert after.tokens.access_sealed == "sealed-access-new"
    # A refusal of the old refresh token no longer breaks anything: newer ones are stored.
    assert winner.tokens is not None
    assert not await first.break_connection(connection.id, winner.tokens.refresh_sealed, later)
    assert await first.break_connection(connection.id, "sealed-refresh-new", later)
    broken = await first.connection(GUILD, 1)
    assert broken is not None and broken.status == "broken"
    assert await first.tokens(connection.id) is None


async def test_consent_links_open_once_and_are_taken_once(db: Database) -> None:
    repo = TikTokRepository(db)
    state = PendingState(
        "hash-1", GUILD, 1, "en-US", "sealed-verifier", NOW, NOW + timedelta(minutes=10)
    )
    await repo.save_state(state, NOW)
    assert await repo.open_state("hash-1", "browser-a", NOW) is not None
    assert await repo.open_state("hash-1", "browser-b", NOW) is None
    taken = await repo.consume_state("hash-1", NOW)
    assert taken is not None and taken.browser_hash == "browser-a"
    assert await repo.consume_state("hash-1", NOW) is None
    # A new link replaces the member's older one; an expired one is never handed out.
    await repo.save_state(state, NOW)
    await repo.save_state(
        PendingState("hash-2", GUILD, 1, "no", "v", NOW, NOW + timedelta(minutes=10)), NOW
    )
    assert await repo.consume_state("hash-1", NOW) is None
    assert await repo.consume_state("hash-2", NOW + timedelta(minutes=10)) is None


async def test_the_export_never_holds_a_secret(db: Database) -> None:
    repo = TikTokRepository(db)
    await connect(repo, 1)
    await repo.save_state(
        PendingState(
            "hash-1",
            GUILD,
            1,
            "en-US",
            "sealed-verifier",
            NOW,
            NOW + timedelta(minutes=10),
            interaction_sealed="sealed-interaction",
        ),
        NOW,
    )
    exported = await PrivacyRepository(db).export(GUILD, 1)
    assert set(exported) >= {"tiktok_connections", "tiktok_states"}
    assert "tiktok_tokens" not in exported
    text = repr(exported)
    assert "sealed-" not in text and "_sealed" not in text
    deleted = await PrivacyRepository(db).delete(GUILD, 1)
    assert deleted["tiktok_connections"] == 1 and deleted["tiktok_states"] == 1
    assert await db.read_all("SELECT * FROM tiktok_tokens") == []
