"""Members of a server: timezone, TikTok handle, followers, weekly goal."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from storage.database import Database, Row, Tx, from_epoch, placeholders, to_epoch

ReminderMode = Literal["channel", "dm", "off"]
REMINDER_MODES: tuple[ReminderMode, ...] = ("channel", "dm", "off")


@dataclass(frozen=True)
class Member:
    guild_id: int
    user_id: int
    timezone: str | None = None
    timezone_updated_at: datetime | None = None
    tiktok_handle: str | None = None
    tiktok_updated_at: datetime | None = None
    followers: int | None = None
    followers_updated_at: datetime | None = None
    weekly_goal: int | None = None
    weekly_goal_updated_at: datetime | None = None
    live_reminders: ReminderMode | None = None  # None = the default (a channel ping)


def _member(row: Row) -> Member:
    return Member(
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        timezone=row["timezone"],
        timezone_updated_at=from_epoch(row["timezone_updated_at"]),
        tiktok_handle=row["tiktok_handle"],
        tiktok_updated_at=from_epoch(row["tiktok_updated_at"]),
        followers=row["followers"],
        followers_updated_at=from_epoch(row["followers_updated_at"]),
        weekly_goal=row["weekly_goal"],
        weekly_goal_updated_at=from_epoch(row["weekly_goal_updated_at"]),
        live_reminders=row["live_reminders"],
    )


_FIELDS = ("timezone", "tiktok_handle", "followers", "weekly_goal")
_STAMP = {
    "timezone": "timezone_updated_at",
    "tiktok_handle": "tiktok_updated_at",
    "followers": "followers_updated_at",
    "weekly_goal": "weekly_goal_updated_at",
}


class MemberRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, guild_id: int, user_id: int) -> Member | None:
        row = await self.db.read_one(
            "SELECT * FROM members WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
        )
        return _member(row) if row is not None else None

    async def many(self, guild_id: int, user_ids: Sequence[int]) -> dict[int, Member]:
        """Those of ``user_ids`` the server has a record of, by user id (one query)."""
        if not user_ids:
            return {}
        rows = await self.db.read_all(
            f"SELECT * FROM members WHERE guild_id = ? AND user_id IN ({placeholders(len(user_ids))})",
            (guild_id, *user_ids),
        )
        return {row["user_id"]: _member(row) for row in rows}

    async def timezones(self, guild_id: int, user_ids: Sequence[int]) -> dict[int, str]:
        """IANA zones of those members who set one."""
        found = await self.many(guild_id, user_ids)
        return {user: m.timezone for user, m in found.items() if m.timezone is not None}

    async def reminder_modes(
        self, guild_id: int, user_ids: Sequence[int]
    ) -> dict[int, ReminderMode]:
        """How those members who chose one want to be reminded of LIVEs."""
        found = await self.many(guild_id, user_ids)
        return {u: m.live_reminders for u, m in found.items() if m.live_reminders is not None}

    async def handles(self, guild_id: int, user_ids: Sequence[int]) -> dict[int, str]:
        """TikTok handles (without @) of those members who set one."""
        found = await self.many(guild_id, user_ids)
        return {u: m.tiktok_handle.lstrip("@") for u, m in found.items() if m.tiktok_handle}

    async def set_reminder_mode(
        self, guild_id: int, user_id: int, mode: ReminderMode, now: datetime
    ) -> None:
        await self.db.execute(
            "INSERT INTO members (guild_id, user_id, created_at, live_reminders) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (guild_id, user_id) DO UPDATE SET live_reminders = excluded.live_reminders",
            (guild_id, user_id, to_epoch(now), mode),
        )

    async def set_weekly_goal(
        self, guild_id: int, user_id: int, goal: int, now: datetime
    ) -> Member:
        """Set the weekly posting goal and record the change (for judging past weeks)."""
        stamp = to_epoch(now)

        async def work(tx: Tx) -> None:
            await tx.execute(
                "INSERT INTO members (guild_id, user_id, created_at, weekly_goal, weekly_goal_updated_at) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, user_id) DO UPDATE SET "
                "weekly_goal = excluded.weekly_goal, weekly_goal_updated_at = excluded.weekly_goal_updated_at",
                (guild_id, user_id, stamp, goal, stamp),
            )
            await tx.execute(
                "INSERT INTO weekly_goal_changes (guild_id, user_id, goal, changed_at) VALUES (?, ?, ?, ?)",
                (guild_id, user_id, goal, stamp),
            )
            # A first goal re-judges earlier weeks: the cached streak must be rebuilt. The
            # version moves too, so a summary computed with the old goals is not saved over it.
            await tx.execute(
                "UPDATE streak_summaries SET dirty = 1, version = version + 1 "
                "WHERE guild_id = ? AND user_id = ?",
                (guild_id, user_id),
            )

        await self.db.write(work, lock=guild_id)
        member = await self.get(guild_id, user_id)
        assert member is not None
        return member

    async def goal_changes(self, guild_id: int, user_id: int) -> list[tuple[datetime, int]]:
        """(moment, goal) for every change of the member's weekly goal, oldest first."""
        rows = await self.db.read_all(
            "SELECT changed_at, goal FROM weekly_goal_changes WHERE guild_id = ? AND user_id = ? "
            "ORDER BY changed_at, id",
            (guild_id, user_id),
        )
        return [(from_epoch(row["changed_at"]), row["goal"]) for row in rows]

    async def zone_and_goal_changes(
        self, guild_id: int, user_id: int
    ) -> tuple[str | None, list[tuple[datetime, int]]]:
        """The member's timezone (None: not set) and ``goal_changes``, in one read: what a
        creator's weeks are counted by."""
        rows = await self.db.read_all(
            "SELECT (SELECT timezone FROM members WHERE guild_id = ? AND user_id = ?) AS zone, "
            "g.changed_at, g.goal FROM (SELECT 1) AS one LEFT JOIN weekly_goal_changes AS g "
            "ON g.guild_id = ? AND g.user_id = ? ORDER BY g.changed_at, g.id",
            (guild_id, user_id, guild_id, user_id),
        )
        changes = [
            (from_epoch(row["changed_at"]), row["goal"])
            for row in rows
            if row["changed_at"] is not None
        ]
        return rows[0]["zone"], changes

    async def update(self, guild_id: int, user_id: int, now: datetime, **values: object) -> Member:
        """Set some profile fields, stamping when each changed; returns the member.

        The weekly goal is set with ``set_weekly_goal`` so its history is kept.
        """
        stamp = to_epoch(now)

        async def work(tx: Tx) -> None:
            await update_fields(tx, guild_id, user_id, stamp, values)

        await self.db.write(work, lock=guild_id)
        member = await self.get(guild_id, user_id)
        assert member is not None
        return member


async def update_fields(
    tx: Tx, guild_id: int, user_id: int, stamp: int, values: Mapping[str, object]
) -> None:
    """``MemberRepository.update`` inside a write of the caller's (``stamp``: UTC seconds)."""
    unknown = set(values) - set(_FIELDS) | ({"weekly_goal"} & set(values))
    if unknown:
        raise ValueError(f"unknown member fields: {sorted(unknown)}")
    names = sorted(values)
    columns = [*names, *(_STAMP[name] for name in names)]
    params = [*(values[name] for name in names), *(stamp for _ in names)]
    assignments = ", ".join(f"{c} = excluded.{c}" for c in columns)
    await tx.execute(
        f"INSERT INTO members (guild_id, user_id, created_at{''.join(', ' + c for c in columns)}) "
        f"VALUES (?, ?, ?{', ?' * len(columns)}) "
        f"ON CONFLICT (guild_id, user_id) DO "
        + (f"UPDATE SET {assignments}" if assignments else "NOTHING"),
        (guild_id, user_id, stamp, *params),
    )
