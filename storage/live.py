"""Group LIVEs: the LIVE, its hosts (in order) and the members' RSVPs."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any, Literal

from storage import deliveries
from storage.database import Database, Row, Tx, from_epoch, placeholders, to_epoch
from storage.deliveries import PlannedDelivery

Status = Literal["scheduled", "cancelled", "ended"]
Rsvp = Literal["going", "maybe", "cant"]
RSVP_CHOICES: tuple[Rsvp, ...] = ("going", "maybe", "cant")
MAX_DURATION_SECONDS = 720 * 60  # the schema's longest LIVE
_LIVE_COLUMNS = (
    "id, guild_id, number, title, description, starts_at, duration_minutes, status, "
    "channel_id, announcement_message_id, event_id, series_id, created_by_user_id, "
    "created_at, updated_at, reminder_offsets, series_position, guest_slots"
)


@dataclass(frozen=True)
class Live:
    id: int
    guild_id: int
    number: int
    title: str
    description: str | None
    starts_at: datetime
    duration: timedelta
    status: Status
    channel_id: int | None
    announcement_message_id: int | None
    event_id: int | None
    series_id: int | None
    created_by_user_id: int | None
    created_at: datetime
    updated_at: datetime
    host_ids: tuple[int, ...]
    reminder_offsets: tuple[int, ...] | None = None  # minutes; None = the server's defaults
    series_position: int | None = None  # 1-based within its series
    guest_slots: int = 0

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + self.duration


@dataclass(frozen=True)
class NewLive:
    """What a scheduler confirmed; the repository adds the number and the stamps."""

    guild_id: int
    title: str
    description: str | None
    starts_at: datetime
    duration: timedelta
    host_ids: tuple[int, ...]
    channel_id: int | None
    created_by_user_id: int | None
    series_id: int | None = None
    reminder_offsets: tuple[int, ...] | None = None  # minutes; None = the server's defaults
    guest_slots: int = 0


@dataclass(frozen=True)
class NewSeries:
    guild_id: int
    interval_weeks: int
    zone: str
    alternating: bool
    created_by_user_id: int | None


@dataclass(frozen=True)
class Guests:
    """A LIVE's guests (in sign-up order, at most its slots) and who waits, in order."""

    guests: tuple[int, ...]
    waiting: tuple[int, ...]


def _offsets_json(offsets: Sequence[int] | None) -> str | None:
    return None if offsets is None else json.dumps(list(offsets))


def _offsets(value: str | None) -> tuple[int, ...] | None:
    return None if value is None else tuple(int(m) for m in json.loads(value))


class LiveRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading -----------------------------------------------------------------------------

    async def _with_hosts(self, guild_id: int, rows: Sequence[Row]) -> list[Live]:
        if not rows:
            return []
        ids = [row["id"] for row in rows]
        marks = placeholders(len(ids))
        host_rows = await self.db.read_all(
            f"SELECT live_id, user_id FROM live_hosts WHERE guild_id = ? AND live_id IN ({marks}) "
            "ORDER BY live_id, position",
            (guild_id, *ids),
        )
        hosts: dict[int, list[int]] = {}
        for host in host_rows:
            hosts.setdefault(host["live_id"], []).append(host["user_id"])
        return [
            Live(
                id=row["id"],
                guild_id=row["guild_id"],
                number=row["number"],
                title=row["title"],
                description=row["description"],
                starts_at=from_epoch(row["starts_at"]),
                duration=timedelta(minutes=row["duration_minutes"]),
                status=row["status"],
                channel_id=row["channel_id"],
                announcement_message_id=row["announcement_message_id"],
                event_id=row["event_id"],
                series_id=row["series_id"],
                created_by_user_id=row["created_by_user_id"],
                created_at=from_epoch(row["created_at"]),
                updated_at=from_epoch(row["updated_at"]),
                host_ids=tuple(hosts.get(row["id"], ())),
                reminder_offsets=_offsets(row["reminder_offsets"]),
                series_position=row["series_position"],
                guest_slots=row["guest_slots"],
            )
            for row in rows
        ]

    async def _select(
        self, guild_id: int, where: str, params: Sequence[Any], *, scan: bool = False
    ) -> list[Live]:
        read = self.db.scan_all if scan else self.db.read_all
        rows = await read(
            f"SELECT {_LIVE_COLUMNS} FROM lives WHERE guild_id = ? AND {where}",
            (guild_id, *params),
        )
        return await self._with_hosts(guild_id, rows)

    async def get(self, guild_id: int, live_id: int) -> Live | None:
        found = await self._select(guild_id, "id = ?", (live_id,))
        return found[0] if found else None

    async def by_number(self, guild_id: int, number: int) -> Live | None:
        found = await self._select(guild_id, "number = ?", (number,))
        return found[0] if found else None

    async def upcoming(
        self, guild_id: int, now: datetime, *, limit: int = 10, offset: int = 0
    ) -> list[Live]:
        """Scheduled LIVEs that have not started, soonest first."""
        return await self._select(
            guild_id,
            "status = 'scheduled' AND starts_at >= ? ORDER BY starts_at, number LIMIT ? OFFSET ?",
            (to_epoch(now), limit, offset),
        )

    async def count_upcoming(self, guild_id: int, now: datetime) -> int:
        row = await self.db.read_one(
            "SELECT COUNT(*) FROM lives WHERE guild_id = ? AND status = 'scheduled' "
            "AND starts_at >= ?",
            (guild_id, to_epoch(now)),
        )
        return int(row[0]) if row else 0

    async def search(
        self, guild_id: int, query: str, now: datetime, *, limit: int = 25
    ) -> list[Live]:
        """LIVEs for autocomplete: by number prefix or title; upcoming first, then newest.

        Ranks every LIVE of the server, so it reads off the loop.
        """
        text = query.strip().lstrip("#").strip()
        params: list[Any] = []
        where = "1 = 1"
        if text.isdigit():
            where = "CAST(number AS TEXT) LIKE ?"
            params.append(f"{text}%")
        elif text:
            where = "lower(title) LIKE ? ESCAPE '\\'"
            escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        return await self._select(
            guild_id,
            f"{where} ORDER BY CASE WHEN status = 'scheduled' AND starts_at >= ? THEN 0 ELSE 1 END, "
            "CASE WHEN status = 'scheduled' AND starts_at >= ? THEN starts_at ELSE -starts_at END "
            "LIMIT ?",
            (*params, to_epoch(now), to_epoch(now), limit),
            scan=True,
        )

    async def overlapping(
        self,
        guild_id: int,
        host_ids: Sequence[int],
        start: datetime,
        end: datetime,
        *,
        exclude_live_id: int | None = None,
    ) -> list[Live]:
        """Scheduled LIVEs of any of these hosts that overlap [start, end)."""
        if not host_ids:
            return []
        marks = placeholders(len(host_ids))
        return await self._select(
            guild_id,
            "status = 'scheduled' AND id != ? AND starts_at < ? AND starts_at > ? "
            "AND starts_at + duration_minutes * 60 > ? "
            f"AND id IN (SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id IN ({marks})) "
            "ORDER BY starts_at",
            (
                exclude_live_id or 0,
                to_epoch(end),
                to_epoch(start) - MAX_DURATION_SECONDS,  # lets the index bound the scan
                to_epoch(start),
                guild_id,
                *host_ids,
            ),
        )

    async def past_with_hosts(
        self, guild_id: int, host_ids: Sequence[int], before: datetime, *, limit: int = 50
    ) -> list[Live]:
        """Earlier, not cancelled LIVEs with any of these hosts, newest first."""
        if not host_ids:
            return []
        marks = placeholders(len(host_ids))
        return await self._select(
            guild_id,
            "status != 'cancelled' AND starts_at < ? "
            f"AND id IN (SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id IN ({marks})) "
            "ORDER BY starts_at DESC LIMIT ?",
            (to_epoch(before), guild_id, *host_ids, limit),
        )

    async def hosted_upcoming(self, guild_id: int, user_id: int, now: datetime) -> list[Live]:
        """Scheduled LIVEs still to come that this member hosts, soonest first."""
        return await self._select(
            guild_id,
            "status = 'scheduled' AND starts_at >= ? "
            "AND id IN (SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id = ?) "
            "ORDER BY starts_at LIMIT 25",
            (to_epoch(now), guild_id, user_id),
        )

    async def next_hosted(self, guild_id: int, user_id: int, now: datetime) -> Live | None:
        found = await self._select(
            guild_id,
            "status = 'scheduled' AND starts_at >= ? "
            "AND id IN (SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id = ?) "
            "ORDER BY starts_at LIMIT 1",
            (to_epoch(now), guild_id, user_id),
        )
        return found[0] if found else None

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
                _offsets_json(new.reminder_offsets),
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
        await self.db.execute(
            "UPDATE lives SET event_id = ?, channel_id = ?, announcement_message_id = ?, "
            "updated_at = ? WHERE guild_id = ? AND id = ?",
            (event_id, channel_id, announcement_message_id, to_epoch(now), guild_id, live_id),
        )

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
            return True

        return await self.db.write(work, lock=guild_id)

    async def mark_ended(self, guild_id: int, live_id: int, now: datetime) -> bool:
        """A scheduled LIVE whose end time came is over; False when it was not scheduled."""
        changed = await self.db.execute(
            "UPDATE lives SET status = 'ended', updated_at = ? "
            "WHERE guild_id = ? AND id = ? AND status = 'scheduled'",
            (to_epoch(now), guild_id, live_id),
        )
        return changed > 0

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
        offsets_param: tuple[Any, ...] = () if keep_offsets else (_offsets_json(reminder_offsets),)

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
            return True

        if not await self.db.write(work, lock=guild_id):
            return None
        return await self.get(guild_id, live_id)

    # -- RSVPs -------------------------------------------------------------------------------

    async def set_rsvp(
        self, guild_id: int, live_id: int, user_id: int, status: Rsvp, now: datetime
    ) -> None:
        await self.db.execute(
            "INSERT INTO live_rsvps (guild_id, live_id, user_id, status, updated_at) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (live_id, user_id) DO UPDATE SET "
            "status = excluded.status, updated_at = excluded.updated_at",
            (guild_id, live_id, user_id, status, to_epoch(now)),
        )

    async def rsvp_of(self, guild_id: int, live_id: int, user_id: int) -> Rsvp | None:
        row = await self.db.read_one(
            "SELECT status FROM live_rsvps WHERE guild_id = ? AND live_id = ? AND user_id = ?",
            (guild_id, live_id, user_id),
        )
        return row["status"] if row else None

    async def rsvp_counts(self, guild_id: int, live_id: int) -> dict[Rsvp, int]:
        rows = await self.db.read_all(
            "SELECT status, COUNT(*) AS n FROM live_rsvps WHERE guild_id = ? AND live_id = ? "
            "GROUP BY status",
            (guild_id, live_id),
        )
        counts: dict[Rsvp, int] = dict.fromkeys(RSVP_CHOICES, 0)
        for row in rows:
            counts[row["status"]] = int(row["n"])
        return counts

    async def rsvp_users(self, guild_id: int, live_id: int, status: Rsvp) -> list[int]:
        rows = await self.db.read_all(
            "SELECT user_id FROM live_rsvps WHERE guild_id = ? AND live_id = ? AND status = ? "
            "ORDER BY updated_at, user_id",
            (guild_id, live_id, status),
        )
        return [row["user_id"] for row in rows]

    # -- guests --------------------------------------------------------------------------------

    async def guests(self, guild_id: int, live: Live) -> Guests:
        rows = await self.db.read_all(
            "SELECT user_id FROM live_guests WHERE guild_id = ? AND live_id = ? ORDER BY seq",
            (guild_id, live.id),
        )
        ids = tuple(row["user_id"] for row in rows)
        return Guests(ids[: live.guest_slots], ids[live.guest_slots :])

    async def crew(self, live: Live) -> list[int]:
        """Who is on a LIVE: its hosts in order, then its guests in sign-up order."""
        guests = (await self.guests(live.guild_id, live)).guests if live.guest_slots else ()
        return list(dict.fromkeys([*live.host_ids, *guests]))

    @staticmethod
    async def _take_off(tx: Tx, guild_id: int, live: Live, user_id: int) -> tuple[bool, int | None]:
        """Inside a write: remove a member from the sign-ups; (was there, promoted)."""
        order = [
            row[0]
            for row in await tx.fetch_all(
                "SELECT user_id FROM live_guests WHERE guild_id = ? AND live_id = ? ORDER BY seq",
                (guild_id, live.id),
            )
        ]
        if user_id not in order:
            return False, None
        await tx.execute(
            "DELETE FROM live_guests WHERE guild_id = ? AND live_id = ? AND user_id = ?",
            (guild_id, live.id, user_id),
        )
        was_guest = order.index(user_id) < live.guest_slots
        rest = [u for u in order if u != user_id]
        promoted = (
            rest[live.guest_slots - 1] if was_guest and len(rest) >= live.guest_slots else None
        )
        return True, promoted

    async def toggle_guest(
        self, guild_id: int, live: Live, user_id: int, now: datetime
    ) -> tuple[Literal["joined", "waiting", "left"], int | None]:
        """Sign a member up (as guest, or waiting when the slots are taken) or, when signed up,
        take them off; one transaction. Returns what happened and who was promoted."""

        async def work(tx: Tx) -> tuple[Literal["joined", "waiting", "left"], int | None]:
            removed, promoted = await self._take_off(tx, guild_id, live, user_id)
            if removed:
                return "left", promoted
            row = await tx.fetch_one(
                "SELECT COUNT(*), COALESCE(MAX(seq), 0) + 1 FROM live_guests "
                "WHERE guild_id = ? AND live_id = ?",
                (guild_id, live.id),
            )
            taken, seq = (int(row[0]), int(row[1])) if row else (0, 1)
            await tx.execute(
                "INSERT INTO live_guests (guild_id, live_id, user_id, seq, signed_up_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (guild_id, live.id, user_id, seq, to_epoch(now)),
            )
            return ("joined" if taken < live.guest_slots else "waiting"), None

        return await self.db.write(work, lock=guild_id)

    async def remove_guest(
        self, guild_id: int, live: Live, user_id: int
    ) -> tuple[bool, int | None]:
        """Take a member off a LIVE's guest list or waitlist: (was there, promoted member)."""

        async def work(tx: Tx) -> tuple[bool, int | None]:
            return await self._take_off(tx, guild_id, live, user_id)

        return await self.db.write(work, lock=guild_id)

    async def window(self, guild_id: int, since: datetime, *, limit: int = 500) -> list[Live]:
        """Every LIVE of a server starting from ``since`` on, cancelled ones included, in order
        (a whole-server read: off the loop)."""
        return await self._select(
            guild_id,
            "starts_at >= ? ORDER BY starts_at, number LIMIT ?",
            (to_epoch(since), limit),
            scan=True,
        )
