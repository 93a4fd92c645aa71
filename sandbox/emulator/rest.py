"""Core REST routes: identity, commands, guilds, users, channels and messages."""

from __future__ import annotations

import re
from typing import Any

from aiohttp import web

from .models import ATTACH_FILES, SEND_MESSAGES, VIEW_CHANNEL, Channel, channel_permissions
from .results import RecordedRequest
from .state import (
    MISSING_PERMISSIONS,
    ApiError,
    EmulatorState,
    json_response,
    no_content,
)
from .validation import validate_commands, validate_message

Match = re.Match[str]


class RestMixin(EmulatorState):
    def _register_rest_routes(self) -> None:
        r = self._route
        r("GET", r"/users/@me", self._get_me)
        r("GET", r"/oauth2/applications/@me", self._get_application)
        r("GET", r"/applications/@me", self._get_application)
        cmds = r"/applications/(?P<app>\d+)(?:/guilds/(?P<guild>\d+))?/commands"
        r("GET", cmds, self._get_commands)
        r("PUT", cmds, self._put_commands)
        r("POST", cmds, self._post_command)
        r("GET", cmds + r"/(?P<cmd>\d+)", self._get_command)
        r("DELETE", cmds + r"/(?P<cmd>\d+)", self._delete_command)
        r("GET", r"/users/(?P<user>\d+)", self._get_user)
        r("POST", r"/users/@me/channels", self._create_dm)
        r("GET", r"/guilds/(?P<guild>\d+)", self._get_guild)
        r("GET", r"/guilds/(?P<guild>\d+)/channels", self._get_guild_channels)
        r("GET", r"/guilds/(?P<guild>\d+)/roles", self._get_guild_roles)
        r("GET", r"/guilds/(?P<guild>\d+)/members/(?P<user>\d+)", self._get_member)
        r("GET", r"/channels/(?P<channel>\d+)", self._get_channel)
        r("POST", r"/channels/(?P<channel>\d+)/typing", self._typing)
        msgs = r"/channels/(?P<channel>\d+)/messages"
        r("GET", msgs, self._get_messages)
        r("POST", msgs, self._post_message)
        r("GET", msgs + r"/(?P<msg>\d+)", self._get_message)
        r("PATCH", msgs + r"/(?P<msg>\d+)", self._patch_message)
        r("DELETE", msgs + r"/(?P<msg>\d+)", self._delete_message)
        r("PUT", msgs + r"/(?P<msg>\d+)/reactions/(?P<emoji>[^/]+)/@me", self._reaction)
        r("DELETE", msgs + r"/(?P<msg>\d+)/reactions/(?P<emoji>[^/]+)/@me", self._reaction)

    # -- identity --------------------------------------------------------------------------

    async def _get_me(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        return json_response(self.bot_user.payload() | {"verified": True, "mfa_enabled": False})

    async def _get_application(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        return json_response(
            {
                "id": str(self.app_id),
                "name": self.bot_user.name,
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": self.owner_user.payload(),
                "team": None,
                "summary": "",
                "verify_key": "0" * 64,
                "flags": 0,
                "interactions_endpoint_url": None,
                "bot": self.bot_user.payload(),
            }
        )

    # -- application commands --------------------------------------------------------------

    def _check_app(self, m: Match) -> int | None:
        if int(m["app"]) != self.app_id:
            raise ApiError(403, 50001, "Missing Access")
        guild_id = int(m["guild"]) if m["guild"] else None
        if guild_id is not None and guild_id not in self.guilds:
            raise ApiError(403, 50001, "Missing Access")
        return guild_id

    def _command_list(self, guild_id: int | None) -> list[dict[str, Any]]:
        if guild_id is None:
            return self.global_commands
        return self.guild_commands.setdefault(guild_id, [])

    def _stored_command(self, guild_id: int | None, cmd: dict[str, Any]) -> dict[str, Any]:
        key = (guild_id, cmd.get("name", ""), int(cmd.get("type", 1)))
        cmd_id = self.command_ids.setdefault(key, self.new_id())
        stored: dict[str, Any] = {
            "type": 1,
            "description": "",
            "options": [],
            "default_member_permissions": None,
            "dm_permission": True,
            "nsfw": False,
            "name_localizations": None,
            "description_localizations": None,
        }
        stored.update(cmd)
        stored.update(id=str(cmd_id), application_id=str(self.app_id), version=str(self.new_id()))
        if guild_id is not None:
            stored["guild_id"] = str(guild_id)
        return stored

    async def _get_commands(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        return json_response(self._command_list(self._check_app(m)))

    async def _put_commands(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild_id = self._check_app(m)
        body = req.json
        if not isinstance(body, list):
            raise ApiError(400, 50035, "Invalid Form Body")
        self.sync_count += 1
        validate_commands(body)
        stored = [self._stored_command(guild_id, cmd) for cmd in body]
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[guild_id] = stored
        return json_response(stored)

    async def _post_command(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild_id = self._check_app(m)
        validate_commands([req.json])
        cmd = self._stored_command(guild_id, req.json)
        commands = [c for c in self._command_list(guild_id) if c["id"] != cmd["id"]]
        commands.append(cmd)
        if guild_id is None:
            self.global_commands = commands
        else:
            self.guild_commands[guild_id] = commands
        return json_response(cmd, status=201)

    async def _get_command(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        for cmd in self._command_list(self._check_app(m)):
            if cmd["id"] == m["cmd"]:
                return json_response(cmd)
        raise ApiError(404, 10063, "Unknown application command")

    async def _delete_command(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild_id = self._check_app(m)
        commands = self._command_list(guild_id)
        remaining = [c for c in commands if c["id"] != m["cmd"]]
        if len(remaining) == len(commands):
            raise ApiError(404, 10063, "Unknown application command")
        commands[:] = remaining
        return no_content()

    # -- users and guilds ------------------------------------------------------------------

    async def _get_user(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        user = self.users.get(int(m["user"]))
        if user is None:
            raise ApiError(404, 10013, "Unknown User")
        return json_response(user.payload())

    async def _get_guild(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self.guilds.get(int(m["guild"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        data = guild.base_payload()
        data["approximate_member_count"] = len(guild.members)
        data["approximate_presence_count"] = 0
        return json_response(data)

    async def _get_guild_channels(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self.guilds.get(int(m["guild"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return json_response([c.payload() for c in guild.channels.values() if not c.deleted])

    async def _get_guild_roles(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self.guilds.get(int(m["guild"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        return json_response([r.payload() for r in guild.roles.values()])

    async def _get_member(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        guild = self.guilds.get(int(m["guild"]))
        if guild is None:
            raise ApiError(404, 10004, "Unknown Guild")
        member = guild.members.get(int(m["user"]))
        if member is None:
            raise ApiError(404, 10007, "Unknown Member")
        return json_response(member.payload(self.users[member.id]))

    async def _create_dm(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        body = req.json if isinstance(req.json, dict) else {}
        try:
            user_id = int(body["recipient_id"])
        except (KeyError, TypeError, ValueError):
            raise ApiError(400, 50035, "Invalid Form Body") from None
        if user_id not in self.users:
            raise ApiError(404, 10013, "Unknown User")
        return json_response(self.dm_channel(user_id).payload(self.users))

    # -- channels and messages -------------------------------------------------------------

    async def _get_channel(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        return json_response(self.channel_or_404(int(m["channel"])).payload(self.users))

    async def _typing(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        self.channel_or_404(int(m["channel"]))
        return no_content()

    def _check_can_send(self, channel: Channel, *, has_files: bool) -> None:
        if channel.guild_id is None:
            user = self.users.get(channel.recipient_id or 0)
            if user is None or not user.dm_open or user.bot:
                raise ApiError(403, 50007, "Cannot send messages to this user")
            return
        guild = self.guilds[channel.guild_id]
        perms = channel_permissions(guild, self.bot_member(guild), channel)
        needed = VIEW_CHANNEL | SEND_MESSAGES | (ATTACH_FILES if has_files else 0)
        if perms & needed != needed:
            raise ApiError(*MISSING_PERMISSIONS)

    async def _post_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        channel = self.channel_or_404(int(m["channel"]))
        payload = req.json if isinstance(req.json, dict) else {}
        self._check_can_send(channel, has_files=bool(req.files))
        validate_message(payload, has_files=bool(req.files))
        nonce = payload.get("nonce")
        if nonce is not None and payload.get("enforce_nonce"):
            earlier = self.message_with_nonce(channel.id, str(nonce))
            if earlier is not None:
                # Discord's nonce rule: the same author in the same channel with the same
                # nonce within a few minutes gets the first message back, not a second one.
                self.nonce_hits += 1
                return json_response(earlier)
        msg = self.build_message(channel.id, payload, req.files)
        if nonce is not None:
            msg["nonce"] = nonce
            if payload.get("enforce_nonce"):
                self.remember_nonce(channel.id, str(nonce), int(msg["id"]))
        ref = payload.get("message_reference")
        if ref:
            msg["type"] = 19
            msg["message_reference"] = ref
        if channel.guild_id is not None:
            msg["guild_id"] = str(channel.guild_id)
        self.store_message(msg)
        return json_response(msg)

    async def _get_messages(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        channel = self.channel_or_404(int(m["channel"]))
        limit = int(req.query.get("limit", "50"))
        ids = self.channel_order.get(channel.id, [])
        return json_response([self.messages[i] for i in reversed(ids)][:limit])

    async def _get_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        self.channel_or_404(int(m["channel"]))
        return json_response(self.message_or_404(int(m["channel"]), int(m["msg"])))

    async def _patch_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        self.channel_or_404(int(m["channel"]))
        msg = self.message_or_404(int(m["channel"]), int(m["msg"]))
        if msg["author"]["id"] != str(self.bot_user_id):
            raise ApiError(403, 50005, "Cannot edit a message authored by another user")
        payload = req.json if isinstance(req.json, dict) else {}
        validate_message(payload, has_files=bool(req.files), edit=True)
        return json_response(self.edit_message(msg, payload, req.files))

    async def _delete_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        self.channel_or_404(int(m["channel"]))
        self.message_or_404(int(m["channel"]), int(m["msg"]))
        self.delete_message(int(m["msg"]))
        return no_content()

    async def _reaction(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        self.channel_or_404(int(m["channel"]))
        self.message_or_404(int(m["channel"]), int(m["msg"]))
        return no_content()
