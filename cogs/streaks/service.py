"""Streaks from the database: one creator, a leaderboard, a recap. No discord here.

Glue between ``storage.streaks`` (counts per week) and ``logic`` (the arithmetic), so
the commands, the background job and the benchmark share one path.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Literal

from cogs.streaks import logic
from storage.database import Database, to_epoch
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.streaks import NewPost, Post, StreakRepository, StreakSummary

Board = Literal["current", "longest", "posts_this_month"]
DueKind = Literal["recap", "nudge"]
_CHUNK = 500  # creators per IN (...) list
_FOLDS_PER_TURN = 250  # summaries folded forward between two turns of the event loop


@dataclass(frozen=True)
class Creator:
    """What streak maths needs to know about one member right now."""

    user_id: int
    zone: str
    zone_set: bool
    goals: logic.Goals
    week: int  # the current week in ``zone``


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


class StreakService:
    def __init__(self, db: Database) -> None:
        self.repo = StreakRepository(db)
        self.members = MemberRepository(db)
        self.guilds = GuildRepository(db)

    async def creator(self, guild_id: int, user_id: int, now: datetime) -> Creator:
        member = await self.members.get(guild_id, user_id)
        zone = member.timezone if member and member.timezone else None
        settings = await self.guilds.get(guild_id)
        changes = await self.members.goal_changes(guild_id, user_id)
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
        total = await self.repo.total_posts(guild_id, user_id)
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
        default, span = creator.goals.default, _span(creator.week, creator.zone)
        saved, counts = await self.repo.log_post_summarised(
            post,
            now,
            lambda cached, counts: _summarise(cached, counts, creator, default, span),
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
        found = await self.repo.posts_between(
            post.guild_id, post.user_id, start, start + timedelta(minutes=1)
        )
        return [p for p in found if not (post.video_url and p.video_url)]

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
        span = _span(creator.week, creator.zone)
        await self.repo.save_summaries(
            guild_id, [_summarise(cached, counts, creator, default, span)], now
        )

    # -- leaderboards -------------------------------------------------------------------

    async def _creators(
        self, guild_id: int, user_ids: Sequence[int], now: datetime
    ) -> tuple[dict[int, Creator], int]:
        default = (await self.guilds.get(guild_id)).default_weekly_goal
        zones = await self.repo.member_zones(guild_id)
        changes = await self.repo.goal_changes(guild_id)
        weeks: dict[str, int] = {}
        default_goals: dict[str, logic.Goals] = {}
        creators: dict[int, Creator] = {}
        for user_id in user_ids:
            zone = zones.get(user_id, "UTC")
            if zone not in weeks:
                weeks[zone] = logic.week_of(now, zone)
            if user_id in changes:
                goals = logic.goal_history(changes[user_id], default, zone)
            else:
                goals = default_goals.setdefault(zone, logic.Goals(default))
            creators[user_id] = Creator(user_id, zone, user_id in zones, goals, weeks[zone])
        return creators, default

    async def streak_values(self, guild_id: int, now: datetime) -> dict[int, tuple[int, int]]:
        """(current, longest) streak of every creator in the server, from their summaries.

        The hot path of the leaderboard: SQL answers for every creator whose summary holds
        their current week (``StreakRepository.board``). The others are caught up here and
        saved, so the next leaderboard finds them current too.
        """
        default = (await self.guilds.get(guild_id)).default_weekly_goal
        values, behind = await self.repo.board(guild_id, now, default)
        if behind:
            values.update(await self._catch_up(guild_id, behind, default, now))
        return values

    async def _catch_up(
        self, guild_id: int, behind: Sequence[StreakSummary], default: int, now: datetime
    ) -> dict[int, tuple[int, int]]:
        """(current, longest) of creators whose summary does not hold their current week,
        with their summaries brought up to it and saved.

        A clean summary the clock has moved past is folded forward from its own counts (its
        week's posts and goal; no posts read). Dirty or stale ones (posts, goals, zone or the
        server's default goal changed) are rebuilt from every post.
        """
        weeks: dict[str, int] = {}
        spans: dict[tuple[str, int], tuple[int, int]] = {}
        result: dict[int, tuple[int, int]] = {}
        fresh: list[StreakSummary] = []
        stale: list[StreakSummary] = []
        for position, cached in enumerate(behind, start=1):
            if position % _FOLDS_PER_TURN == 0:
                await asyncio.sleep(0)  # a server's worth of folding never holds the loop long
            zone = cached.member_timezone or "UTC"
            week = weeks.get(zone)
            if week is None:
                week = weeks[zone] = logic.week_of(now, zone)
            through, goal = cached.through_week, cached.week_goal
            if (
                cached.dirty
                or through is None
                or goal is None
                or cached.later_posts
                or through + logic.WEEK >= week
                or cached.timezone != zone
                or cached.default_goal != default
            ):
                stale.append(cached)
                continue
            goals = logic.Goals(goal)  # no change lies after the summary's week (else dirty)
            counts = {through + logic.WEEK: cached.week_posts}
            state = logic.StreakState(
                through, cached.run, cached.chain, cached.freezes, cached.longest
            )
            state = logic.fold(state, counts, goals, week)
            streak = logic.finish(state, {}, goals, week)
            result[cached.user_id] = (streak.current, streak.longest)
            span = spans.get((zone, week))
            if span is None:
                span = spans[(zone, week)] = _span(week, zone)
            fresh.append(
                replace(
                    cached,
                    through_week=week - logic.WEEK,
                    run=state.run,
                    chain=state.chain,
                    freezes=state.freezes,
                    longest=state.longest,
                    week_starts_at=span[0],
                    week_ends_at=span[1],
                    week_posts=0,
                )
            )
        changes = await self.repo.goal_changes(guild_id) if stale else {}
        default_goals = logic.Goals(default)
        for start in range(0, len(stale), _CHUNK):
            chunk = stale[start : start + _CHUNK]
            every = await self.repo.guild_week_counts(guild_id, [c.user_id for c in chunk])
            for cached in chunk:
                zone = cached.member_timezone or "UTC"
                user_id = cached.user_id
                goals = (
                    logic.goal_history(changes[user_id], default, zone)
                    if user_id in changes
                    else default_goals
                )
                creator = Creator(
                    user_id, zone, cached.member_timezone is not None, goals, weeks[zone]
                )
                counts = every.get(user_id, {})
                streak = logic.streak(counts, goals, creator.week)
                result[user_id] = (streak.current, streak.longest)
                span = spans.get((zone, creator.week))
                if span is None:
                    span = spans[(zone, creator.week)] = _span(creator.week, zone)
                fresh.append(_summarise(cached, counts, creator, default, span))
        await self.repo.save_summaries(guild_id, fresh, now)
        return result

    async def posts_this_month(self, guild_id: int, now: datetime) -> dict[int, int]:
        """Posts in each creator's current calendar month (in their timezone)."""
        today = now.date().toordinal()
        # Every zone's date is within a day of UTC's: most of the month, that is one month
        # for everyone, and nobody's zone needs looking at.
        months = sorted({logic.month_bounds(day) for day in (today - 1, today, today + 1)})
        if len(months) == 1:
            return await self.repo.month_totals(guild_id, *months[0])
        sums = await self.repo.month_counts(guild_id, months)
        zones = await self.repo.member_zones(guild_id)
        by_zone: dict[str, int] = {}
        result: dict[int, int] = {}
        for user_id, per_month in sums.items():
            zone = zones.get(user_id, "UTC")
            index = by_zone.get(zone)
            if index is None:
                month = logic.month_bounds(logic.local_day(now, zone))
                index = by_zone[zone] = months.index(month)
            result[user_id] = per_month[index]
        return result

    async def leaderboard(self, guild_id: int, by: Board, now: datetime) -> dict[int, int]:
        if by == "posts_this_month":
            return await self.posts_this_month(guild_id, now)
        every = await self.streak_values(guild_id, now)
        column = 0 if by == "current" else 1
        return {user: values[column] for user, values in every.items()}

    # -- recap -----------------------------------------------------------------------------

    async def recap(self, guild_id: int, week: int, now: datetime) -> list[logic.RecapEntry]:
        """How ``week`` went for every creator who could have a streak then."""
        # A run alive at ``week`` had a kept week within the 2 freezes before it.
        users = await self.repo.active_creators(guild_id, week - (logic.MAX_FREEZES + 1) * 7)
        creators, _default = await self._creators(guild_id, users, now)
        entries: list[logic.RecapEntry] = []
        for start in range(0, len(users), _CHUNK):
            chunk = users[start : start + _CHUNK]
            every = await self.repo.guild_week_counts(guild_id, chunk)
            for user_id in chunk:
                creator = creators[user_id]
                entries.append(
                    logic.recap_entry(
                        user_id, every.get(user_id, {}), creator.goals, week, creator.week
                    )
                )
        return entries


def _span(week: int, zone: str) -> tuple[int, int]:
    """The week's first instant and the next week's, UTC epoch seconds, in ``zone``."""
    return to_epoch(logic.week_start(week, zone)), to_epoch(logic.week_end(week, zone))


def _summarise(
    cached: StreakSummary,
    counts: dict[int, int],
    creator: Creator,
    default: int,
    span: tuple[int, int],
) -> StreakSummary:
    """The summary of every week before the creator's current one, and of that week."""
    week = creator.week
    state = logic.fold(logic.StreakState(), counts, creator.goals, week)
    through = week - logic.WEEK
    goals = creator.goals
    # Any goal change makes the summary dirty, so this goal holds for every later week too;
    # unless a change is keyed after this week (the clock went back): then only a rebuild
    # can tell.
    goal = goals.goal_for(week) if not goals.weeks or goals.weeks[-1] <= week else None
    return replace(
        cached,
        dirty=False,
        through_week=through if state.through_week is None else state.through_week,
        run=state.run,
        chain=state.chain,
        freezes=state.freezes,
        longest=state.longest,
        timezone=creator.zone,
        default_goal=default,
        week_starts_at=span[0],
        week_ends_at=span[1],
        week_posts=counts.get(week, 0),
        later_posts=sum(n for w, n in counts.items() if w > week),
        week_goal=goal,
    )
