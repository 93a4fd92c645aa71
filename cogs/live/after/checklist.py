"""/live checklist: eligibility with its sources, then one toggle per item before going LIVE.

Ticks are stored per member and LIVE (0 for the general list), so they survive restarts
and a second LIVE starts with a fresh list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.errors import NotAllowed, NotFound
from bot.replies import send
from bot.text import shown
from cogs.live.after.views import checklist_view
from storage.live import Live, LiveRepository
from storage.live_reports import LiveReportRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages
    from bot.types import Interaction

# The checklist of the community's LIVE guide, in its order.
ITEMS = (
    "purpose",
    "format",
    "battery",
    "wifi",
    "light",
    "audio",
    "tripod",
    "background",
    "cover",
    "moderators",
    "keywords",
    "gifts",
)
FOLLOWERS_USUAL = 1000  # TikTok's usual threshold to go LIVE; it varies by region
BAR = 12


def progress_bar(done: int, total: int) -> str:
    filled = round(BAR * done / total) if total else 0
    return "▰" * filled + "▱" * (BAR - filled)


def checklist_card(
    t: Messages, live: Live | None, ticked: set[str], followers: int | None
) -> discord.Embed:
    title = (
        t("live-checklist-title-live", number=live.number, title=shown(live.title))
        if live is not None
        else t("live-checklist-title")
    )
    lines = [
        f"**{t('live-checklist-eligibility')}**",
        t("live-eligibility-host"),
        t("live-eligibility-gifts"),
        t("live-eligibility-followers"),
    ]
    if followers is not None and followers < FOLLOWERS_USUAL:
        lines.append(t("live-eligibility-few-followers", amount=t.number(followers)))
    done = len(ticked & set(ITEMS))
    lines += [
        "",
        f"**{t('live-checklist-items')}**",
        *(f"{'✅' if item in ticked else '⬜'} {t(f'live-check-{item}-long')}" for item in ITEMS),
        "",
        t(
            "live-checklist-progress",
            bar=progress_bar(done, len(ITEMS)),
            done=done,
            total=len(ITEMS),
        ),
    ]
    card = discord.Embed(title=title[:256], description="\n".join(lines)[:4096])
    card.set_footer(text=t("live-checklist-footer"))
    return card


class Checklist:
    """``/live checklist``, and what the checklist's buttons ask for (``ChecklistButtons``)."""

    def __init__(self, bot: CreatorBot, lives: LiveRepository) -> None:
        self.bot = bot
        self.lives = lives
        self.reports = LiveReportRepository(bot.db)
        self.members = MemberRepository(bot.db)

    async def own_live(self, guild_id: int, user_id: int, live: Live) -> Live:
        """``live`` when the member hosts it or is one of its guests."""
        if user_id not in await self.lives.crew(live):
            raise NotAllowed("live-checklist-not-yours", number=live.number)
        return live

    async def card_and_view(
        self, t: Messages, guild_id: int, user_id: int, live: Live | None
    ) -> tuple[discord.Embed, discord.ui.View]:
        live_id = live.id if live is not None else 0
        ticked = await self.reports.ticks(guild_id, user_id, live_id)
        member = await self.members.get(guild_id, user_id)
        card = checklist_card(t, live, ticked, member.followers if member else None)
        labels = [(item, t(f"live-check-{item}")) for item in ITEMS]
        return card, checklist_view(guild_id, live_id, labels, ticked)

    async def show(self, interaction: Interaction, guild_id: int, live: Live | None) -> None:
        t = await self.bot.messages_for(interaction)
        if live is not None:
            await self.own_live(guild_id, interaction.user.id, live)
        card, view = await self.card_and_view(t, guild_id, interaction.user.id, live)
        await send(interaction, embed=card, view=view, ephemeral=True)

    async def live_by_id(self, guild_id: int, live_id: int) -> Live | None:
        if live_id == 0:
            return None
        live = await self.lives.get(guild_id, live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        return live

    async def open_checklist(self, interaction: Interaction, guild_id: int, live_id: int) -> None:
        await self.show(interaction, guild_id, await self.live_by_id(guild_id, live_id))

    async def tick(self, interaction: Interaction, guild_id: int, live_id: int, item: str) -> None:
        if item not in ITEMS or (
            interaction.guild_id is not None and interaction.guild_id != guild_id
        ):
            raise NotFound("live-error-not-found")
        live = await self.live_by_id(guild_id, live_id)
        if live is not None:
            await self.own_live(guild_id, interaction.user.id, live)
        now = self.bot.clock.now()
        await self.reports.toggle_tick(guild_id, interaction.user.id, live_id, item, now)
        t = await self.bot.messages_for(interaction)
        card, view = await self.card_and_view(t, guild_id, interaction.user.id, live)
        await interaction.response.edit_message(embed=card, view=view)
