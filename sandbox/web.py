"""The sandbox page's server: static files, the server's state as JSON, live pushes, and
the interactions a person starts on the page (slash commands, autocomplete, clicks, modals).

Everything a member does goes to the bot as the real interaction Discord would send; what
the bot answers reaches the page through the emulator's observers and a websocket.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web

from sandbox.agenda import next_due
from sandbox.clock import SandboxClock
from sandbox.demo import ANNOUNCEMENTS, COMMUNITY, GENERAL, GUILD_ID, MEMBERS, RECAPS, DemoMember
from sandbox.emulator import ClientRefused, DiscordEmulator, InteractionResult
from sandbox.page_guard import PageGuard
from storage import Database

log = logging.getLogger("sandbox")

STATIC = Path(__file__).resolve().parent / "static"
EPHEMERAL = 64
CHANNELS = ((GENERAL, "general"), (ANNOUNCEMENTS, "live-announcements"), (RECAPS, "recaps"))
STEPS = {"hour": timedelta(hours=1), "day": timedelta(days=1)}


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def json_reply(data: Any, status: int = 200) -> web.Response:
    return web.Response(text=_dumps(data), status=status, content_type="application/json")


class PageServer:
    """The aiohttp application behind the page, bound to one emulator, bot clock and database."""

    def __init__(self, emu: DiscordEmulator, clock: SandboxClock, db: Database) -> None:
        self.emu = emu
        self.clock = clock
        self.db = db
        self.members = {m.id: m for m in MEMBERS}
        self._clients: set[asyncio.Queue[str | None]] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.guard = PageGuard()  # Host, Origin and the page's token on every request
        # message id -> the command whose answer it is ("er views"), kept across restarts
        self.command_labels: dict[str, str] = {}
        emu.observers.append(self._observe)

    # -- life cycle ------------------------------------------------------------------------

    def application(self) -> web.Application:
        app = web.Application(middlewares=[self.guard.middleware])
        app.router.add_get("/", self._index)
        app.router.add_static("/static/", STATIC, append_version=False)
        app.router.add_get("/attachments/{id}/{filename}", self._attachment)
        app.router.add_get("/api/state", self._state)
        app.router.add_get("/api/ws", self._ws)
        app.router.add_post("/api/command", self._command)
        app.router.add_post("/api/autocomplete", self._autocomplete)
        app.router.add_post("/api/click", self._click)
        app.router.add_post("/api/modal", self._modal)
        app.router.add_post("/api/clock", self._advance)
        return app

    async def start(self, host: str, port: int) -> None:
        self._runner = web.AppRunner(self.application(), access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        await web.TCPSite(self._runner, host, port).start()
        bound = self._runner.addresses[0]
        shown = f"[{bound[0]}]" if ":" in str(bound[0]) else bound[0]
        self.url = f"http://{shown}:{bound[1]}"
        self.guard.listening(host, int(bound[1]))

    async def close(self) -> None:
        for queue in list(self._clients):
            queue.put_nowait(None)
        for task in list(self._tasks):
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        with contextlib.suppress(ValueError):
            self.emu.observers.remove(self._observe)

    # -- pushes ----------------------------------------------------------------------------

    def _observe(self, kind: str, data: dict[str, Any]) -> None:
        if kind in ("message",):
            self.push({"type": "message", "message": self.message_view(data)})
        elif kind == "delete":
            self.push({"type": "delete", **data})
        elif kind in ("event", "event_delete"):
            self.push({"type": "events", "events": self.emu.scheduled_events(GUILD_ID)})
        elif kind in ("notice", "rejected"):
            text = data.get("text") or _rejection(data)
            self.notice(text)

    def notice(self, text: str) -> None:
        """A Discord rule the bot broke (or a request Discord's client would not send)."""
        log.warning("Discord rule: %s", text)
        self.push({"type": "notice", "text": text})

    def info(self, text: str) -> None:
        """Something the page tells the person, that is nobody's fault (shown in grey)."""
        self.push({"type": "notice", "text": text, "kind": "info"})

    def push(self, data: dict[str, Any]) -> None:
        text = _dumps(data)
        for queue in self._clients:
            queue.put_nowait(text)

    def message_view(self, msg: dict[str, Any]) -> dict[str, Any]:
        """A stored message as the page wants it: who may see it when it is ephemeral."""
        view = dict(msg)
        meta = msg.get("interaction_metadata") or {}
        if int(msg.get("flags") or 0) & EPHEMERAL:
            view["viewer"] = (meta.get("user") or {}).get("id")
        pending = self.emu.interactions.get(int(meta.get("id") or 0))
        if pending is not None and pending.type == 2:
            view["command"] = self.command_labels[msg["id"]] = command_path(pending.payload["data"])
        elif msg["id"] in self.command_labels:
            view["command"] = self.command_labels[msg["id"]]
        return view

    # -- reading -----------------------------------------------------------------------------

    async def _index(self, request: web.Request) -> web.StreamResponse:
        html = (STATIC / "index.html").read_text(encoding="utf-8")
        return web.Response(
            text=self.guard.page(html),
            content_type="text/html",
            headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
        )

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        data = self.emu.attachment_bytes.get(int(request.match_info["id"]))
        if data is None:
            raise web.HTTPNotFound()
        name = request.match_info["filename"]
        ctype = "image/png" if name.lower().endswith(".png") else "application/octet-stream"
        headers = {} if ctype == "image/png" else {"Content-Disposition": "attachment"}
        return web.Response(body=data, content_type=ctype, headers=headers)

    def dm_channels(self) -> dict[str, str]:
        return {str(user): str(channel) for user, channel in self.emu.dm_channels.items()}

    def visible_messages(self) -> list[dict[str, Any]]:
        channels = {cid for cid, _ in CHANNELS} | set(self.emu.dm_channels.values())
        listed = {mid for cid in channels for mid in self.emu.channel_order.get(cid, [])}
        out = [
            self.message_view(msg)
            for mid, msg in sorted(self.emu.messages.items())
            if int(msg["channel_id"]) in channels
            and (mid in listed or int(msg.get("flags") or 0) & EPHEMERAL)
        ]
        return out

    async def _state(self, request: web.Request) -> web.StreamResponse:
        guild = self.emu.guild(GUILD_ID)
        return json_reply(
            {
                "guild": {"id": str(GUILD_ID), "name": guild.name},
                "bot": {"id": str(self.emu.bot_user_id), "name": self.emu.bot_user.name},
                "channels": [{"id": str(cid), "name": name} for cid, name in CHANNELS],
                "members": [m.payload() for m in MEMBERS],
                "community": [m.payload() for m in COMMUNITY],
                "roles": [
                    {"id": str(r.id), "name": r.name}
                    for r in guild.roles.values()
                    if r.id != GUILD_ID and not r.managed
                ],
                "commands": self.emu.commands(),
                "events": self.emu.scheduled_events(GUILD_ID),
                "messages": self.visible_messages(),
                "dms": self.dm_channels(),
                "clock": self.clock_view(),
            }
        )

    def clock_view(self) -> dict[str, Any]:
        return {"now": self.clock.now().timestamp(), "flowing": self.clock.flowing}

    async def _ws(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(heartbeat=20)
        await ws.prepare(request)
        queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._clients.add(queue)

        async def writer() -> None:
            while (text := await queue.get()) is not None:
                await ws.send_str(text)
            await ws.close()

        task = asyncio.create_task(writer(), name="sandbox-page-push")
        self._tasks.add(task)
        try:
            async for msg in ws:
                if msg.type in (WSMsgType.ERROR, WSMsgType.CLOSE):
                    break
        finally:
            self._clients.discard(queue)
            task.cancel()
            self._tasks.discard(task)
        return ws

    # -- acting ------------------------------------------------------------------------------

    def _member(self, body: dict[str, Any]) -> DemoMember:
        try:
            return self.members[int(body["member"])]
        except (KeyError, TypeError, ValueError):
            raise web.HTTPBadRequest(text="unknown member") from None

    def _channel(self, body: dict[str, Any], member: DemoMember) -> tuple[int | None, int]:
        """(guild id, channel id) of where the member acts: a server channel or their DM."""
        channel_id = int(body.get("channel") or GENERAL)
        if channel_id == self.emu.dm_channels.get(member.id) or body.get("dm"):
            return None, self.emu.dm_channel(member.id).id
        return GUILD_ID, channel_id

    async def _run(
        self, label: str, call: Callable[[], Awaitable[InteractionResult]]
    ) -> web.Response:
        try:
            result = await call()
        except ClientRefused as exc:
            # What Discord's own app would not send (a missing required option, a value out
            # of bounds, a hidden command): the member's slip, not the bot's; it names
            # the command itself.
            self.info(f"Discord would not send that: {exc}")
            return json_reply({"error": str(exc)}, 400)
        except AssertionError as exc:
            # The bot never answered (Discord's 3 s rule) or answered wrongly.
            self.notice(f"{label}: {exc}")
            return json_reply({"error": str(exc)}, 400)
        return json_reply(
            {
                "callback_type": result.callback_type,
                "modal": result.modal,
                "message_id": (result.message or {}).get("id"),
            }
        )

    async def _command(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        member = self._member(body)
        guild_id, channel_id = self._channel(body, member)
        command = str(body.get("command") or "").strip()
        options = dict(body.get("options") or {})
        return await self._run(
            f"/{command}",
            lambda: self.emu.slash(
                guild_id, member.id, command, options, locale=member.locale, channel_id=channel_id
            ),
        )

    async def _autocomplete(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        member = self._member(body)
        guild_id, channel_id = self._channel(body, member)
        try:
            choices = await self.emu.autocomplete(
                guild_id,
                member.id,
                str(body.get("command") or ""),
                dict(body.get("options") or {}),
                str(body.get("focused") or ""),
                locale=member.locale,
                channel_id=channel_id,
            )
        except ClientRefused as exc:
            self.info(f"Discord would not send that: {exc}")
            return json_reply({"error": str(exc), "choices": []}, 400)
        except AssertionError as exc:
            self.notice(f"autocomplete: {exc}")
            return json_reply({"error": str(exc), "choices": []}, 400)
        return json_reply({"choices": choices})

    async def _click(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        member = self._member(body)
        message = self.emu.messages.get(int(body.get("message") or 0))
        if message is None:
            raise web.HTTPNotFound(text="unknown message")
        guild_id = None if int(message["channel_id"]) in self.emu.dm_channels.values() else GUILD_ID
        custom_id = str(body.get("custom_id") or "")
        values = body.get("values")
        return await self._run(
            f"button {custom_id}",
            lambda: self.emu.click(
                guild_id, member.id, message, custom_id, locale=member.locale, values=values
            ),
        )

    async def _modal(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        member = self._member(body)
        guild_id, channel_id = self._channel(body, member)
        modal = dict(body.get("modal") or {})
        values = {str(k): v for k, v in dict(body.get("values") or {}).items()}
        return await self._run(
            f"form {modal.get('custom_id')}",
            lambda: self.emu.submit_modal(
                guild_id, member.id, modal, values, locale=member.locale, channel_id=channel_id
            ),
        )

    async def _advance(self, request: web.Request) -> web.StreamResponse:
        body = await request.json()
        step = str(body.get("step") or "")
        reached: list[str] = []
        if step in STEPS:
            await self.clock.advance(STEPS[step])
        elif step == "next":
            found = await next_due(self.db, [GUILD_ID], self.clock.now(), self.names())
            if found is None:
                self.info(
                    "Nothing is scheduled: no LIVE reminder, start or end, after-LIVE prompt, "
                    "weekly recap or streak nudge is waiting."
                )
            else:
                await self.clock.advance_to(found.at)
                reached = found.what
        else:
            raise web.HTTPBadRequest(text="step must be hour, day or next")
        await asyncio.sleep(0.2)  # let what woke up send its messages before the page redraws
        view = self.clock_view()
        self.push({"type": "clock", **view})
        return json_reply({**view, "reached": reached})

    def names(self) -> dict[int, str]:
        """Names of the demo server and its members, to say what is due by."""
        people = {m.id: m.name for m in (*MEMBERS, *COMMUNITY)}
        return {GUILD_ID: self.emu.guild(GUILD_ID).name, **people}


def command_path(data: dict[str, Any]) -> str:
    """ "er views" from a slash command's interaction data."""
    parts = [str(data.get("name"))]
    options = data.get("options") or []
    while options and options[0].get("type") in (1, 2):
        parts.append(str(options[0]["name"]))
        options = options[0].get("options") or []
    return " ".join(parts)


def _rejection(data: dict[str, Any]) -> str:
    """Discord's 400 answer to the bot as one line: what was refused and why."""
    reasons: list[str] = []

    def walk(node: Any, path: list[str]) -> None:
        if isinstance(node, dict):
            reasons.extend(
                f"{'.'.join(path)}: {error.get('message')}" for error in node.get("_errors") or []
            )
            for key, value in node.items():
                if key != "_errors":
                    walk(value, [*path, key])

    walk(data.get("errors") or {}, [])
    detail = "; ".join(reasons) or str(data.get("message"))
    return f"Discord refused {data.get('request')}: {detail}"
