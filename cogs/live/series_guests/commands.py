"""/live guests: a LIVE's guests and waitlist, and taking a member off them.

A part of the one ``/live`` group (``cogs.live.cog.LiveCog``); the work is done by
``guests.Guests``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput
from bot.types import Interaction

if TYPE_CHECKING:
    from cogs.live.common.access import LiveAccess
    from cogs.live.series_guests.room import SeriesAndGuests


class GuestCommands(commands.Cog):
    if TYPE_CHECKING:
        access: LiveAccess
        series_guests: SeriesAndGuests

    @app_commands.command(name="guests", description="A LIVE's guests and waitlist")
    @app_commands.describe(
        live="The LIVE's number (#12)",
        remove="Take this member off the guests or the waitlist (hosts and LIVE moderators)",
    )
    async def guests(
        self,
        interaction: Interaction,
        live: app_commands.Range[int, 1],
        remove: discord.Member | None = None,
    ) -> None:
        found = await self.access.find(interaction, live)
        if not found.guest_slots:
            raise BadInput("live-guest-none", number=found.number)
        may_change = await self.access.may_change(interaction, found)
        await self.series_guests.guests.show_or_remove(interaction, found, remove, may_change)

    @guests.autocomplete("live")
    async def guests_live_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        return await self.access.live_choices(interaction, current)
