"""A test-only extension: commands that exercise the tree's error handling and faults."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import NotFound
from bot.replies import send
from bot.transformers import Count

if TYPE_CHECKING:
    from bot.client import CreatorBot


class ProbeCog(commands.GroupCog, group_name="probe", group_description="Test probes"):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot

    @app_commands.command(name="boom", description="Raise an unexpected error")
    async def boom(self, interaction: discord.Interaction[CreatorBot]) -> None:
        raise RuntimeError("probe exploded")

    @app_commands.command(name="boom-late", description="Defer, then raise")
    async def boom_late(self, interaction: discord.Interaction[CreatorBot]) -> None:
        await interaction.response.defer(ephemeral=True)
        raise RuntimeError("probe exploded after deferring")

    @app_commands.command(name="count", description="Echo a count")
    @app_commands.describe(value="A count such as 12.5K")
    async def count(self, interaction: discord.Interaction[CreatorBot], value: Count) -> None:
        await send(interaction, f"count={value}")

    @app_commands.command(name="missing", description="Raise a user error")
    async def missing(self, interaction: discord.Interaction[CreatorBot]) -> None:
        raise NotFound("error-guild-only")

    @app_commands.command(name="slow", description="Defer, then answer with a followup")
    async def slow(self, interaction: discord.Interaction[CreatorBot]) -> None:
        await interaction.response.defer()
        await send(interaction, "slow done")

    @app_commands.command(name="echo", description="Answer at once (benchmark baseline)")
    async def echo(self, interaction: discord.Interaction[CreatorBot]) -> None:
        await interaction.response.send_message("echo")


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(ProbeCog(bot))
