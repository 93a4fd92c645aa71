"""Scheduled LIVE messages: reminders, "starting now" posts, the end of a LIVE and the
"How did it go?" prompt an hour later.

A delivery is stored before it is due and is the bot's promise to send it once. It is
made of parts (a channel message per 100 pinged members, a DM per recipient); a part
is recorded only after Discord accepted it (or refused it for good), so a delivery
interrupted by a crash resends only what is not recorded, with the same nonce.

The planning functions take the ``Tx`` of a write already under way, so a LIVE
and its deliveries change together (``LiveRepository`` opens it). The due queue is the
bot's own work across servers: ``next_due``, ``claim_due``, ``due`` and ``release`` are its
only queries that do not filter on one server.

Several bot processes may share the queue (on PostgreSQL): a process claims the deliveries
it is about to send (``claim_due``: ``claimed_by``, ``claimed_until``), extends its claim
before each part (``keep``, which also stops it when the LIVE was cancelled meanwhile), and
ends it when the delivery is done. A claim that runs out (its process stopped) is taken
over by any process; the parts already recorded are not sent again, and those sent but not
recorded carry the same nonce, which Discord keeps for a few minutes.

A member's ``/privacy delete`` wins against a delivery under way (``PrivacyRepository``
deletes under the server's lock): the step before a part (``keep_for``) drops recipients
who are no longer on the LIVE, and a part that names a member (a DM) is recorded, under the
same lock, only while the member is still on the LIVE (``record_part``). Either the record
commits first, and the delete removes it with the member's other rows, or the delete does,
and the record writes nothing: no row names a member after their delete.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from storage.database import Database, Row, Tx, placeholders, to_epoch

Kind = Literal["reminder", "start", "end", "prompt"]
State = Literal["pending", "sent", "skipped", "cancelled", "failed"]
Part = Literal["channel", "dm"]
Outcome = Literal["sent", "refused"]
_COLUMNS = "id, guild_id, live_id, kind, offset_minutes, due_at, state, attempts, note, done_at"
# Extend a claim, if the delivery is still pending, still the holder's, its LIVE not cancelled.
_KEEP = (
    "UPDATE live_deliveries SET claimed_until = ? "
    "WHERE id = ? AND state = 'pending' AND claimed_by = ? "
    "AND EXISTS (SELECT 1 FROM lives WHERE lives.id = live_deliveries.live_id "
    "AND lives.status <> 'cancelled')"
)
# The members still on a LIVE (a host, a guest or on its waitlist, an RSVP, who scheduled
# it) among some.
_ON_THE_LIVE = (
    "SELECT user_id FROM live_hosts WHERE live_id = ? AND user_id IN ({0}) "
    "UNION SELECT user_id FROM live_guests WHERE live_id = ? AND user_id IN ({0}) "
    "UNION SELECT user_id FROM live_rsvps WHERE live_id = ? AND user_id IN ({0}) "
    "UNION SELECT created_by_user_id FROM lives WHERE id = ? AND created_by_user_id IN ({0})"
)


def _on_the_live(live_id: int, user_ids: Sequence[int]) -> tuple[str, list[int]]:
    """The statement (and its values) that lists which of ``user_ids`` are on the LIVE."""
    marks = placeholders(len(user_ids))
    return _ON_THE_LIVE.format(marks), [live_id, *user_ids] * 4


def _moment(value: int | None) -> datetime | None:
    return datetime.fromtimestamp(value, UTC) if value is not None else None


@dataclass(frozen=True)
class PlannedDelivery:
    """One scheduled message of a LIVE, before it is stored."""

    kind: Kind
    offset_minutes: int
    due_at: datetime
    state: State = "pending"
    note: str | None = None


@dataclass(frozen=True)
class Delivery:
    id: int
    guild_id: int
    live_id: int
    kind: Kind
    offset_minutes: int
    due_at: datetime
    state: State
    attempts: int
    note: str | None
    done_at: datetime | None


@dataclass(frozen=True)
class Claimed:
    """A delivery this process claimed, and who had claimed it before (their claim ran out:
    a process that stopped), if anyone."""

    delivery: Delivery
    taken_from: str | None


@dataclass(frozen=True)
class PartKey:
    part: Part
    chunk: int = 0
    user_id: int = 0


def _delivery(row: Row) -> Delivery:
    return Delivery(
        id=row["id"],
        guild_id=row["guild_id"],
        live_id=row["live_id"],
        kind=row["kind"],
        offset_minutes=row["offset_minutes"],
        due_at=datetime.fromtimestamp(row["due_at"], UTC),
        state=row["state"],
        attempts=row["attempts"],
        note=row["note"],
        done_at=_moment(row["done_at"]),
    )


# -- planning, inside the LIVE's own transaction -------------------------------------------


async def plan(
    tx: Tx,
    guild_id: int,
    live_id: int,
    planned: Sequence[PlannedDelivery],
    now: datetime,
) -> None:
    """Replace every delivery of a LIVE that was not sent yet with ``planned``.

    Deliveries already sent stay, and a planned one with the same kind and offset as a
    sent one is left out: a LIVE moved after its 24-hour reminder does not get it twice.
    """
    await tx.execute(
        "DELETE FROM live_deliveries WHERE guild_id = ? AND live_id = ? AND state != 'sent'",
        (guild_id, live_id),
    )
    await tx.executemany(
        "INSERT INTO live_deliveries (guild_id, live_id, kind, offset_minutes, due_at, state, "
        "note, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (live_id, kind, offset_minutes) DO NOTHING",
        [
            (
                guild_id,
                live_id,
                p.kind,
                p.offset_minutes,
                to_epoch(p.due_at),
                p.state,
                p.note,
                None if p.state == "pending" else to_epoch(now),
            )
            for p in planned
        ],
    )


async def cancel_pending(tx: Tx, guild_id: int, live_id: int, now: datetime) -> int:
    """Nothing more is sent for this LIVE (it was cancelled); returns how many were pending."""
    return await tx.execute(
        "UPDATE live_deliveries SET state = 'cancelled', done_at = ?, note = 'live cancelled' "
        "WHERE guild_id = ? AND live_id = ? AND state = 'pending'",
        (to_epoch(now), guild_id, live_id),
    )


class DeliveryRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the queue --------------------------------------------------------------------------

    async def next_due(self) -> datetime | None:
        """When the soonest pending delivery can be taken: due and free, or claimed by a
        process whose claim runs out then (two index lookups)."""
        free = await self.db.read_one(
            "SELECT due_at FROM live_deliveries WHERE state = 'pending' AND claimed_until IS NULL "
            "ORDER BY due_at LIMIT 1"
        )
        claimed = await self.db.read_one(
            "SELECT MIN(claimed_until) FROM live_deliveries "
            "WHERE state = 'pending' AND claimed_until IS NOT NULL"
        )
        moments = [int(row[0]) for row in (free, claimed) if row is not None and row[0] is not None]
        return _moment(min(moments)) if moments else None

    async def claim_due(
        self, now: datetime, holder: str, lease: int, *, limit: int = 500
    ) -> list[Claimed]:
        """Claim the pending deliveries due at ``now`` that no process holds (or whose claim
        ran out) for ``holder``, for ``lease`` seconds: the oldest ``limit``, and the other
        due ones of their LIVEs (a LIVE's due deliveries are judged together: of several
        reminders only the latest goes out). One transaction: on PostgreSQL rows another
        process is claiming are passed over, never taken twice."""
        stamp = to_epoch(now)
        free = "state = 'pending' AND due_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?)"
        skip = self.db.dialect.skip_locked

        async def work(tx: Tx) -> list[Claimed]:
            rows = await tx.fetch_all(
                f"SELECT {_COLUMNS}, claimed_by FROM live_deliveries WHERE {free} "
                f"ORDER BY due_at, id LIMIT ?{skip}",
                (stamp, stamp, limit),
            )
            lives = sorted({row["live_id"] for row in rows})
            if rows:
                rows += await tx.fetch_all(
                    f"SELECT {_COLUMNS}, claimed_by FROM live_deliveries WHERE {free} "
                    f"AND live_id IN ({placeholders(len(lives))}) "
                    f"AND id NOT IN ({placeholders(len(rows))}) ORDER BY due_at, id{skip}",
                    (stamp, stamp, *lives, *(row["id"] for row in rows)),
                )
                await tx.execute(
                    "UPDATE live_deliveries SET claimed_by = ?, claimed_until = ? "
                    f"WHERE id IN ({placeholders(len(rows))})",
                    (holder, stamp + lease, *(row["id"] for row in rows)),
                )
            return [Claimed(_delivery(row), row["claimed_by"]) for row in rows]

        return await self.db.write(work)

    async def keep(self, delivery: Delivery, holder: str, until: datetime) -> bool:
        """Before each part: extend ``holder``'s claim, and say whether the delivery is still
        to be sent by it (pending, still its claim, its LIVE not cancelled meanwhile)."""
        changed = await self.db.execute(_KEEP, (to_epoch(until), delivery.id, holder))
        return changed > 0

    async def keep_for(
        self, delivery: Delivery, holder: str, until: datetime, recipients: Sequence[int]
    ) -> list[int] | None:
        """``keep``, and in the same step (under the server's lock, which a member's delete
        takes too) which of ``recipients`` are still on the LIVE: None when the delivery is
        no longer the holder's to send, else the recipients to send the part to."""
        sql, values = _on_the_live(delivery.live_id, recipients)

        async def work(tx: Tx) -> list[int] | None:
            if not await tx.execute(_KEEP, (to_epoch(until), delivery.id, holder)):
                return None
            if not recipients:
                return []
            present = {int(row[0]) for row in await tx.fetch_all(sql, values)}
            return [user for user in recipients if user in present]

        return await self.db.write(work, lock=delivery.guild_id)

    async def release(self, holder: str) -> int:
        """Give back every claim of ``holder`` that is not done (a process stopping): the
        work is due again for any process at once."""
        return await self.db.execute(
            "UPDATE live_deliveries SET claimed_by = NULL, claimed_until = NULL "
            "WHERE claimed_by = ? AND state = 'pending'",
            (holder,),
        )

    async def due(self, now: datetime, *, limit: int = 500) -> list[Delivery]:
        """Pending deliveries due at ``now``, oldest first (claimed or not)."""
        rows = await self.db.scan_all(
            f"SELECT {_COLUMNS} FROM live_deliveries WHERE state = 'pending' AND due_at <= ? "
            "ORDER BY due_at, id LIMIT ?",
            (to_epoch(now), limit),
        )
        return [_delivery(row) for row in rows]

    async def for_live(self, guild_id: int, live_id: int) -> list[Delivery]:
        rows = await self.db.read_all(
            f"SELECT {_COLUMNS} FROM live_deliveries WHERE guild_id = ? AND live_id = ? "
            "ORDER BY due_at, id",
            (guild_id, live_id),
        )
        return [_delivery(row) for row in rows]

    async def channel_posts(self, guild_id: int, live_id: int) -> list[tuple[Kind, int, int]]:
        """(kind, chunk, message id) of every message a LIVE's deliveries posted in its
        channel, in the order they were posted."""
        rows = await self.db.read_all(
            "SELECT d.kind, p.chunk, p.message_id FROM live_delivery_parts AS p "
            "JOIN live_deliveries AS d ON d.id = p.delivery_id "
            "WHERE d.guild_id = ? AND d.live_id = ? AND p.part = 'channel' "
            "AND p.message_id IS NOT NULL ORDER BY p.done_at, p.chunk",
            (guild_id, live_id),
        )
        return [(row[0], int(row[1]), int(row[2])) for row in rows]

    # -- progress ---------------------------------------------------------------------------

    async def parts_done(self, delivery_id: int) -> dict[PartKey, Outcome]:
        rows = await self.db.read_all(
            "SELECT part, chunk, user_id, outcome FROM live_delivery_parts WHERE delivery_id = ?",
            (delivery_id,),
        )
        return {PartKey(row[0], int(row[1]), int(row[2])): row[3] for row in rows}

    async def told(self, guild_id: int, live_id: int, user_id: int) -> bool:
        """Whether a notice about this LIVE (a part of chunk 1) went to ``user_id`` already."""
        row = await self.db.read_one(
            "SELECT 1 FROM live_delivery_parts AS p JOIN live_deliveries AS d "
            "ON d.id = p.delivery_id WHERE d.guild_id = ? AND d.live_id = ? "
            "AND p.part = 'dm' AND p.chunk = 1 AND p.user_id = ? LIMIT 1",
            (guild_id, live_id, user_id),
        )
        return row is not None

    async def record_part(
        self,
        delivery: Delivery,
        key: PartKey,
        outcome: Outcome,
        message_id: int | None,
        now: datetime,
    ) -> bool:
        """One part is done: Discord accepted it (``sent``) or refused it for good. Under
        the server's lock, and only while the delivery is still stored (a manager may have
        deleted the server's data meanwhile) and, for a part that names a member (a DM),
        while they are still on the LIVE: after their ``/privacy delete`` it leaves no row.
        False when it was not recorded for one of those reasons."""
        values = (
            delivery.id,
            delivery.guild_id,
            key.part,
            key.chunk,
            key.user_id,
            outcome,
            message_id,
            to_epoch(now),
        )
        on_live, present = _on_the_live(delivery.live_id, [key.user_id])

        async def work(tx: Tx) -> bool:
            stored = await tx.fetch_one(
                "SELECT 1 FROM live_deliveries WHERE id = ?", (delivery.id,)
            )
            if stored is None or (key.user_id and not await tx.fetch_one(on_live, present)):
                return False
            await tx.execute(
                "INSERT INTO live_delivery_parts (delivery_id, guild_id, part, chunk, user_id, "
                f"outcome, message_id, done_at) VALUES ({placeholders(8)}) "
                "ON CONFLICT (delivery_id, part, chunk, user_id) DO NOTHING",
                values,
            )
            return True

        return await self.db.write(work, lock=delivery.guild_id)

    async def finish(
        self, delivery: Delivery, state: State, now: datetime, note: str | None = None
    ) -> bool:
        """Close a pending delivery (and its claim); False when it was no longer pending
        (cancelled meanwhile)."""
        changed = await self.db.execute(
            "UPDATE live_deliveries SET state = ?, note = ?, done_at = ?, claimed_by = NULL, "
            "claimed_until = NULL WHERE id = ? AND state = 'pending'",
            (state, note, to_epoch(now), delivery.id),
        )
        return changed > 0

    async def retry_at(self, delivery: Delivery, when: datetime, note: str) -> None:
        """Try a pending delivery again later (Discord failed for a while), by any process."""
        await self.db.execute(
            "UPDATE live_deliveries SET due_at = ?, attempts = attempts + 1, note = ?, "
            "claimed_by = NULL, claimed_until = NULL WHERE id = ? AND state = 'pending'",
            (to_epoch(when), note, delivery.id),
        )
