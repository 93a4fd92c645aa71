"""Websocket gateway: HELLO/IDENTIFY/READY, heartbeats, RESUME, dispatch with replay."""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from .models import Guild
from .state import EmulatorState

HEARTBEAT_INTERVAL_MS = 41250
# A heartbeat's round trip to Discord and back. An instant ACK can reach the bot before
# discord.py's keep-alive thread has noted that it sent the heartbeat; discord.py then
# measures the ACK against the previous heartbeat and warns that the gateway is a whole
# interval (41 s) behind.
HEARTBEAT_ACK_DELAY = 0.05


@dataclass
class GatewaySession:
    session_id: str
    seq: int = 0
    buffer: list[dict[str, Any]] = field(
        default_factory=list
    )  # dispatches; buffer[i] has seq i + 1


@dataclass
class Connection:
    ws: web.WebSocketResponse
    request: web.Request
    session: GatewaySession | None = None
    sent_seq: int = 0  # last dispatch seq written on this socket
    heartbeats: int = 0
    ready: bool = False  # READY or RESUMED delivered
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class GatewayMixin(EmulatorState):
    def _init_gateway(self) -> None:
        self.gateway_sessions = 0  # IDENTIFYs that started a new session
        self.resume_count = 0  # successful RESUMEs
        self.gateway_connections = 0  # websocket connections accepted
        self.gateway_received: list[dict[str, Any]] = []  # every payload the bot sent
        self._session: GatewaySession | None = None
        self._conn: Connection | None = None
        self._connected_event = asyncio.Event()
        self._flush_tasks: set[asyncio.Task[None]] = set()

    @property
    def connected(self) -> bool:
        conn = self._conn
        return conn is not None and conn.ready and not conn.ws.closed

    async def wait_until_connected(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until READY (or RESUMED) was delivered on a live, heartbeating socket."""
        try:
            async with asyncio.timeout(timeout):
                while True:
                    await self._connected_event.wait()
                    conn = self._conn
                    if conn is not None and conn.ready and conn.heartbeats > 0:
                        return
                    await asyncio.sleep(0.005)
        except TimeoutError:
            raise AssertionError(f"bot did not connect to the gateway within {timeout}s") from None

    # -- sending ---------------------------------------------------------------------------

    def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Queue a DISPATCH; it is delivered now, or replayed when the bot resumes."""
        session = self._session
        if session is None:
            return  # the bot never identified: nothing to deliver to
        session.seq += 1
        session.buffer.append({"op": 0, "t": event, "s": session.seq, "d": data})
        conn = self._conn
        if conn is not None and conn.session is session and conn.ready:
            self._schedule_flush(conn)

    def _schedule_flush(self, conn: Connection) -> None:
        task = asyncio.get_running_loop().create_task(self._flush(conn))
        self._flush_tasks.add(task)
        task.add_done_callback(self._flush_tasks.discard)

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
                    await conn.ws.send_str(json.dumps(payload))
                except (ConnectionError, RuntimeError):
                    return
                conn.sent_seq = payload["s"]

    async def _send(self, conn: Connection, payload: dict[str, Any]) -> None:
        async with conn.lock:
            if not conn.ws.closed:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    await conn.ws.send_str(json.dumps(payload))

    # -- websocket handler -----------------------------------------------------------------

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        conn = Connection(ws=ws, request=request)
        self.gateway_connections += 1
        previous = self._conn
        self._conn = conn
        if previous is not None and not previous.ws.closed:
            await previous.ws.close(code=4000)
        self._connected_event.clear()
        await self._send(conn, {"op": 10, "d": {"heartbeat_interval": HEARTBEAT_INTERVAL_MS}})
        try:
            async for msg in ws:
                if msg.type is not WSMsgType.TEXT:
                    if msg.type is WSMsgType.BINARY:
                        self.protocol_error("gateway: bot sent a binary frame")
                    continue
                try:
                    payload = json.loads(msg.data)
                except ValueError:
                    self.protocol_error(f"gateway: invalid JSON {msg.data[:200]!r}")
                    continue
                self.gateway_received.append(payload)
                await self._on_gateway_payload(conn, payload)
        finally:
            if self._conn is conn:
                self._connected_event.clear()
                conn.ready = False
        return ws

    async def _ack_heartbeat(self, conn: Connection) -> None:
        await asyncio.sleep(HEARTBEAT_ACK_DELAY)
        await self._send(conn, {"op": 11})

    async def _on_gateway_payload(self, conn: Connection, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == 1:
            conn.heartbeats += 1
            task = asyncio.get_running_loop().create_task(self._ack_heartbeat(conn))
            self._flush_tasks.add(task)
            task.add_done_callback(self._flush_tasks.discard)
        elif op == 2:
            await self._identify(conn, data or {})
        elif op == 6:
            await self._resume(conn, data or {})
        elif op == 8:
            await self._request_members(conn, data or {})
        elif op in (3, 4):
            pass  # presence / voice state: accepted, ignored
        else:
            self.protocol_error(f"gateway: unexpected op {op}: {payload!r}")

    async def _identify(self, conn: Connection, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await conn.ws.close(code=4004, message=b"Authentication failed.")
            return
        self.gateway_sessions += 1
        session = GatewaySession(session_id=secrets.token_hex(16))
        self._session = session
        conn.session = session
        app = {"id": str(self.app_id), "flags": 0}
        ready = {
            "v": 10,
            "user": self.bot_user.payload() | {"verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g), "unavailable": True} for g in self.guilds],
            "session_id": session.session_id,
            "resume_gateway_url": self.gateway_url,
            "session_type": "normal",
            "application": app,
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": [],
            "user_settings": {},
        }
        if data.get("shard") is not None:
            ready["shard"] = data["shard"]
        self._dispatch("READY", ready)
        for guild in self.guilds.values():
            self._dispatch("GUILD_CREATE", self.guild_create_payload(guild))
        conn.ready = True
        self._connected_event.set()
        await self._flush(conn)

    async def _resume(self, conn: Connection, data: dict[str, Any]) -> None:
        session = self._session
        if (
            session is None
            or data.get("session_id") != session.session_id
            or data.get("token") != self.token
        ):
            await self._send(conn, {"op": 9, "d": False})
            return
        conn.session = session
        conn.sent_seq = int(data.get("seq") or 0)
        self.resume_count += 1
        self._dispatch("RESUMED", {})
        conn.ready = True
        self._connected_event.set()
        await self._flush(conn)

    async def _request_members(self, conn: Connection, data: dict[str, Any]) -> None:
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        user_ids = {int(u) for u in data.get("user_ids") or []}
        query = (data.get("query") or "").lower()
        limit = int(data.get("limit") or 0)
        members = [
            m
            for m in guild.members.values()
            if (not user_ids or m.id in user_ids) and m.name.lower().startswith(query)
        ]
        if limit:
            members = members[:limit]
        chunk: dict[str, Any] = {
            "guild_id": str(guild.id),
            "members": [m.payload(self.users[m.id]) for m in members],
            "chunk_index": 0,
            "chunk_count": 1,
            "not_found": [str(u) for u in user_ids - {m.id for m in members}],
        }
        if data.get("nonce") is not None:
            chunk["nonce"] = data["nonce"]
        if data.get("presences"):
            chunk["presences"] = []
        self._dispatch("GUILD_MEMBERS_CHUNK", chunk)

    # -- payloads --------------------------------------------------------------------------

    def guild_create_payload(self, guild: Guild) -> dict[str, Any]:
        data = guild.base_payload()
        data.update(
            {
                "unavailable": False,
                "large": False,
                "member_count": len(guild.members),
                "joined_at": guild.members[self.bot_user_id].joined_at,
                "channels": [c.payload() for c in guild.channels.values() if not c.deleted],
                "threads": [],
                "members": [m.payload(self.users[m.id]) for m in guild.members.values()],
                "voice_states": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": list(self.events.get(guild.id, {}).values()),
                "soundboard_sounds": [],
                "application_command_counts": {},
            }
        )
        return data

    # -- faults ----------------------------------------------------------------------------

    async def drop_gateway(self) -> None:
        """Kill the socket without a close frame; the bot should RESUME."""
        conn = self._conn
        if conn is None:
            raise AssertionError("drop_gateway: the bot is not connected")
        self._connected_event.clear()
        conn.ready = False
        transport = conn.request.transport
        if transport is not None:
            transport.abort()
        else:  # pragma: no cover - defensive
            await conn.ws.close(code=4000)

    async def send_reconnect(self) -> None:
        """Send op 7 RECONNECT; the bot closes and RESUMEs."""
        conn = self._conn
        if conn is None:
            raise AssertionError("send_reconnect: the bot is not connected")
        self._connected_event.clear()
        conn.ready = False
        await self._send(conn, {"op": 7, "d": None})

    async def _close_gateway(self) -> None:
        conn = self._conn
        if conn is not None and not conn.ws.closed:
            await conn.ws.close(code=1001)
        for task in list(self._flush_tasks):
            task.cancel()
