"""Turning server settings and the bot's permissions into text for /config."""

from __future__ import annotations

from collections.abc import Sequence

import discord

from bot.i18n import Messages
from bot.offsets import describe_offsets
from bot.replies import embed
from cogs.config.logic import (
    CHANNEL_PERMISSIONS,
    FOLLOW_MEMBERS,
    GUILD_PERMISSIONS,
    missing_permissions,
)
from storage.guilds import GuildSettings


def granted(permissions: discord.Permissions, names: Sequence[str]) -> set[str]:
    """Which of ``names`` ``permissions`` grants (by attribute: aliases like view_channel work)."""
    return {name for name in names if getattr(permissions, name, False)}


def channel_missing(channel: discord.abc.GuildChannel, needed: Sequence[str]) -> list[str]:
    """What the bot lacks in ``channel`` of ``needed``."""
    me = channel.guild.me
    return missing_permissions(granted(channel.permissions_for(me), needed), needed)


def permission_names(t: Messages, names: Sequence[str]) -> str:
    return t.enumerate(t(f"config-perm-{name}") for name in names)


def channel_status(t: Messages, guild: discord.Guild, channel_id: int | None) -> str:
    if channel_id is None:
        return t("config-channel-unset")
    channel = guild.get_channel(channel_id)
    if channel is None:
        return t("config-channel-deleted", id=str(channel_id))
    missing = channel_missing(channel, CHANNEL_PERMISSIONS)
    if missing:
        return f"{channel.mention}\n" + t(
            "config-status-missing", permissions=permission_names(t, missing)
        )
    return f"{channel.mention} · " + t("config-status-ok")


def role_status(t: Messages, guild: discord.Guild, role_id: int | None) -> str:
    if role_id is None:
        return t("config-modrole-unset")
    role = guild.get_role(role_id)
    if role is None:
        return t("config-role-deleted", id=str(role_id))
    return role.mention


def events_status(t: Messages, guild: discord.Guild) -> str:
    me = guild.me
    have = granted(me.guild_permissions, GUILD_PERMISSIONS) if me is not None else set()
    missing = missing_permissions(have, GUILD_PERMISSIONS)
    if missing:
        return t("config-status-missing", permissions=permission_names(t, missing))
    return t("config-events-ok")


def settings_card(
    t: Messages, guild: discord.Guild, settings: GuildSettings, benchmark_title: str
) -> discord.Embed:
    card = embed(t("config-title"))
    language = t(f"config-language-{settings.language or FOLLOW_MEMBERS}")
    card.add_field(name=t("config-field-language"), value=language, inline=False)
    card.add_field(
        name=t("config-field-live"),
        value=channel_status(t, guild, settings.live_channel_id),
        inline=False,
    )
    card.add_field(
        name=t("config-field-recap"),
        value=channel_status(t, guild, settings.recap_channel_id),
        inline=False,
    )
    card.add_field(
        name=t("config-field-modrole"), value=role_status(t, guild, settings.mod_role_id)
    )
    card.add_field(
        name=t("config-field-reminders"),
        value=t("config-reminders-value", offsets=describe_offsets(t, settings.reminder_offsets)),
    )
    card.add_field(
        name=t("config-field-timezone"),
        value=settings.timezone or t("config-timezone-unset"),
    )
    card.add_field(
        name=t("config-field-goal"),
        value=t("config-goal-value", goal=settings.default_weekly_goal),
    )
    card.add_field(name=t("config-field-benchmark"), value=benchmark_title)
    card.add_field(name=t("config-field-events"), value=events_status(t, guild), inline=False)
    return card
