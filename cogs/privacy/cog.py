"""/privacy export and /privacy delete: a member's own data, in this server, or, in a DM
with the bot, in every server the bot keeps data of (a member who left a server can still
reach theirs there). Slash commands in a DM arrive as interactions: no privileged intent."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.exports import export_files
from bot.replies import defer, send, send_files
from bot.types import Interaction
from bot.ui import ConfirmView
from cogs.privacy.forget import Forget, Forgotten
from cogs.privacy.logic import (
    export_header,
    export_name,
    label_key,
    member_zone,
    nonzero,
    total_rows,
    with_readable_values,
)
from storage.privacy import PrivacyRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)

CONFIRM_TIMEOUT = 120.0  # seconds the delete buttons stay usable
MESSAGE_MAX = 2000  # Discord's most characters in a message


def kind_lines(t: Messages, counts: Mapping[str, int]) -> str:
    """One "• label: n" line per kind of data with rows, labels from the catalog."""
    lines = []
    for kind, count in nonzero(counts):
        key = label_key(kind)
        if t.catalog.has(t.locale, key):
            label = t(key)
        elif "." in kind:  # a server's row that named the member (who scheduled a LIVE)
            label = t("privacy-kind-mentions", table=kind.split(".", 1)[0])
        else:
            label = kind  # a feature without a label in its catalog: the table name
        lines.append(t("privacy-kind-line", kind=label, count=count))
    return "\n".join(lines)


def fit(text: str) -> str:
    return text if len(text) <= MESSAGE_MAX else text[: MESSAGE_MAX - 1] + "…"


@app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
@app_commands.allowed_installs(guilds=True, users=False)
class PrivacyCog(
    commands.GroupCog,
    group_name="privacy",
    group_description="Get or delete everything the bot stores about you (in a DM: everywhere)",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.privacy = PrivacyRepository(bot.db)
        self.forget = Forget(bot, self.privacy)
        super().__init__()

    async def servers(self, interaction: Interaction) -> list[int]:
        """This server; in a DM, every server with data of the member's."""
        if interaction.guild_id is not None:
            return [interaction.guild_id]
        return await self.privacy.servers_of(interaction.user.id)

    def server_line(self, t: Messages, guild_id: int, rows: int) -> str:
        guild = self.bot.get_guild(guild_id)
        name = guild.name if guild is not None else t("privacy-server-gone", id=str(guild_id))
        return t("privacy-server-line", server=discord.utils.escape_markdown(name), rows=rows)

    @app_commands.command(
        name="export", description="Get a file of everything stored about you (in a DM: everywhere)"
    )
    async def export(self, interaction: Interaction) -> None:
        await defer(interaction, ephemeral=True, thinking=True)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        user_id, limit = interaction.user.id, interaction.filesize_limit
        monday = date(2024, 1, 1)  # any Monday: weekday names in the member's language
        weekdays = [t.weekday(monday + timedelta(days=day)) for day in range(7)]
        files: list[tuple[str, bytes]] = []
        counts: dict[int, dict[str, int]] = {}
        servers = await self.servers(interaction)
        for guild_id in servers:
            stored = await self.privacy.export(guild_id, user_id)
            data = with_readable_values(stored, member_zone(stored), weekdays)
            header = export_header(guild_id, user_id, now)
            name = export_name(guild_id, user_id, now)
            files += export_files(name, header, data, limit, now)
            counts[guild_id] = {kind: len(rows) for kind, rows in data.items()}
        if interaction.guild_id is not None:
            here = counts[interaction.guild_id]
            text = "\n".join(
                filter(None, [t("privacy-export-done", rows=total_rows(here)), kind_lines(t, here)])
            )
        else:
            total = sum(total_rows(found) for found in counts.values())
            lines = [t("privacy-export-everywhere", rows=total, servers=len(servers))]
            lines += [self.server_line(t, g, total_rows(found)) for g, found in counts.items()]
            text = "\n".join(lines)
        if len(files) > len(servers):  # zipped and split: say so
            text += "\n" + t("privacy-export-split", files=len(files))
        await send_files(
            interaction,
            fit(text),
            files,
            more=lambda number: t("export-more", number=number),
            refused=t("privacy-export-too-large"),
        )

    @app_commands.command(
        name="delete", description="Delete everything stored about you (in a DM: in every server)"
    )
    async def delete(self, interaction: Interaction) -> None:
        t = await self.bot.messages_for(interaction)
        user_id, here = interaction.user.id, interaction.guild_id
        counts: dict[int, dict[str, int]] = {}
        for guild_id in await self.servers(interaction):
            data = await self.privacy.export(guild_id, user_id)
            found = {kind: len(rows) for kind, rows in data.items()}
            if total_rows(found):
                counts[guild_id] = found
        total = sum(total_rows(found) for found in counts.values())
        if not total:
            nothing = "privacy-delete-nothing" if here else "privacy-delete-nothing-anywhere"
            await send(interaction, t(nothing), ephemeral=True)
            return
        view = ConfirmView(t, owner_id=user_id, timeout=CONFIRM_TIMEOUT)
        if here is not None:
            prompt = t("privacy-delete-confirm", rows=total) + "\n" + kind_lines(t, counts[here])
        else:
            lines = [t("privacy-delete-confirm-everywhere", rows=total, servers=len(counts))]
            lines += [self.server_line(t, g, total_rows(found)) for g, found in counts.items()]
            prompt = "\n".join(lines)
        await send(interaction, fit(prompt), view=view, ephemeral=True)
        await view.wait()
        if view.value is None or view.interaction is None:  # timed out
            view.disable_all()
            await interaction.edit_original_response(content=t("privacy-delete-timeout"), view=view)
            return
        if not view.value:
            await view.interaction.response.edit_message(
                content=t("privacy-delete-cancelled"), view=None
            )
            return
        await defer(view.interaction)  # drawing the public side again may take a while
        done = {guild_id: await self.forget.member(guild_id, user_id) for guild_id in counts}
        await view.interaction.edit_original_response(
            content=fit(self.deleted_text(t, here, done)), view=None
        )

    def deleted_text(self, t: Messages, here: int | None, done: dict[int, Forgotten]) -> str:
        redrawn = sum(forgotten.redrawn for forgotten in done.values())
        if here is not None:
            forgotten = done[here]
            lines = [t("privacy-delete-done", rows=total_rows(forgotten.deleted))]
            lines.append(kind_lines(t, forgotten.deleted))
            if forgotten.hosted:  # the LIVEs stay for the server, without naming the member
                numbers = ", ".join(f"#{number}" for number in forgotten.hosted)
                lines.append(t("privacy-delete-lives", numbers=numbers))
        else:
            total = sum(total_rows(forgotten.deleted) for forgotten in done.values())
            lines = [t("privacy-delete-done-everywhere", rows=total, servers=len(done))]
            lines += [self.server_line(t, g, total_rows(f.deleted)) for g, f in done.items()]
        if redrawn:
            lines.append(t("privacy-delete-redrawn", count=redrawn))
        return "\n".join(filter(None, lines))
