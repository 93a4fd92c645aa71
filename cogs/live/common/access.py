"""Which LIVE a command names, who may change it, and whose timezone a typed time is read
in: the checks every room's /live commands share."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands

from bot.errors import BadInput, NotAllowed, NotFound
from bot.types import Interaction, guild_id_of
from storage.live import Live, LiveRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from datetime import datetime

    from bot.client import CreatorBot
    from bot.i18n import Messages


class LiveAccess:
    def __init__(self, bot: CreatorBot, lives: LiveRepository, members: MemberRepository) -> None:
        self.bot = bot
        self.lives = lives
        self.members = members

    # -- who may --------------------------------------------------------------------------

    async def is_moderator(self, interaction: Interaction) -> bool:
        """Manage Events (or administrator), or the server's LIVE moderator role."""
        permissions = interaction.permissions
        if permissions.manage_events or permissions.administrator:
            return True
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        member = interaction.user
        return (
            settings.mod_role_id is not None
            and isinstance(member, discord.Member)
            and member.get_role(settings.mod_role_id) is not None
        )

    async def require_moderator(self, interaction: Interaction) -> None:
        if not await self.is_moderator(interaction):
            raise NotAllowed("live-error-not-moderator")

    async def may_change(self, interaction: Interaction, live: Live) -> bool:
        """A LIVE's hosts and LIVE moderators may change it."""
        return interaction.user.id in live.host_ids or await self.is_moderator(interaction)

    # -- which LIVE -----------------------------------------------------------------------

    async def find(self, interaction: Interaction, number: int) -> Live:
        guild_id = guild_id_of(interaction)
        live = await self.lives.by_number(guild_id, number)
        if live is None:
            raise NotFound("live-error-no-number", number=number)
        return live

    async def live_for_change(self, interaction: Interaction, number: int) -> Live:
        """A scheduled LIVE of this server the member may cancel or reschedule."""
        live = await self.find(interaction, number)
        if not await self.may_change(interaction, live):
            raise NotAllowed("live-error-not-host", number=live.number)
        if live.status != "scheduled":
            raise BadInput("live-error-not-scheduled")
        return live

    # -- whose time -----------------------------------------------------------------------

    async def own_zone(self, guild_id: int, user_id: int) -> str | None:
        """The member's own timezone, when they set one."""
        member = (await self.members.many(guild_id, [user_id])).get(user_id)
        return member.timezone if member is not None else None

    async def zone_and_note(
        self, interaction: Interaction, given: str | None
    ) -> tuple[str, str | None]:
        """The zone typed times are read in: the option, the member's, else the server's
        (UTC when unset); with a line for the preview when it is not the member's own."""
        if given:
            return given, None
        guild_id = guild_id_of(interaction)
        zone = await self.own_zone(guild_id, interaction.user.id)
        if zone is not None:
            return zone, None
        server = (await self.bot.guild_settings.get(guild_id)).timezone or "UTC"
        t = await self.bot.messages_for(interaction)
        return server, t("live-zone-server", zone=server)

    async def zone_of(self, interaction: Interaction, given: str | None) -> str:
        zone, _note = await self.zone_and_note(interaction, given)
        return zone

    # -- autocomplete ---------------------------------------------------------------------

    async def live_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        """The server's LIVEs matching ``current`` (upcoming first), in the member's time."""
        if interaction.guild_id is None:
            return []
        now = self.bot.clock.now()
        zone = await self.own_zone(interaction.guild_id, interaction.user.id) or "UTC"
        found = await self.lives.search(interaction.guild_id, current, now, limit=25)
        t = await self.bot.messages_for(interaction)
        choices = []
        for live in found:
            status = t(f"live-status-{live.status}")
            mark = "" if live.status == "scheduled" else t("live-choice-status", status=status)
            name = choice_label(t, live.number, live.title, live.starts_at, zone) + mark
            choices.append(app_commands.Choice(name=name[:100], value=live.number))
        return choices


def choice_label(t: Messages, number: int, title: str, starts_at: datetime, zone: str) -> str:
    """A LIVE as an autocomplete choice names it: ``#3 · Duets · Dec 3, 2026 8:00 PM CET``,
    its start in ``zone`` and the reader's own way of writing dates and times of day."""
    local = starts_at.astimezone(ZoneInfo(zone))
    place = zone if zone == "UTC" else local.tzname()
    return f"#{number} · {title[:60]} · {t.skeleton(local, 'yMMMd')} {t.time(local)} {place}"
