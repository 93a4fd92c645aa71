"""Short reads on connections kept out of the pool while they are idle.

Through asyncpg's pool a short read costs the event loop about 200 µs, of which about
125 µs are the pool's acquire and release (a task and a shield each time): measured against
75 µs on a connection already held. A member's command makes a few reads, so that was a
third of a command's loop time on PostgreSQL. ``Readers`` keeps up to ``HELD`` connections
of the pool for reads, always leaving ``FREE`` to the pool: a read takes one that is idle; a
read that finds them all busy goes through the pool as before. A connection is taken from
the pool when first needed and given back when a read on it fails or is cancelled (the pool
then checks it, waits out a cancellation, or replaces it) and at close. One the server
dropped meanwhile (asyncpg releases those itself) is noticed at its next read, which is then
made through the pool.

A write takes an idle held connection too (``take``), saving the same acquire and release,
and gives it back (``returned``) held again only when its transaction ended cleanly.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import asyncpg

from storage._postgres_conn import retrieved

HELD = 6  # connections kept for reads at most: a profile card makes 7 reads at once
FREE = 4  # pool connections never held for reads: writes, and reads past the held ones


class Readers:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool
        # A small pool holds fewer (none with FREE or fewer), so that writes always find room.
        self._most = max(0, min(HELD, pool.get_max_size() - FREE))
        self._idle: list[Any] = []  # held connections no read is using
        self._held = 0  # held connections, idle or in use
        self._closed = False

    async def fetch(self, method: str, text: str, args: Any) -> Any:
        """``connection.<method>(text, *args)`` on an idle held connection, else through the
        pool."""
        if self._idle:
            conn = self._idle.pop()
        elif self._held < self._most and not self._closed:
            self._held += 1
            try:
                conn = await self._pool.acquire()
            except BaseException:
                self._held -= 1
                raise
        else:
            return await getattr(self._pool, method)(text, *args)
        try:
            result = await getattr(conn, method)(text, *args)
        except asyncpg.InterfaceError:
            # The pool took it back under us: a connection the server dropped is released
            # by asyncpg itself, and one held idle through an outage is found so here.
            self._held -= 1
            await _give_back(self._pool, conn)
            return await getattr(self._pool, method)(text, *args)
        except BaseException:
            self._held -= 1
            await _give_back(self._pool, conn)
            raise
        if self._closed:  # closed meanwhile: the pool is waiting for it
            self._held -= 1
            await _give_back(self._pool, conn)
        else:
            self._idle.append(conn)
        return result

    def take(self) -> Any | None:
        """An idle held connection for a write, if there is one (None: use the pool). Give it
        back with ``returned`` once the write is over."""
        while self._idle:
            conn = self._idle.pop()
            if _usable(conn):
                return conn
            # Closed: the pool replaces it (releasing one asyncpg released already does nothing).
            self._held -= 1
            asyncio.ensure_future(self._pool.release(conn)).add_done_callback(retrieved)
        return None

    async def returned(self, conn: Any, *, clean: bool) -> None:
        """A connection from ``take`` after its write: held again when the write ended
        ``clean`` (committed or rolled back, nothing left running), else given to the pool,
        which checks it or replaces it."""
        if clean and not self._closed and _usable(conn) and not conn.is_in_transaction():
            self._idle.append(conn)
            return
        self._held -= 1
        await _give_back(self._pool, conn)

    async def close(self) -> None:
        """Give every idle held connection back (before the pool closes, which waits for
        them); one in use is given back when its read ends."""
        self._closed = True
        idle, self._idle = self._idle, []
        self._held -= len(idle)
        for conn in idle:
            await _give_back(self._pool, conn)


async def _give_back(pool: asyncpg.Pool, conn: Any) -> None:
    """Release ``conn`` to the pool; a cancelled caller leaves the release running (the pool's
    close waits for it), and a release that fails has had the pool terminate the connection."""
    release = asyncio.ensure_future(pool.release(conn))
    release.add_done_callback(retrieved)
    with contextlib.suppress(Exception):
        await asyncio.shield(release)


def _usable(conn: Any) -> bool:
    """Open, and still ours: asyncpg releases a connection the server dropped by itself,
    after which every call on it raises ``InterfaceError``."""
    try:
        return not conn.is_closed()
    except asyncpg.InterfaceError:
        return False
