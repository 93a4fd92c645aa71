"""Answering an interaction: the one reply helper and the embed every feature uses."""

from __future__ import annotations

from typing import Any

import discord

from storage.database import wait_longer_for_writes

# Once the answer is deferred, Discord waits 15 minutes for it; writes may then wait this
# long for the database instead of being refused after a couple of seconds.
DEFERRED_WRITE_PATIENCE = 10.0

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


async def defer(
    interaction: discord.Interaction[Any], *, ephemeral: bool = False, thinking: bool = False
) -> None:
    """Defer the answer (everything after it may take its time), and let this interaction's
    writes wait ``DEFERRED_WRITE_PATIENCE`` seconds for the database."""
    await interaction.response.defer(ephemeral=ephemeral, thinking=thinking)
    wait_longer_for_writes(DEFERRED_WRITE_PATIENCE)


def embed(title: str, description: str | None = None) -> discord.Embed:
    return discord.Embed(title=title[:256], description=(description or None), colour=EMBED_COLOUR)
