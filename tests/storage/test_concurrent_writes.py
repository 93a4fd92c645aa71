"""Every read-modify-write in storage is one transaction: changes made at once all count."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, time, timedelta

import pytest

from storage import Database, Tx
from storage.availability import AvailabilityRepository, StoredWindow
from storage.deliveries import PlannedDelivery
from storage.er import ErRepository, NewErResult
from storage.live import LiveRepository, NewLive
from storage.members import MemberRepository
from storage.streaks import DuplicateVideo, NewPost, StreakRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
GUILD, ALICE = 1, 10
AT_ONCE = 10
Shape = tuple[frozenset[int], time, time]


async def test_windows_added_at_once_are_all_kept(db: Database) -> None:
    repo = AvailabilityRepository(db)

    def adding(hour: int) -> Callable[[list[StoredWindow]], list[Shape]]:
        def edit(current: list[StoredWindow]) -> list[Shape]:
            return [
                *((w.days, w.start, w.end) for w in current),
                (frozenset({0}), time(hour), time(hour, 30)),
            ]

        return edit

    await asyncio.gather(*(repo.change(GUILD, ALICE, adding(8 + i), NOW) for i in range(AT_ONCE)))
    saved = await repo.windows(GUILD, ALICE)
    assert sorted(w.start.hour for w in saved) == [8 + i for i in range(AT_ONCE)]


async def test_a_refused_edit_changes_nothing(db: Database) -> None:
    repo = AvailabilityRepository(db)
    await repo.replace(GUILD, ALICE, [(frozenset({1}), time(9), time(10))], NOW)

    def refuse(current: list[StoredWindow]) -> list[tuple[frozenset[int], time, time]]:
        raise ValueError("too many")

    with pytest.raises(ValueError, match="too many"):
        await repo.change(GUILD, ALICE, refuse, NOW)
    assert [w.start for w in await repo.windows(GUILD, ALICE)] == [time(9)]


async def test_one_video_saved_at_once_is_one_result_with_the_last_numbers(db: Database) -> None:
    repo = ErRepository(db)
    url = "https://www.tiktok.com/@a/video/1"

    def result(likes: int) -> NewErResult:
        return NewErResult(GUILD, ALICE, "views", 1.0, likes, 0, views=1000, video_url=url)

    outcomes = await asyncio.gather(*(repo.save(result(i), NOW) for i in range(AT_ONCE)))
    assert sum(not o.updated for o in outcomes) == 1
    assert len({o.result.id for o in outcomes}) == 1
    assert await repo.count(GUILD, ALICE) == 1
    latest = await repo.latest(GUILD, ALICE)
    assert latest is not None and latest.likes == AT_ONCE - 1  # the last write won


async def test_lives_scheduled_at_once_get_distinct_numbers(db: Database) -> None:
    repo = LiveRepository(db)

    def new(i: int) -> NewLive:
        return NewLive(
            guild_id=GUILD,
            title=f"LIVE {i}",
            description=None,
            starts_at=NOW + timedelta(days=1, hours=i),
            duration=timedelta(minutes=60),
            host_ids=(ALICE,),
            channel_id=None,
            created_by_user_id=ALICE,
        )

    lives = await asyncio.gather(*(repo.create(new(i), NOW) for i in range(AT_ONCE)))
    assert sorted(live.number for live in lives) == list(range(1, AT_ONCE + 1))


async def test_one_video_logged_at_once_is_one_post(db: Database) -> None:
    repo = StreakRepository(db)
    url = "https://www.tiktok.com/@a/video/2"
    monday = NOW.toordinal() - NOW.weekday()
    post = NewPost(GUILD, ALICE, url, NOW, "UTC", NOW.toordinal(), monday)

    async def log() -> str:
        try:
            await repo.log_post(post, NOW)
        except DuplicateVideo:
            return "duplicate"
        return "logged"

    answers = await asyncio.gather(*(log() for _ in range(AT_ONCE)))
    assert sorted(answers) == ["duplicate"] * (AT_ONCE - 1) + ["logged"]
    assert await repo.total_posts(GUILD, ALICE) == 1


async def test_a_summary_computed_before_a_new_post_is_not_saved_over_it(db: Database) -> None:
    repo = StreakRepository(db)
    day, monday = NOW.toordinal(), NOW.toordinal() - NOW.weekday()
    await repo.log_post(NewPost(GUILD, ALICE, None, NOW, "UTC", day, monday), NOW)
    stale = await repo.summary(GUILD, ALICE)
    assert stale is not None and stale.dirty
    # A post lands between reading the summary and saving the fresh one.
    await asyncio.gather(
        repo.log_post(NewPost(GUILD, ALICE, None, NOW, "UTC", day, monday), NOW),
        repo.save_summaries(GUILD, [stale], NOW),
    )
    after = await repo.summary(GUILD, ALICE)
    assert after is not None and after.dirty  # recomputed next time, not frozen stale


async def test_a_summary_computed_before_a_goal_change_is_not_saved_over_it(
    db: Database,
) -> None:
    repo, members = StreakRepository(db), MemberRepository(db)
    day, monday = NOW.toordinal(), NOW.toordinal() - NOW.weekday()
    await repo.log_post(NewPost(GUILD, ALICE, None, NOW, "UTC", day, monday), NOW)
    stale = await repo.summary(GUILD, ALICE)
    assert stale is not None
    # The goal changes between reading the summary and saving one computed with the old goal.
    await asyncio.gather(
        members.set_weekly_goal(GUILD, ALICE, 5, NOW),
        repo.save_summaries(GUILD, [replace(stale, dirty=False, through_week=monday - 7)], NOW),
    )
    after = await repo.summary(GUILD, ALICE)
    assert after is not None and after.dirty


async def test_writes_under_one_lock_never_interleave(db: Database) -> None:
    """A read-modify-write of one server's row runs alone, whatever else waits: on SQLite
    one writer is let in at a time, on PostgreSQL the server's advisory lock orders them.
    Every change counts, none is lost, in five different interleavings with other servers'
    writes and with work that reads, yields and writes."""
    await db.execute(
        "INSERT INTO guild_settings (guild_id, default_weekly_goal, updated_at) "
        "VALUES (1, 1, 0), (2, 1, 0)"
    )

    def bump(guild: int) -> Callable[[Tx], Awaitable[None]]:
        async def work(tx: Tx) -> None:
            row = await tx.fetch_one(
                "SELECT updated_at FROM guild_settings WHERE guild_id = ?", (guild,)
            )
            assert row is not None
            await tx.execute(
                "UPDATE guild_settings SET updated_at = ? WHERE guild_id = ?",
                (int(row[0]) + 1, guild),
            )

        return work

    for stride in (1, 7, 11, 13, 29):  # five different interleavings
        jobs = [db.write(bump(1), lock=1) for _ in range(60)] + [
            db.write(bump(2), lock=2) for _ in range(15)
        ]
        await asyncio.gather(*(jobs[(i * stride) % len(jobs)] for i in range(len(jobs))))
    rows = {
        r[0]: r[1] for r in await db.read_all("SELECT guild_id, updated_at FROM guild_settings")
    }
    assert rows == {1: 300, 2: 75}


def _live(hours: int = 24, guest_slots: int = 0) -> NewLive:
    return NewLive(
        guild_id=GUILD,
        title="Duet",
        description=None,
        starts_at=NOW + timedelta(hours=hours),
        duration=timedelta(minutes=60),
        host_ids=(ALICE,),
        channel_id=None,
        created_by_user_id=ALICE,
        guest_slots=guest_slots,
    )


async def test_rsvps_at_once_are_all_kept_one_per_member(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(_live(), NOW)
    members = range(100, 100 + AT_ONCE)
    await asyncio.gather(
        *(repo.set_rsvp(GUILD, live.id, m, "going", NOW) for m in members),
        *(repo.set_rsvp(GUILD, live.id, 100, "maybe", NOW) for _ in range(AT_ONCE)),
    )
    counts = await repo.rsvp_counts(GUILD, live.id)
    assert counts["going"] + counts["maybe"] == AT_ONCE  # one answer per member
    assert counts["maybe"] in (0, 1)


async def test_guests_signing_up_at_once_fill_the_slots_in_one_order(db: Database) -> None:
    repo = LiveRepository(db)
    live = await repo.create(_live(guest_slots=3), NOW)
    members = list(range(200, 200 + AT_ONCE))
    answers = await asyncio.gather(*(repo.toggle_guest(GUILD, live, m, NOW) for m in members))
    assert sorted(what for what, _promoted in answers) == ["joined"] * 3 + ["waiting"] * (
        AT_ONCE - 3
    )
    signed = await repo.guests(GUILD, live)
    assert len(signed.guests) == 3 and len(signed.waiting) == AT_ONCE - 3
    assert sorted(signed.guests + signed.waiting) == members
    seqs = [r[0] for r in await db.read_all("SELECT seq FROM live_guests ORDER BY seq")]
    assert seqs == list(range(1, AT_ONCE + 1))  # no two members share a place


async def test_a_cancel_and_a_reschedule_at_once_leave_one_consistent_outcome(
    db: Database,
) -> None:
    repo = LiveRepository(db)
    planned = [PlannedDelivery("reminder", 60, NOW + timedelta(hours=23))]
    for _ in range(5):
        live = await repo.create(_live(), NOW, planned)
        later = NOW + timedelta(hours=30)
        moved, cancelled = await asyncio.gather(
            repo.reschedule(
                GUILD,
                live.id,
                later,
                timedelta(minutes=60),
                NOW,
                planned=[PlannedDelivery("reminder", 60, later - timedelta(hours=1))],
            ),
            repo.cancel(GUILD, live.id, NOW),
        )
        after = await repo.get(GUILD, live.id)
        assert after is not None
        pending = await db.read_all(
            "SELECT due_at FROM live_deliveries WHERE live_id = ? AND state = 'pending'",
            (live.id,),
        )
        if after.status == "cancelled":
            assert cancelled and pending == []  # nothing left to send for a cancelled LIVE
        else:
            assert moved is not None and not cancelled
            assert [r[0] for r in pending] == [int((later - timedelta(hours=1)).timestamp())]


async def test_writes_cancelled_at_any_moment_leave_nothing_open(db: Database) -> None:
    """A write cancelled anywhere (while its BEGIN, a statement or the COMMIT is on its way):
    nothing of it is saved unless it committed, the connection it used is not handed on
    with a transaction open (asyncpg reports that through the loop's exception handler),
    and the next writes work."""
    loop = asyncio.get_running_loop()
    reported: list[str] = []
    loop.set_exception_handler(lambda _loop, context: reported.append(context["message"]))
    members = MemberRepository(db)
    try:
        for n in range(60):

            async def work(tx: Tx, n: int = n) -> None:
                await tx.execute(
                    "INSERT INTO members (guild_id, user_id, created_at) VALUES (?, ?, ?)",
                    (1, 1000 + n, 0),
                )

            task = asyncio.create_task(db.write(work, lock=1))
            # Cancelled at a different moment each time: after 0-9 turns of the loop (while
            # the BEGIN is on its way), or after up to a millisecond (a statement, COMMIT).
            for _ in range(n % 10):
                await asyncio.sleep(0)
            await asyncio.sleep((n // 10) * 0.0002)
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        await members.update(1, 1, NOW, timezone="Europe/Oslo")  # a write after all of them
    finally:
        loop.set_exception_handler(None)
    assert reported == []
    member = await members.get(1, 1)
    assert member is not None and member.timezone == "Europe/Oslo"


async def test_reads_cancelled_at_any_moment_leave_every_connection_usable(db: Database) -> None:
    """Reads cancelled anywhere, alone and several at once (on PostgreSQL some take the
    connections held for reads, the rest go through the pool): every later read answers
    right. (asyncpg reports a cancelled read's lost connection through the loop's exception
    handler, with or without the held connections; that is left to it here.)"""
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(lambda _loop, _context: None)
    members = MemberRepository(db)
    await members.update(1, 7, NOW, timezone="Europe/Oslo")
    try:
        for n in range(60):
            reads = [asyncio.create_task(members.get(1, 7)) for _ in range(1 + n % 9)]
            for _ in range(n % 10):
                await asyncio.sleep(0)
            await asyncio.sleep((n // 10) * 0.0002)
            for read in reads[::2]:
                read.cancel()
            for result in await asyncio.gather(*reads, return_exceptions=True):
                assert isinstance(result, asyncio.CancelledError) or (
                    result is not None and result.timezone == "Europe/Oslo"
                ), result
        together = await asyncio.gather(*(members.get(1, 7) for _ in range(8)))
        assert all(m is not None and m.timezone == "Europe/Oslo" for m in together)
    finally:
        loop.set_exception_handler(None)
