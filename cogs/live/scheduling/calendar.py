"""LIVEs as a private ``.ics`` file: for ``/live calendar`` and the "Add to calendar"
button under an announcement (``CalendarButtons``)."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import discord

from bot.errors import BadInput, NotFound
from bot.replies import send
from bot.types import Interaction, guild_id_of
from cogs.live.scheduling.ics import calendar_file
from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


class Calendars:
    def __init__(self, bot: CreatorBot, lives: LiveRepository) -> None:
        self.bot = bot
        self.lives = lives

    async def send_file(self, interaction: Interaction, lives: list[Live], t: Messages) -> None:
        """Reply privately with an ``.ics`` file of ``lives``."""
        if not lives:
            raise BadInput("live-calendar-empty")
        settings = await self.bot.guild_settings.get(lives[0].guild_id)
        guild = interaction.guild
        data = calendar_file(
            lives,
            default_offsets=settings.reminder_offsets,
            name=guild.name if guild is not None else "CreatorPulse",
        )
        name = f"live-{lives[0].number}.ics" if len(lives) == 1 else "lives.ics"
        await send(
            interaction,
            t("live-calendar-file", count=len(lives)),
            file=discord.File(io.BytesIO(data), filename=name),
            ephemeral=True,
        )

    async def calendar(self, interaction: Interaction, live_id: int) -> None:
        """The "Add to calendar" button under an announcement."""
        t = await self.bot.messages_for(interaction)
        live = await self.lives.get(guild_id_of(interaction), live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        await self.send_file(interaction, [live], t)
