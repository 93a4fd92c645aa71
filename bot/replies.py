"""Answering an interaction: the one reply helper and the embed every feature uses."""

from __future__ import annotations

import asyncio
import contextvars
import io
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

import discord

from bot.exports import messages_of, too_large
from storage.database import wait_longer_for_writes

log = logging.getLogger(__name__)

# Once the answer is deferred, Discord waits 15 minutes for it; writes may then wait this
# long for the database instead of being refused after a couple of seconds.
DEFERRED_WRITE_PATIENCE = 10.0

EMBED_COLOUR = discord.Colour(0x25F4EE)  # TikTok cyan

# Discord waits 3 s for an interaction's first answer. Work that is usually quick but may
# not be (a big server's board) is given this long before the answer is deferred: a quick
# answer then costs one call to Discord instead of two (``deferred_if_slow``).
QUICK_ANSWER_SECONDS = 1.0

T = TypeVar("T")


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


async def deferred_if_slow(
    interaction: discord.Interaction[Any],
    work: Coroutine[Any, Any, T],
    *,
    ephemeral: bool = False,
) -> T:
    """``work``'s result; when it takes longer than ``QUICK_ANSWER_SECONDS``, the answer is
    deferred meanwhile (``defer``), so Discord's 3 s for a first answer are kept either way.
    Its writes wait for the database as a deferred answer's do: the answer is deferred in
    time whatever they wait for."""
    context = contextvars.copy_context()
    context.run(wait_longer_for_writes, DEFERRED_WRITE_PATIENCE)
    task = asyncio.get_running_loop().create_task(work, context=context)
    try:
        done, _pending = await asyncio.wait({task}, timeout=QUICK_ANSWER_SECONDS)
        if not done:
            await defer(interaction, ephemeral=ephemeral, thinking=True)
        return await task
    finally:
        task.cancel()  # the interaction was given up on (nothing, once the work is done)


async def send_files(
    interaction: discord.Interaction[Any],
    text: str,
    files: Sequence[tuple[str, bytes]],
    *,
    more: Callable[[int], str],
    refused: str,
) -> None:
    """After a deferred answer: ``text`` with ``files`` (``bot.exports``), privately, in as
    many messages as the interaction's upload limit needs (``more(n)`` heads message n from
    the second on). Discord refusing a file as too large is answered with ``refused``."""
    batches = messages_of(files, interaction.filesize_limit) or [[]]
    try:
        for number, batch in enumerate(batches, start=1):
            content = text if number == 1 else more(number)
            attached = [discord.File(io.BytesIO(data), filename=name) for name, data in batch]
            if attached:
                await interaction.followup.send(content, files=attached, ephemeral=True)
            else:
                await interaction.followup.send(content, ephemeral=True)
    except discord.HTTPException as error:
        if not too_large(error.status, error.code):
            raise
        size = sum(len(data) for _name, data in files)
        log.warning("Discord refused %d bytes of files as too large", size)
        await interaction.followup.send(refused, ephemeral=True)


def embed(title: str, description: str | None = None) -> discord.Embed:
    return discord.Embed(title=title[:256], description=(description or None), colour=EMBED_COLOUR)
