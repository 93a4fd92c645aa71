"""The command tree: every error ends as an ephemeral reply in the member's language."""

from __future__ import annotations

import logging
import math
import secrets
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import BadInput, UserError
from bot.replies import send
from storage import DatabaseBusy, DatabaseUnavailable, DatabaseUnreachable

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.metrics import Outcome

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
    outcome: Outcome = "refused"
    if isinstance(original, UserError):
        key, args = original.key, original.shown_args()
    elif isinstance(original, DatabaseBusy):
        key, outcome = "error-database-busy", "busy"  # logged by the database, once per spell
    elif isinstance(original, DatabaseUnreachable):
        key, outcome = "error-database-unreachable", "unavailable"  # logged once per outage
    elif isinstance(original, DatabaseUnavailable):
        key, outcome = "error-database-unavailable", "unavailable"  # logged once per spell
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
        key, args, outcome = "error-unexpected", {"reference": reference}, "error"
    interaction.client.record_answer(interaction, outcome)
    messages = await interaction.client.messages_for(interaction)
    try:
        await send(interaction, messages(key, **args), ephemeral=True)
    except discord.HTTPException:
        log.warning("could not deliver the error reply for interaction %s", interaction.id)


# What Discord itself sends: integers and numbers within +-2^53, strings up to 6,000
# characters (or the option's max_length), one of the choices, snowflakes below 2^64. A
# payload beyond that was forged or is out of date; the command never sees it.
DISCORD_NUMBER_LIMIT = 2**53
DISCORD_STRING_LIMIT = 6000
_SNOWFLAKE_TYPES = (6, 7, 8, 9, 11)


def _value_fits(parameter: app_commands.Parameter, option_type: int, value: Any) -> bool:
    kind = parameter.type.value
    if option_type != kind:
        return False
    if parameter.choices and value not in {choice.value for choice in parameter.choices}:
        return False
    if kind in (4, 10):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if kind == 4 and not isinstance(value, int):
            return False
        # Within that, a value outside the option's declared bounds is the command's to
        # refuse, with its own message ("between 1 and 21").
        return math.isfinite(value) and abs(value) <= DISCORD_NUMBER_LIMIT
    if kind == 3:
        if not isinstance(value, str):
            return False
        high = parameter.max_value if parameter.max_value is not None else DISCORD_STRING_LIMIT
        return (parameter.min_value or 0) <= len(value) <= high
    if kind == 5:
        return isinstance(value, bool)
    if kind in _SNOWFLAKE_TYPES:
        text = str(value)
        return text.isascii() and text.isdecimal() and 0 < int(text) < 2**64
    return True


def invalid_option(
    parameters: Sequence[app_commands.Parameter], options: Sequence[Mapping[str, Any]]
) -> str | None:
    """The name of the first option whose value Discord could not have sent, else None.

    The option being typed in an autocomplete (``focused``) is partial and not checked.
    """
    by_name = {parameter.display_name: parameter for parameter in parameters}
    for option in options:
        name = str(option.get("name"))
        parameter = by_name.get(name)
        if parameter is None:
            return name[:32]
        if option.get("focused"):
            continue
        if not _value_fits(parameter, int(option.get("type", 0)), option.get("value")):
            return name
    return None


class CreatorTree(app_commands.CommandTree["CreatorBot"]):
    async def interaction_check(self, interaction: discord.Interaction[CreatorBot], /) -> bool:
        """Refuse, before any command runs, option values Discord would never send."""
        data: Any = interaction.data or {}
        if data.get("type", 1) != 1 or interaction.type not in (
            discord.InteractionType.application_command,
            discord.InteractionType.autocomplete,
        ):
            return True
        try:
            command, options = self._get_app_command_options(data)
        except app_commands.AppCommandError:
            return True  # the tree reports an unknown or out-of-date command itself
        name = invalid_option(command.parameters, options)
        if name is None:
            return True
        if interaction.type is discord.InteractionType.autocomplete:
            await interaction.response.autocomplete([])
            return False
        raise BadInput("error-option-invalid", option=name)

    async def on_error(
        self, interaction: discord.Interaction[CreatorBot], error: app_commands.AppCommandError
    ) -> None:
        await report_error(interaction, error)
