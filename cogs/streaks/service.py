"""Streaks from the database: one creator, a leaderboard, a recap. No discord here.

Glue between ``storage.streaks`` (counts per week) and ``logic`` (the arithmetic), so
the commands, the background job and the benchmark share one path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from cogs.streaks import logic
from cogs.streaks.boards import Board, Leaderboards
from cogs.streaks.summaries import Creator, summarise, week_span
from storage.database import Database
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.streaks import NewPost, Post, StreakRepository

DueKind = Literal["recap", "nudge"]


@dataclass(frozen=True)
class MemberStreak:
    creator: Creator
    streak: logic.Streak
    counts: dict[int, int]
    trace: logic.Trace
    total_posts: int


@dataclass(frozen=True)
class Due:
    """Something the weekly loop (``recap.py``) sends at ``at`` in one server: its recap, or
    one member's Sunday nudge."""

    at: datetime
    kind: DueKind
    guild_id: int
    user_id: int | None = None


class StreakService(Leaderboards):
    def __init__(self, db: Database) -> None:
        self.repo = StreakRepository(db)
        self.members = MemberRepository(db)
        self.guilds = GuildRepository(db)

    async def creator(self, guild_id: int, user_id: int, now: datetime) -> Creator:
        zone, changes = await self.members.zone_and_goal_changes(guild_id, user_id)
        zone = zone or None
        settings = await self.guilds.get(guild_id)
        name = zone or "UTC"
        goals = logic.goal_history(changes, settings.default_weekly_goal, name)
        return Creator(user_id, name, zone is not None, goals, logic.week_of(now, name))

    async def member_streak(
        self,
        guild_id: int,
        user_id: int,
        now: datetime,
        *,
        creator: Creator | None = None,
        counts: dict[int, int] | None = None,
    ) -> MemberStreak:
        """The creator's streak now (``creator`` and ``counts`` when the caller has them)."""
        if creator is None:
            creator = await self.creator(guild_id, user_id, now)
        if counts is None:
            counts = await self.repo.week_counts(guild_id, user_id)
        total = sum(counts.values())  # every post is in its week's count: no read of its own
        trace = logic.Trace()
        result = logic.streak(counts, creator.goals, creator.week, trace)
        return MemberStreak(creator, result, counts, trace, total)

    # -- posts: a change refreshes the creator's summary ------------------------------------

    async def log_post(self, post: NewPost, now: datetime) -> Post:
        """Save a post (``DuplicateVideo`` when its link is logged already)."""
        creator = await self.creator(post.guild_id, post.user_id, now)
        saved, _member = await self.log_post_for(post, now, creator)
        return saved

    async def log_post_for(
        self, post: NewPost, now: datetime, creator: Creator
    ) -> tuple[Post, MemberStreak]:
        """``log_post`` for ``creator`` (read by the caller just before), and their streak
        after it: the post and the fresh summary in one transaction, without reading the
        creator or their weekly counts again."""
        default, span = creator.goals.default, week_span(creator.week, creator.zone)
        saved, counts = await self.repo.log_post_summarised(
            post,
            now,
            lambda cached, counts: summarise(cached, counts, creator, default, span),
        )
        member = await self.member_streak(
            post.guild_id, post.user_id, now, creator=creator, counts=counts
        )
        return saved, member

    async def remove_post(self, guild_id: int, user_id: int, post_id: int, now: datetime) -> bool:
        """Remove one of the creator's posts; False when it was not theirs or is gone."""
        if not await self.repo.remove_post(guild_id, user_id, post_id, now):
            return False
        await self.refresh_summary(guild_id, user_id, now)
        return True

    async def recent_posts(self, guild_id: int, user_id: int, limit: int = 25) -> list[Post]:
        return await self.repo.recent_posts(guild_id, user_id, limit=limit)

    async def find_post(
        self, guild_id: int, user_id: int, *, post_id: int | None = None, video_url: str = ""
    ) -> Post | None:
        """One of the creator's posts, by id or by its video link."""
        if post_id is not None:
            return await self.repo.get_post(guild_id, user_id, post_id)
        return await self.repo.find_video(guild_id, user_id, video_url)

    async def same_minute(self, post: NewPost) -> list[Post]:
        """The creator's posts published in the minute of ``post`` that it may repeat: all of
        them, unless ``post`` and the one logged have video links of their own (which then
        differ: the same link twice is refused as a duplicate)."""
        start = post.posted_at.replace(second=0, microsecond=0)
        end = start + timedelta(minutes=1)
        linkless = post.video_url is not None  # (only a post without a link may repeat it)
        return await self.repo.posts_between(
            post.guild_id, post.user_id, start, end, linkless=linkless
        )

    async def posts_from_week(self, guild_id: int, user_id: int, week: int) -> list[Post]:
        return await self.repo.posts_from_week(guild_id, user_id, week)

    async def day_counts(self, guild_id: int, user_id: int, from_day: int) -> dict[int, int]:
        return await self.repo.day_counts(guild_id, user_id, from_day)

    async def has_creators(self, guild_id: int) -> bool:
        """Whether anyone in the server ever logged a post."""
        return await self.repo.has_summaries(guild_id)

    # -- what the weekly loop sends next -------------------------------------------------------

    async def upcoming(self, guild_id: int, now: datetime) -> list[Due]:
        """What the weekly loop sends in this server after ``now``: the next recap (when a
        recap channel is set) and each opted-in member's next nudge. What is due at ``now``
        already goes out in the loop's current round and is not listed."""
        found: list[Due] = []
        settings = await self.guilds.get(guild_id)
        zone = settings.timezone or "UTC"
        if settings.recap_channel_id is not None:
            week = logic.recap_week(now, zone)
            due = logic.recap_due(week, zone)
            if due <= now:
                due = logic.recap_due(week + logic.WEEK, zone)
            found.append(Due(due, "recap", guild_id))
        optins = await self.repo.nudge_optins(guild_id)
        if optins:
            zones = await self.repo.member_zones(guild_id)
            handled = await self.repo.nudged_weeks(
                guild_id, logic.week_of(now, "UTC") - 2 * logic.WEEK
            )
            for user_id, _locale in optins:
                member_zone = zones.get(user_id, "UTC")
                done = handled.get(user_id, [])
                week, due = logic.next_nudge(now, member_zone, done)
                if due <= now:
                    _week, due = logic.next_nudge(now, member_zone, [*done, week])
                found.append(Due(due, "nudge", guild_id, user_id))
        return found

    # -- nudges ------------------------------------------------------------------------------

    async def set_nudges(
        self, guild_id: int, user_id: int, enabled: bool, locale: str, now: datetime
    ) -> None:
        """The Sunday-morning DM when the week is at risk, on or off (sent in ``locale``)."""
        await self.repo.set_nudges(guild_id, user_id, enabled, locale, now)

    async def nudges_enabled(self, guild_id: int, user_id: int) -> bool:
        return await self.repo.nudges_enabled(guild_id, user_id)

    async def refresh_summary(self, guild_id: int, user_id: int, now: datetime) -> None:
        """Recompute one creator's cached summary (after their posts changed)."""
        cached = await self.repo.summary(guild_id, user_id)
        if cached is None:
            return
        creator = await self.creator(guild_id, user_id, now)
        counts = await self.repo.week_counts(guild_id, user_id)
        default = creator.goals.default
        span = week_span(creator.week, creator.zone)
        await self.repo.save_summaries(
            guild_id, [summarise(cached, counts, creator, default, span)], now
        )


__all__ = ["Board", "Creator", "Due", "MemberStreak", "StreakService"]
