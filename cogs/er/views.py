"""The Save anyway button under an /er result whose numbers look impossible."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord

from bot.types import Interaction
from bot.ui import BaseView

if TYPE_CHECKING:
    from bot.i18n import Messages


SAVE_TIMEOUT = 600.0  # seconds the button stays usable

OnSave = Callable[[Interaction], Awaitable[None]]


class SaveAnywayView(BaseView):
    """One button for the member who ran the command; ``on_save`` saves and answers."""

    def __init__(self, t: Messages, *, owner_id: int, on_save: OnSave) -> None:
        super().__init__(owner_id=owner_id, timeout=SAVE_TIMEOUT)
        self.on_save = on_save
        self.save.label = t("er-save-anyway-button")

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def save(
        self, interaction: discord.Interaction[Any], button: discord.ui.Button[SaveAnywayView]
    ) -> None:
        self.stop()
        await self.on_save(interaction)
