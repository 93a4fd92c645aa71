"""LiveRepository on a real migrated SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import ConstraintViolation, Database
from storage.guilds import GuildRepository
from storage.live import LiveRepository, NewLive
from storage.live_records import LiveChoice
from storage.privacy import PrivacyRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
G1, G2 = 111, 222


def new(
    guild: int = G1, hours: int = 24, hosts: tuple[int, ...] = (1, 2), title: str = "Show"
) -> NewLive:
    return NewLive(
        guild_id=guild,
        title=title,
        description=None,
        starts_at=NOW + timedelta(hours=hours),
        duration=timedelta(minutes=60),
        host_ids=hosts,
        channel_id=5,
        created_by_user_id=9,
    )


async def test_numbers_are_per_server_and_hosts_keep_their_order(db: Database) -> None:
    repo = LiveRepository(db)
    first = await repo.create(new(hosts=(3, 1, 2)), NOW)
    second = await repo.create(new(), NOW)
    other = await repo.create(new(G2), NOW)
    assert (first.number, second.number, other.number) == (1, 2, 1)
    assert first.host_ids == (3, 1, 2)
    assert first.ends_at - first.starts_at == timedelta(hours=1)
    assert (await repo.by_number(G1, 2)) == second
    assert await repo.by_number(G2, 2) is None
    assert await repo.get(G2, first.id) is None  # another server's id
    # One LIVE by id or number (one read, hosts joined) is the LIVE as listed with the rest.
    assert await repo.get(G1, first.id) == first
    assert (await repo.by_number(G1, 1)) == first
    assert [live.host_ids for live in await repo.upcoming(G1, NOW)] == [(3, 1, 2), (1, 2)]
    assert await repo.upcoming_counted(G1, NOW, limit=10, offset=0) == ([first, second], 2)
    assert await repo.get(G1, 10**18) is None
    await db.execute("DELETE FROM live_hosts WHERE live_id = ?", (second.id,))
    hostless = await repo.get(G1, second.id)  # (no LIVE is left without hosts; the read holds)
    assert hostless is not None and hostless.host_ids == () and hostless.title == second.title


async def test_a_failed_host_insert_saves_nothing(db: Database) -> None:
    repo = LiveRepository(db)
    with pytest.raises(ConstraintViolation, match=r"(?i)unique|duplicate key"):
        await repo.create(new(hosts=(1, 1)), NOW)
    assert await db.read_all("SELECT * FROM lives") == []


async def test_upcoming_overlapping_and_next_hosted(db: Database) -> None:
    repo = LiveRepository(db)
    soon = await repo.create(new(hours=2, hosts=(1,)), NOW)
    later = await repo.create(new(hours=30, hosts=(2,)), NOW)
    cancelled = await repo.create(new(hours=3, hosts=(1,)), NOW)
    await repo.cancel(G1, cancelled.id, NOW)
    past = await repo.create(new(hours=-5, hosts=(1, 2)), NOW)
    assert [live.id for live in await repo.upcoming(G1, NOW)] == [soon.id, later.id]
    assert await repo.count_upcoming(G1, NOW) == 2
    page, total = await repo.upcoming_counted(G1, NOW, limit=1, offset=1)
    assert ([live.id for live in page], total) == ([later.id], 2)
    assert page == await repo.upcoming(G1, NOW, limit=1, offset=1)  # hosts and all
    assert await repo.upcoming_counted(G1, NOW, limit=1, offset=2) == ([], 0)  # past the end
    assert [live.id for live in await repo.upcoming(G1, NOW, limit=1, offset=1)] == [later.id]
    start = NOW + timedelta(hours=2, minutes=30)
    clash = await repo.overlapping(G1, [1, 3], start, start + timedelta(hours=1))
    assert [live.id for live in clash] == [soon.id]
    assert (
        await repo.overlapping(G1, [1], start, start + timedelta(hours=1), exclude_live_id=soon.id)
        == []
    )
    assert await repo.overlapping(G1, [1], NOW + timedelta(hours=3), NOW + timedelta(hours=4)) == []
    assert (await repo.next_hosted(G1, 2, NOW)) == LiveChoice(
        later.number, later.title, later.starts_at, later.status
    )
    hosted = await repo.next_hosted(G1, 1, NOW)  # not the cancelled one, nor the past one
    assert hosted is not None and hosted.number == soon.number
    assert await repo.next_hosted(G1, 3, NOW) is None
    assert [live.id for live in await repo.past_with_hosts(G1, [2], NOW)] == [past.id]


async def test_search_by_number_and_title(db: Database) -> None:
    repo = LiveRepository(db)
    for i in range(12):
        await repo.create(new(hours=i + 1, title=f"Show {i + 1}"), NOW)
    await repo.create(new(G2, title="Show 1"), NOW)
    assert [live.number for live in await repo.search(G1, "1", NOW)] == [1, 10, 11, 12]
    assert [live.number for live in await repo.search(G1, "#12", NOW)] == [12]
    assert [live.number for live in await repo.search(G1, "show 1", NOW)] == [1, 10, 11, 12]
    assert [live.number for live in await repo.search(G1, "100%", NOW)] == []
    assert len(await repo.search(G1, "", NOW, limit=25)) == 12


async def test_rsvps_count_and_change(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(new(), NOW)
    await repo.set_rsvp(G1, live.id, 7, "going", NOW)
    await repo.set_rsvp(G1, live.id, 8, "going", NOW)
    await repo.set_rsvp(G1, live.id, 8, "maybe", NOW + timedelta(minutes=1))
    assert await repo.rsvp_counts(G1, live.id) == {"going": 1, "maybe": 1, "cant": 0}
    assert await repo.rsvp_users(G1, live.id, "going") == [7]
    assert await repo.rsvp_of(G1, live.id, 8) == "maybe"
    assert await repo.rsvp_counts(G2, live.id) == {"going": 0, "maybe": 0, "cant": 0}


async def test_reschedule_and_discord_references(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(new(), NOW)
    await repo.set_discord(G1, live.id, NOW, event_id=44, channel_id=5, announcement_message_id=66)
    moved = await repo.reschedule(G1, live.id, NOW + timedelta(days=3), timedelta(hours=2), NOW)
    assert moved is not None
    assert (moved.event_id, moved.announcement_message_id) == (44, 66)
    assert moved.starts_at == NOW + timedelta(days=3) and moved.duration == timedelta(hours=2)
    await repo.cancel(G1, live.id, NOW)
    # a LIVE no longer scheduled is not moved, and the caller learns it before any Discord call
    refused = await repo.reschedule(G1, live.id, NOW + timedelta(days=9), timedelta(hours=1), NOW)
    assert refused is None
    unchanged = await repo.get(G1, live.id)
    assert unchanged is not None and unchanged.starts_at == NOW + timedelta(days=3)


async def test_privacy_removes_hosts_and_rsvps_and_forgets_the_scheduler(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(new(hosts=(9, 2)), NOW)
    await repo.set_rsvp(G1, live.id, 9, "going", NOW)
    privacy = PrivacyRepository(db)
    exported = await privacy.export(G1, 9)
    assert len(exported["live_hosts"]) == 1 and len(exported["live_rsvps"]) == 1
    assert len(exported["lives.created_by_user_id"]) == 1
    await privacy.delete(G1, 9)
    kept = await repo.get(G1, live.id)
    assert kept is not None
    assert kept.created_by_user_id is None and kept.host_ids == (2,)
    assert await repo.rsvp_counts(G1, live.id) == {"going": 0, "maybe": 0, "cant": 0}


async def test_every_change_of_a_live_moves_its_servers_revision_only(db: Database) -> None:
    repo = LiveRepository(db)
    guilds = GuildRepository(db)
    for guild in (G1, G2):
        await guilds.calendar_secret(guild, NOW, f"secret-of-server-{guild}-0123")

    async def revision(guild: int) -> int:
        found = await guilds.feed(f"secret-of-server-{guild}-0123")
        assert found is not None
        return found.lives_revision

    seen = [await revision(G1)]
    live = await repo.create(new(), NOW)
    seen.append(await revision(G1))
    await repo.set_discord(G1, live.id, NOW, event_id=7, channel_id=5, announcement_message_id=8)
    seen.append(await revision(G1))
    await repo.reschedule(G1, live.id, live.starts_at + timedelta(hours=1), live.duration, NOW)
    seen.append(await revision(G1))
    await repo.mark_ended(G1, live.id, NOW)
    seen.append(await revision(G1))
    other = await repo.create(new(), NOW)
    await repo.cancel(G1, other.id, NOW)
    seen.append(await revision(G1))
    assert seen == [0, 1, 2, 3, 4, 6]
    assert await revision(G2) == 0


@pytest.mark.parametrize("limit", [25, 4, 2])
async def test_the_autocompletes_first_list_is_upcoming_soonest_then_the_rest_newest(
    db: Database, limit: int
) -> None:
    # Nothing typed is answered by two indexed reads: the same LIVEs, in the same order, as
    # ranking every LIVE of the server (what a typed number or title does).
    repo = LiveRepository(db)
    made = {}
    for hours in (30, -5, 2, -50, 3, 70, -1):
        made[hours] = await repo.create(new(hours=hours), NOW)
    await repo.cancel(G1, made[3].id, NOW)  # cancelled, still in the future
    await repo.mark_ended(G1, made[-5].id, NOW)
    await repo.create(new(G2, hours=1), NOW)  # another server's
    ranked = await db.scan_all(
        "SELECT number FROM lives WHERE guild_id = ? ORDER BY "
        "CASE WHEN status = 'scheduled' AND starts_at >= ? THEN 0 ELSE 1 END, "
        "CASE WHEN status = 'scheduled' AND starts_at >= ? THEN starts_at ELSE -starts_at END "
        "LIMIT ?",
        (G1, int(NOW.timestamp()), int(NOW.timestamp()), limit),
    )
    found = await repo.search(G1, " # ", NOW, limit=limit)
    assert [live.number for live in found] == [row["number"] for row in ranked]
    assert [live.number for live in found][:3] == [made[h].number for h in (2, 30, 70)][:limit]
    soonest = found[0]
    assert (soonest.title, soonest.starts_at, soonest.status) == (
        "Show",
        made[2].starts_at,
        "scheduled",
    )
