"""The command tree: every error ends as an ephemeral reply in the member's language."""

from __future__ import annotations

import logging
import secrets
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import UserError
from bot.replies import send
from storage import DatabaseBusy

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)


def _permission_names(permissions: list[str]) -> str:
    return ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in permissions)


async def report_error(interaction: discord.Interaction[CreatorBot], error: Exception) -> None:
    """Answer ``interaction`` for ``error``: a user error's message, or an apology with an id."""
    original: BaseException = error
    if isinstance(error, app_commands.CommandInvokeError):
        original = error.original
    if isinstance(original, app_commands.TransformerError) and isinstance(
        original.__cause__, UserError
    ):
        original = original.__cause__
    key: str
    args: dict[str, Any] = {}
    if isinstance(original, UserError):
        key, args = original.key, original.args_
    elif isinstance(original, DatabaseBusy):
        key = "error-database-busy"  # the database logged it, once per busy spell
    elif isinstance(original, app_commands.MissingPermissions):
        key, args = (
            "error-missing-permissions",
            {"permissions": _permission_names(original.missing_permissions)},
        )
    elif isinstance(original, app_commands.BotMissingPermissions):
        key, args = (
            "error-bot-missing-permissions",
            {"permissions": _permission_names(original.missing_permissions)},
        )
    elif isinstance(original, app_commands.NoPrivateMessage):
        key = "error-guild-only"
    elif isinstance(original, app_commands.CommandOnCooldown):
        key, args = "error-cooldown", {"seconds": max(1, round(original.retry_after))}
    elif isinstance(original, app_commands.CheckFailure):
        key = "error-not-allowed"
    elif isinstance(original, app_commands.TransformerError):
        key, args = "error-bad-value", {"value": str(original.value)[:100]}
    elif isinstance(original, app_commands.CommandNotFound | app_commands.CommandSignatureMismatch):
        key = "error-unknown-command"
    else:
        reference = secrets.token_hex(4)
        command = interaction.command.qualified_name if interaction.command else interaction.data
        log.error(
            "unexpected error %s in %s (guild %s, user %s)",
            reference,
            command,
            interaction.guild_id,
            interaction.user.id,
            exc_info=original,
        )
        key, args = "error-unexpected", {"reference": reference}
    messages = await interaction.client.messages_for(interaction)
    try:
        await send(interaction, messages(key, **args), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver the error reply for interaction %s", interaction.id)


class CreatorTree(app_commands.CommandTree["CreatorBot"]):
    async def on_error(
        self, interaction: discord.Interaction[CreatorBot], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
