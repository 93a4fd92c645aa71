"""The question asked when an ER is typed without its basis: by views or by followers?"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.types import Interaction
from bot.ui import BaseView, guarded
from cogs.benchmark.logic import RateBasis

if TYPE_CHECKING:
    from bot.i18n import Messages


PICK_TIMEOUT = 300.0  # seconds the buttons stay usable

OnBasis = Callable[[Interaction, RateBasis], Awaitable[None]]


class BasisPickView(BaseView):
    """By views / By followers, for the member who typed the ER; ``on_pick`` answers."""

    def __init__(self, t: Messages, *, owner_id: int, on_pick: OnBasis) -> None:
        super().__init__(owner_id=owner_id, timeout=PICK_TIMEOUT)
        self.on_pick = on_pick
        self.by_views.label = t("benchmark-choice-views")
        self.by_followers.label = t("benchmark-choice-followers")

    @discord.ui.button(style=discord.ButtonStyle.primary)
    @guarded
    async def by_views(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[BasisPickView]
    ) -> None:
        self.stop()
        await self.on_pick(interaction, "views")

    @discord.ui.button(style=discord.ButtonStyle.primary)
    @guarded
    async def by_followers(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[BasisPickView]
    ) -> None:
        self.stop()
        await self.on_pick(interaction, "followers")
