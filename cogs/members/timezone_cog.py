"""/timezone set and /timezone show."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput
from bot.replies import send
from bot.transformers import timezone_choices
from bot.types import Interaction, guild_id_of
from cogs.members.logic import pick_candidates, zone_now
from cogs.members.views import ZonePickView
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)


def zone_text(t: Messages, key: str, zone: str, now: datetime, **extra: object) -> str:
    """A catalog message about ``zone`` with its offset and the wall-clock time there now."""
    here = zone_now(zone, now)
    return t(
        key,
        zone=zone,
        offset=here.offset,
        time=t.time(here.local),
        weekday=t.weekday(here.local),
        **extra,
    )


@app_commands.guild_only()
class TimezoneCog(
    commands.GroupCog,
    group_name="timezone",
    group_description="Your timezone, so the times you type are read right",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.members = MemberRepository(bot.db)
        super().__init__()

    @app_commands.command(name="set", description="Set your timezone by city, country or name")
    @app_commands.describe(zone="Your city, country or timezone, e.g. Oslo, Shanghai, New York")
    @app_commands.autocomplete(zone=timezone_choices)
    async def set_zone(
        self, interaction: Interaction, zone: app_commands.Range[str, 1, 100]
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        found, alternatives = self.bot.zones(now).resolve(zone, now)
        if found is not None:
            await self.members.update(guild_id, interaction.user.id, now, timezone=found)
            await send(interaction, zone_text(t, "timezone-set-done", found, now), ephemeral=True)
            return
        if not alternatives:
            raise BadInput("error-timezone-unknown", value=zone.strip()[:100])
        candidates = pick_candidates(alternatives, now)
        prompt = t("timezone-pick-prompt", value=zone.strip()[:100])
        if len(alternatives) > len(candidates):
            prompt += "\n" + t("timezone-pick-more", shown=len(candidates), total=len(alternatives))
        view = ZonePickView(
            t, owner_id=interaction.user.id, candidates=candidates, on_pick=self._picked
        )
        await send(interaction, prompt, view=view, ephemeral=True)
        view.message = await interaction.original_response()  # so a timeout can disable it

    async def _picked(self, interaction: Interaction, zone: str) -> None:
        """A zone chosen from the menu: save it and turn the menu into the confirmation."""
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        if not self.bot.zones(now).is_zone(zone):  # a forged value; the menu only offers zones
            raise BadInput("error-timezone-unknown", value=zone[:100])
        await self.members.update(guild_id, interaction.user.id, now, timezone=zone)
        await interaction.response.edit_message(
            content=zone_text(t, "timezone-set-done", zone, now), view=None
        )

    @app_commands.command(name="show", description="Show a member's timezone and local time")
    @app_commands.describe(
        member="Whose timezone to show (you, if left out)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def show(
        self, interaction: Interaction, member: discord.Member | None = None, private: bool = False
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        target = member or interaction.user
        own = target.id == interaction.user.id
        record = await self.members.get(guild_id, target.id)
        zone = record.timezone if record is not None else None
        if zone is None:
            key = "timezone-show-none-self" if own else "timezone-show-none-other"
            await send(interaction, t(key, member=target.mention), ephemeral=own or private)
            return
        key = "timezone-show-self" if own else "timezone-show-other"
        await send(
            interaction, zone_text(t, key, zone, now, member=target.mention), ephemeral=private
        )
