"""Bookkeeping of the bot itself: the hash of the last command sync."""

from __future__ import annotations

from datetime import datetime

from storage.database import Database, to_epoch


class MetaRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def sync_hash(self, scope: str = "global") -> str | None:
        row = await self.db.read_one("SELECT hash FROM command_sync WHERE scope = ?", (scope,))
        return row["hash"] if row else None

    async def set_sync_hash(self, digest: str, now: datetime, scope: str = "global") -> None:
        await self.db.execute(
            "INSERT INTO command_sync (scope, hash, synced_at) VALUES (?, ?, ?) "
            "ON CONFLICT (scope) DO UPDATE SET hash = excluded.hash, synced_at = excluded.synced_at",
            (scope, digest, to_epoch(now)),
        )
