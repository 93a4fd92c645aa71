"""Members' languages as their interactions with the bot show them (one row per member)."""

from __future__ import annotations

from datetime import datetime

from storage.database import Database, placeholders, to_epoch


class LocaleRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def seen(self, guild_id: int, user_id: int, locale: str, now: datetime) -> None:
        await self.db.execute(
            "INSERT INTO member_locales (guild_id, user_id, locale, seen_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (guild_id, user_id) DO UPDATE SET locale = excluded.locale, "
            "seen_at = excluded.seen_at",
            (guild_id, user_id, locale, to_epoch(now)),
        )

    async def of(self, guild_id: int, user_id: int) -> str | None:
        row = await self.db.read_one(
            "SELECT locale FROM member_locales WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return row["locale"] if row else None

    async def of_many(self, guild_id: int, user_ids: list[int]) -> dict[int, str]:
        if not user_ids:
            return {}
        rows = await self.db.read_all(
            "SELECT user_id, locale FROM member_locales WHERE guild_id = ? "
            f"AND user_id IN ({placeholders(len(user_ids))})",
            (guild_id, *user_ids),
        )
        return {row["user_id"]: row["locale"] for row in rows}

    async def most_used(self, guild_id: int, since: datetime) -> list[tuple[str, int]]:
        """(locale, members) of the members seen since ``since``, most used first."""
        rows = await self.db.scan_all(
            "SELECT locale, COUNT(*) AS n FROM member_locales WHERE guild_id = ? AND seen_at >= ? "
            "GROUP BY locale ORDER BY n DESC, locale",
            (guild_id, to_epoch(since)),
        )
        return [(row["locale"], int(row["n"])) for row in rows]
