"""Servers that leave: ``left_at`` and a re-invite, and the purge claimed and done once, on
both databases."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from storage import Database
from storage.deliveries import PlannedDelivery
from storage.guilds import GuildRepository
from storage.live import LiveRepository, NewLive
from storage.members import MemberRepository
from storage.servers import ServerData

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GONE, STAYS = 111, 222
RETENTION = timedelta(days=30)
LEASE = 60


async def fill(db: Database, guild_id: int) -> None:
    """Settings, two members and a LIVE with its reminders: rows in several tables."""
    await GuildRepository(db).update(guild_id, NOW, language="no", timezone="Europe/Oslo")
    members = MemberRepository(db)
    for user in (1, 2):
        await members.update(guild_id, user, NOW, timezone="Europe/Oslo", tiktok_handle=f"u{user}")
    live = NewLive(
        guild_id=guild_id,
        title="Duet",
        description=None,
        starts_at=NOW + timedelta(days=2),
        duration=timedelta(hours=1),
        host_ids=(1, 2),
        channel_id=5,
        created_by_user_id=9,
    )
    planned = [PlannedDelivery("reminder", 15, NOW + timedelta(days=2, minutes=-15))]
    created = await LiveRepository(db).create(live, NOW, planned)
    await LiveRepository(db).set_rsvp(guild_id, created.id, 1, "going", NOW)


async def rows_of(db: Database, guild_id: int) -> dict[str, int]:
    counts = {}
    for table in await ServerData(db).tables():
        row = await db.read_one(f'SELECT COUNT(*) FROM "{table}" WHERE guild_id = ?', (guild_id,))
        assert row is not None
        if row[0]:
            counts[table] = int(row[0])
    return counts


async def test_left_at_keeps_the_first_goodbye_and_a_reinvite_clears_it(db: Database) -> None:
    guilds = GuildRepository(db)
    assert (await guilds.get(GONE)).left_at is None
    await guilds.mark_left(GONE, NOW)  # a server that never changed a setting gets its row
    await guilds.mark_left(GONE, NOW + timedelta(days=3))  # a second GUILD_DELETE
    assert (await guilds.get(GONE)).left_at == NOW
    assert await guilds.left_at(GONE) == NOW
    assert await guilds.mark_present(STAYS) is None  # never left: nothing written
    assert await guilds.mark_present(GONE) == NOW
    assert await guilds.left_at(GONE) is None
    assert await guilds.mark_present(GONE) is None


async def test_a_server_that_left_is_purged_once_after_its_retention(db: Database) -> None:
    await fill(db, GONE)
    await fill(db, STAYS)
    stays = await rows_of(db, STAYS)
    kept = await rows_of(db, GONE)
    assert {"guild_settings", "members", "lives", "live_hosts", "live_deliveries"} <= set(kept)
    servers = ServerData(db)
    await GuildRepository(db).mark_left(GONE, NOW)
    assert await servers.next_due(RETENTION) == NOW + RETENTION

    early = NOW + RETENTION - timedelta(seconds=1)
    assert await servers.claim_due(early, RETENTION, "a", LEASE) == []
    assert await rows_of(db, GONE) == kept  # kept for a re-invite until then

    due = NOW + RETENTION
    [claimed] = await servers.claim_due(due, RETENTION, "a", LEASE)
    assert (claimed.guild_id, claimed.left_at, claimed.taken_from) == (GONE, NOW, None)
    assert await servers.claim_due(due, RETENTION, "b", LEASE) == []  # held by "a"
    assert await servers.next_due(RETENTION) == due + timedelta(seconds=LEASE)
    counts = await servers.purge(GONE, "a", due, RETENTION)
    assert counts is not None and counts["guild_settings"] == 1 and counts["members"] == 2
    assert await rows_of(db, GONE) == {}
    assert await rows_of(db, STAYS) == stays  # another server keeps everything
    assert await servers.purge(GONE, "a", due, RETENTION) is None  # once
    assert await servers.claim_due(due + RETENTION, RETENTION, "b", LEASE) == []
    assert await servers.next_due(RETENTION) is None


async def test_a_claim_that_ran_out_is_taken_over_and_the_old_holder_purges_nothing(
    db: Database,
) -> None:
    await fill(db, GONE)
    servers = ServerData(db)
    await GuildRepository(db).mark_left(GONE, NOW)
    due = NOW + RETENTION
    assert len(await servers.claim_due(due, RETENTION, "dead", LEASE)) == 1
    later = due + timedelta(seconds=LEASE)
    [taken] = await servers.claim_due(later, RETENTION, "alive", LEASE)
    assert taken.taken_from == "dead"
    assert await servers.purge(GONE, "dead", later, RETENTION) is None
    assert await rows_of(db, GONE) != {}
    assert await servers.purge(GONE, "alive", later, RETENTION) is not None
    assert await rows_of(db, GONE) == {}


async def test_two_processes_claiming_at_once_purge_it_once(db: Database) -> None:
    await fill(db, GONE)
    servers = ServerData(db)
    await GuildRepository(db).mark_left(GONE, NOW)
    due = NOW + RETENTION

    async def process(name: str) -> dict[str, int] | None:
        done = None
        for claim in await servers.claim_due(due, RETENTION, name, LEASE):
            done = await servers.purge(claim.guild_id, name, due, RETENTION)
        return done

    results = await asyncio.gather(*(process(f"p{n}") for n in range(4)))
    assert sum(result is not None for result in results) == 1
    assert await rows_of(db, GONE) == {}


async def test_a_reinvite_before_the_purge_keeps_everything(db: Database) -> None:
    await fill(db, GONE)
    kept = await rows_of(db, GONE)
    servers = ServerData(db)
    guilds = GuildRepository(db)
    await guilds.mark_left(GONE, NOW)
    due = NOW + RETENTION
    [claim] = await servers.claim_due(due, RETENTION, "a", LEASE)
    assert await guilds.mark_present(GONE) == NOW  # invited back while the purge is claimed
    assert await servers.purge(claim.guild_id, "a", due, RETENTION) is None
    assert await rows_of(db, GONE) == kept
    assert (await guilds.get(GONE)).language == "no"
    assert await servers.next_due(RETENTION) is None


async def test_a_managers_delete_and_export_cover_every_table_of_the_server(db: Database) -> None:
    await fill(db, GONE)
    await fill(db, STAYS)
    await GuildRepository(db).update(GONE, NOW, calendar_secret="s3cret-feed")
    servers = ServerData(db)
    exported = await servers.export(GONE)
    assert set(exported) == set(await rows_of(db, GONE))
    assert all(row["guild_id"] == GONE for rows in exported.values() for row in rows)
    assert "calendar_secret" not in exported["guild_settings"][0]  # a secret stays out
    stays = await rows_of(db, STAYS)
    counts = await servers.delete(GONE)
    assert counts["members"] == 2
    assert await rows_of(db, GONE) == {}
    assert await rows_of(db, STAYS) == stays
