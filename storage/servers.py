"""A whole server's data: exported and deleted at a manager's request, and purged once
``RETENTION_DAYS`` after the bot left the server.

Tables are discovered from the schema: every table with a ``guild_id`` column holds rows
that belong to one server, so a new feature's tables are covered without touching this
file. They are emptied in one transaction, those that reference others first, and
``guild_settings`` (whose row says when the bot left) with them.

The purge of a server that left is scheduled work like a reminder (``bot.deliveries``,
kind ``purge``), done exactly once across processes and restarts:

- it is claimed first (``claim_due``: ``claimed_by``, ``claimed_until`` on the server's
  ``guild_settings`` row, ``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so one process at a
  time works on it; a process that died leaves a claim that runs out and is taken over;
- the purge itself is one transaction under the server's lock that first looks again that
  the server is still gone, past its retention, and claimed by this process. It deletes the
  ``guild_settings`` row with the rest, so once it committed nothing is left to claim; a
  purge that did not commit deleted nothing. A re-invite (``GuildRepository.mark_present``,
  under the same lock) either comes first, and the purge finds the server back and deletes
  nothing, or comes after, and the server starts afresh.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from storage.database import Database, Tx, from_epoch, to_epoch
from storage.guilds import settings_changed
from storage.privacy import SEALED

# Columns a server's export leaves out: what gives access (a feed's secret, a token) and
# what is kept encrypted (``*_sealed``: TikTok's tokens, a sign-in's verifier).
_SECRET_PARTS = ("secret", "token")


@dataclass(frozen=True)
class Claimed:
    """A server whose purge this process claimed, and who had claimed it before (their
    claim ran out: a process that stopped), if anyone."""

    guild_id: int
    left_at: datetime
    taken_from: str | None


def _secret(column: str) -> bool:
    name = column.lower()
    return name.endswith(SEALED) or any(part in name for part in _SECRET_PARTS)


class ServerData:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def tables(self) -> list[str]:
        """Every table with a server's rows, in an order its foreign keys accept for a delete
        (rows that reference others first)."""
        found = {row["tbl"] for row in await self.db.scan_all(self.db.dialect.guild_tables)}
        return [table for table in reversed(await self.db.tables()) if table in found]

    async def export(self, guild_id: int) -> dict[str, list[dict[str, Any]]]:
        """Every row of the server, table by table, without secrets (tables by name)."""
        result: dict[str, list[dict[str, Any]]] = {}
        for table in sorted(await self.tables()):
            rows = await self.db.scan_all(
                f'SELECT * FROM "{table}" WHERE guild_id = ?', (guild_id,)
            )
            if rows:
                result[table] = [
                    {k: v for k, v in dict(row).items() if not _secret(k)} for row in rows
                ]
        return result

    async def members(self, guild_id: int) -> list[int]:
        """Every member with a row of their own in the server (a whole-server read)."""
        found: set[int] = set()
        for row in await self.db.scan_all(self.db.dialect.member_tables):
            rows = await self.db.scan_all(
                f'SELECT DISTINCT user_id FROM "{row["tbl"]}" WHERE guild_id = ?', (guild_id,)
            )
            found.update(int(member[0]) for member in rows)
        return sorted(found)

    async def counts(self, guild_id: int) -> dict[str, int]:
        """How many rows of the server each table holds (those with any)."""
        counts: dict[str, int] = {}
        for table in sorted(await self.tables()):
            row = await self.db.scan_one(
                f'SELECT COUNT(*) FROM "{table}" WHERE guild_id = ?', (guild_id,)
            )
            if row is not None and row[0]:
                counts[table] = int(row[0])
        return counts

    async def _delete_all(self, tx: Tx, tables: Sequence[str], guild_id: int) -> dict[str, int]:
        counts: dict[str, int] = {}
        for table in tables:
            changed = await tx.execute(f'DELETE FROM "{table}" WHERE guild_id = ?', (guild_id,))
            if changed:
                counts[table] = changed
        return counts

    async def delete(self, guild_id: int) -> dict[str, int]:
        """Delete every row of the server now (a manager asked), in one transaction; rows
        deleted per table."""
        tables = await self.tables()

        async def work(tx: Tx) -> dict[str, int]:
            return await self._delete_all(tx, tables, guild_id)

        counts = await self.db.write(work, lock=guild_id)
        await settings_changed(self.db, guild_id)
        await self.db.forget_deleted()
        return counts

    # -- the purge of servers that left ---------------------------------------------------

    async def next_due(self, retention: timedelta) -> datetime | None:
        """When the next purge can be taken: a server's retention over and the server free,
        or a claim on one running out."""
        free = await self.db.read_one(
            "SELECT MIN(left_at) FROM guild_settings "
            "WHERE left_at IS NOT NULL AND claimed_until IS NULL"
        )
        claimed = await self.db.read_one(
            "SELECT MIN(claimed_until) FROM guild_settings "
            "WHERE left_at IS NOT NULL AND claimed_until IS NOT NULL"
        )
        moments = []
        if free is not None and free[0] is not None:
            moments.append(from_epoch(int(free[0])) + retention)
        if claimed is not None and claimed[0] is not None:
            moments.append(from_epoch(int(claimed[0])))
        return min(moments) if moments else None

    async def claim_due(
        self, now: datetime, retention: timedelta, holder: str, lease: int, *, limit: int = 10
    ) -> list[Claimed]:
        """Claim, for ``holder`` and ``lease`` seconds, the servers whose retention is over
        and that no process holds (or whose claim ran out), oldest first. One transaction;
        on PostgreSQL rows another process is claiming are passed over."""
        stamp = to_epoch(now)
        cutoff = to_epoch(now - retention)

        async def work(tx: Tx) -> list[Claimed]:
            rows = await tx.fetch_all(
                "SELECT guild_id, left_at, claimed_by FROM guild_settings "
                "WHERE left_at IS NOT NULL AND left_at <= ? "
                "AND (claimed_until IS NULL OR claimed_until <= ?) "
                f"ORDER BY left_at, guild_id LIMIT ?{self.db.dialect.skip_locked}",
                (cutoff, stamp, limit),
            )
            for row in rows:
                await tx.execute(
                    "UPDATE guild_settings SET claimed_by = ?, claimed_until = ? "
                    "WHERE guild_id = ?",
                    (holder, stamp + lease, row["guild_id"]),
                )
            return [
                Claimed(int(row["guild_id"]), from_epoch(int(row["left_at"])), row["claimed_by"])
                for row in rows
            ]

        return await self.db.write(work)

    async def purge(
        self, guild_id: int, holder: str, now: datetime, retention: timedelta
    ) -> dict[str, int] | None:
        """Delete every row of a server that left, if it still has left, its retention is
        over and ``holder`` holds the claim; rows deleted per table, or None when it was
        not done (the bot was invited back meanwhile, or another process took it over)."""
        tables = await self.tables()
        cutoff = to_epoch(now - retention)

        async def work(tx: Tx) -> dict[str, int] | None:
            row = await tx.fetch_one(
                "SELECT 1 FROM guild_settings WHERE guild_id = ? AND left_at IS NOT NULL "
                "AND left_at <= ? AND claimed_by = ?",
                (guild_id, cutoff, holder),
            )
            if row is None:
                return None
            return await self._delete_all(tx, tables, guild_id)

        counts = await self.db.write(work, lock=guild_id)
        if counts is not None:
            await settings_changed(self.db, guild_id)
            await self.db.forget_deleted()
        return counts

    async def release(self, holder: str) -> int:
        """Give back the purges ``holder`` claimed and did not do (a process stopping)."""
        return await self.db.execute(
            "UPDATE guild_settings SET claimed_by = NULL, claimed_until = NULL "
            "WHERE claimed_by = ?",
            (holder,),
        )
