"""Gateway sessions by shard: where each dispatch goes, its replay buffer, and what arrived where.

Discord gives every shard its own session and connection. A server belongs to shard
``(guild_id >> 22) % shard_count``; its dispatches go to that shard's connection only, and
events without a server (DM interactions) go to shard 0. A client that does not shard
is shard 0 of 1.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from .models import Guild
from .state import EmulatorState

DEFAULT_MAX_CONCURRENCY = 16  # IDENTIFYs per 5 s that GET /gateway/bot allows (large bots get 16+)
SESSION_START_TOTAL = 1000  # session starts a day (Discord's default allowance)
SESSION_START_RESET_MS = 24 * 60 * 60 * 1000
MAX_GUILDS_PER_SHARD = 2500  # above this, Discord closes the IDENTIFY with 4011
GUILD_EVENTS = ("GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE")  # the server's id is "id"


@dataclass(eq=False)
class GatewaySession:
    session_id: str
    shard_id: int
    shard_count: int
    seq: int = 0
    buffer: list[dict[str, Any]] = field(
        default_factory=list
    )  # dispatches; buffer[i] has seq i + 1
    conn: Connection | None = None  # the socket that identified it or last resumed it


def transport(compress: str | None) -> Callable[[str], str | bytes]:
    """How a socket's payloads are written, by the ``compress`` query of the gateway URL.

    None (no query): each payload a text frame. ``zlib-stream`` and ``zstd-stream``: one
    compressed stream for the whole connection, each payload a binary frame that ends at a
    flush point (zlib's ends with ``00 00 ff ff``), so a client decompresses frame by
    frame with one context, as Discord's gateway does it. Any other value: ValueError.
    """
    if compress is None:
        return lambda text: text
    if compress == "zlib-stream":
        stream = zlib.compressobj()
        return lambda text: stream.compress(text.encode()) + stream.flush(zlib.Z_SYNC_FLUSH)
    if compress == "zstd-stream":
        import zstandard  # only a client that has it asks for it

        zstream = zstandard.ZstdCompressor().compressobj()
        block = zstandard.COMPRESSOBJ_FLUSH_BLOCK
        return lambda text: zstream.compress(text.encode()) + zstream.flush(block)
    raise ValueError(compress)


@dataclass(eq=False)  # compared and hashed by identity: one per socket
class Connection:
    ws: web.WebSocketResponse
    request: web.Request
    number: int  # the n-th websocket the emulator accepted (1, 2, ...)
    session: GatewaySession | None = None
    sent_seq: int = 0  # last dispatch seq written on this socket
    heartbeats: int = 0
    ready: bool = False  # READY or RESUMED delivered
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    encode: Callable[[str], str | bytes] = lambda text: text  # transport(compress)

    async def write(self, payload: dict[str, Any]) -> None:
        """One payload on the socket, as text or in the connection's compressed stream."""
        frame = self.encode(json.dumps(payload))
        if isinstance(frame, str):
            await self.ws.send_str(frame)
        else:
            await self.ws.send_bytes(frame)

    @property
    def live(self) -> bool:
        """Serving a session on a socket that is still open."""
        return self.ready and not self.ws.closed


@dataclass(frozen=True)
class Delivery:
    """One dispatch written on a gateway socket (a replay after RESUME is a new delivery)."""

    shard_id: int
    connection: int  # Connection.number of the socket it was written on
    event: str
    seq: int
    guild_id: int | None
    data: dict[str, Any]


def dispatch_guild_id(event: str, data: dict[str, Any]) -> int | None:
    """The server a dispatch belongs to (None for events without one, such as DMs)."""
    raw = data.get("id") if event in GUILD_EVENTS else data.get("guild_id")
    return None if raw is None else int(raw)


class ShardsMixin(EmulatorState):
    gateway_sessions: int  # IDENTIFYs that started a session (counted by the gateway mixin)

    def _init_shards(self, *, recommended_shards: int, max_concurrency: int) -> None:
        if recommended_shards < 1 or max_concurrency < 1:
            raise ValueError("recommended_shards and max_concurrency must be at least 1")
        self.recommended_shards = recommended_shards  # what GET /gateway/bot recommends
        self.max_concurrency = max_concurrency  # what GET /gateway/bot allows per 5 s
        self.session_start_total = SESSION_START_TOTAL
        self.max_guilds_per_shard = MAX_GUILDS_PER_SHARD
        self.deliveries: list[Delivery] = []  # every dispatch written, with its shard
        self._shard_count = 1  # what the current sessions identified with
        self._sessions: dict[int, GatewaySession] = {}  # shard id -> its current session
        self._gateway_changed = asyncio.Event()  # a socket became ready, heartbeat or closed
        self._flush_tasks: set[asyncio.Task[None]] = set()

    # -- shards and servers ----------------------------------------------------------------

    @property
    def shard_count(self) -> int:
        """The shard count the connected client(s) identified with (1 before any IDENTIFY)."""
        return self._shard_count

    def shard_of(self, guild_id: int, shard_count: int | None = None) -> int:
        """The shard a server belongs to, as Discord computes it."""
        return (guild_id >> 22) % (shard_count or self._shard_count)

    def guilds_of_shard(self, shard_id: int, shard_count: int | None = None) -> list[Guild]:
        return [g for g in self.guilds.values() if self.shard_of(g.id, shard_count) == shard_id]

    def guild_id_for_shard(self, shard_id: int, shard_count: int) -> int:
        """A fresh snowflake that lands on ``shard_id`` of ``shard_count`` (for ``add_guild``).

        Snowflakes made in one millisecond share a shard; this one is stamped up to
        ``shard_count - 1`` ms later than the clock says.
        """
        return self._ids.make_on_shard(self.clock.now(), shard_id, shard_count)

    def gateway_bot_payload(self) -> dict[str, Any]:
        """The body of GET /gateway/bot: where to connect, how many shards, session starts."""
        limit = {
            "total": self.session_start_total,
            "remaining": max(0, self.session_start_total - self.gateway_sessions),
            "reset_after": SESSION_START_RESET_MS,
            "max_concurrency": self.max_concurrency,
        }
        return {
            "url": self.gateway_url,
            "shards": self.recommended_shards,
            "session_start_limit": limit,
        }

    # -- connection state ------------------------------------------------------------------

    def _shard_up(self, shard_id: int) -> bool:
        session = self._sessions.get(shard_id)
        conn = session.conn if session is not None else None
        return (
            session is not None
            and session.shard_count == self._shard_count
            and conn is not None
            and conn.live
            and conn.heartbeats > 0
        )

    @property
    def connected_shards(self) -> list[int]:
        """Shards whose session is served by a live socket."""
        return sorted(
            s for s, session in self._sessions.items() if session.conn and session.conn.live
        )

    @property
    def connected(self) -> bool:
        """Every shard of the current shard count is connected."""
        live = self.connected_shards
        return bool(live) and live == list(range(self._shard_count))

    def _changed(self) -> None:
        self._gateway_changed.set()

    async def wait_until_connected(
        self,
        timeout: float = 10.0,  # noqa: ASYNC109
        shards: Iterable[int] | None = None,
    ) -> None:
        """Wait until READY (or RESUMED) was delivered on a live, heartbeating socket.

        For every shard of the current shard count, or only for ``shards`` (a client that
        runs some of the shards waits for its own).
        """
        wanted = None if shards is None else sorted(set(shards))
        try:
            async with asyncio.timeout(timeout):
                while True:
                    expected = wanted if wanted is not None else range(self._shard_count)
                    if all(self._shard_up(s) for s in expected):
                        return
                    self._gateway_changed.clear()
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._gateway_changed.wait(), 0.05)
        except TimeoutError:
            expected = wanted if wanted is not None else range(self._shard_count)
            missing = [s for s in expected if not self._shard_up(s)]
            raise AssertionError(
                f"bot did not connect to the gateway within {timeout}s (shards {missing})"
            ) from None

    def delivered(
        self, event: str | None = None, *, shard_id: int | None = None, guild_id: int | None = None
    ) -> list[Delivery]:
        """Dispatches written on gateway sockets, oldest first, optionally filtered."""
        return [
            d
            for d in self.deliveries
            if (event is None or d.event == event)
            and (shard_id is None or d.shard_id == shard_id)
            and (guild_id is None or d.guild_id == guild_id)
        ]

    # -- dispatching -----------------------------------------------------------------------

    def _session_for(self, guild_id: int | None) -> GatewaySession | None:
        """The current session of the shard that gets a server's events (shard 0 without one)."""
        shard_id = 0 if guild_id is None else self.shard_of(guild_id)
        return self._sessions.get(shard_id)

    def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Queue a DISPATCH on its server's shard; delivered now, or replayed on RESUME."""
        session = self._session_for(dispatch_guild_id(event, data))
        if session is not None:  # a shard that never identified has nothing to deliver to
            self._dispatch_to(session, event, data)

    def _dispatch_to(self, session: GatewaySession, event: str, data: dict[str, Any]) -> None:
        session.seq += 1
        session.buffer.append({"op": 0, "t": event, "s": session.seq, "d": data})
        conn = session.conn
        if conn is not None and conn.session is session and conn.ready:
            self._schedule_flush(conn)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._flush_tasks.add(task)
        task.add_done_callback(self._flush_tasks.discard)

    def _schedule_flush(self, conn: Connection) -> None:
        self._spawn(self._flush(conn))

    async def _flush(self, conn: Connection) -> None:
        """Write every buffered dispatch newer than what this socket has seen, in order."""
        async with conn.lock:
            session = conn.session
            if session is None:
                return
            # The buffer holds seq 1, 2, 3, ... in order: start after the last one sent
            # instead of walking every dispatch since the session began.
            for payload in session.buffer[max(0, conn.sent_seq) :]:
                if conn.ws.closed:
                    return
                try:
                    await conn.write(payload)
                except (ConnectionError, RuntimeError):
                    return
                conn.sent_seq = payload["s"]
                event, data = payload["t"], payload["d"]
                self.deliveries.append(
                    Delivery(
                        shard_id=session.shard_id,
                        connection=conn.number,
                        event=event,
                        seq=payload["s"],
                        guild_id=dispatch_guild_id(event, data),
                        data=data,
                    )
                )

    async def _send(self, conn: Connection, payload: dict[str, Any]) -> None:
        async with conn.lock:
            if not conn.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await conn.write(payload)
