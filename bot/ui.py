"""Shared reply helpers and views."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)

EMBED_COLOUR = discord.Colour(0x25F4EE)  # TikTok cyan


async def send(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    ephemeral: bool = False,
    embed: discord.Embed | None = None,
    embeds: list[discord.Embed] | None = None,
    file: discord.File | None = None,
    view: discord.ui.View | None = None,
) -> None:
    """Reply to an interaction whether or not it was already answered or deferred."""
    kwargs: dict[str, Any] = {"content": content, "ephemeral": ephemeral}
    if embed is not None:
        kwargs["embed"] = embed
    if embeds is not None:
        kwargs["embeds"] = embeds
    if file is not None:
        kwargs["file"] = file
    if view is not None:
        kwargs["view"] = view
    if interaction.response.is_done():
        await interaction.followup.send(**kwargs)
    else:
        await interaction.response.send_message(**kwargs)


def embed(title: str, description: str | None = None) -> discord.Embed:
    return discord.Embed(title=title[:256], description=(description or None), colour=EMBED_COLOUR)


class BaseView(discord.ui.View):
    """A view whose errors are answered like command errors, and that only ``owner_id`` may use."""

    def __init__(self, *, owner_id: int | None = None, timeout: float | None = 180) -> None:
        super().__init__(timeout=timeout)
        self.owner_id = owner_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if self.owner_id is None or interaction.user.id == self.owner_id:
            return True
        messages = await interaction.client.messages_for(interaction)
        await interaction.response.send_message(messages("error-not-your-button"), ephemeral=True)
        return False

    async def on_error(
        self,
        interaction: discord.Interaction[Any],
        error: Exception,
        item: discord.ui.Item[Any],
    ) -> None:
        from bot.tree import report_error

        await report_error(interaction, error)

    def disable_all(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button | discord.ui.Select):
                item.disabled = True

    async def on_timeout(self) -> None:
        self.disable_all()
        if self.message is not None:
            try:
                await self.message.edit(view=self)
            except discord.HTTPException:
                log.debug("could not disable the buttons of a timed-out view")


class ConfirmView(BaseView):
    """Confirm / Cancel buttons for the invoking member; ``value`` is True, False or None."""

    def __init__(self, messages: Messages, *, owner_id: int, timeout: float = 120) -> None:
        super().__init__(owner_id=owner_id, timeout=timeout)
        self.value: bool | None = None
        self.interaction: discord.Interaction[CreatorBot] | None = None
        self.confirm.label = messages("button-confirm")
        self.cancel.label = messages("button-cancel")

    @discord.ui.button(style=discord.ButtonStyle.danger)
    async def confirm(
        self, interaction: discord.Interaction[CreatorBot], button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.value = True
        self.interaction = interaction
        self.stop()

    @discord.ui.button(style=discord.ButtonStyle.secondary)
    async def cancel(
        self, interaction: discord.Interaction[CreatorBot], button: discord.ui.Button[ConfirmView]
    ) -> None:
        self.value = False
        self.interaction = interaction
        self.stop()
