"""Types and tiny helpers every feature shares."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

import discord
from discord import app_commands

if TYPE_CHECKING:
    from bot.client import CreatorBot

    Interaction: TypeAlias = discord.Interaction[CreatorBot]
else:
    Interaction = discord.Interaction


def guild_id_of(interaction: discord.Interaction[discord.Client]) -> int:
    """The server an interaction came from; outside a server it is refused politely."""
    if interaction.guild_id is None:
        raise app_commands.NoPrivateMessage()
    return interaction.guild_id
