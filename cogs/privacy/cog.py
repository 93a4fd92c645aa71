"""/privacy export and /privacy delete: a member's own data in this server."""

from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.hooks import MemberDataHolder
from bot.replies import defer, send
from bot.types import Interaction, guild_id_of
from bot.ui import ConfirmView
from cogs.privacy.logic import (
    export_bytes,
    export_document,
    export_filename,
    label_key,
    member_zone,
    nonzero,
    total_rows,
    with_readable_values,
)
from storage.live import LiveRepository
from storage.privacy import PrivacyRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)

CONFIRM_TIMEOUT = 120.0  # seconds the delete buttons stay usable


def kind_lines(t: Messages, counts: dict[str, int]) -> str:
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


@app_commands.guild_only()
class PrivacyCog(
    commands.GroupCog,
    group_name="privacy",
    group_description="Get or delete everything the bot stores about you in this server",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.privacy = PrivacyRepository(bot.db)
        super().__init__()

    @app_commands.command(name="export", description="Get a file of everything stored about you")
    async def export(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        await defer(interaction, ephemeral=True, thinking=True)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        stored = await self.privacy.export(guild_id, interaction.user.id)
        monday = date(2024, 1, 1)  # any Monday: weekday names in the member's language
        weekdays = [t.weekday(monday + timedelta(days=day)) for day in range(7)]
        data = with_readable_values(stored, member_zone(stored), weekdays)
        document = export_document(
            data, guild_id=guild_id, user_id=interaction.user.id, generated_at=now
        )
        file = discord.File(
            io.BytesIO(export_bytes(document)),
            filename=export_filename(guild_id, interaction.user.id, now),
        )
        counts = document["counts"]
        total = total_rows(counts)
        text = t("privacy-export-done", rows=total)
        if total:
            text += "\n" + kind_lines(t, counts)
        await send(interaction, text, file=file, ephemeral=True)

    @app_commands.command(name="delete", description="Delete everything stored about you here")
    async def delete(self, interaction: Interaction) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        user_id = interaction.user.id
        data = await self.privacy.export(guild_id, user_id)
        counts = {kind: len(rows) for kind, rows in data.items()}
        if not total_rows(counts):
            await send(interaction, t("privacy-delete-nothing"), ephemeral=True)
            return
        view = ConfirmView(t, owner_id=user_id, timeout=CONFIRM_TIMEOUT)
        prompt = t("privacy-delete-confirm", rows=total_rows(counts)) + "\n" + kind_lines(t, counts)
        await send(interaction, prompt, view=view, ephemeral=True)
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
        hosted = await LiveRepository(self.bot.db).hosted_upcoming(
            guild_id, user_id, self.bot.clock.now()
        )
        await view.interaction.response.defer()  # (revoking elsewhere may take a moment)
        for cog in self.bot.cogs.values():
            if isinstance(cog, MemberDataHolder):
                try:
                    await cog.before_member_deleted(guild_id, user_id)
                except Exception:
                    log.exception(
                        "%s could not undo its part before a deletion", cog.qualified_name
                    )
        deleted = await self.privacy.delete(guild_id, user_id)
        self.bot.language_changed(guild_id)  # their language no longer counts
        log.info("deleted the data of user %s in guild %s: %s", user_id, guild_id, deleted)
        text = t("privacy-delete-done", rows=total_rows(deleted))
        lines = kind_lines(t, deleted)
        if hosted:  # the LIVEs stay for the server, without naming the member
            numbers = ", ".join(f"#{live.number}" for live in hosted)
            lines = "\n".join(filter(None, [lines, t("privacy-delete-lives", numbers=numbers)]))
        await view.interaction.edit_original_response(
            content=f"{text}\n{lines}" if lines else text, view=None
        )
