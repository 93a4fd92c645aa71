"""A member's TikTok connection: reading it, its switches, and claiming due daily syncs."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, get_args

from storage.database import Database, Row, Tx, from_epoch, to_epoch

Status = Literal["active", "broken", "removed"]
Switch = Literal["sync_followers", "sync_er", "sync_posts", "daily_sync"]
SWITCHES: tuple[Switch, ...] = get_args(Switch)


@dataclass(frozen=True)
class Connection:
    id: int
    guild_id: int
    user_id: int
    open_id: str
    display_name: str | None
    handle: str | None
    scopes: tuple[str, ...]
    status: Status
    status_reason: int | None
    status_at: datetime | None
    broken_told: bool
    connected_at: datetime
    last_sync_at: datetime | None
    last_sync_videos: int | None
    sync_followers: bool
    sync_er: bool
    sync_posts: bool
    daily_sync: bool
    next_sync_at: datetime | None
    sync_failures: int
    claim: str | None = None  # this process's claim, when it was read by claiming it

    def has(self, scope: str) -> bool:
        return scope in self.scopes

    def switched_on(self, switch: Switch) -> bool:
        return bool(getattr(self, switch))


def connection_of(row: Row) -> Connection:
    return Connection(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        open_id=row["open_id"],
        display_name=row["display_name"],
        handle=row["handle"],
        scopes=tuple(s for s in str(row["scopes"]).split(",") if s),
        status=row["status"],
        status_reason=row["status_reason"],
        status_at=from_epoch(row["status_at"]),
        broken_told=bool(row["broken_told"]),
        connected_at=from_epoch(row["connected_at"]),
        last_sync_at=from_epoch(row["last_sync_at"]),
        last_sync_videos=row["last_sync_videos"],
        sync_followers=bool(row["sync_followers"]),
        sync_er=bool(row["sync_er"]),
        sync_posts=bool(row["sync_posts"]),
        daily_sync=bool(row["daily_sync"]),
        next_sync_at=from_epoch(row["next_sync_at"]),
        sync_failures=row["sync_failures"],
        claim=row["sync_claim"],
    )


# Rows the daily sync may take at :now: switched on, working, due, and claimed by nobody (or
# by a process whose lease ran out: it died, its work is taken over).
_DUE = (
    "c.daily_sync = 1 AND c.status = 'active' AND c.next_sync_at <= :now "
    "AND (c.sync_claimed_until IS NULL OR c.sync_claimed_until < :now)"
)


class ConnectionQueries:
    db: Database

    async def connection(self, guild_id: int, user_id: int) -> Connection | None:
        row = await self.db.read_one(
            "SELECT * FROM tiktok_connections WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return connection_of(row) if row is not None else None

    async def connection_by_id(self, connection_id: int) -> Connection | None:
        row = await self.db.read_one(
            "SELECT * FROM tiktok_connections WHERE id = ?", (connection_id,)
        )
        return connection_of(row) if row is not None else None

    async def set_switch(
        self, guild_id: int, user_id: int, switch: Switch, on: bool
    ) -> Connection | None:
        if switch not in SWITCHES:
            raise ValueError(f"unknown switch {switch!r}")
        await self.db.execute(
            f"UPDATE tiktok_connections SET {switch} = ? WHERE guild_id = ? AND user_id = ?",
            (int(on), guild_id, user_id),
            lock=guild_id,
        )
        return await self.connection(guild_id, user_id)

    # -- the daily sync's claims ------------------------------------------------------------

    async def next_sync_due(self) -> datetime | None:
        """When the daily sync next has a row to take (a claimed row once its lease ends)."""
        later = self.db.dialect.larger("c.next_sync_at", "COALESCE(c.sync_claimed_until, 0)")
        row = await self.db.scan_one(
            f"SELECT MIN({later}) FROM tiktok_connections AS c "
            "WHERE c.daily_sync = 1 AND c.status = 'active' AND c.next_sync_at IS NOT NULL"
        )
        return from_epoch(row[0]) if row is not None and row[0] is not None else None

    async def claim_due(self, now: datetime, lease: timedelta) -> Connection | None:
        """Claim the connection whose daily sync is due longest (None: nothing is due), in one
        statement: no other process can claim it until the lease ends or it is released."""
        claim = secrets.token_hex(8)
        params = {"now": to_epoch(now), "until": to_epoch(now + lease), "claim": claim}
        pick = (
            f"SELECT c.id FROM tiktok_connections AS c WHERE {_DUE} "
            f"ORDER BY c.next_sync_at, c.id LIMIT 1{self.db.dialect.skip_locked}"
        )

        async def work(tx: Tx) -> Row | None:
            await tx.execute(
                "UPDATE tiktok_connections SET sync_claim = :claim, sync_claimed_until = :until "
                f"WHERE id IN ({pick}) "
                "AND (sync_claimed_until IS NULL OR sync_claimed_until < :now)",
                params,
            )
            return await tx.fetch_one(
                "SELECT * FROM tiktok_connections WHERE sync_claim = :claim", params
            )

        row = await self.db.write(work)
        return connection_of(row) if row is not None else None

    async def claim_sync(
        self, connection_id: int, now: datetime, lease: timedelta
    ) -> Connection | None:
        """Claim one connection for a sync asked for now; None while another sync has it."""
        claim = secrets.token_hex(8)
        stamp = to_epoch(now)

        async def work(tx: Tx) -> Row | None:
            changed = await tx.execute(
                "UPDATE tiktok_connections SET sync_claim = ?, sync_claimed_until = ? "
                "WHERE id = ? AND (sync_claimed_until IS NULL OR sync_claimed_until < ?)",
                (claim, to_epoch(now + lease), connection_id, stamp),
            )
            if not changed:
                return None
            return await tx.fetch_one(
                "SELECT * FROM tiktok_connections WHERE id = ?", (connection_id,)
            )

        row = await self.db.write(work)
        return connection_of(row) if row is not None else None

    async def release_sync(
        self,
        connection: Connection,
        *,
        next_sync_at: datetime | None = None,
        failed: bool = False,
    ) -> None:
        """Give a claimed connection back without saving a sync (TikTok failed, or it was
        refused); ``next_sync_at`` moves the daily sync (a retry later)."""
        sets = "sync_claim = NULL, sync_claimed_until = NULL"
        params: list[object] = []
        if next_sync_at is not None:
            sets += ", next_sync_at = ?"
            params.append(to_epoch(next_sync_at))
        if failed:
            sets += ", sync_failures = sync_failures + 1"
        await self.db.execute(
            f"UPDATE tiktok_connections SET {sets} WHERE id = ? AND sync_claim = ?",
            (*params, connection.id, connection.claim),
            lock=connection.guild_id,
        )

    # -- what TikTok and the member said -----------------------------------------------------

    async def mark_told(self, connection_id: int) -> bool:
        """Record that the member was told their connection broke; False when they were
        told already (by this process or another)."""
        changed = await self.db.execute(
            "UPDATE tiktok_connections SET broken_told = 1 WHERE id = ? AND broken_told = 0",
            (connection_id,),
        )
        return changed == 1

    async def remove_authorization(self, open_id: str, reason: int | None, now: datetime) -> int:
        """TikTok says the member removed the app (or lost the account): drop the tokens of
        every connection to that account, mark them removed; imported data stays. Doing it
        twice changes nothing more (TikTok delivers webhooks at least once)."""
        stamp = to_epoch(now)

        async def work(tx: Tx) -> int:
            await tx.execute(
                "DELETE FROM tiktok_tokens WHERE connection_id IN "
                "(SELECT id FROM tiktok_connections WHERE open_id = ?)",
                (open_id,),
            )
            return await tx.execute(
                "UPDATE tiktok_connections SET status = 'removed', status_reason = ?, "
                "status_at = ?, sync_claim = NULL, sync_claimed_until = NULL "
                "WHERE open_id = ? AND status <> 'removed'",
                (reason, stamp, open_id),
            )

        return await self.db.write(work)
