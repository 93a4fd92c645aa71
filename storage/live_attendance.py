"""Who comes to a group LIVE: members' RSVPs, and its guests with their waitlist (a part of
``LiveRepository``). Sign-ups change in one write per server, so ten members pressing "Join
as guest" at once are ordered, none lost."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from storage.database import Database, Tx, to_epoch
from storage.live_records import RSVP_CHOICES, Guests, Live, Rsvp


class Attendance:
    db: Database

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
