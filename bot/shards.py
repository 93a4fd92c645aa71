"""Shards: which ones this process runs, and the pace at which they identify.

Discord splits a bot's gateway connection into shards; a server belongs to shard
``(guild_id >> 22) % shard_count``, and events without a server (DMs) come to shard 0.
One process runs every shard Discord recommends unless ``SHARD_COUNT``/``SHARD_IDS`` say
otherwise; several processes share one PostgreSQL database, each leasing its shards there
(``storage.postgres.PostgresDatabase.lease_shards``).

Discord lets ``max_concurrency`` shards identify per 5 seconds, one per rate-limit bucket
(``shard_id % max_concurrency``). discord.py's own hook waits 5 s before every identify but
a process's first, whatever the bucket: ``IdentifyPace`` waits only for a bucket used within
the window, so a process with many shards is up in seconds rather than minutes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

IDENTIFY_WINDOW = 5.0  # seconds in which a bucket may identify once


@dataclass(frozen=True)
class ShardPlan:
    """How many shards there are, and which this process runs."""

    count: int
    ids: tuple[int, ...]

    def describe(self) -> str:
        ids = ",".join(map(str, self.ids))
        return f"shards {ids} of {self.count}"


def plan(count: int | None, ids: Sequence[int] | None, recommended: int | None) -> ShardPlan:
    """The settings' shards, else every shard of Discord's ``recommended`` count."""
    total = count if count is not None else recommended
    if total is None:
        raise ValueError("the shard count is not known")
    chosen = tuple(ids) if ids is not None else tuple(range(total))
    return ShardPlan(total, chosen)


@dataclass
class IdentifyPace:
    """Waits before an identify only while its rate-limit bucket is still in its window."""

    max_concurrency: int = 1
    _used: dict[int, float] = field(default_factory=dict)
    _lock: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def wait(self, shard_id: int) -> float:
        """Wait until ``shard_id`` may identify; the seconds waited."""
        bucket = shard_id % max(1, self.max_concurrency)
        async with self._lock:
            last = self._used.get(bucket)
            pause = 0.0 if last is None else max(0.0, last + IDENTIFY_WINDOW - time.monotonic())
            if pause:
                await asyncio.sleep(pause)
            self._used[bucket] = time.monotonic()
        return pause
