"""Leaderboards and the weekly recap: every creator of a server at once, from the summaries
``storage.streaks`` keeps (the hot path is one SQL pass; creators behind the clock are caught
up and saved here). A part of ``StreakService``."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Literal

from cogs.streaks import logic
from cogs.streaks.summaries import Creator, summarise, week_span
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.streaks import StreakRepository, StreakSummary

Board = Literal["current", "longest", "posts_this_month"]
_CHUNK = 500  # creators per IN (...) list
_FOLDS_PER_TURN = 250  # summaries folded forward between two turns of the event loop


class Leaderboards:
    repo: StreakRepository
    members: MemberRepository
    guilds: GuildRepository

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
                span = spans[(zone, week)] = week_span(week, zone)
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
                    span = spans[(zone, creator.week)] = week_span(creator.week, zone)
                fresh.append(summarise(cached, counts, creator, default, span))
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
