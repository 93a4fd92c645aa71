"""Group LIVEs: the LIVE, its hosts (in order), its series and what it still has to send.

``LiveRepository`` reads (``storage.live_reads``), writes LIVEs here, and keeps who comes
(``storage.live_attendance``); the records are in ``storage.live_records``.

Every write of a LIVE here raises its server's ``lives_revision`` in the same transaction
(``_changed``): the calendar feed keeps each server's file until that moves.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from storage import deliveries
from storage.database import Database, Tx, placeholders, to_epoch
from storage.deliveries import PlannedDelivery
from storage.live_attendance import Attendance
from storage.live_reads import LiveReads
from storage.live_records import (
    MAX_DURATION_SECONDS,
    RSVP_CHOICES,
    Guests,
    Live,
    NewLive,
    NewSeries,
    Rsvp,
    Status,
    offsets_json,
)

__all__ = [
    "MAX_DURATION_SECONDS",
    "RSVP_CHOICES",
    "Guests",
    "Live",
    "LiveRepository",
    "NewLive",
    "NewSeries",
    "Rsvp",
    "Status",
]


async def _changed(tx: Tx, guild_id: int) -> None:
    """One of the server's LIVEs changed: its revision moves (no row: no feed to tell)."""
    await tx.execute(
        "UPDATE guild_settings SET lives_revision = lives_revision + 1 WHERE guild_id = ?",
        (guild_id,),
    )


class LiveRepository(LiveReads, Attendance):
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- writing -----------------------------------------------------------------------------

    async def _insert(
        self,
        tx: Tx,
        new: NewLive,
        now: datetime,
        planned: Sequence[PlannedDelivery],
        *,
        series_position: int | None = None,
    ) -> int:
        stamp = to_epoch(now)
        row = await tx.fetch_one(
            "SELECT COALESCE(MAX(number), 0) + 1 FROM lives WHERE guild_id = ?",
            (new.guild_id,),
        )
        number = int(row[0]) if row else 1
        live_id = await tx.insert(
            "INSERT INTO lives (guild_id, number, title, description, starts_at, "
            "duration_minutes, status, channel_id, series_id, created_by_user_id, "
            "created_at, updated_at, reminder_offsets, series_position, guest_slots) "
            "VALUES (?, ?, ?, ?, ?, ?, 'scheduled', ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                new.guild_id,
                number,
                new.title,
                new.description,
                to_epoch(new.starts_at),
                int(new.duration.total_seconds() // 60),
                new.channel_id,
                new.series_id,
                new.created_by_user_id,
                stamp,
                stamp,
                offsets_json(new.reminder_offsets),
                series_position,
                new.guest_slots,
            ),
        )
        await tx.executemany(
            "INSERT INTO live_hosts (guild_id, live_id, user_id, position) VALUES (?, ?, ?, ?)",
            [
                (new.guild_id, live_id, user_id, position)
                for position, user_id in enumerate(new.host_ids, start=1)
            ],
        )
        await deliveries.plan(tx, new.guild_id, live_id, planned, now)
        await _changed(tx, new.guild_id)
        return live_id

    async def create(
        self, new: NewLive, now: datetime, planned: Sequence[PlannedDelivery] = ()
    ) -> Live:
        """Save a LIVE, its hosts and its scheduled messages together, numbered next."""

        async def work(tx: Tx) -> int:
            return await self._insert(tx, new, now, planned)

        live_id = await self.db.write(work, lock=new.guild_id)
        live = await self.get(new.guild_id, live_id)
        assert live is not None
        return live

    async def create_series(
        self,
        series: NewSeries,
        occurrences: Sequence[tuple[NewLive, Sequence[PlannedDelivery]]],
        now: datetime,
    ) -> list[Live]:
        """Save a series and every occurrence (each a LIVE with its hosts and scheduled
        messages), numbered in order, in one transaction."""

        async def work(tx: Tx) -> list[int]:
            series_id = await tx.insert(
                "INSERT INTO live_series (guild_id, interval_weeks, zone, alternating, "
                "created_by_user_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    series.guild_id,
                    series.interval_weeks,
                    series.zone,
                    int(series.alternating),
                    series.created_by_user_id,
                    to_epoch(now),
                ),
            )
            return [
                await self._insert(
                    tx, replace(new, series_id=series_id), now, planned, series_position=index
                )
                for index, (new, planned) in enumerate(occurrences, start=1)
            ]

        ids = await self.db.write(work, lock=series.guild_id)
        found = await self._select(
            series.guild_id, f"id IN ({placeholders(len(ids))}) ORDER BY starts_at", ids
        )
        return found

    async def in_series(
        self, guild_id: int, series_id: int, *, scheduled_from: datetime | None = None
    ) -> list[Live]:
        """The occurrences of a series in order (only scheduled ones from a moment on, if given)."""
        if scheduled_from is None:
            return await self._select(
                guild_id, "series_id = ? ORDER BY series_position", (series_id,)
            )
        return await self._select(
            guild_id,
            "series_id = ? AND status = 'scheduled' AND starts_at >= ? ORDER BY series_position",
            (series_id, to_epoch(scheduled_from)),
        )

    async def series_zone(self, guild_id: int, series_id: int) -> str | None:
        row = await self.db.read_one(
            "SELECT zone FROM live_series WHERE guild_id = ? AND id = ?", (guild_id, series_id)
        )
        return row["zone"] if row else None

    async def set_discord(
        self,
        guild_id: int,
        live_id: int,
        now: datetime,
        *,
        event_id: int | None,
        channel_id: int | None,
        announcement_message_id: int | None,
    ) -> None:
        """Remember the scheduled event and the announcement (None = there is none)."""

        async def work(tx: Tx) -> None:
            await tx.execute(
                "UPDATE lives SET event_id = ?, channel_id = ?, announcement_message_id = ?, "
                "updated_at = ? WHERE guild_id = ? AND id = ?",
                (event_id, channel_id, announcement_message_id, to_epoch(now), guild_id, live_id),
            )
            await _changed(tx, guild_id)

        await self.db.write(work, lock=guild_id)

    async def cancel(self, guild_id: int, live_id: int, now: datetime) -> bool:
        """Cancel a scheduled LIVE and everything it still had to send, together.

        False when it was no longer scheduled (cancelled, ended or moved away meanwhile).
        """

        async def work(tx: Tx) -> bool:
            changed = await tx.execute(
                "UPDATE lives SET status = 'cancelled', updated_at = ? "
                "WHERE guild_id = ? AND id = ? AND status = 'scheduled'",
                (to_epoch(now), guild_id, live_id),
            )
            if changed == 0:
                return False
            await deliveries.cancel_pending(tx, guild_id, live_id, now)
            await _changed(tx, guild_id)
            return True

        return await self.db.write(work, lock=guild_id)

    async def mark_ended(self, guild_id: int, live_id: int, now: datetime) -> bool:
        """A scheduled LIVE whose end time came is over; False when it was not scheduled."""

        async def work(tx: Tx) -> bool:
            changed = await tx.execute(
                "UPDATE lives SET status = 'ended', updated_at = ? "
                "WHERE guild_id = ? AND id = ? AND status = 'scheduled'",
                (to_epoch(now), guild_id, live_id),
            )
            if changed:
                await _changed(tx, guild_id)
            return changed > 0

        return await self.db.write(work, lock=guild_id)

    async def reschedule(
        self,
        guild_id: int,
        live_id: int,
        starts_at: datetime,
        duration: timedelta,
        now: datetime,
        *,
        planned: Sequence[PlannedDelivery] = (),
        reminder_offsets: Sequence[int] | None = None,
        keep_offsets: bool = True,
    ) -> Live | None:
        """Move a scheduled LIVE and replan what it still has to send, together.

        None when it was no longer scheduled. ``keep_offsets`` keeps the LIVE's own
        reminder offsets; otherwise ``reminder_offsets`` replaces them (None = defaults).
        """
        offsets_sql = "" if keep_offsets else ", reminder_offsets = ?"
        offsets_param: tuple[Any, ...] = () if keep_offsets else (offsets_json(reminder_offsets),)

        async def work(tx: Tx) -> bool:
            changed = await tx.execute(
                f"UPDATE lives SET starts_at = ?, duration_minutes = ?, updated_at = ?{offsets_sql} "
                "WHERE guild_id = ? AND id = ? AND status = 'scheduled'",
                (
                    to_epoch(starts_at),
                    int(duration.total_seconds() // 60),
                    to_epoch(now),
                    *offsets_param,
                    guild_id,
                    live_id,
                ),
            )
            if changed == 0:
                return False
            await deliveries.plan(tx, guild_id, live_id, planned, now)
            await _changed(tx, guild_id)
            return True

        if not await self.db.write(work, lock=guild_id):
            return None
        return await self.get(guild_id, live_id)
