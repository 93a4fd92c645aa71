"""The weekly recap log and the at-risk nudge opt-ins and log."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from storage.database import Database, to_epoch

NudgeOutcome = Literal["sent", "dm_closed", "kept"]
RecapStatus = Literal["sent", "empty", "failed", "skipped"]


class ScheduleQueries:
    """What the background job remembers so it sends things once."""

    db: Database

    # -- weekly recap -----------------------------------------------------------------

    async def claim_recap(self, guild_id: int, week: int, channel_id: int, now: datetime) -> bool:
        """Reserve the recap of ``week``; False when it was already sent (or tried)."""
        changed = await self.db.execute(
            "INSERT INTO streak_recaps (guild_id, week, channel_id, status, sent_at) "
            "VALUES (?, ?, ?, 'sending', ?) ON CONFLICT (guild_id, week) DO NOTHING",
            (guild_id, week, channel_id, to_epoch(now)),
        )
        return changed > 0

    async def finish_recap(self, guild_id: int, week: int, status: RecapStatus) -> None:
        await self.db.execute(
            "UPDATE streak_recaps SET status = ? WHERE guild_id = ? AND week = ?",
            (status, guild_id, week),
        )

    async def recap_status(self, guild_id: int, week: int) -> str | None:
        row = await self.db.read_one(
            "SELECT status FROM streak_recaps WHERE guild_id = ? AND week = ?", (guild_id, week)
        )
        return str(row[0]) if row else None

    # -- at-risk nudges ---------------------------------------------------------------

    async def set_nudges(
        self, guild_id: int, user_id: int, enabled: bool, locale: str, now: datetime
    ) -> None:
        if enabled:
            await self.db.execute(
                "INSERT INTO streak_nudge_optins (guild_id, user_id, locale, created_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (guild_id, user_id) "
                "DO UPDATE SET locale = excluded.locale",
                (guild_id, user_id, locale, to_epoch(now)),
            )
        else:
            await self.db.execute(
                "DELETE FROM streak_nudge_optins WHERE guild_id = ? AND user_id = ?",
                (guild_id, user_id),
            )

    async def nudges_enabled(self, guild_id: int, user_id: int) -> bool:
        row = await self.db.read_one(
            "SELECT 1 FROM streak_nudge_optins WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return row is not None

    async def nudge_optins(self, guild_id: int) -> list[tuple[int, str]]:
        """(user_id, locale) of every member who wants the at-risk DM."""
        rows = await self.db.scan_all(
            "SELECT user_id, locale FROM streak_nudge_optins WHERE guild_id = ? ORDER BY user_id",
            (guild_id,),
        )
        return [(row[0], row[1]) for row in rows]

    async def nudged_weeks(self, guild_id: int, from_week: int) -> dict[int, list[int]]:
        """Per member, the weeks from ``from_week`` on whose nudge was handled."""
        rows = await self.db.scan_all(
            "SELECT user_id, week FROM streak_nudges_sent WHERE guild_id = ? AND week >= ?",
            (guild_id, from_week),
        )
        result: dict[int, list[int]] = {}
        for user_id, week in rows:
            result.setdefault(user_id, []).append(week)
        return result

    async def record_nudge(
        self, guild_id: int, user_id: int, week: int, outcome: NudgeOutcome, now: datetime
    ) -> bool:
        """Note the week's nudge as handled; False when it already was."""
        changed = await self.db.execute(
            "INSERT INTO streak_nudges_sent (guild_id, user_id, week, outcome, sent_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (guild_id, user_id, week) DO NOTHING",
            (guild_id, user_id, week, outcome, to_epoch(now)),
        )
        return changed > 0

    async def update_nudge(
        self, guild_id: int, user_id: int, week: int, outcome: NudgeOutcome
    ) -> None:
        await self.db.execute(
            "UPDATE streak_nudges_sent SET outcome = ? WHERE guild_id = ? AND user_id = ? "
            "AND week = ?",
            (outcome, guild_id, user_id, week),
        )
