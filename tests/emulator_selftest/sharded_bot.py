"""A tiny sharded discord.py bot (not CreatorPulse) and a world of servers on every shard."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import discord
from discord import app_commands

from sandbox.emulator import DiscordEmulator, Guild, Member

IDENTIFY_WINDOW = 5.0  # Discord allows max_concurrency IDENTIFYs per 5 s


@dataclass
class ShardedWorld:
    emu: DiscordEmulator
    guilds: list[Guild]  # two on each of the shards, in shard order
    members: dict[int, Member]  # guild id -> a member there
    shard_count: int

    def guilds_on(self, *shards: int) -> set[int]:
        return {g.id for g in self.guilds if self.emu.shard_of(g.id, self.shard_count) in shards}


def spread_guilds(emu: DiscordEmulator, shard_count: int, per_shard: int = 2) -> ShardedWorld:
    """``per_shard`` servers on each shard (ids picked so that each shard gets some)."""
    guilds: list[Guild] = []
    members: dict[int, Member] = {}
    for shard_id in range(shard_count):
        for n in range(per_shard):
            guild = emu.add_guild(
                emu.guild_id_for_shard(shard_id, shard_count), name=f"Shard {shard_id} #{n}"
            )
            emu.add_channel(guild.id, name="general")
            members[guild.id] = emu.add_member(guild.id, name=f"member{shard_id}{n}")
            guilds.append(guild)
    return ShardedWorld(emu=emu, guilds=guilds, members=members, shard_count=shard_count)


class ShardedBot(discord.AutoShardedClient):
    """Answers ``/whoami`` with its label, so a test sees which client got an interaction.

    discord.py 2.7.1 reads ``max_concurrency`` nowhere: its default ``before_identify_hook``
    sleeps 5 s before every IDENTIFY but the first of a client. This hook asks
    GET /gateway/bot once and waits only when an IDENTIFY of the same rate-limit bucket
    (``shard_id % max_concurrency``) went out within the last 5 s, as Discord allows.
    """

    def __init__(self, label: str, **options: Any) -> None:
        super().__init__(intents=discord.Intents.default(), guild_ready_timeout=0.05, **options)
        self.label = label
        self.tree = app_commands.CommandTree(self)
        self.max_concurrency: int | None = None
        self.identify_waits: list[float] = []  # seconds the hook waited, per IDENTIFY
        self._bucket_sent: dict[int, float] = {}

        @self.tree.command(description="Which client answers")
        @app_commands.allowed_contexts(guilds=True, dms=True)
        async def whoami(interaction: discord.Interaction) -> None:
            where = "dm" if interaction.guild_id is None else str(interaction.guild_id)
            await interaction.response.send_message(f"{self.label} {where}")

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        if self.max_concurrency is None:
            self.max_concurrency = (await self.fetch_session_start_limits()).max_concurrency
        loop = asyncio.get_running_loop()
        bucket = (shard_id or 0) % self.max_concurrency
        last = self._bucket_sent.get(bucket)
        wait = 0.0 if last is None else max(0.0, last + IDENTIFY_WINDOW - loop.time())
        self.identify_waits.append(wait)
        if wait:
            await asyncio.sleep(wait)
        self._bucket_sent[bucket] = loop.time()
