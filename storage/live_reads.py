"""Reading group LIVEs: by id or number, upcoming, overlapping, a member's, a search, a
server's window (a part of ``LiveRepository``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from storage.database import Database, Row, from_epoch, placeholders, to_epoch
from storage.live_records import (
    LIVE_COLUMNS,
    MAX_DURATION_SECONDS,
    Live,
    LiveChoice,
    offsets_from_json,
)

_CHOICE = "number, title, starts_at, status"
# What "upcoming" means in every query here: scheduled and not started (``?``: now).
_UPCOMING = "status = 'scheduled' AND starts_at >= ?"
# The LIVEs a member hosts (``?``: the server, the member).
_HOSTED_BY = "id IN (SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id = ?)"


def _choice(row: Row) -> LiveChoice:
    return LiveChoice(row["number"], row["title"], from_epoch(row["starts_at"]), row["status"])


_L_COLUMNS = ", ".join(f"l.{column.strip()}" for column in LIVE_COLUMNS.split(","))
# One LIVE with its hosts in one read: a row per host, in their order (one row with a NULL
# host when it has none).
_ONE_WITH_HOSTS = (
    f"SELECT {_L_COLUMNS}, h.user_id AS host_id FROM lives AS l LEFT JOIN live_hosts AS h "
    "ON h.guild_id = l.guild_id AND h.live_id = l.id WHERE l.guild_id = ? AND l.{key} = ? "
    "ORDER BY h.position"
)


def _live(row: Row, host_ids: tuple[int, ...]) -> Live:
    return Live(
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
        host_ids=host_ids,
        reminder_offsets=offsets_from_json(row["reminder_offsets"]),
        series_position=row["series_position"],
        guest_slots=row["guest_slots"],
    )


def _lives_joined(rows: Sequence[Row]) -> list[Live]:
    """LIVEs from rows of a LIVE joined with its hosts (``host_id``), a LIVE's rows together
    and its hosts in their order: in the order the LIVEs come."""
    hosts: dict[int, list[int]] = {}
    firsts: list[Row] = []
    for row in rows:
        found = hosts.get(row["id"])
        if found is None:
            found = hosts[row["id"]] = []
            firsts.append(row)
        if row["host_id"] is not None:
            found.append(row["host_id"])
    return [_live(row, tuple(hosts[row["id"]])) for row in firsts]


class LiveReads:
    db: Database

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
        return [_live(row, tuple(hosts.get(row["id"], ()))) for row in rows]

    async def _one(self, guild_id: int, key: str, value: int) -> Live | None:
        """The LIVE whose ``key`` ("id" or "number") is ``value``, hosts and all, in one read."""
        rows = await self.db.read_all(_ONE_WITH_HOSTS.format(key=key), (guild_id, value))
        found = _lives_joined(rows)
        return found[0] if found else None

    async def _select(
        self, guild_id: int, where: str, params: Sequence[Any], *, scan: bool = False
    ) -> list[Live]:
        read = self.db.scan_all if scan else self.db.read_all
        rows = await read(
            f"SELECT {LIVE_COLUMNS} FROM lives WHERE guild_id = ? AND {where}",
            (guild_id, *params),
        )
        return await self._with_hosts(guild_id, rows)

    async def get(self, guild_id: int, live_id: int) -> Live | None:
        return await self._one(guild_id, "id", live_id)

    async def by_number(self, guild_id: int, number: int) -> Live | None:
        return await self._one(guild_id, "number", number)

    async def upcoming(
        self, guild_id: int, now: datetime, *, limit: int = 10, offset: int = 0
    ) -> list[Live]:
        """Scheduled LIVEs that have not started, soonest first."""
        return await self._select(
            guild_id,
            f"{_UPCOMING} ORDER BY starts_at, number LIMIT ? OFFSET ?",
            (to_epoch(now), limit, offset),
        )

    async def upcoming_counted(
        self, guild_id: int, now: datetime, *, limit: int, offset: int
    ) -> tuple[list[Live], int]:
        """``upcoming`` with the hosts joined, and how many scheduled LIVEs have not started
        in all (``count_upcoming``), in one read. A page past the last has no rows to carry
        the count: (``[]``, 0)."""
        rows = await self.db.read_all(
            f"SELECT {_L_COLUMNS}, l.total, h.user_id AS host_id FROM (SELECT {LIVE_COLUMNS}, "
            "COUNT(*) OVER () AS total FROM lives "
            f"WHERE guild_id = ? AND {_UPCOMING} "
            "ORDER BY starts_at, number LIMIT ? OFFSET ?) AS l "
            "LEFT JOIN live_hosts AS h ON h.guild_id = l.guild_id AND h.live_id = l.id "
            "ORDER BY l.starts_at, l.number, h.position",
            (guild_id, to_epoch(now), limit, offset),
        )
        total = int(rows[0]["total"]) if rows else 0
        return _lives_joined(rows), total

    async def event_ids(self, guild_id: int) -> set[int]:
        """The Discord events of the server's LIVEs still on: upcoming, or started and not
        yet ended (a LIVE in progress keeps its event)."""
        rows = await self.db.read_all(
            "SELECT event_id FROM lives WHERE guild_id = ? AND status = 'scheduled' "
            "AND event_id IS NOT NULL",
            (guild_id,),
        )
        return {int(row[0]) for row in rows}

    async def count_upcoming(self, guild_id: int, now: datetime) -> int:
        row = await self.db.read_one(
            f"SELECT COUNT(*) FROM lives WHERE guild_id = ? AND {_UPCOMING}",
            (guild_id, to_epoch(now)),
        )
        return int(row[0]) if row else 0

    async def search(
        self, guild_id: int, query: str, now: datetime, *, limit: int = 25
    ) -> list[LiveChoice]:
        """LIVEs for autocomplete: by number prefix or title; upcoming first, then newest.

        With nothing typed (a member has just opened the option: the usual case) one
        statement of two index walks answers it, on the loop: the upcoming LIVEs soonest
        first (``lives_upcoming``), then the others newest first (``lives_time``, read
        backwards), each stopping at ``limit``. A number or a title ranks every LIVE of the
        server, so it reads off the loop.
        """
        text = query.strip().lstrip("#").strip()
        stamp = to_epoch(now)
        if not text:
            rows = await self.db.read_all(
                f"SELECT * FROM (SELECT 0 AS part, starts_at AS rank, {_CHOICE} FROM lives "
                f"WHERE guild_id = ? AND {_UPCOMING} ORDER BY starts_at LIMIT ?) AS soonest "
                f"UNION ALL SELECT * FROM (SELECT 1 AS part, -starts_at AS rank, {_CHOICE} "
                f"FROM lives WHERE guild_id = ? AND NOT ({_UPCOMING}) "
                "ORDER BY starts_at DESC LIMIT ?) AS newest ORDER BY part, rank LIMIT ?",
                (guild_id, stamp, limit, guild_id, stamp, limit, limit),
            )
            return [_choice(row) for row in rows]
        params: list[Any] = []
        if text.isdigit():
            where = "CAST(number AS TEXT) LIKE ?"
            params.append(f"{text}%")
        else:
            where = "lower(title) LIKE ? ESCAPE '\\'"
            escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            params.append(f"%{escaped}%")
        rows = await self.db.scan_all(
            f"SELECT {_CHOICE} FROM lives WHERE guild_id = ? AND {where} "
            f"ORDER BY CASE WHEN {_UPCOMING} THEN 0 ELSE 1 END, "
            f"CASE WHEN {_UPCOMING} THEN starts_at ELSE -starts_at END LIMIT ?",
            (guild_id, *params, stamp, stamp, limit),
        )
        return [_choice(row) for row in rows]

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
            f"{_UPCOMING} AND {_HOSTED_BY} ORDER BY starts_at LIMIT 25",
            (to_epoch(now), guild_id, user_id),
        )

    async def next_hosted(self, guild_id: int, user_id: int, now: datetime) -> LiveChoice | None:
        """The next scheduled LIVE the member hosts (what ``/profile show`` shows of it: one
        read, no hosts)."""
        row = await self.db.read_one(
            f"SELECT {_CHOICE} FROM lives WHERE guild_id = ? AND {_UPCOMING} AND {_HOSTED_BY} "
            "ORDER BY starts_at LIMIT 1",
            (guild_id, to_epoch(now), guild_id, user_id),
        )
        return _choice(row) if row is not None else None

    async def appearances(self, guild_id: int, user_id: int) -> list[int]:
        """Every LIVE the member is on (a host, a guest or waiting, an RSVP), by id: what of
        the server's public side may show them."""
        rows = await self.db.scan_all(
            "SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id = ? "
            "UNION SELECT live_id FROM live_guests WHERE guild_id = ? AND user_id = ? "
            "UNION SELECT live_id FROM live_rsvps WHERE guild_id = ? AND user_id = ? ORDER BY 1",
            (guild_id, user_id) * 3,
        )
        return [int(row[0]) for row in rows]

    async def window(self, guild_id: int, since: datetime, *, limit: int = 500) -> list[Live]:
        """Every LIVE of a server starting from ``since`` on, cancelled ones included, in order
        (a whole-server read: off the loop)."""
        return await self._select(
            guild_id,
            "starts_at >= ? ORDER BY starts_at, number LIMIT ?",
            (to_epoch(since), limit),
            scan=True,
        )
