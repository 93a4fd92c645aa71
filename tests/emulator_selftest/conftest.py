"""Fixtures for the emulator self-test: an emulator with one guild and a tiny real bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import discord
import pytest

from sandbox.emulator import DiscordEmulator, patched_discord_urls, run_client
from tests.support.clock import DEFAULT_NOW, ManualClock

from .selftest_bot import World, build_client


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with DiscordEmulator(clock=ManualClock(DEFAULT_NOW)) as emu:
        guild = emu.add_guild(name="Creators")
        channel = emu.add_channel(guild.id, name="general")
        alice = emu.add_member(guild.id, name="alice")
        with patched_discord_urls(emu):
            yield World(emu=emu, guild=guild, channel=channel, alice=alice)


@pytest.fixture
async def bot(world: World) -> AsyncIterator[discord.Client]:
    client = build_client(world.guild.id)
    async with run_client(client, world.emu):
        await client.tree.sync(guild=discord.Object(world.guild.id))  # type: ignore[attr-defined]
        yield client
