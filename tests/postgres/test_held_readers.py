"""Reads on connections held out of asyncpg's pool never starve the pool's other users."""

from __future__ import annotations

import asyncio

import pytest

from storage import Tx
from storage._postgres_reader import FREE, HELD
from storage.postgres import PostgresDatabase
from tests.support.databases import drop_postgres_database, new_postgres_database

pytestmark = pytest.mark.postgres_only


@pytest.mark.parametrize("max_size", [1, 2, FREE, FREE + 1, HELD + FREE, 2 * HELD + FREE])
async def test_many_reads_and_a_write_at_once_all_answer_whatever_the_pool_size(
    max_size: int,
) -> None:
    """More reads at once than connections held for them, with a write among them: a pool
    of any size answers them all. (A pool with no more connections than the readers may
    hold would otherwise give every one of them to reads and leave the rest waiting.)"""
    url = await new_postgres_database()
    db = PostgresDatabase(url, min_size=1, max_size=max_size)
    try:
        await db.connect()
        await db.execute("INSERT INTO command_sync (scope, hash, synced_at) VALUES ('k', '0', 0)")

        async def write(tx: Tx) -> None:
            await tx.execute("UPDATE command_sync SET hash = '1' WHERE scope = 'k'")

        for _ in range(3):  # held connections are kept between rounds
            reads = [
                db.read_one("SELECT hash FROM command_sync WHERE scope = 'k'") for _ in range(12)
            ]
            results = await asyncio.wait_for(asyncio.gather(db.write(write), *reads), 20)
            assert all(row is not None and row[0] in ("0", "1") for row in results[1:])
        row = await db.read_one("SELECT hash FROM command_sync WHERE scope = 'k'")
        assert row is not None and row[0] == "1"
    finally:
        await db.close()
        await drop_postgres_database(url)


async def test_taking_the_shard_leases_keeps_the_connections_held_for_reads() -> None:
    """A bot reads before it leases its shards: the connections held for those reads are
    the ones held after, not left out of the pool for good."""
    url = await new_postgres_database()
    db = PostgresDatabase(url, min_size=1, max_size=2 * HELD + FREE)
    try:
        await db.connect()
        await asyncio.gather(*(db.read_one("SELECT 1") for _ in range(HELD)))
        await db.lease_shards(1, [0], "test")
        for _ in range(3):
            await asyncio.gather(*(db.read_one("SELECT 1") for _ in range(HELD)))
        pool = db.pool
        assert pool.get_size() - pool.get_idle_size() <= HELD  # out of the pool: the held ones
    finally:
        await db.close()
        await drop_postgres_database(url)
