"""Shard leases on PostgreSQL: each shard run by one process at a time.

A process holds an advisory lock per shard (and a shared one on the shard count, so that
no two processes run with different counts) on a connection of its own, for as long as it
runs. The server frees them when that connection ends, however the process ended (a
``kill -9`` included: the operating system closes the socket at once), so a restarted
process takes its shards back within seconds. The connection's ``application_name`` says
who holds them (pid, machine, since when), which is what a refused process prints.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Sequence

import asyncpg

from storage.database import ShardsHeld

log = logging.getLogger(__name__)

RUNNING_LOCK = 2  # shared by every running process; taken alone by the move from SQLite
SHARD_LOCK = 1_000  # + shard id (below 10,000)
COUNT_LOCK = 20_000  # + shard count, taken shared by every process of that count
_LOCKS_OF = (
    "SELECT l.objid AS key, a.application_name AS holder FROM pg_locks AS l "
    "JOIN pg_stat_activity AS a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objsubid = 1 "
    # (advisory locks are per database: other databases of the server are other bots')
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
    "AND l.objid BETWEEN $1 AND $2 AND l.pid <> pg_backend_pid()"
)


__all__ = ["COUNT_LOCK", "RUNNING_LOCK", "SHARD_LOCK", "ShardLease", "ShardsHeld"]


async def _holders(conn: asyncpg.Connection, low: int, high: int) -> dict[int, str]:
    return {
        int(r["key"]): str(r["holder"] or "another process")
        for r in await conn.fetch(_LOCKS_OF, low, high)
    }


class ShardLease:
    """The leases of one process; ``take`` them before identifying, ``release`` on stop."""

    def __init__(self, url: str, describe: str) -> None:
        self._url = url
        self._describe = describe
        self._conn: asyncpg.Connection | None = None

    async def take(self, count: int, ids: Sequence[int], holder: str) -> None:
        conn = await asyncpg.connect(
            self._url, timeout=5, server_settings={"application_name": holder[:63]}
        )
        try:
            await self._lock(conn, count, ids)
        except BaseException:
            await conn.close()
            raise
        self._conn = conn

    async def _lock(self, conn: asyncpg.Connection, count: int, ids: Sequence[int]) -> None:
        if not await conn.fetchval("SELECT pg_try_advisory_lock_shared($1)", RUNNING_LOCK):
            raise ShardsHeld(
                f"{self._describe} is being filled by move-to-postgres; start the bot once "
                "the move is done"
            )
        others = await _holders(conn, COUNT_LOCK + 1, COUNT_LOCK + 10_000)
        if others and COUNT_LOCK + count not in others:
            key, who = next(iter(others.items()))
            raise ShardsHeld(
                f"another CreatorPulse runs on {self._describe} with SHARD_COUNT="
                f"{key - COUNT_LOCK} ({who}); every process needs the same SHARD_COUNT"
            )
        await conn.execute("SELECT pg_advisory_lock_shared($1)", COUNT_LOCK + count)
        for shard in ids:
            if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", SHARD_LOCK + shard):
                held = await _holders(conn, SHARD_LOCK + shard, SHARD_LOCK + shard)
                who = held.get(SHARD_LOCK + shard, "another process")
                raise ShardsHeld(
                    f"shard {shard} is already run by another CreatorPulse on {self._describe} "
                    f"({who}); give this process other SHARD_IDS, or stop that one first"
                )

    async def held(self) -> bool:
        """Whether the leases are still held (their connection is alive)."""
        conn = self._conn
        if conn is None or conn.is_closed():
            return False
        try:
            await asyncio.wait_for(conn.fetchval("SELECT 1"), 5)
        except (OSError, TimeoutError, asyncpg.PostgresError, asyncpg.InterfaceError):
            return False
        return True

    async def release(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 2)
