"""Sending interactions to the bot and collecting what it does in answer."""

from __future__ import annotations

import asyncio
import contextlib
import time
from typing import Any

from .models import ADMINISTRATOR, ALL_PERMISSIONS, DEFAULT_MEMBER_PERMISSIONS, channel_permissions
from .options import SUB_COMMAND, SUB_COMMAND_GROUP, OptionBuilder, find_command
from .results import ClientRefused, InteractionResult, PendingInteraction, iter_components
from .state import EmulatorState
from .webhooks import new_token


class InteractionsMixin(EmulatorState):
    settle: float = 0.05  # quiet time after the answer before a result is returned

    # -- public ----------------------------------------------------------------------------

    async def slash(
        self,
        guild_id: int | None,
        user_id: int,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        locale: str = "en-US",
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
        allow_invalid: bool = False,
        wait_followup: bool = True,
    ) -> InteractionResult:
        """Invoke ``command`` ("name", "group sub" or "group subgroup sub") as ``user_id``."""
        data = self._command_data(
            guild_id, user_id, command, options or {}, strict=not allow_invalid
        )
        pending = self._send_interaction(2, guild_id, user_id, channel_id, locale, data)
        return await self._await_result(
            pending, f"/{command}", timeout, wait_followup=wait_followup
        )

    async def autocomplete(
        self,
        guild_id: int | None,
        user_id: int,
        command: str,
        options: dict[str, Any] | None,
        focused: str,
        *,
        locale: str = "en-US",
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
    ) -> list[dict[str, Any]]:
        """Ask for autocomplete of option ``focused``; returns the bot's choices."""
        values = dict(options or {})
        values.setdefault(focused, "")
        data = self._command_data(guild_id, user_id, command, values, strict=True, focused=focused)
        pending = self._send_interaction(4, guild_id, user_id, channel_id, locale, data)
        result = await self._await_result(pending, f"autocomplete /{command}", timeout)
        if result.callback_type != 8:
            raise AssertionError(f"autocomplete answered with callback type {result.callback_type}")
        return result.choices

    async def click(
        self,
        guild_id: int | None,
        user_id: int,
        message: dict[str, Any],
        custom_id: str,
        *,
        locale: str = "en-US",
        values: list[str] | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
        allow_invalid: bool = False,
        wait_followup: bool = True,
    ) -> InteractionResult:
        """Click a button (or pick ``values`` in a select) on a message the bot sent."""
        current = self.messages.get(int(message["id"]), message)
        comps = [
            c
            for c in iter_components(current.get("components") or [])
            if c.get("custom_id") == custom_id
        ]
        if not comps and not allow_invalid:
            ids = [c.get("custom_id") for c in iter_components(current.get("components") or [])]
            raise AssertionError(
                f"no component {custom_id!r} on message {current['id']}; have {ids}"
            )
        comp: dict[str, Any] = comps[0] if comps else {"type": 2}
        if comp.get("disabled") and not allow_invalid:
            raise ClientRefused(f"component {custom_id!r} is disabled")
        data: dict[str, Any] = {"custom_id": custom_id, "component_type": comp["type"]}
        if comp["type"] in (3, 5, 6, 7, 8):
            data["values"] = list(values or [])
            if comp["type"] == 3 and not allow_invalid:
                allowed = [o["value"] for o in comp.get("options") or []]
                bad = [v for v in data["values"] if v not in allowed]
                if bad:
                    raise ClientRefused(f"select {custom_id!r}: {bad} not among {allowed}")
        guild = self.guilds.get(guild_id) if guild_id is not None else None
        if comp["type"] in (5, 6, 7, 8):
            builder = OptionBuilder(self, guild, strict=not allow_invalid)
            kind = {5: 6, 6: 8, 7: 9, 8: 7}[comp["type"]]
            for value in data["values"]:
                builder.resolve(f"select {custom_id!r}", kind, int(value))
            data["resolved"] = builder.resolved
        channel_id = int(current["channel_id"])
        pending = self._send_interaction(
            3, guild_id, user_id, channel_id, locale, data, message=current
        )
        return await self._await_result(
            pending, f"click {custom_id}", timeout, wait_followup=wait_followup
        )

    async def submit_modal(
        self,
        guild_id: int | None,
        user_id: int,
        modal: dict[str, Any],
        values: dict[str, Any],
        *,
        locale: str = "en-US",
        channel_id: int | None = None,
        timeout: float = 10.0,  # noqa: ASYNC109
        wait_followup: bool = True,
    ) -> InteractionResult:
        """Submit a modal the bot showed (``modal`` = ``InteractionResult.modal``)."""
        components = [self._modal_component(c, values) for c in modal.get("components") or []]
        data = {"custom_id": modal["custom_id"], "components": components}
        pending = self._send_interaction(5, guild_id, user_id, channel_id, locale, data)
        return await self._await_result(
            pending, f"modal {modal['custom_id']}", timeout, wait_followup=wait_followup
        )

    # -- building --------------------------------------------------------------------------

    def _modal_component(self, comp: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:
        kind = comp.get("type")
        if kind == 1:
            return {
                "type": 1,
                "components": [
                    self._modal_component(c, values) for c in comp.get("components") or []
                ],
            }
        if kind == 18:
            return {"type": 18, "component": self._modal_component(comp["component"], values)}
        custom_id = comp.get("custom_id")
        out: dict[str, Any] = {"type": kind, "custom_id": custom_id}
        if kind == 4:
            value = str(values.get(custom_id or "", comp.get("value") or ""))
            if comp.get("required", True) and not value:
                raise ClientRefused(f"modal text input {custom_id!r} is required")
            out["value"] = value
        elif custom_id is not None:
            out["values"] = list(values.get(custom_id, []))
        return out

    def _command_data(
        self,
        guild_id: int | None,
        user_id: int,
        command: str,
        values: dict[str, Any],
        *,
        strict: bool,
        focused: str | None = None,
    ) -> dict[str, Any]:
        parts = command.split()
        cmd, is_guild_cmd = find_command(self, guild_id, parts[0])
        guild = self.guilds.get(guild_id) if guild_id is not None else None
        if cmd is None:
            if strict:
                known = [
                    c["name"]
                    for c in self.global_commands + self.guild_commands.get(guild_id or 0, [])
                ]
                raise AssertionError(f"command {parts[0]!r} is not synced; synced: {known}")
            cmd = {"id": str(self.new_id()), "name": parts[0], "options": []}
        if strict:
            self._check_command_allowed(cmd, guild_id, user_id)
        builder = OptionBuilder(self, guild, strict=strict)
        path = parts[1:]
        declared = cmd.get("options") or []
        chain: list[dict[str, Any]] = []
        for name in path:
            sub = next(
                (
                    o
                    for o in declared
                    if o["name"] == name and o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)
                ),
                None,
            )
            if sub is None:
                if strict:
                    raise ClientRefused(
                        f"/{command}: {name!r} is not a subcommand of the synced definition"
                    )
                sub = {"name": name, "type": SUB_COMMAND, "options": []}
            chain.append(sub)
            declared = sub.get("options") or []
        if strict and any(o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP) for o in declared):
            raise ClientRefused(f"/{command} needs a subcommand: {[o['name'] for o in declared]}")
        options = builder.build(f"/{command}", declared, values, focused=focused)
        for sub in reversed(chain):
            options = [{"name": sub["name"], "type": sub["type"], "options": options}]
        data: dict[str, Any] = {"id": cmd["id"], "name": cmd["name"], "type": 1, "options": options}
        if builder.resolved:
            data["resolved"] = builder.resolved
        if is_guild_cmd:
            data["guild_id"] = str(guild_id)
        return data

    def _check_command_allowed(
        self, cmd: dict[str, Any], guild_id: int | None, user_id: int
    ) -> None:
        if guild_id is None:
            contexts = cmd.get("contexts")
            if cmd.get("dm_permission") is False or (contexts is not None and 1 not in contexts):
                raise ClientRefused(f"/{cmd['name']} is not available in DMs")
            return
        required = cmd.get("default_member_permissions")
        member = self.guild(guild_id).members.get(user_id)
        if required is not None and member is not None:
            perms = member.permissions
            if not perms & ADMINISTRATOR and int(required) & perms != int(required):
                raise ClientRefused(
                    f"/{cmd['name']} needs permissions {required}; member has {perms} (Discord hides it)"
                )

    def _send_interaction(
        self,
        itype: int,
        guild_id: int | None,
        user_id: int,
        channel_id: int | None,
        locale: str,
        data: dict[str, Any],
        *,
        message: dict[str, Any] | None = None,
    ) -> PendingInteraction:
        if self._session_for(guild_id) is None:
            where = "DMs (shard 0)" if guild_id is None else f"guild {guild_id}"
            raise AssertionError(
                f"the bot has not identified on the emulator gateway yet (the shard of {where})"
            )
        iid = self.new_id()
        token = new_token()
        payload: dict[str, Any] = {
            "id": str(iid),
            "application_id": str(self.app_id),
            "type": itype,
            "data": data,
            "token": token,
            "version": 1,
            "locale": locale,
            "app_permissions": "0",
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": self.advertised_upload_limit,
        }
        if guild_id is not None:
            guild = self.guild(guild_id)
            member = guild.members.get(user_id)
            if member is None:
                raise AssertionError(f"user {user_id} is not a member of guild {guild_id}")
            if channel_id is None:
                channel_id = next(
                    (c.id for c in guild.channels.values() if c.type == 0 and not c.deleted), None
                )
                if channel_id is None:
                    raise AssertionError(
                        f"guild {guild_id} has no text channel for the interaction"
                    )
            channel = self.channels[channel_id]
            perms = ALL_PERMISSIONS if member.id == guild.owner_id else member.permissions
            channel_data = channel.payload() | {"permissions": str(perms)}
            payload.update(
                guild_id=str(guild_id),
                guild={"id": str(guild_id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member=member.payload(self.users[user_id], with_permissions=perms),
                app_permissions=str(channel_permissions(guild, self.bot_member(guild), channel)),
                context=0,
                authorizing_integration_owners={"0": str(guild_id)},
            )
        else:
            user = self.users.get(user_id)
            if user is None:
                raise AssertionError(f"unknown user {user_id}: add_member/add_user first")
            channel = self.dm_channel(user_id)
            channel_id = channel.id
            channel_data = channel.payload(self.users)
            payload.update(
                user=user.payload(),
                app_permissions=str(DEFAULT_MEMBER_PERMISSIONS),
                context=1,
                authorizing_integration_owners={"0": "0"},
            )
        payload["channel_id"] = str(channel_id)
        payload["channel"] = channel_data
        if message is not None:
            payload["message"] = message
        pending = PendingInteraction(
            id=iid, token=token, type=itype, payload=payload, source_message=message
        )
        self.interactions[iid] = pending
        self.interactions_by_token[token] = pending
        self._dispatch("INTERACTION_CREATE", payload)
        return pending

    # -- waiting ---------------------------------------------------------------------------

    def _is_answered(self, pending: PendingInteraction, wait_followup: bool) -> bool:
        if pending.callback_type is None:
            return False
        if pending.callback_type in (5, 6) and wait_followup:
            return pending.answered
        return True

    async def _await_result(
        self,
        pending: PendingInteraction,
        label: str,
        timeout: float,  # noqa: ASYNC109
        *,
        wait_followup: bool = True,
    ) -> InteractionResult:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if self._is_answered(pending, wait_followup):
                quiet = time.monotonic() - pending.last_activity
                if quiet >= self.settle:
                    break
                await asyncio.sleep(self.settle - quiet)
                continue
            remaining = deadline - loop.time()
            if remaining <= 0:
                state = (
                    "no callback"
                    if pending.callback_type is None
                    else (f"callback type {pending.callback_type} but no followup/edit")
                )
                raise AssertionError(
                    f"interaction {pending.id} ({label}) got no answer within {timeout}s ({state}); "
                    f"protocol errors: {self.protocol_errors}; unhandled: {self.unhandled}"
                )
            pending.activity.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(pending.activity.wait(), remaining)
        return self._result(pending)

    def _result(self, pending: PendingInteraction) -> InteractionResult:
        cb = pending.callback_type
        original = self.messages.get(pending.original_id or 0)
        message: dict[str, Any] | None = None
        if cb in (4, 5, 7):
            message = original
        elif cb == 6:
            message = (
                original
                if pending.original_edited or not pending.followups
                else pending.followups[0]
            )
        if message is None and pending.followups and cb != 6:
            message = pending.followups[0]
        seen: set[str] = set()
        files: list[tuple[str, bytes]] = []
        for msg in [m for m in (message, *pending.followups) if m is not None]:
            for att in msg.get("attachments") or []:
                if att["id"] not in seen:
                    seen.add(att["id"])
                    files.append((att["filename"], self.attachment_data(att)))
        ephemeral = bool(int(message.get("flags") or 0) & 64) if message else pending.ephemeral
        data = pending.callback_data or {}
        return InteractionResult(
            interaction_id=pending.id,
            token=pending.token,
            callback_type=cb,
            ephemeral=ephemeral,
            message=message,
            followups=list(pending.followups),
            files=files,
            choices=list(data.get("choices") or []) if cb == 8 else [],
            modal=data if cb == 9 else None,
            requests=list(pending.requests),
            payload=pending.payload,
        )
