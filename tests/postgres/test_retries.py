"""PostgreSQL's deadlocks and serialization failures are run again, not shown to members."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from storage import Database, Tx

pytestmark = pytest.mark.postgres_only


async def test_two_writes_that_deadlock_both_land(db: Database) -> None:
    """Each takes one row, then wants the other's: PostgreSQL breaks the deadlock by
    failing one, which the database runs again once the other committed."""
    await db.execute(
        "INSERT INTO guild_settings (guild_id, default_weekly_goal, updated_at) "
        "VALUES (1, 1, 0), (2, 1, 0)"
    )
    both_hold = asyncio.Barrier(2)
    runs = {"a": 0, "b": 0}

    def crossing(name: str, first: int, second: int) -> Callable[[Tx], Awaitable[None]]:
        async def work(tx: Tx) -> None:
            runs[name] += 1
            bump = "UPDATE guild_settings SET updated_at = updated_at + 1 WHERE guild_id = ?"
            await tx.execute(bump, (first,))
            if runs[name] == 1:
                await both_hold.wait()  # (a PostgreSQL write may await; see Tx)
            await tx.execute(bump, (second,))

        return work

    await asyncio.wait_for(
        asyncio.gather(db.write(crossing("a", 1, 2)), db.write(crossing("b", 2, 1))), 30
    )
    rows = await db.read_all("SELECT guild_id, updated_at FROM guild_settings ORDER BY guild_id")
    assert [tuple(r) for r in rows] == [(1, 2), (2, 2)]  # both writes counted, once each
    assert sorted(runs.values()) == [1, 2]  # one of them was run again
