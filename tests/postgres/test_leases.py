"""Shard leases: held per database (a PostgreSQL server may hold several bots' databases)."""

from __future__ import annotations

import pytest

from storage.leases import ShardLease, ShardsHeld
from tests.support.databases import drop_postgres_database, new_postgres_database

pytestmark = pytest.mark.postgres_only


async def test_leases_of_one_database_do_not_bind_another() -> None:
    first, second = await new_postgres_database(), await new_postgres_database()
    leases: list[ShardLease] = []
    try:
        four = ShardLease(first, "the first")
        await four.take(4, [0, 1], "shards 0,1 of 4")
        leases.append(four)
        one = ShardLease(second, "the second")  # another bot, another count, same server
        await one.take(1, [0], "shard 0 of 1")
        leases.append(one)
        clash = ShardLease(first, "the first")
        with pytest.raises(ShardsHeld, match="SHARD_COUNT=4"):
            await clash.take(1, [0], "shard 0 of 1")
        taken = ShardLease(first, "the first")
        with pytest.raises(ShardsHeld, match=r"shard 1 is already run .*shards 0,1 of 4"):
            await taken.take(4, [1, 2], "shards 1,2 of 4")
        await four.release()
        again = ShardLease(first, "the first")
        await again.take(4, [1, 2], "shards 1,2 of 4")  # free once their holder let go
        leases.append(again)
    finally:
        for lease in leases:
            await lease.release()
        await drop_postgres_database(first)
        await drop_postgres_database(second)
