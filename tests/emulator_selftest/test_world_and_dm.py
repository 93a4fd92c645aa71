"""Self-test of the emulator: intents/chunking, late world changes and DM interactions."""

from __future__ import annotations

import asyncio

import discord
import pytest

from sandbox.emulator import run_client

from .selftest_bot import World


async def test_members_intent_chunking_and_late_guild(world: World) -> None:
    emu = world.emu
    intents = discord.Intents.default()
    intents.members = True
    client = discord.Client(intents=intents, guild_ready_timeout=0.05)
    loop = asyncio.get_running_loop()
    started = loop.time()
    async with run_client(client, emu):
        assert loop.time() - started < 2  # chunk requests were answered
        guild = client.get_guild(world.guild.id)
        assert guild is not None
        assert guild.chunked
        assert guild.get_member(world.alice.id) is not None
        late = emu.add_guild(name="Late")
        emu.add_channel(late.id)
        await asyncio.sleep(0.2)
        assert client.get_guild(late.id) is not None
        found = await guild.query_members(user_ids=[world.alice.id])
        assert [m.id for m in found] == [world.alice.id]
    assert any(p.get("op") == 8 for p in emu.gateway_received)


async def test_dm_slash_with_global_command(world: World) -> None:
    emu = world.emu
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
    tree = discord.app_commands.CommandTree(client)

    @tree.command(description="Say hi")
    @discord.app_commands.allowed_contexts(guilds=True, dms=True)
    async def hi(interaction: discord.Interaction, loud: bool = False) -> None:
        where = "dm" if interaction.guild_id is None else "guild"
        text = f"hi {interaction.user.name} in {where} ({interaction.locale.value})"
        await interaction.response.send_message(text.upper() if loud else text)

    async with run_client(client, emu):
        await tree.sync()
        assert [c["name"] for c in emu.commands()] == ["hi"]
        in_dm = await emu.slash(None, world.alice.id, "hi", {"loud": True}, locale="de")
        assert in_dm.content == "HI ALICE IN DM (DE)"
        assert emu.dm_messages(world.alice.id) == [in_dm.message]
        in_guild = await emu.slash(world.guild.id, world.alice.id, "hi")
        assert in_guild.content == "hi alice in guild (en-US)"


async def test_late_ack_is_rejected_like_discord(world: World) -> None:
    emu = world.emu
    emu.ack_deadline = 0.1
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
    tree = discord.app_commands.CommandTree(client)

    @tree.command(description="Too slow", guild=discord.Object(world.guild.id))
    async def sluggish(interaction: discord.Interaction) -> None:
        await asyncio.sleep(0.3)  # real Discord allows 3 s before the first callback
        await interaction.response.send_message("too late")

    async with run_client(client, emu, check_clean=False):
        await tree.sync(guild=discord.Object(world.guild.id))
        with pytest.raises(AssertionError, match="got no answer"):
            await emu.slash(world.guild.id, world.alice.id, "sluggish", timeout=1)
    assert any("late" in e for e in emu.protocol_errors)
    rejected = emu.requests_matching("POST", r"/callback$")
    assert [r.status for r in rejected] == [404]


async def test_defer_edit_original_and_deferred_component_update(world: World) -> None:
    emu = world.emu
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.05)
    tree = discord.app_commands.CommandTree(client)

    class Later(discord.ui.View):
        @discord.ui.button(label="Refresh", custom_id="refresh")
        async def refresh(
            self, interaction: discord.Interaction, button: discord.ui.Button[Later]
        ) -> None:
            await interaction.response.defer()  # type 6
            await interaction.edit_original_response(content="refreshed", view=None)

    @tree.command(description="Edit later", guild=discord.Object(world.guild.id))
    async def later(interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(content="edited", view=Later())

    async with run_client(client, emu):
        await tree.sync(guild=discord.Object(world.guild.id))
        result = await emu.slash(world.guild.id, world.alice.id, "later")
        assert result.callback_type == 5
        assert result.content == "edited"
        assert result.ephemeral
        assert result.followups == []
        clicked = await emu.click(world.guild.id, world.alice.id, result.message or {}, "refresh")
        assert clicked.callback_type == 6
        assert clicked.content == "refreshed"
        assert clicked.buttons == []
