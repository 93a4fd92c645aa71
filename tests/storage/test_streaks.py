"""Posts, weekly counts in SQL, summaries, recap and nudge logs on a real SQLite file."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from cogs.streaks import logic
from cogs.streaks.service import StreakService
from storage import Database
from storage.members import MemberRepository
from storage.privacy import PrivacyRepository
from storage.streaks import DuplicateVideo, NewPost, StreakRepository

G, OTHER_G = 111, 222
ALICE, BOB = 1, 2
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
MON = date(2026, 11, 23).toordinal()


def new_post(
    user: int, moment: datetime, zone: str = "UTC", url: str | None = None, guild: int = G
) -> NewPost:
    day = logic.local_day(moment, zone)
    return NewPost(guild, user, url, moment, zone, day, logic.week_of_day(day))


async def test_week_counts_for_one_creator_and_for_a_guild(db: Database) -> None:
    repo = StreakRepository(db)
    shanghai = "Asia/Shanghai"
    sunday_night = datetime(2026, 11, 22, 23, 30, tzinfo=ZoneInfo(shanghai))
    monday_early = datetime(2026, 11, 23, 0, 30, tzinfo=ZoneInfo(shanghai))
    await repo.log_post(new_post(ALICE, sunday_night, shanghai), NOW)
    await repo.log_post(new_post(ALICE, monday_early, shanghai), NOW)
    await repo.log_post(new_post(ALICE, NOW - timedelta(hours=1), shanghai), NOW)
    await repo.log_post(new_post(BOB, NOW - timedelta(days=8)), NOW)
    await repo.log_post(new_post(BOB, NOW, guild=OTHER_G), NOW)
    assert await repo.week_counts(G, ALICE) == {MON - 7: 1, MON: 2}
    assert await repo.week_counts(G, BOB) == {MON - 14: 1}
    assert await repo.guild_week_counts(G) == {ALICE: {MON - 7: 1, MON: 2}, BOB: {MON - 14: 1}}
    assert await repo.guild_week_counts(G, [BOB]) == {BOB: {MON - 14: 1}}
    assert await repo.guild_week_counts(OTHER_G) == {BOB: {MON: 1}}
    assert await repo.total_posts(G, ALICE) == 3
    assert await repo.day_counts(G, ALICE, MON) == {MON: 2}
    assert await repo.active_creators(G, MON - 7) == [ALICE]


async def test_the_same_video_is_refused_per_member(db: Database) -> None:
    repo = StreakRepository(db)
    url = "https://www.tiktok.com/@a/video/1234567"
    first = await repo.log_post(new_post(ALICE, NOW, url=url), NOW)
    with pytest.raises(DuplicateVideo) as caught:
        await repo.log_post(new_post(ALICE, NOW - timedelta(days=1), url=url), NOW)
    assert caught.value.existing == first
    await repo.log_post(new_post(BOB, NOW, url=url), NOW)
    await repo.log_post(new_post(ALICE, NOW), NOW)
    await repo.log_post(new_post(ALICE, NOW), NOW)  # posts without a link never collide
    assert await repo.total_posts(G, ALICE) == 3


async def test_posts_of_a_minute_with_or_without_a_link(db: Database) -> None:
    """What ``/post log`` asks about before counting a post at the minute of another."""
    repo = StreakRepository(db)
    service = StreakService(db)
    minute = NOW.replace(minute=30)
    linked = await repo.log_post(
        new_post(ALICE, minute + timedelta(seconds=5), url="https://www.tiktok.com/@a/video/1"), NOW
    )
    bare = await repo.log_post(new_post(ALICE, minute + timedelta(seconds=40)), NOW)
    await repo.log_post(new_post(ALICE, minute + timedelta(minutes=1)), NOW)  # the next minute
    await repo.log_post(new_post(BOB, minute), NOW)  # another member
    end = minute + timedelta(minutes=1)
    assert await repo.posts_between(G, ALICE, minute, end) == [linked, bare]
    assert await repo.posts_between(G, ALICE, minute, end, linkless=True) == [bare]
    # A post with a link may repeat only one without; one without, any of them.
    with_link = new_post(ALICE, minute, url="https://www.tiktok.com/@a/video/2")
    assert await service.same_minute(with_link) == [bare]
    assert await service.same_minute(new_post(ALICE, minute)) == [linked, bare]


async def test_a_logged_post_is_what_reading_it_back_gives(db: Database) -> None:
    repo = StreakRepository(db)
    moment = NOW - timedelta(hours=3, microseconds=123_456)
    saved = await repo.log_post(
        new_post(ALICE, moment, url="https://www.tiktok.com/@a/video/7"),
        NOW + timedelta(microseconds=9),
    )
    assert saved == await repo.get_post(G, ALICE, saved.id)


async def test_a_member_can_only_remove_their_own_posts(db: Database) -> None:
    repo = StreakRepository(db)
    bobs = await repo.log_post(new_post(BOB, NOW), NOW)
    assert await repo.remove_post(G, ALICE, bobs.id, NOW) is False
    assert await repo.get_post(G, ALICE, bobs.id) is None
    assert await repo.remove_post(OTHER_G, BOB, bobs.id, NOW) is False
    assert await repo.remove_post(G, BOB, bobs.id, NOW) is True
    assert await repo.total_posts(G, BOB) == 0


async def test_month_counts_use_the_stored_local_day(db: Database) -> None:
    repo = StreakRepository(db)
    # 2026-11-30 23:30 in New York is already December in UTC: it stays November.
    ny = "America/New_York"
    await repo.log_post(
        new_post(ALICE, datetime(2026, 11, 30, 23, 30, tzinfo=ZoneInfo(ny)), ny), NOW
    )
    await repo.log_post(new_post(ALICE, datetime(2026, 12, 1, 10, tzinfo=UTC)), NOW)
    nov = logic.month_bounds(date(2026, 11, 5).toordinal())
    dec = logic.month_bounds(date(2026, 12, 5).toordinal())
    assert await repo.month_counts(G, [nov, dec]) == {ALICE: [1, 1]}


async def test_a_creator_who_moves_timezone_keeps_their_past_weeks(db: Database) -> None:
    repo, members, service = StreakRepository(db), MemberRepository(db), StreakService(db)
    oslo = "Europe/Oslo"
    await members.update(G, ALICE, NOW - timedelta(days=20), timezone=oslo)
    # Sunday 23:30 in Oslo (already Monday 06:30 in Shanghai) belongs to Oslo's week.
    sunday = datetime(2026, 11, 15, 23, 30, tzinfo=ZoneInfo(oslo))
    for days in (6, 5, 0):
        await repo.log_post(new_post(ALICE, sunday - timedelta(days=days), oslo), NOW)
    await members.update(G, ALICE, NOW - timedelta(days=3), timezone="Asia/Shanghai")
    assert await repo.week_counts(G, ALICE) == {MON - 14: 3}
    later = datetime(2026, 11, 23, 0, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    await repo.log_post(new_post(ALICE, later, "Asia/Shanghai"), NOW)
    streak = (await service.member_streak(G, ALICE, NOW)).streak
    # The Oslo week stays kept; the week of Nov 16 was missed; this week follows Shanghai.
    assert (streak.week, streak.current, streak.longest, streak.posts_this_week) == (MON, 0, 1, 1)


async def test_leaderboard_from_summaries_matches_full_history(db: Database) -> None:
    repo, service = StreakRepository(db), StreakService(db)
    posts = [
        new_post(user, datetime.fromordinal(MON - 7 * w + d).replace(hour=12, tzinfo=UTC))
        for user, weeks in ((ALICE, range(1, 6)), (BOB, range(3, 9)))
        for w in weeks
        for d in range(3)
    ]
    await repo.bulk_insert(posts, NOW)
    assert {s.dirty for s in await repo.summaries(G)} == {True}
    cold = await service.streak_values(G, NOW)
    assert {s.dirty for s in await repo.summaries(G)} == {False}
    warm = await service.streak_values(G, NOW)
    assert cold == warm
    assert (warm[ALICE], warm[BOB]) == ((5, 5), (0, 6))  # (current, longest)
    # A week later, with a post logged now, the cached summary is folded forward.
    later = NOW + timedelta(days=7)
    await repo.log_post(new_post(ALICE, later), later)
    await service.refresh_summary(G, ALICE, later)
    after = await service.streak_values(G, later)
    streak = (await service.member_streak(G, ALICE, later)).streak
    assert after[ALICE] == (streak.current, streak.longest) == (5, 5)
    assert streak.posts_this_week == 1
    [alice, bob] = sorted(await repo.summaries(G), key=lambda s: s.user_id)
    assert (alice.through_week, alice.week_posts, alice.week_goal) == (MON, 1, 3)
    # Bob's summary was a week behind the clock: folded forward from its own counts, saved.
    assert (bob.through_week, bob.week_posts, bob.dirty) == (MON, 0, False)
    assert bob.week_starts_at == int(datetime(2026, 11, 30, tzinfo=UTC).timestamp())
    assert bob.week_ends_at == int(datetime(2026, 12, 7, tzinfo=UTC).timestamp())


async def test_a_summary_a_week_behind_is_folded_forward_and_saved(db: Database) -> None:
    repo, service = StreakRepository(db), StreakService(db)
    oslo = "Europe/Oslo"
    await MemberRepository(db).update(G, ALICE, NOW - timedelta(days=30), timezone=oslo)
    for weeks_back in range(4):  # four kept weeks: a freeze earned
        for hours in range(3):  # on the Monday of each week
            moment = NOW - timedelta(days=7 * weeks_back, hours=hours)
            await service.log_post(new_post(ALICE, moment, oslo), NOW)
    assert await service.streak_values(G, NOW) == {ALICE: (4, 4)}
    # Three weeks without posts: one spent freeze, then the run breaks.
    later = NOW + timedelta(days=21)
    assert await service.streak_values(G, later) == {ALICE: (0, 4)}
    [summary] = await repo.summaries(G)
    assert summary.through_week == MON + 14 and not summary.dirty
    assert summary.week_starts_at == int(datetime(2026, 12, 14, tzinfo=ZoneInfo(oslo)).timestamp())
    values, behind = await repo.board(G, later, 3)
    assert (values, behind) == ({ALICE: (0, 4)}, [])  # the next read is SQL alone
    member = (await service.member_streak(G, ALICE, later)).streak
    assert (member.current, member.longest) == (0, 4)


async def test_a_summary_is_not_overwritten_after_a_concurrent_change(db: Database) -> None:
    repo, service = StreakRepository(db), StreakService(db)
    await repo.log_post(new_post(ALICE, NOW - timedelta(days=7)), NOW)
    [stale] = await repo.summaries(G)
    await repo.log_post(new_post(ALICE, NOW - timedelta(days=6)), NOW)  # bumps the version
    await repo.save_summaries(G, [stale], NOW)
    [row] = await repo.summaries(G)
    assert row.dirty and row.version == stale.version + 1
    await service.refresh_summary(G, ALICE, NOW)
    [row] = await repo.summaries(G)
    assert not row.dirty and row.through_week == MON - 7


async def test_recap_and_nudge_logs_are_once_per_week(db: Database) -> None:
    repo = StreakRepository(db)
    lease = NOW + timedelta(minutes=1)
    assert await repo.claim_recap(G, MON, 5, NOW, lease) is True
    assert await repo.claim_recap(G, MON, 5, NOW, lease) is False  # being sent elsewhere
    assert await repo.claim_recap(OTHER_G, MON, 6, NOW, lease) is True
    # A process that claimed it and stopped: its claim runs out and the recap is taken over.
    later = lease + timedelta(seconds=1)
    assert await repo.claim_recap(OTHER_G, MON, 6, later, later + timedelta(minutes=1)) is True
    await repo.finish_recap(G, MON, "sent")
    assert await repo.recap_status(G, MON) == "sent"
    assert await repo.claim_recap(G, MON, 5, later, later + timedelta(minutes=1)) is False
    # Only a member who asks for nudges is nudged (after their /privacy delete: nobody).
    assert await repo.record_nudge(G, ALICE, MON, "sent", NOW, lease) is False
    await repo.set_nudges(G, ALICE, True, "en-US", NOW)
    assert await repo.record_nudge(G, ALICE, MON, "sent", NOW, lease) is True
    assert await repo.record_nudge(G, ALICE, MON, "sent", NOW, lease) is False
    assert await repo.record_nudge(G, ALICE, MON, "sent", later, later) is True  # taken over
    await repo.update_nudge(G, ALICE, MON, "dm_closed")
    much_later = later + timedelta(hours=1)
    assert await repo.record_nudge(G, ALICE, MON, "sent", much_later, much_later) is False
    assert await repo.nudged_weeks(G, MON) == {ALICE: [MON]}
    await repo.set_nudges(G, ALICE, True, "no", NOW)
    await repo.set_nudges(G, ALICE, True, "zh-CN", NOW)
    assert await repo.nudge_optins(G) == [(ALICE, "zh-CN")]
    await repo.set_nudges(G, ALICE, False, "zh-CN", NOW)
    assert await repo.nudges_enabled(G, ALICE) is False


async def test_privacy_exports_and_deletes_streak_rows(db: Database) -> None:
    repo = StreakRepository(db)
    await repo.log_post(new_post(ALICE, NOW), NOW)
    await repo.log_post(new_post(BOB, NOW), NOW)
    await repo.set_nudges(G, ALICE, True, "en-US", NOW)
    await repo.record_nudge(G, ALICE, MON, "sent", NOW)
    privacy = PrivacyRepository(db)
    tables = await privacy.member_tables()
    for table in ("posts", "streak_summaries", "streak_nudge_optins", "streak_nudges_sent"):
        assert table in tables
    exported = await privacy.export(G, ALICE)
    assert len(exported["posts"]) == 1 and exported["posts"][0]["user_id"] == ALICE
    await privacy.delete(G, ALICE)
    assert await repo.total_posts(G, ALICE) == 0
    assert await repo.total_posts(G, BOB) == 1
    assert [s.user_id for s in await repo.summaries(G)] == [BOB]


async def test_a_move_west_across_monday_is_judged_in_the_new_zone(db: Database) -> None:
    repo, members, service = StreakRepository(db), MemberRepository(db), StreakService(db)
    kiritimati, la = "Pacific/Kiritimati", "America/Los_Angeles"  # UTC+14 and UTC-8
    await members.update(G, ALICE, NOW - timedelta(days=20), timezone=kiritimati)
    await members.set_weekly_goal(G, ALICE, 1, NOW - timedelta(days=20))
    await service.log_post(new_post(ALICE, NOW - timedelta(days=5), kiritimati), NOW)
    # Sunday noon in UTC: Monday already in Kiritimati, where last week was missed.
    now = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
    assert await service.streak_values(G, now) == {ALICE: (0, 1)}
    await service.log_post(new_post(ALICE, now, kiritimati), now)  # keyed in Kiritimati's week
    assert await service.streak_values(G, now) == {ALICE: (1, 1)}
    # In Los Angeles it is still Sunday: last week is this week, and that post is in it
    # (keyed after it), so the run of the week before goes on.
    await members.update(G, ALICE, now, timezone=la)
    expected = (await service.member_streak(G, ALICE, now)).streak
    assert (expected.current, expected.longest) == (2, 2)
    assert await service.streak_values(G, now) == {ALICE: (2, 2)}
    [summary] = await repo.summaries(G)
    assert (summary.timezone, summary.week_posts, summary.later_posts) == (la, 0, 1)
    assert await repo.board(G, now, 3) == ({ALICE: (2, 2)}, [])


async def test_logging_for_a_creator_leaves_the_summary_a_rebuild_would_make(db: Database) -> None:
    """The post and its summary in one transaction give what the separate refresh gave."""
    repo, service = StreakRepository(db), StreakService(db)
    oslo = "Europe/Oslo"
    await MemberRepository(db).update(G, ALICE, NOW, timezone=oslo)
    moments = [
        NOW - timedelta(days=days, hours=hour) for days in (1, 3, 8, 9, 15, 30) for hour in (1, 5)
    ]
    member = None
    for moment in moments:
        creator = await service.creator(G, ALICE, NOW)
        saved, member = await service.log_post_for(new_post(ALICE, moment, oslo), NOW, creator)
        assert saved == await repo.get_post(G, ALICE, saved.id)
    assert member is not None
    assert member.counts == await repo.week_counts(G, ALICE)
    assert member.streak == (await service.member_streak(G, ALICE, NOW)).streak
    one_trip = await repo.summary(G, ALICE)
    assert one_trip is not None and not one_trip.dirty
    # The same summary, rebuilt the long way round.
    await db.execute("UPDATE streak_summaries SET dirty = 1 WHERE user_id = ?", (ALICE,))
    await service.refresh_summary(G, ALICE, NOW)
    rebuilt = await repo.summary(G, ALICE)
    assert rebuilt is not None
    assert replace(rebuilt, version=one_trip.version) == one_trip
