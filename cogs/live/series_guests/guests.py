"""Guest sign-ups with a waitlist: the "Join as guest" button and ``/live guests``.

The first ``guest_slots`` members to press "Join as guest" are the LIVE's guests, the
rest wait in order. Pressing again withdraws; when a guest leaves (or a host or LIVE
moderator removes them), the first member waiting is promoted and told by DM at once.
Sign-up closes when the LIVE starts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot.errors import BadInput, NotAllowed, NotFound
from bot.replies import send
from bot.text import shown
from bot.types import Interaction, guild_id_of
from cogs.live.common.locks import LiveLocks
from cogs.live.common.logic import mentions
from cogs.live.common.public import PublicSide, when
from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)


class Guests:
    """What the guest button asks for (``GuestButtons``), and ``/live guests``."""

    def __init__(
        self, bot: CreatorBot, lives: LiveRepository, public: PublicSide, locks: LiveLocks
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public
        self.locks = locks

    async def guest(self, interaction: Interaction, live_id: int) -> None:
        """The "Join as guest" button: join, wait, or withdraw."""
        t = await self.bot.messages_for(interaction)
        live = await self.lives.get(guild_id_of(interaction), live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        now = self.bot.clock.now()
        if live.status != "scheduled" or now >= live.starts_at:
            raise BadInput("live-guest-closed", number=live.number)
        if not live.guest_slots:
            raise BadInput("live-guest-none", number=live.number)
        if interaction.user.id in live.host_ids:
            raise BadInput("live-guest-host")
        async with self.locks.hold(live.guild_id, live.id):
            outcome, promoted = await self.lives.toggle_guest(
                live.guild_id, live, interaction.user.id, now
            )
            signed = await self.lives.guests(live.guild_id, live)
        card, view = await self.public.card(live, signed)
        await interaction.response.edit_message(embed=card, view=view)
        if outcome == "waiting":
            position = signed.waiting.index(interaction.user.id) + 1
            text = t("live-guest-waiting", number=live.number, position=position)
        else:
            text = t(f"live-guest-{outcome}", number=live.number, title=shown(live.title))
        await interaction.followup.send(text, ephemeral=True)
        if promoted is not None:
            await self.tell_promoted(live, promoted)

    async def tell_promoted(self, live: Live, user_id: int) -> None:
        sent, _failed = await self.public.tell(
            live.guild_id, [user_id], "live-guest-promoted", **when(live)
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
            async with self.locks.hold(live.guild_id, live.id):
                removed, promoted = await self.lives.remove_guest(live.guild_id, live, remove.id)
            if not removed:
                raise BadInput("live-guest-not-signed", member=remove.mention)
            await self.public.refresh(live)
            if promoted is not None:
                await self.tell_promoted(live, promoted)
        signed = await self.lives.guests(live.guild_id, live)
        lines = [
            t("live-guests-title", taken=len(signed.guests), slots=live.guest_slots),
            mentions(list(signed.guests)) or t("live-guests-none"),
        ]
        if signed.waiting:
            lines.append(t("live-guests-waiting-list", members=mentions(list(signed.waiting))))
        if remove is not None:
            lines.insert(0, t("live-guest-removed", member=remove.mention, number=live.number))
        await send(interaction, "\n".join(lines)[:2000], ephemeral=True)
