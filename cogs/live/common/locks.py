"""One lock per LIVE: its changes (database, event, announcement, DMs) run one at a time."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class LiveLocks:
    def __init__(self) -> None:
        self._locks: dict[tuple[int, int], asyncio.Lock] = {}
        self._users: dict[tuple[int, int], int] = {}

    @asynccontextmanager
    async def hold(self, guild_id: int, live_id: int) -> AsyncIterator[None]:
        key = (guild_id, live_id)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # nobody holds or waits: forget it
                del self._users[key], self._locks[key]
