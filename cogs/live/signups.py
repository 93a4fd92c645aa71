"""Guest sign-ups with a waitlist, and calendar files of LIVEs.

Guests: the first ``guest_slots`` members to press "Join as guest" are the LIVE's guests,
the rest wait in order. Pressing again withdraws; when a guest leaves (or a host or LIVE
moderator removes them), the first member waiting is promoted and told by DM at once.
Sign-up closes when the LIVE starts.
"""

from __future__ import annotations

import io
import logging
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.errors import BadInput, NotAllowed, NotFound
from bot.replies import send
from bot.types import Interaction, guild_id_of
from cogs.live import announce
from cogs.live.calendar import calendar_file
from cogs.live.effects import Effects
from cogs.live.views import rsvp_view
from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)


class Signups:
    def __init__(self, bot: CreatorBot, lives: LiveRepository, effects: Effects) -> None:
        self.bot = bot
        self.lives = lives
        self.effects = effects

    async def open_live(self, interaction: Interaction, live_id: int) -> Live:
        live = await self.lives.get(guild_id_of(interaction), live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        return live

    # -- guests ----------------------------------------------------------------------------

    async def press(self, interaction: Interaction, live_id: int) -> None:
        """The "Join as guest" button: join, wait, or withdraw."""
        t = await self.bot.messages_for(interaction)
        live = await self.open_live(interaction, live_id)
        now = self.bot.clock.now()
        if live.status != "scheduled" or now >= live.starts_at:
            raise BadInput("live-guest-closed", number=live.number)
        if not live.guest_slots:
            raise BadInput("live-guest-none", number=live.number)
        if interaction.user.id in live.host_ids:
            raise BadInput("live-guest-host")
        async with self.effects.locks.hold(live.guild_id, live.id):
            outcome, promoted = await self.lives.toggle_guest(
                live.guild_id, live, interaction.user.id, now
            )
            signed = await self.lives.guests(live.guild_id, live)
        counts = await self.lives.rsvp_counts(live.guild_id, live.id)
        gt = await self.bot.guild_messages(live.guild_id)
        await interaction.response.edit_message(
            embed=announce.announcement_embed(gt, live, counts, signed),
            view=rsvp_view(gt, live, counts, signed),
        )
        if outcome == "waiting":
            position = signed.waiting.index(interaction.user.id) + 1
            text = t("live-guest-waiting", number=live.number, position=position)
        else:
            text = t(f"live-guest-{outcome}", number=live.number, title=live.title)
        await interaction.followup.send(text, ephemeral=True)
        if promoted is not None:
            await self.tell_promoted(live, promoted)

    async def tell_promoted(self, live: Live, user_id: int) -> None:
        sent, _failed = await self.effects.dm_all(
            live.guild_id,
            [user_id],
            "live-guest-promoted",
            number=live.number,
            title=live.title,
            full=format_dt(live.starts_at, "F"),
            relative=format_dt(live.starts_at, "R"),
        )
        if not sent:
            log.info("could not tell member %s they are now a guest of LIVE %s", user_id, live.id)

    async def show_or_remove(
        self, interaction: Interaction, live: Live, remove: discord.Member | None, may_change: bool
    ) -> None:
        """/live guests: the guest list and waitlist; with ``remove``, take a member off."""
        t = await self.bot.messages_for(interaction)
        if remove is not None:
            if not may_change:
                raise NotAllowed("live-error-not-host", number=live.number)
            async with self.effects.locks.hold(live.guild_id, live.id):
                removed, promoted = await self.lives.remove_guest(live.guild_id, live, remove.id)
            if not removed:
                raise BadInput("live-guest-not-signed", member=remove.mention)
            gt = await self.bot.guild_messages(live.guild_id)
            counts = await self.lives.rsvp_counts(live.guild_id, live.id)
            await announce.edit_announcement(self.bot, gt, live, counts)
            if promoted is not None:
                await self.tell_promoted(live, promoted)
        signed = await self.lives.guests(live.guild_id, live)
        lines = [
            t("live-guests-title", taken=len(signed.guests), slots=live.guest_slots),
            announce.mentions(list(signed.guests)) or t("live-guests-none"),
        ]
        if signed.waiting:
            lines.append(
                t("live-guests-waiting-list", members=announce.mentions(list(signed.waiting)))
            )
        if remove is not None:
            lines.insert(0, t("live-guest-removed", member=remove.mention, number=live.number))
        await send(interaction, "\n".join(lines)[:2000], ephemeral=True)

    # -- calendar --------------------------------------------------------------------------

    async def calendar(self, interaction: Interaction, lives: list[Live], t: Messages) -> None:
        """Reply privately with an ``.ics`` file of ``lives``."""
        if not lives:
            raise BadInput("live-calendar-empty")
        settings = await self.bot.guild_settings.get(lives[0].guild_id)
        guild = interaction.guild
        data = calendar_file(
            lives,
            now=self.bot.clock.now(),
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

    async def calendar_button(self, interaction: Interaction, live_id: int) -> None:
        t = await self.bot.messages_for(interaction)
        live = await self.open_live(interaction, live_id)
        await self.calendar(interaction, [live], t)
