"""The "Nudge me" / "Stop nudges" button under /streak show (survives restarts), and the
port it calls."""

from __future__ import annotations

import re
from datetime import time
from typing import Any, Protocol

import discord

from bot.i18n import Messages
from bot.ports import Port
from bot.types import Interaction
from bot.ui import guarded, implementation
from cogs.streaks import logic


class NudgeSwitch(Protocol):
    """What the nudge button needs done."""

    async def set_nudges(self, guild_id: int, user_id: int, enabled: bool, locale: str) -> None:
        """Turn the Sunday-morning at-risk DM on or off (in ``locale``)."""
        ...


NUDGES: Port[NudgeSwitch] = Port("the /streak nudge button")


class NudgeButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"streak:nudge:(?P<user>[0-9]{1,20}):(?P<on>[01])",
):
    """Turns the at-risk DM on (``enable``) or off for ``user_id``; only they may press."""

    def __init__(self, user_id: int, enable: bool, label: str = "") -> None:
        super().__init__(
            discord.ui.Button(
                label=label or ("Nudge me" if enable else "Stop nudges"),
                style=discord.ButtonStyle.primary if enable else discord.ButtonStyle.secondary,
                emoji="⏰" if enable else "🔕",
                custom_id=f"streak:nudge:{user_id}:{int(enable)}",
            )
        )
        self.user_id = user_id
        self.enable = enable

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> NudgeButton:
        label = item.label if isinstance(item, discord.ui.Button) else None
        return cls(int(match["user"]), match["on"] == "1", label or "")

    async def interaction_check(self, interaction: discord.Interaction[Any]) -> bool:
        if interaction.user.id == self.user_id:
            return True
        t = await interaction.client.messages_for(interaction)
        await interaction.response.send_message(t("error-not-your-button"), ephemeral=True)
        return False

    @guarded
    async def callback(self, interaction: Interaction) -> None:
        if interaction.guild_id is None:
            return
        t = await interaction.client.messages_for(interaction)
        locale = await interaction.client.locale_for(interaction)
        switch = implementation(interaction, NUDGES)
        await switch.set_nudges(interaction.guild_id, self.user_id, self.enable, locale)
        await interaction.response.edit_message(view=nudge_view(t, self.user_id, self.enable))
        if self.enable:
            text = t("streak-nudge-enabled", time=t.time(time(logic.NUDGE_HOUR)))
        else:
            text = t("streak-nudge-disabled")
        await interaction.followup.send(text, ephemeral=True)


def nudge_view(t: Messages, user_id: int, enabled: bool) -> discord.ui.View:
    """A view offering the opposite of the member's current choice."""
    view = discord.ui.View(timeout=None)
    label = t("streak-nudge-off-button") if enabled else t("streak-nudge-on-button")
    view.add_item(NudgeButton(user_id, not enabled, label))
    return view
