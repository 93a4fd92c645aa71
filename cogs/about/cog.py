"""The /about command."""

from __future__ import annotations

import functools
import importlib.metadata
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.replies import embed, send

if TYPE_CHECKING:
    from bot.client import CreatorBot

DISTRIBUTION = "creatorpulse"
# How long /about shows a database size once read: PostgreSQL works it out by listing the
# database's files (0.5 ms of a 1 ms answer here, more for a big database), and the size
# need not be to the byte.
SIZE_KEPT_SECONDS = 60.0


def split_duration(seconds: float) -> tuple[int, int, int]:
    """(days, hours, minutes) in a span of seconds."""
    minutes, _ = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    days, hours = divmod(hours, 24)
    return days, hours, minutes


@functools.cache  # reading the installed metadata took 0.8 ms, most of /about's answer
def project_url(distribution: str = DISTRIBUTION) -> str | None:
    """The source address set once in pyproject.toml (``[project.urls] Source``), if any
    (read once per process: an upgrade restarts the bot)."""
    try:
        entries = importlib.metadata.metadata(distribution).get_all("Project-URL") or []
    except importlib.metadata.PackageNotFoundError:
        return None
    for entry in entries:
        label, _, url = entry.partition(",")
        if label.strip().casefold() in ("source", "repository", "homepage") and url.strip():
            return url.strip()
    return None


class AboutCog(commands.Cog):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self._size: tuple[float, int] | None = None  # (when read, monotonic; bytes)

    @app_commands.command(name="about", description="What CreatorPulse is, its version and uptime")
    async def about(self, interaction: discord.Interaction[CreatorBot]) -> None:
        t = await self.bot.messages_for(interaction)
        days, hours, minutes = split_duration(self.bot.uptime_seconds)
        size = await self._database_size()
        card = embed(t("about-title"), t("about-description"))
        card.add_field(name=t("about-version"), value=self.bot.version)
        card.add_field(
            name=t("about-uptime"),
            value=t("about-uptime-value", days=days, hours=hours, minutes=minutes),
        )
        card.add_field(
            name=t("about-database"), value=t("about-database-value", kib=t.number(size / 1024, 1))
        )
        card.add_field(name=t("about-servers"), value=t.number(len(self.bot.guilds)))
        source = project_url()
        links = t("about-links-value", source=source) if source else t("about-links-no-source")
        card.add_field(name=t("about-links"), value=links, inline=False)
        await send(interaction, embed=card)

    async def _database_size(self) -> int:
        """The database's size in bytes, read again once ``SIZE_KEPT_SECONDS`` old."""
        now = time.monotonic()
        if self._size is None or now - self._size[0] >= SIZE_KEPT_SECONDS:
            self._size = (now, await self.bot.db.size_bytes())
        return self._size[1]
