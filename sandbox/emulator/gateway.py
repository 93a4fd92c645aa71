"""Websocket gateway: HELLO/IDENTIFY/READY per shard, heartbeats, RESUME, refusals, faults."""

from __future__ import annotations

import asyncio
import json
import re
import secrets
from typing import Any

from aiohttp import WSMsgType, web

from .models import Guild
from .results import RecordedRequest
from .shards import (
    DEFAULT_MAX_CONCURRENCY,
    Connection,
    GatewaySession,
    ShardsMixin,
    transport,
)
from .state import json_response

HEARTBEAT_INTERVAL_MS = 41250
# A heartbeat's round trip to Discord and back. An instant ACK can reach the bot before
# discord.py's keep-alive thread has noted that it sent the heartbeat; discord.py then
# measures the ACK against the previous heartbeat and warns that the gateway is a whole
# interval (41 s) behind.
HEARTBEAT_ACK_DELAY = 0.05

# Discord's gateway close codes (and the reason text it sends) used here.
AUTHENTICATION_FAILED = (4004, "Authentication failed.")
ALREADY_AUTHENTICATED = (4005, "Already authenticated.")
INVALID_SHARD = (4010, "Invalid shard.")
SHARDING_REQUIRED = (4011, "Sharding required.")


class GatewayMixin(ShardsMixin):
    def _init_gateway(
        self, *, recommended_shards: int = 1, max_concurrency: int = DEFAULT_MAX_CONCURRENCY
    ) -> None:
        self._init_shards(recommended_shards=recommended_shards, max_concurrency=max_concurrency)
        self.gateway_sessions = 0  # IDENTIFYs that started a new session
        self.resume_count = 0  # successful RESUMEs
        self.gateway_connections = 0  # websocket connections accepted
        self.gateway_received: list[dict[str, Any]] = []  # every payload the bot sent
        self.identified: list[tuple[int, int]] = []  # (shard id, shard count) per session
        self.resumed: list[int] = []  # shard id per successful RESUME
        self.gateway_refusals: list[tuple[int, str]] = []  # (close code, why) per refusal
        self._connections: set[Connection] = set()  # open sockets, identified or not
        self._route("GET", r"/gateway", self._get_gateway)
        self._route("GET", r"/gateway/bot", self._get_gateway_bot)

    async def _get_gateway(self, req: RecordedRequest, m: re.Match[str]) -> web.StreamResponse:
        return json_response({"url": self.gateway_url})

    async def _get_gateway_bot(self, req: RecordedRequest, m: re.Match[str]) -> web.StreamResponse:
        return json_response(self.gateway_bot_payload())

    # -- websocket handler -----------------------------------------------------------------

    async def _ws_handler(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0, autoping=True)
        await ws.prepare(request)
        self.gateway_connections += 1
        conn = Connection(ws=ws, request=request, number=self.gateway_connections)
        compress = request.query.get("compress")
        try:
            conn.encode = transport(compress)
        except ValueError:
            self.protocol_error(f"gateway: unknown transport compression {compress!r}")
        if request.query.get("encoding", "json") != "json":
            self.protocol_error(f"gateway: encoding {request.query['encoding']!r} (json only)")
        self._connections.add(conn)
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
            conn.ready = False
            self._connections.discard(conn)
            self._changed()
        return ws

    async def _ack_heartbeat(self, conn: Connection) -> None:
        await asyncio.sleep(HEARTBEAT_ACK_DELAY)
        await self._send(conn, {"op": 11})

    async def _on_gateway_payload(self, conn: Connection, payload: dict[str, Any]) -> None:
        op = payload.get("op")
        data = payload.get("d")
        if op == 1:
            conn.heartbeats += 1
            self._changed()
            self._spawn(self._ack_heartbeat(conn))
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

    async def _refuse(self, conn: Connection, refusal: tuple[int, str], why: str) -> None:
        """Close the socket with a Discord close code, as Discord refuses an IDENTIFY."""
        code, reason = refusal
        self.gateway_refusals.append((code, why))
        await conn.ws.close(code=code, message=reason.encode())

    def _identify_shard(self, raw: Any) -> tuple[int, int] | None:
        """``[shard_id, shard_count]`` of an IDENTIFY (none: shard 0 of 1); None when malformed."""
        if raw is None:
            return 0, 1
        if (
            not isinstance(raw, list)
            or len(raw) != 2
            or not all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
        ):
            return None
        shard_id, shard_count = raw
        if shard_count < 1 or not 0 <= shard_id < shard_count:
            return None
        return shard_id, shard_count

    async def _identify(self, conn: Connection, data: dict[str, Any]) -> None:
        if data.get("token") != self.token:
            await self._refuse(conn, AUTHENTICATION_FAILED, "wrong token")
            return
        if conn.session is not None:
            await self._refuse(conn, ALREADY_AUTHENTICATED, "a second IDENTIFY on one socket")
            return
        shard = self._identify_shard(data.get("shard"))
        if shard is None:
            await self._refuse(conn, INVALID_SHARD, f"shard {data.get('shard')!r}")
            return
        shard_id, shard_count = shard
        live = {
            s.shard_id: s for s in self._sessions.values() if s.conn is not None and s.conn.live
        }
        if any(s.shard_count != shard_count for s in live.values()):
            counts = sorted({s.shard_count for s in live.values()})
            await self._refuse(
                conn, INVALID_SHARD, f"shard count {shard_count} while {counts} are connected"
            )
            return
        if shard_id in live:
            # Discord documents no close code for a shard that is already connected (4005 is a
            # second IDENTIFY on the same socket). The emulator refuses it so that two
            # processes given the same shard fail at once instead of both answering its
            # servers, and uses 4010 Invalid shard: the shard is not one this client may
            # take, and 4010 is a code discord.py does not reconnect after (it would retry
            # after 4005 forever), so the second client stops with ConnectionClosed.
            await self._refuse(conn, INVALID_SHARD, f"shard {shard_id} is already connected")
            return
        guilds = self.guilds_of_shard(shard_id, shard_count)
        if len(guilds) > self.max_guilds_per_shard:
            await self._refuse(
                conn, SHARDING_REQUIRED, f"shard {shard_id} would hold {len(guilds)} servers"
            )
            return
        self._start_session(
            conn, shard_id, shard_count, guilds, sharded=data.get("shard") is not None
        )
        await self._flush(conn)

    def _start_session(
        self,
        conn: Connection,
        shard_id: int,
        shard_count: int,
        guilds: list[Guild],
        *,
        sharded: bool,
    ) -> None:
        self.gateway_sessions += 1
        self.identified.append((shard_id, shard_count))
        session = GatewaySession(
            session_id=secrets.token_hex(16), shard_id=shard_id, shard_count=shard_count, conn=conn
        )
        if shard_count != self._shard_count:
            # Servers move between shards when the count changes: sessions of the old count
            # (none of them live, see _identify) can no longer be resumed.
            self._sessions.clear()
            self._shard_count = shard_count
        self._sessions[shard_id] = session
        conn.session = session
        app = {"id": str(self.app_id), "flags": 0}
        ready: dict[str, Any] = {
            "v": 10,
            "user": self.bot_user.payload() | {"verified": True, "mfa_enabled": False},
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
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
        if sharded:
            ready["shard"] = [shard_id, shard_count]
        self._dispatch_to(session, "READY", ready)
        for guild in guilds:
            self._dispatch_to(session, "GUILD_CREATE", self.guild_create_payload(guild))
        conn.ready = True
        self._changed()

    async def _resume(self, conn: Connection, data: dict[str, Any]) -> None:
        session = next(
            (s for s in self._sessions.values() if s.session_id == data.get("session_id")), None
        )
        if session is None or data.get("token") != self.token:
            await self._send(conn, {"op": 9, "d": False})
            return
        previous = session.conn
        if previous is not None and previous is not conn and not previous.ws.closed:
            previous.ready = False  # the session moves to the new socket
            await previous.ws.close(code=4000)
        session.conn = conn
        conn.session = session
        conn.sent_seq = int(data.get("seq") or 0)
        self.resume_count += 1
        self.resumed.append(session.shard_id)
        self._dispatch_to(session, "RESUMED", {})  # after the missed events it replays
        conn.ready = True
        self._changed()
        await self._flush(conn)

    async def _request_members(self, conn: Connection, data: dict[str, Any]) -> None:
        guild = self.guilds.get(int(data.get("guild_id") or 0))
        if guild is None:
            return
        asked_on = conn.session.shard_id if conn.session is not None else None
        if asked_on != self.shard_of(guild.id):
            self.protocol_error(
                f"gateway: members of guild {guild.id} (shard {self.shard_of(guild.id)}) "
                f"asked for on shard {asked_on}"
            )
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

    def _open_connections(self, shard_id: int | None, what: str) -> list[Connection]:
        """The open sockets of one shard, or of every shard when ``shard_id`` is None."""
        sessions = (
            list(self._sessions.values())
            if shard_id is None
            else [s for s in (self._sessions.get(shard_id),) if s is not None]
        )
        conns = [s.conn for s in sessions if s.conn is not None and not s.conn.ws.closed]
        if not conns:
            which = "the bot" if shard_id is None else f"shard {shard_id}"
            raise AssertionError(f"{what}: {which} is not connected")
        return conns

    async def drop_gateway(self, shard_id: int | None = None) -> None:
        """Kill the socket of one shard (default: every shard) without a close frame.

        The bot should RESUME and get what was dispatched meanwhile.
        """
        for conn in self._open_connections(shard_id, "drop_gateway"):
            conn.ready = False
            transport = conn.request.transport
            if transport is not None:
                transport.abort()
            else:  # pragma: no cover - defensive
                await conn.ws.close(code=4000)
        self._changed()

    async def send_reconnect(self, shard_id: int | None = None) -> None:
        """Send op 7 RECONNECT to one shard (default: every shard); the bot closes and RESUMEs."""
        for conn in self._open_connections(shard_id, "send_reconnect"):
            conn.ready = False
            await self._send(conn, {"op": 7, "d": None})
        self._changed()

    async def _close_gateway(self) -> None:
        for conn in list(self._connections):
            if not conn.ws.closed:
                await conn.ws.close(code=1001)
        for task in list(self._flush_tasks):
            task.cancel()
