"""Streak summaries: each creator's streak through their last completed week, with the posts
and goal of the week after it, kept current so a leaderboard is one SQL pass (``board``), and
the members' zones and goals the summaries are computed with (a part of ``StreakRepository``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.database import Database, Row, from_epoch, to_epoch


@dataclass(frozen=True, slots=True)
class StreakSummary:
    """A creator's streak after every completed week up to ``through_week``."""

    user_id: int
    dirty: bool
    through_week: int | None
    run: int
    chain: int
    freezes: int
    longest: int
    timezone: str | None
    default_goal: int | None
    version: int = 0  # bumped by every change to the creator's posts
    member_timezone: str | None = None  # the member's timezone now (members.timezone)
    # The week after ``through_week`` (the current week when computed): its span in UTC
    # epoch seconds, the posts keyed in it and after it, the goal in force for it (None
    # when a goal change lies after it).
    week_starts_at: int | None = None
    week_ends_at: int | None = None
    week_posts: int = 0
    later_posts: int = 0
    week_goal: int | None = None


_SUMMARY_COLUMNS = (
    "s.user_id, s.dirty, s.through_week, s.run, s.chain, s.freezes, s.longest, s.timezone, "
    "s.default_goal, s.version, m.timezone, s.week_starts_at, s.week_ends_at, s.week_posts, "
    "s.later_posts, s.week_goal"
)
_SUMMARY_FROM = (
    "FROM streak_summaries AS s LEFT JOIN members AS m "
    "ON m.guild_id = s.guild_id AND m.user_id = s.user_id"
)
ONE_SUMMARY = f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} WHERE s.guild_id = ? AND s.user_id = ?"
# A summary that answers for the creator's current week as it stands: clean, computed in
# the zone they have now and with the server's default goal now, and the clock (:now)
# inside its week. 1 or 0, never NULL, so "= 0" picks out exactly the other rows.
_CURRENT = (
    "CASE WHEN s.dirty = 0 AND s.week_goal IS NOT NULL AND s.week_starts_at <= :now "
    "AND :now < s.week_ends_at AND s.default_goal = :default "
    "AND s.timezone = COALESCE(m.timezone, 'UTC') THEN 1 ELSE 0 END"
)


def summary_of(row: Row) -> StreakSummary:
    return StreakSummary(*row)  # (the _SUMMARY_COLUMNS, in the order of its fields)


# A creator's summary and their posts per week -> the summary brought up to date.
Summarise = Callable[[StreakSummary, dict[int, int]], StreakSummary]


# A fresh summary is stored unless its creator's posts changed since it was read (version).
SAVE_SUMMARY = (
    "UPDATE streak_summaries SET dirty = 0, through_week = ?, run = ?, chain = ?, "
    "freezes = ?, longest = ?, timezone = ?, default_goal = ?, computed_at = ?, "
    "week_starts_at = ?, week_ends_at = ?, week_posts = ?, later_posts = ?, "
    "week_goal = ? WHERE guild_id = ? AND user_id = ? AND version = ?"
)


def _computed_values(s: StreakSummary, stamp: int) -> tuple[Any, ...]:
    """What a summary's computation gives, in the order both statements below store it
    (``through_week`` … ``week_goal``, ``stamp`` as ``computed_at``)."""
    return (
        s.through_week,
        s.run,
        s.chain,
        s.freezes,
        s.longest,
        s.timezone,
        s.default_goal,
        stamp,
        s.week_starts_at,
        s.week_ends_at,
        s.week_posts,
        s.later_posts,
        s.week_goal,
    )


def summary_values(guild_id: int, s: StreakSummary, stamp: int) -> tuple[Any, ...]:
    """``SAVE_SUMMARY``'s values for ``s``."""
    return (*_computed_values(s, stamp), guild_id, s.user_id, s.version)


# A creator's summary computed in the write that changed their posts: stored whatever was
# there (none yet, dirty or clean), and the version bumped as marking it dirty does, so
# that a summary computed elsewhere from the posts before is not saved over it.
FRESH_SUMMARY = (
    "INSERT INTO streak_summaries (guild_id, user_id, dirty, through_week, run, chain, "
    "freezes, longest, timezone, default_goal, computed_at, week_starts_at, week_ends_at, "
    "week_posts, later_posts, week_goal) VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (guild_id, user_id) DO UPDATE SET dirty = 0, "
    "through_week = excluded.through_week, run = excluded.run, chain = excluded.chain, "
    "freezes = excluded.freezes, longest = excluded.longest, timezone = excluded.timezone, "
    "default_goal = excluded.default_goal, computed_at = excluded.computed_at, "
    "week_starts_at = excluded.week_starts_at, week_ends_at = excluded.week_ends_at, "
    "week_posts = excluded.week_posts, later_posts = excluded.later_posts, "
    "week_goal = excluded.week_goal, version = streak_summaries.version + 1"
)


def fresh_values(guild_id: int, s: StreakSummary, stamp: int) -> tuple[Any, ...]:
    """``FRESH_SUMMARY``'s values for ``s``."""
    return (guild_id, s.user_id, *_computed_values(s, stamp))


def blank_summary(user_id: int) -> StreakSummary:
    """What a summary is computed from when every week is counted afresh."""
    return StreakSummary(
        user_id=user_id,
        dirty=True,
        through_week=None,
        run=0,
        chain=0,
        freezes=0,
        longest=0,
        timezone=None,
        default_goal=None,
    )


_ROWS_PER_TURN = 500  # summaries built between two turns of the event loop


async def _summaries(rows: Sequence[Row]) -> list[StreakSummary]:
    """Summaries of a server's rows, letting the loop run between batches."""
    built: list[StreakSummary] = []
    for start in range(0, len(rows), _ROWS_PER_TURN):
        if start:
            await asyncio.sleep(0)
        built.extend(summary_of(row) for row in rows[start : start + _ROWS_PER_TURN])
    return built


class SummaryQueries:
    db: Database

    # -- streak summaries -------------------------------------------------------------

    async def summaries(self, guild_id: int) -> list[StreakSummary]:
        """Every creator's cached summary, with their timezone now."""
        rows = await self.db.scan_all(
            f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} WHERE s.guild_id = ?", (guild_id,)
        )
        return await _summaries(rows)

    async def has_summaries(self, guild_id: int) -> bool:
        """Whether anyone in the server ever logged a post (a summary row exists)."""
        row = await self.db.read_one(
            "SELECT 1 FROM streak_summaries WHERE guild_id = ? LIMIT 1", (guild_id,)
        )
        return row is not None

    async def board(
        self, guild_id: int, now: datetime, default_goal: int
    ) -> tuple[dict[int, tuple[int, int]], list[StreakSummary]]:
        """(current, longest) of every creator whose summary answers for ``now``, and the
        summaries of the others (dirty, stale, or a week or more behind the clock).

        The current week adds one to the run once its posts reach its goal (see
        ``logic.finish``); the summary holds both, so no posts are read.
        """
        params = {"guild": guild_id, "now": to_epoch(now), "default": default_goal}
        best = self.db.dialect.larger("longest", "run + kept")
        rows = await self.db.scan_all(
            f"SELECT user_id, run + kept, {best} FROM ("
            "SELECT s.user_id, s.run, s.longest, "
            "CASE WHEN s.week_posts + s.later_posts >= s.week_goal THEN 1 ELSE 0 END AS kept "
            f"{_SUMMARY_FROM} WHERE s.guild_id = :guild AND {_CURRENT} = 1) AS b",
            params,
        )
        values = {row[0]: (row[1], row[2]) for row in rows}
        rest = await self.db.scan_all(
            f"SELECT {_SUMMARY_COLUMNS} {_SUMMARY_FROM} "
            f"WHERE s.guild_id = :guild AND {_CURRENT} = 0",
            params,
        )
        return values, await _summaries(rest)

    async def summary(self, guild_id: int, user_id: int) -> StreakSummary | None:
        row = await self.db.read_one(ONE_SUMMARY, (guild_id, user_id))
        return summary_of(row) if row else None

    async def save_summaries(
        self, guild_id: int, summaries: Sequence[StreakSummary], now: datetime
    ) -> None:
        """Store fresh summaries, each unless its creator's posts changed since ``version``."""
        if not summaries:
            return
        stamp = to_epoch(now)
        await self.db.executemany(
            SAVE_SUMMARY, [summary_values(guild_id, summary, stamp) for summary in summaries]
        )

    # -- members' zones and goals (read-only views of the members tables) --------------

    async def member_zones(self, guild_id: int) -> dict[int, str]:
        rows = await self.db.scan_all(
            "SELECT user_id, timezone FROM members WHERE guild_id = ? AND timezone IS NOT NULL",
            (guild_id,),
        )
        return {row[0]: row[1] for row in rows}

    async def goal_changes(self, guild_id: int) -> dict[int, list[tuple[datetime, int]]]:
        """Every weekly-goal change in the server, per member, oldest first."""
        rows = await self.db.scan_all(
            "SELECT user_id, changed_at, goal FROM weekly_goal_changes WHERE guild_id = ? "
            "ORDER BY changed_at, id",
            (guild_id,),
        )
        result: dict[int, list[tuple[datetime, int]]] = {}
        for user_id, changed_at, goal in rows:
            result.setdefault(user_id, []).append((from_epoch(changed_at), goal))
        return result
