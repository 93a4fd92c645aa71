"""The weekly recap log and the at-risk nudge opt-ins and log.

A recap and a nudge are claimed before they are sent, with a lease (``claimed_until``):
one process sends each, and one that stopped mid-send leaves a claim that runs out and is
taken over by any process (the message carries the same nonce, so Discord keeps one).
"""

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

    async def claim_recap(
        self, guild_id: int, week: int, channel_id: int, now: datetime, until: datetime
    ) -> bool:
        """Claim the recap of ``week`` until ``until``; False when it was already sent (or
        tried), or another process is sending it now."""
        changed = await self.db.execute(
            "INSERT INTO streak_recaps (guild_id, week, channel_id, status, sent_at, "
            "claimed_until) VALUES (?, ?, ?, 'sending', ?, ?) ON CONFLICT (guild_id, week) "
            "DO UPDATE SET sent_at = excluded.sent_at, claimed_until = excluded.claimed_until "
            "WHERE streak_recaps.status = 'sending' AND streak_recaps.claimed_until <= ?",
            (guild_id, week, channel_id, to_epoch(now), to_epoch(until), to_epoch(now)),
            lock=guild_id,
        )
        return changed > 0

    async def finish_recap(self, guild_id: int, week: int, status: RecapStatus) -> None:
        await self.db.execute(
            "UPDATE streak_recaps SET status = ?, claimed_until = NULL "
            "WHERE guild_id = ? AND week = ?",
            (status, guild_id, week),
        )

    async def scheduled_servers(self) -> list[int]:
        """Every server with a recap channel or a member who asked for nudges: the weekly
        loop's work, in whichever process runs it (a server of any shard). A server the bot
        left is not among them (its data waits for a re-invite)."""
        rows = await self.db.scan_all(
            "SELECT guild_id FROM (SELECT guild_id FROM guild_settings "
            "WHERE recap_channel_id IS NOT NULL "
            "UNION SELECT guild_id FROM streak_nudge_optins) AS scheduled "
            "WHERE guild_id NOT IN (SELECT guild_id FROM guild_settings WHERE left_at IS NOT NULL) "
            "ORDER BY 1"
        )
        return [int(row[0]) for row in rows]

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
        self,
        guild_id: int,
        user_id: int,
        week: int,
        outcome: NudgeOutcome,
        now: datetime,
        until: datetime | None = None,
    ) -> bool:
        """Note the week's nudge as handled (with ``until``: claimed until then, while it is
        being sent); False when it already was, or another process is sending it now, or
        the member no longer asks for nudges: under the server's lock, which their
        ``/privacy delete`` takes too, so a nudge under way leaves no row after it."""
        changed = await self.db.execute(
            "INSERT INTO streak_nudges_sent (guild_id, user_id, week, outcome, sent_at, "
            "claimed_until) SELECT ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM "
            "streak_nudge_optins WHERE guild_id = ? AND user_id = ?) "
            "ON CONFLICT (guild_id, user_id, week) "
            "DO UPDATE SET sent_at = excluded.sent_at, claimed_until = excluded.claimed_until "
            "WHERE streak_nudges_sent.claimed_until <= ?",
            (
                guild_id,
                user_id,
                week,
                outcome,
                to_epoch(now),
                None if until is None else to_epoch(until),
                guild_id,
                user_id,
                to_epoch(now),
            ),
            lock=guild_id,
        )
        return changed > 0

    async def update_nudge(
        self, guild_id: int, user_id: int, week: int, outcome: NudgeOutcome
    ) -> None:
        """The nudge was handled (sent, or the member keeps DMs closed): its claim ends."""
        await self.db.execute(
            "UPDATE streak_nudges_sent SET outcome = ?, claimed_until = NULL "
            "WHERE guild_id = ? AND user_id = ? AND week = ?",
            (outcome, guild_id, user_id, week),
        )
