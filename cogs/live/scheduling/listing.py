"""/live list and its pages (``ListButtons``), and the RSVP buttons under an announcement
(``RsvpButtons``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.errors import BadInput, NotFound
from bot.replies import send
from bot.text import shown
from bot.types import Interaction, guild_id_of
from cogs.live.common.public import PublicSide
from cogs.live.scheduling.logic import PAGE_SIZE, clamp_page, page_count
from cogs.live.scheduling.render import list_embed
from cogs.live.scheduling.views import list_view
from storage.live import LiveRepository, Rsvp

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)


class Listing:
    def __init__(self, bot: CreatorBot, lives: LiveRepository, public: PublicSide) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public

    async def show_list(self, interaction: Interaction, page: int, *, edit: bool) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        page = max(page, 0)
        lives, total = await self.lives.upcoming_counted(
            guild_id, now, limit=PAGE_SIZE, offset=page * PAGE_SIZE
        )
        if not lives and page > 0:  # past the last page (LIVEs started since): the last one
            page = clamp_page(page, await self.lives.count_upcoming(guild_id, now))
            lives, total = await self.lives.upcoming_counted(
                guild_id, now, limit=PAGE_SIZE, offset=page * PAGE_SIZE
            )
        pages = page_count(total)
        card = list_embed(t, lives, page, pages, total)
        view = list_view(t, page, pages)
        if edit:
            await interaction.response.edit_message(embed=card, view=view)
        else:
            await send(interaction, embed=card, view=view, ephemeral=True)

    async def rsvp(self, interaction: Interaction, live_id: int, choice: Rsvp) -> None:
        t = await self.bot.messages_for(interaction)
        if interaction.guild_id is None:
            raise NotFound("live-error-not-found")
        live = await self.lives.get(interaction.guild_id, live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        if live.status == "cancelled":
            raise BadInput("live-rsvp-cancelled", number=live.number)
        now = self.bot.clock.now()
        if live.status == "ended" or live.ends_at <= now:
            raise BadInput("live-rsvp-over", number=live.number)
        await self.lives.set_rsvp(live.guild_id, live.id, interaction.user.id, choice, now)
        card, view = await self.public.card(live)
        await interaction.response.edit_message(embed=card, view=view)
        try:
            await interaction.followup.send(
                t(f"live-rsvp-done-{choice}", number=live.number, title=shown(live.title)),
                ephemeral=True,
            )
        except discord.HTTPException:
            log.debug("could not confirm the RSVP of %s privately", interaction.user.id)
