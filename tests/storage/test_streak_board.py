"""The leaderboard read from the summaries equals every creator's streak from all their posts,
through any mix of posts, goal, zone and default-goal changes and the clock moving on.
"""

from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from cogs.streaks import logic
from cogs.streaks.service import StreakService
from storage import Database
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.privacy import PrivacyRepository
from storage.streaks import NewPost, StreakRepository
from tests.support.databases import fresh_database

G = 111
# A Sunday morning: Monday already in Kiritimati, before both autumn DST changes.
START = datetime(2026, 10, 25, 9, 0, tzinfo=UTC)
ZONES = ["UTC", "Europe/Oslo", "Asia/Shanghai", "America/Los_Angeles", "Pacific/Kiritimati"]


@dataclass(frozen=True)
class Log:
    user: int
    days_back: int
    hours_back: int
    refreshed: bool  # through /post (summary recomputed) or a bulk import (left dirty)


@dataclass(frozen=True)
class Remove:
    user: int


@dataclass(frozen=True)
class Goal:
    user: int
    goal: int


@dataclass(frozen=True)
class Zone:
    user: int
    zone: str


@dataclass(frozen=True)
class Default:
    goal: int


@dataclass(frozen=True)
class Forget:
    user: int  # /privacy delete


@dataclass(frozen=True)
class Wait:
    hours: int


Operation = Log | Remove | Goal | Zone | Default | Forget | Wait
USERS = st.integers(1, 4)
OPERATIONS = st.lists(
    st.one_of(
        st.builds(Log, USERS, st.integers(0, 20), st.integers(0, 23), st.booleans()),
        st.builds(Log, USERS, st.integers(0, 1), st.integers(0, 23), st.just(True)),
        st.builds(Log, USERS, st.integers(0, 1), st.integers(0, 23), st.just(True)),
        st.builds(Remove, USERS),
        st.builds(Goal, USERS, st.integers(1, 3)),
        st.builds(Zone, USERS, st.sampled_from(ZONES)),
        st.builds(Default, st.integers(1, 3)),
        st.builds(Forget, USERS),
        st.builds(Wait, st.integers(1, 24 * 9)),
        st.builds(Wait, st.integers(1, 12)),
        st.builds(Wait, st.integers(1, 12)),
    ),
    min_size=5,
    max_size=40,
)


async def _expected(
    db: Database, service: StreakService, now: datetime
) -> dict[int, tuple[int, int]]:
    """(current, longest) of every creator with a summary, from all of their posts."""
    users = [row[0] for row in await db.scan_all("SELECT user_id FROM streak_summaries")]
    expected = {}
    for user in users:
        streak = (await service.member_streak(G, user, now)).streak
        expected[user] = (streak.current, streak.longest)
    return expected


async def _month(db: Database, now: datetime) -> dict[int, int]:
    """Posts in each creator's calendar month in their zone now, from the raw rows."""
    rows = await db.scan_all(
        "SELECT p.user_id, p.local_day, m.timezone FROM posts AS p LEFT JOIN members AS m "
        "ON m.guild_id = p.guild_id AND m.user_id = p.user_id WHERE p.guild_id = ?",
        (G,),
    )
    counts: dict[int, int] = {}
    for user, day, zone in rows:
        first, last = logic.month_bounds(logic.local_day(now, zone or "UTC"))
        if first <= day <= last:
            counts[user] = counts.get(user, 0) + 1
    return counts


async def _play(operations: list[Operation], folder: Path) -> None:
    async with fresh_database(folder) as db:
        service, repo = StreakService(db), StreakRepository(db)
        members, guilds = MemberRepository(db), GuildRepository(db)
        now = START
        for operation in operations:
            if isinstance(operation, Log):
                member = await members.get(G, operation.user)
                zone = member.timezone if member and member.timezone else "UTC"
                moment = now - timedelta(days=operation.days_back, hours=operation.hours_back)
                day = logic.local_day(moment, zone)
                post = NewPost(G, operation.user, None, moment, zone, day, logic.week_of_day(day))
                if operation.refreshed:
                    await service.log_post(post, now)
                else:
                    await repo.bulk_insert([post], now)
            elif isinstance(operation, Remove):
                [*_, newest] = [None, *await repo.recent_posts(G, operation.user, limit=1)]
                if newest is not None:
                    await service.remove_post(G, operation.user, newest.id, now)
            elif isinstance(operation, Goal):
                await members.set_weekly_goal(G, operation.user, operation.goal, now)
            elif isinstance(operation, Zone):
                await members.update(G, operation.user, now, timezone=operation.zone)
            elif isinstance(operation, Default):
                await guilds.update(G, now, default_weekly_goal=operation.goal)
            elif isinstance(operation, Forget):
                await PrivacyRepository(db).delete(G, operation.user)
            else:
                now += timedelta(hours=operation.hours)
            expected = await _expected(db, service, now)
            assert await service.streak_values(G, now) == expected, (operation, now)
            assert await service.streak_values(G, now) == expected  # once caught up, too
            current = await service.leaderboard(G, "current", now)
            assert current == {user: pair[0] for user, pair in expected.items()}
            month = await service.leaderboard(G, "posts_this_month", now)
            assert {user: n for user, n in month.items() if n} == await _month(db, now)


@settings(max_examples=60)
@given(OPERATIONS)
def test_the_board_matches_every_creators_full_history(operations: list[Operation]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        asyncio.run(_play(operations, Path(folder)))
