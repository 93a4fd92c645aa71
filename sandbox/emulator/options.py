"""Turning test-friendly option values into typed interaction options + resolved data."""

from __future__ import annotations

from typing import Any

from .models import Guild, channel_permissions
from .results import ClientRefused
from .state import EmulatorState

SUB_COMMAND = 1
SUB_COMMAND_GROUP = 2
STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT = (
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
)


def _snowflake_of(value: Any) -> int:
    return int(getattr(value, "id", value))


class OptionBuilder:
    """Builds ``data.options`` and ``data.resolved`` for one interaction."""

    def __init__(self, emu: EmulatorState, guild: Guild | None, *, strict: bool) -> None:
        self.emu = emu
        self.guild = guild
        self.strict = strict
        self.resolved: dict[str, dict[str, Any]] = {}

    def fail(self, text: str) -> None:
        if self.strict:
            raise ClientRefused(text)

    def build(
        self,
        where: str,
        declared: list[dict[str, Any]],
        values: dict[str, Any],
        *,
        focused: str | None = None,
    ) -> list[dict[str, Any]]:
        by_name = {o["name"]: o for o in declared}
        for name in values:
            if name not in by_name:
                self.fail(f"{where}: no option {name!r}; declared: {sorted(by_name)}")
        for opt in declared:
            if opt.get("required") and opt["name"] not in values and focused is None:
                self.fail(f"{where}: required option {opt['name']!r} missing")
        out: list[dict[str, Any]] = []
        for name, value in values.items():
            opt = by_name.get(name, {"name": name, "type": STRING})
            if name == focused:
                out.append(
                    {"name": name, "type": opt["type"], "value": str(value), "focused": True}
                )
                continue
            out.append(
                {"name": name, "type": opt["type"], "value": self.convert(where, opt, value)}
            )
        return out

    def convert(self, where: str, opt: dict[str, Any], value: Any) -> Any:
        kind = opt["type"]
        label = f"{where}: option {opt['name']!r}"
        converted: Any
        if kind == STRING:
            converted = str(value)
            low, high = opt.get("min_length", 0), opt.get("max_length", 6000)
            if not low <= len(converted) <= high:
                self.fail(f"{label}: length {len(converted)} outside [{low}, {high}]")
        elif kind == INTEGER:
            if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
                self.fail(f"{label}: {value!r} is not an integer")
            try:
                converted = int(value)
            except (TypeError, ValueError):
                raise ClientRefused(f"{label}: {value!r} is not a whole number") from None
        elif kind == NUMBER:
            try:
                converted = float(value)
            except (TypeError, ValueError):
                raise ClientRefused(f"{label}: {value!r} is not a number") from None
        elif kind == BOOLEAN:
            if not isinstance(value, bool):
                self.fail(f"{label}: {value!r} is not a boolean")
            converted = bool(value)
        elif kind in (USER, MENTIONABLE, CHANNEL, ROLE):
            converted = str(self.resolve(label, kind, _snowflake_of(value)))
        elif kind == ATTACHMENT:
            converted = self.attachment(value)
        else:
            converted = value
        if kind in (INTEGER, NUMBER):
            low, high = opt.get("min_value"), opt.get("max_value")
            if (low is not None and converted < low) or (high is not None and converted > high):
                self.fail(f"{label}: {converted} outside [{low}, {high}]")
        choices = opt.get("choices")
        if choices and converted not in [c["value"] for c in choices]:
            self.fail(f"{label}: {converted!r} is not one of {[c['value'] for c in choices]}")
        return converted

    def resolve(self, label: str, kind: int, ident: int) -> int:
        guild = self.guild
        if kind in (USER, MENTIONABLE) and ident in self.emu.users:
            user = self.emu.users[ident]
            self.resolved.setdefault("users", {})[str(ident)] = user.payload()
            if guild is not None and ident in guild.members:
                member = guild.members[ident].payload(
                    user, with_permissions=guild.members[ident].permissions
                )
                member.pop("user")
                self.resolved.setdefault("members", {})[str(ident)] = member
            return ident
        if kind in (ROLE, MENTIONABLE) and guild is not None and ident in guild.roles:
            self.resolved.setdefault("roles", {})[str(ident)] = guild.roles[ident].payload()
            return ident
        if kind == CHANNEL and ident in self.emu.channels:
            channel = self.emu.channels[ident]
            data = channel.payload(self.emu.users)
            perms = 0
            if guild is not None and channel.guild_id == guild.id:
                perms = channel_permissions(guild, self.emu.bot_member(guild), channel)
            data["permissions"] = str(perms)
            data.setdefault("name", "")
            self.resolved.setdefault("channels", {})[str(ident)] = data
            return ident
        self.fail(f"{label}: unknown {'user' if kind == USER else 'id'} {ident}")
        return ident

    def attachment(self, value: Any) -> str:
        filename, data = value[0], value[1]
        content_type = value[2] if len(value) > 2 else "application/octet-stream"
        att = self.emu._attachment(filename, data, content_type, {})
        att["ephemeral"] = True
        self.resolved.setdefault("attachments", {})[att["id"]] = att
        return str(att["id"])


def find_command(
    emu: EmulatorState, guild_id: int | None, name: str, cmd_type: int = 1
) -> tuple[dict[str, Any] | None, bool]:
    """The synced definition of ``name`` and whether it is a guild command."""
    if guild_id is not None:
        for cmd in emu.guild_commands.get(guild_id, []):
            if cmd["name"] == name and int(cmd.get("type", 1)) == cmd_type:
                return cmd, True
    for cmd in emu.global_commands:
        if cmd["name"] == name and int(cmd.get("type", 1)) == cmd_type:
            return cmd, False
    return None, False
