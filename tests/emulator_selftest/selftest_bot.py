"""A tiny real discord.py bot (not CreatorPulse) used by the emulator self-test."""

from __future__ import annotations

from dataclasses import dataclass

import discord
from discord import app_commands

from sandbox.emulator import DiscordEmulator, Guild, Member
from sandbox.emulator.models import Channel


@dataclass
class World:
    emu: DiscordEmulator
    guild: Guild
    channel: Channel
    alice: Member


class CounterView(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=60)
        self.count = 0

    @discord.ui.button(label="Add", custom_id="counter:add", style=discord.ButtonStyle.primary)
    async def add(
        self, interaction: discord.Interaction, button: discord.ui.Button[CounterView]
    ) -> None:
        self.count += 1
        await interaction.response.edit_message(content=f"count: {self.count}", view=self)

    @discord.ui.button(label="Stop", custom_id="counter:stop")
    async def stop_button(
        self, interaction: discord.Interaction, button: discord.ui.Button[CounterView]
    ) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True
        await interaction.response.edit_message(content="stopped", view=self)


class NameModal(discord.ui.Modal, title="Your name"):
    name: discord.ui.TextInput[NameModal] = discord.ui.TextInput(label="Name", custom_id="name")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"hello {self.name.value}", ephemeral=True)


def build_client(guild_id: int) -> discord.Client:
    """A bare discord.Client with an app-command tree (not the CreatorPulse bot)."""
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
    tree = app_commands.CommandTree(client)
    client.tree = tree  # type: ignore[attr-defined]
    client.ready_count = 0  # type: ignore[attr-defined]
    guild = discord.Object(guild_id)

    @client.event
    async def on_ready() -> None:
        client.ready_count += 1  # type: ignore[attr-defined]

    @tree.command(description="Ping the bot", guild=guild)
    async def ping(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pong", ephemeral=True)

    @tree.command(description="Slow answer", guild=guild)
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await interaction.followup.send("done slowly")

    @tree.command(description="Post in the channel", guild=guild)
    async def announce(interaction: discord.Interaction, text: str) -> None:
        await interaction.response.defer(ephemeral=True)
        assert isinstance(interaction.channel, discord.TextChannel)
        await interaction.channel.send(text)
        await interaction.followup.send("announced", ephemeral=True)

    @tree.command(description="A counter with buttons", guild=guild)
    async def counter(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("count: 0", view=CounterView())

    @tree.command(description="Send a file", guild=guild)
    async def report(interaction: discord.Interaction) -> None:
        embed = discord.Embed(title="Report", description="numbers attached")
        embed.add_field(name="rows", value="2")
        file = discord.File(__import__("io").BytesIO(b"a,b\n1,2\n"), filename="report.csv")
        await interaction.response.send_message(embed=embed, file=file)

    @tree.command(description="Ask for a name", guild=guild)
    async def askname(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(NameModal())

    stats = app_commands.Group(name="stats", description="Creator stats", guild_ids=[guild_id])

    @stats.command(description="Show a creator")
    @app_commands.describe(user="Who", days="How many days")
    async def show(
        interaction: discord.Interaction,
        user: discord.Member,
        days: app_commands.Range[int, 1, 90] = 7,
    ) -> None:
        await interaction.response.send_message(
            embed=discord.Embed(title=f"Stats for {user.name}", description=f"last {days} days")
        )

    @stats.command(description="Search creators")
    async def search(interaction: discord.Interaction, query: str) -> None:
        await interaction.response.send_message(f"searched {query}")

    @search.autocomplete("query")
    async def search_autocomplete(
        interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        names = [f"{current}creator{i}" for i in range(40)]
        return [app_commands.Choice(name=n, value=n) for n in names][:25]

    tree.add_command(stats)
    return client
