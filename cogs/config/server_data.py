"""``/config delete-data``: a server manager deletes everything CreatorPulse stores for the
server, at any time, after an export is offered and the server's name is typed.

The prompt counts what is stored and offers two buttons: an export of the server's rows
(every table, secrets left out; zipped or split like a member's export), and Delete…,
which asks for the server's name in a form. Only a name that matches (ignoring case and
spacing) deletes: every row of the server in one transaction (``storage.servers``),
settings included, so the bot stays in the server and starts afresh; what features keep
elsewhere for its members is undone first (TikTok's access ended). The Discord events of
its upcoming LIVEs go too (nothing stands behind them any more); messages already posted
stay, as messages of the server.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import TYPE_CHECKING

import discord

from bot.errors import NotAllowed
from bot.exports import export_files
from bot.replies import defer, send, send_files
from bot.types import Interaction
from cogs.config.leaving import undo_elsewhere
from cogs.config.views import DeleteDataView
from storage.live import LiveRepository
from storage.servers import ServerData

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)

UPCOMING_LIMIT = 1000  # far more upcoming LIVEs than Discord allows events (100)


def same_name(typed: str, name: str) -> bool:
    """Whether ``typed`` is the server's name, ignoring case, width and spacing."""

    def plain(text: str) -> str:
        return " ".join(unicodedata.normalize("NFKC", text).casefold().split())

    return bool(plain(typed)) and plain(typed) == plain(name)


class ServerDataDesk:
    """What the command and its buttons do (``views.ServerDataButtons``)."""

    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.servers = ServerData(bot.db)
        self.lives = LiveRepository(bot.db)

    @staticmethod
    def _guild(interaction: Interaction) -> discord.Guild:
        """The server, for a member who may still manage it (checked again at each step)."""
        permissions = interaction.permissions
        if interaction.guild is None or not (permissions.manage_guild or permissions.administrator):
            raise NotAllowed("config-not-allowed")
        return interaction.guild

    async def prompt(self, interaction: Interaction) -> None:
        guild = self._guild(interaction)
        t = await self.bot.messages_for(interaction)
        total = sum((await self.servers.counts(guild.id)).values())
        if not total:
            await send(interaction, t("config-delete-data-nothing"), ephemeral=True)
            return
        view = DeleteDataView(t, owner_id=interaction.user.id, server_name=guild.name)
        name = discord.utils.escape_markdown(guild.name)
        await send(
            interaction,
            t("config-delete-data-prompt", server=name, rows=total),
            view=view,
            ephemeral=True,
        )

    async def export_server(self, interaction: Interaction) -> None:
        guild = self._guild(interaction)
        await defer(interaction, ephemeral=True, thinking=True)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        data = await self.servers.export(guild.id)
        header = {"format": 1, "generated_at": now.isoformat(), "guild_id": str(guild.id)}
        name = f"creatorpulse-server-{guild.id}-{now:%Y%m%d-%H%M%S}"
        files = export_files(name, header, data, interaction.filesize_limit, now)
        total = sum(len(rows) for rows in data.values())
        await send_files(
            interaction,
            t("config-delete-data-exported", rows=total, files=len(files)),
            files,
            more=lambda number: t("export-more", number=number),
            refused=t("config-delete-data-too-large"),
        )

    async def delete_server(self, interaction: Interaction, typed: str) -> None:
        guild = self._guild(interaction)
        t = await self.bot.messages_for(interaction)
        if not same_name(typed, guild.name):
            name = discord.utils.escape_markdown(guild.name)
            await send(interaction, t("config-delete-data-mismatch", server=name), ephemeral=True)
            return
        await defer(interaction, ephemeral=True, thinking=True)
        upcoming = await self.lives.upcoming(guild.id, self.bot.clock.now(), limit=UPCOMING_LIMIT)
        await undo_elsewhere(self.bot, self.servers, guild.id)
        counts = await self.servers.delete(guild.id)
        self.bot.language_changed(guild.id)
        total = sum(counts.values())
        log.info(
            "deleted every row of guild %s (%d) at the request of user %s",
            guild.id,
            total,
            interaction.user.id,
        )
        events = 0
        for live in upcoming:
            if live.event_id is None:
                continue
            try:
                event = guild.get_scheduled_event(live.event_id)
                if event is None:
                    event = await guild.fetch_scheduled_event(live.event_id, with_counts=False)
                await event.delete()
                events += 1
            except discord.HTTPException as error:
                log.info(
                    "could not delete event %s of guild %s: %s", live.event_id, guild.id, error
                )
        await send(
            interaction, t("config-delete-data-done", rows=total, events=events), ephemeral=True
        )
