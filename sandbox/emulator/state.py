"""Shared state and helpers of the emulator; the feature mixins build on this."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from aiohttp import web

from .models import Channel, Guild, Member, User
from .results import PendingInteraction, RecordedRequest
from .snowflake import Snowflakes, iso

Handler = Callable[[RecordedRequest, "re.Match[str]"], Awaitable[web.StreamResponse]]
# Told of every change a Discord client would see: ("message" | "delete" | "event" |
# "event_delete" | "notice", data). The sandbox page listens; tests may too.
Observer = Callable[[str, dict[str, Any]], None]


@dataclass
class Route:
    method: str
    pattern: re.Pattern[str]
    handler: Handler


@dataclass
class Fault:
    method: str
    pattern: re.Pattern[str]
    status: int
    count: int
    retry_after: float
    global_: bool


@dataclass
class Held:
    """A request carried out but not answered until the test releases it (``hold_next``)."""

    method: str
    pattern: re.Pattern[str]
    arrived: asyncio.Event = field(default_factory=asyncio.Event)
    released: asyncio.Event = field(default_factory=asyncio.Event)
    request: RecordedRequest | None = None

    def release(self) -> None:
        self.released.set()


class ApiError(Exception):
    """Raised by handlers to answer with a Discord-shaped error body."""

    def __init__(
        self, status: int, code: int, message: str, errors: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> dict[str, Any]:
        data: dict[str, Any] = {"message": self.message, "code": self.code}
        if self.errors is not None:
            data["errors"] = self.errors
        return data


def json_response(
    data: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON response whose Content-Type is exactly ``application/json``."""
    all_headers = {"Content-Type": "application/json"}
    all_headers.update(headers or {})
    return web.Response(status=status, body=json.dumps(data).encode(), headers=all_headers)


def no_content() -> web.Response:
    return web.Response(status=204)


def field_error(path: list[str], code: str, message: str) -> dict[str, Any]:
    """Nested ``errors`` object of a 50035 Invalid Form Body response."""
    inner: dict[str, Any] = {"_errors": [{"code": code, "message": message}]}
    for key in reversed(path):
        inner = {key: inner}
    return inner


def invalid_form(path: list[str], code: str, message: str) -> ApiError:
    return ApiError(400, 50035, "Invalid Form Body", field_error(path, code, message))


UNKNOWN_CHANNEL = (404, 10003, "Unknown Channel")
UNKNOWN_MESSAGE = (404, 10008, "Unknown Message")
MISSING_PERMISSIONS = (403, 50013, "Missing Permissions")


class Clock(Protocol):
    """Where the emulator learns the time: the same clock the bot under test is given."""

    def now(self) -> datetime: ...


class EmulatorState:
    """All state of one emulator instance."""

    def __init__(
        self,
        *,
        clock: Clock,
        token: str = "test-token",  # noqa: S107
        app_id: int | None = None,
    ) -> None:
        # Every time-dependent decision (ids, timestamps, "in the past") reads this clock,
        # never the machine's date; only measured durations use a monotonic clock.
        self.clock = clock
        self._ids = Snowflakes()
        self.token = token
        self.api_base_url = ""
        self.gateway_url = ""
        self.app_id: int = app_id if app_id is not None else self.new_id()
        self.bot_user_id: int = self.app_id
        self.bot_user = User(self.bot_user_id, "CreatorPulse", bot=True)
        self.owner_user = User(self.new_id(), "app-owner")
        self.users: dict[int, User] = {
            self.bot_user.id: self.bot_user,
            self.owner_user.id: self.owner_user,
        }
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.messages: dict[int, dict[str, Any]] = {}
        self.channel_order: dict[int, list[int]] = {}
        self._listed: set[int] = set()  # ids in some channel_order list (no list scans)
        self.attachment_bytes: dict[int, bytes] = {}
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.command_ids: dict[tuple[int | None, str, int], int] = {}
        self.sync_count = 0
        self.events: dict[int, dict[int, dict[str, Any]]] = {}  # guild -> event id -> event
        # (channel id, nonce) -> (message id, when it was created), for Discord's nonce rule
        self.nonces: dict[tuple[int, str], tuple[int, datetime]] = {}
        self.nonce_window = timedelta(minutes=5)
        self.nonce_hits = 0  # creates answered with an earlier message
        self.max_scheduled_events = 100
        # Discord starts an EXTERNAL event at its start time or a while after (its own
        # scheduler runs every so often); a test can make that while longer.
        self.event_start_lag = timedelta(0)
        # Starts and completes EXTERNAL events on the clock (events.py), while running.
        self._event_task: asyncio.Task[None] | None = None
        self._event_wake = asyncio.Event()
        # Discord rejects callbacks later than 3 s after the interaction (None = no limit).
        self.ack_deadline: float | None = 3.0
        self.requests: list[RecordedRequest] = []
        self.unhandled: list[RecordedRequest] = []
        self.protocol_errors: list[str] = []
        self.interactions: dict[int, PendingInteraction] = {}
        self.interactions_by_token: dict[str, PendingInteraction] = {}
        self._routes: list[Route] = []
        self._faults: list[Fault] = []
        self._lost: list[tuple[str, re.Pattern[str], list[int]]] = []
        self.lost_responses: list[RecordedRequest] = []
        self._held: list[Held] = []
        # What Discord accepts in one upload (the attachments of one message together), and
        # what interactions tell the bot it is (``attachment_size_limit``): the same, unless
        # a test makes them differ (Discord lowering its limit, a proxy with a smaller one).
        self.upload_limit = 10 * 1024 * 1024
        self.advertised_upload_limit = 10 * 1024 * 1024
        self._request_event = asyncio.Event()
        self.observers: list[Observer] = []

    # -- plumbing shared by the mixins -------------------------------------------------

    def now(self) -> datetime:
        return self.clock.now()

    def new_id(self) -> int:
        """A fresh snowflake stamped with the emulator's clock."""
        return self._ids.make(self.clock.now())

    def iso_now(self) -> str:
        return iso(self.clock.now())

    def _route(self, method: str, pattern: str, handler: Handler) -> None:
        self._routes.append(Route(method, re.compile(f"^{pattern}$"), handler))

    def _session_for(self, guild_id: int | None) -> Any:
        """The gateway session that gets a server's events (implemented by the shards mixin)."""
        raise NotImplementedError

    def _dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send a gateway DISPATCH to its server's shard (implemented by the shards mixin)."""
        raise NotImplementedError

    @property
    def connected(self) -> bool:
        raise NotImplementedError

    def guild_create_payload(self, guild: Guild) -> dict[str, Any]:
        raise NotImplementedError

    def notify(self, kind: str, data: dict[str, Any]) -> None:
        for observer in list(self.observers):
            observer(kind, data)

    def protocol_error(self, text: str) -> None:
        self.protocol_errors.append(text)
        self.notify("notice", {"text": text})

    # -- world look-ups ------------------------------------------------------------------

    def guild(self, guild_id: int) -> Guild:
        try:
            return self.guilds[guild_id]
        except KeyError:
            raise AssertionError(f"unknown guild {guild_id}") from None

    def bot_member(self, guild: Guild) -> Member:
        return guild.members[self.bot_user_id]

    def channel_or_404(self, channel_id: int) -> Channel:
        channel = self.channels.get(channel_id)
        if channel is None or channel.deleted:
            raise ApiError(*UNKNOWN_CHANNEL)
        return channel

    def message_or_404(self, channel_id: int, message_id: int) -> dict[str, Any]:
        msg = self.messages.get(message_id)
        if msg is None or int(msg["channel_id"]) != channel_id:
            raise ApiError(*UNKNOWN_MESSAGE)
        return msg

    def dm_channel(self, user_id: int) -> Channel:
        """The DM channel between the bot and ``user_id`` (created on first use)."""
        channel_id = self.dm_channels.get(user_id)
        if channel_id is None:
            channel_id = self.new_id()
            self.dm_channels[user_id] = channel_id
            self.channels[channel_id] = Channel(
                id=channel_id, guild_id=None, name="", type=1, recipient_id=user_id
            )
        return self.channels[channel_id]

    # -- messages ------------------------------------------------------------------------

    def build_attachments(
        self,
        payload: dict[str, Any],
        files: list[tuple[str, bytes, str]],
        existing: list[dict[str, Any]] | None = None,
    ) -> list[dict[str, Any]]:
        """Attachment list of a created/edited message from payload + uploaded files."""
        existing = existing or []
        by_id = {str(a["id"]): a for a in existing}
        uploads = dict(enumerate(files))
        meta: list[dict[str, Any]] | None = payload.get("attachments")
        result: list[dict[str, Any]] = []
        used: set[int] = set()
        if meta is None:
            result.extend(existing)
            meta = []
        for entry in meta:
            key = str(entry.get("id"))
            if key in by_id:
                result.append(by_id[key])
                continue
            index = int(key) if key.isdigit() else -1
            if index in uploads and index not in used:
                used.add(index)
                filename, data, content_type = uploads[index]
                name = entry.get("filename") or filename
                result.append(self._attachment(name, data, content_type, entry))
        for index, (filename, data, content_type) in uploads.items():
            if index not in used:
                result.append(self._attachment(filename, data, content_type, {}))
        return result

    def _attachment(
        self, filename: str, data: bytes, content_type: str, meta: dict[str, Any]
    ) -> dict[str, Any]:
        att_id = self.new_id()
        self.attachment_bytes[att_id] = data
        url = f"https://cdn.discordapp.com/attachments/0/{att_id}/{filename}"
        att: dict[str, Any] = {
            "id": str(att_id),
            "filename": filename,
            "size": len(data),
            "url": url,
            "proxy_url": url,
            "content_type": content_type,
        }
        if meta.get("description"):
            att["description"] = meta["description"]
        return att

    def attachment_data(self, attachment: dict[str, Any]) -> bytes:
        """The bytes uploaded for an attachment dict of a stored message."""
        return self.attachment_bytes[int(attachment["id"])]

    def message_files(self, msg: dict[str, Any]) -> list[tuple[str, bytes]]:
        return [(a["filename"], self.attachment_data(a)) for a in msg.get("attachments") or []]

    def build_message(
        self,
        channel_id: int,
        payload: dict[str, Any],
        files: list[tuple[str, bytes, str]],
        *,
        message_id: int | None = None,
        webhook_id: int | None = None,
        interaction: PendingInteraction | None = None,
        msg_type: int = 0,
    ) -> dict[str, Any]:
        embeds = [dict(e, type=e.get("type", "rich")) for e in payload.get("embeds") or []]
        msg: dict[str, Any] = {
            "id": str(message_id or self.new_id()),
            "channel_id": str(channel_id),
            "type": msg_type,
            "author": self.bot_user.payload(),
            "content": payload.get("content") or "",
            "timestamp": self.iso_now(),
            "edited_timestamp": None,
            "tts": bool(payload.get("tts", False)),
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": self.build_attachments(payload, files),
            "embeds": embeds,
            "components": payload.get("components") or [],
            "pinned": False,
            "flags": int(payload.get("flags") or 0),
        }
        if webhook_id is not None:
            msg["webhook_id"] = str(webhook_id)
            msg["application_id"] = str(self.app_id)
        if interaction is not None:
            inter = interaction.payload
            user = inter.get("user") or inter["member"]["user"]
            msg["interaction_metadata"] = {
                "id": str(interaction.id),
                "type": interaction.type,
                "user": user,
                "authorizing_integration_owners": inter.get("authorizing_integration_owners", {}),
            }
        return msg

    def store_message(self, msg: dict[str, Any], *, visible: bool = True) -> None:
        """Keep a message; ``visible`` ones are listed in their channel."""
        mid = int(msg["id"])
        self.messages[mid] = msg
        if visible and mid not in self._listed:
            self._listed.add(mid)
            self.channel_order.setdefault(int(msg["channel_id"]), []).append(mid)
        self.notify("message", msg)

    def edit_message(
        self, msg: dict[str, Any], payload: dict[str, Any], files: list[tuple[str, bytes, str]]
    ) -> dict[str, Any]:
        """Apply a PATCH (or an update-message callback) to a stored message in place."""
        if "content" in payload:
            msg["content"] = payload["content"] or ""
        if "embeds" in payload:
            msg["embeds"] = [dict(e, type=e.get("type", "rich")) for e in payload["embeds"] or []]
        if "components" in payload:
            msg["components"] = payload["components"] or []
        if "flags" in payload and payload["flags"] is not None:
            keep = int(msg.get("flags") or 0) & 64
            msg["flags"] = (int(payload["flags"]) & ~128) | keep
        else:
            msg["flags"] = int(msg.get("flags") or 0) & ~128
        if "attachments" in payload or files:
            msg["attachments"] = self.build_attachments(payload, files, msg.get("attachments"))
        msg["edited_timestamp"] = self.iso_now()
        self.notify("message", msg)
        return msg

    def remember_nonce(self, channel_id: int, nonce: str, message_id: int) -> None:
        self.nonces[(channel_id, nonce)] = (message_id, self.now())

    def message_with_nonce(self, channel_id: int, nonce: str) -> dict[str, Any] | None:
        """The bot's message created in this channel with ``nonce`` within the window."""
        found = self.nonces.get((channel_id, nonce))
        if found is None:
            return None
        message_id, created = found
        if self.now() - created > self.nonce_window or message_id not in self.messages:
            return None
        return self.messages[message_id]

    def delete_message(self, message_id: int) -> None:
        msg = self.messages.pop(message_id, None)
        if msg is not None:
            if message_id in self._listed:
                self._listed.discard(message_id)
                self.channel_order[int(msg["channel_id"])].remove(message_id)
            self.notify("delete", {"id": str(message_id), "channel_id": msg["channel_id"]})
