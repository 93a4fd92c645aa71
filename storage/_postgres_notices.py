"""Notices between processes on PostgreSQL: LISTEN on a connection of its own, kept open.

Private to ``storage.postgres``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

import asyncpg

log = logging.getLogger("storage.postgres")

NOTICES = "creatorpulse"  # the channel of NOTIFY between processes


class NoticeListener:
    """LISTEN for ``NOTICES`` at ``url``, watched: when the connection is lost it is opened
    again, and ``heard("*")`` says that notices may have been missed meanwhile."""

    def __init__(self, url: str, heard: Callable[[str], None], connect_timeout: float) -> None:
        self._url = url
        self._heard = heard
        self._connect_timeout = connect_timeout
        self._conn: asyncpg.Connection | None = None
        self._watching: asyncio.Task[None] | None = None

    async def start(self) -> None:
        await self._open()
        self._watching = asyncio.create_task(self._keep_listening(), name="database-notices")

    async def _open(self) -> None:
        conn = await asyncpg.connect(self._url, timeout=self._connect_timeout)
        await conn.add_listener(NOTICES, self._on_notice)
        self._conn = conn

    def _on_notice(self, _conn: object, _pid: int, _channel: str, payload: str) -> None:
        self._heard(payload)

    async def _keep_listening(self, every: float = 5.0) -> None:
        while True:
            await asyncio.sleep(every)
            if self._conn is not None and not self._conn.is_closed():
                continue
            try:
                await self._open()
            except Exception:  # noqa: BLE001 - the server is away: try again shortly
                log.debug("cannot listen for notices yet; trying again")
                continue
            self._heard("*")

    async def close(self) -> None:
        if self._watching is not None:
            self._watching.cancel()
            self._watching = None
        if self._conn is not None:
            conn, self._conn = self._conn, None
            with contextlib.suppress(Exception):
                await asyncio.wait_for(conn.close(), 2)
