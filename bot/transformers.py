"""Slash-command parameter types shared by the cogs (``app_commands.Transform``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.errors import BadInput
from bot.parsing import MAX_COUNT, parse_count, parse_percent
from bot.types import Interaction

if TYPE_CHECKING:
    from bot.client import CreatorBot  # noqa: F401 (named in the Transformer bases)


class CountTransformer(app_commands.Transformer["CreatorBot"]):
    """A count typed as text: ``4500``, ``4,500``, ``12.5K``, ``1.2万`` ... (0 to 10^12)."""

    def __init__(self, minimum: int = 0, maximum: int = MAX_COUNT) -> None:
        self.minimum = minimum
        self.maximum = maximum

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def max_value(self) -> int:
        return 32  # the longest text worth reading as a count

    async def transform(self, interaction: Interaction, value: str) -> int:
        return parse_count(str(value), minimum=self.minimum, maximum=self.maximum)


class PercentTransformer(app_commands.Transformer["CreatorBot"]):
    """A percentage typed as ``4.5``, ``4.5%`` or ``4,5 %`` (0 to 100)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def max_value(self) -> int:
        return 32

    async def transform(self, interaction: Interaction, value: str) -> float:
        return parse_percent(str(value))


class TimezoneTransformer(app_commands.Transformer["CreatorBot"]):
    """An IANA timezone, found by name, city, country or abbreviation, with autocomplete."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.string

    @property
    def max_value(self) -> int:
        return 100

    async def transform(self, interaction: Interaction, value: str) -> str:
        bot = interaction.client
        now = bot.clock.now()
        zone, alternatives = bot.zones(now).resolve(str(value), now)
        if zone:
            return zone
        if alternatives:
            raise BadInput(
                "error-timezone-ambiguous", value=str(value), choices=", ".join(alternatives[:10])
            )
        raise BadInput("error-timezone-unknown", value=str(value))

    async def autocomplete(
        self, interaction: Interaction, value: int | float | str
    ) -> list[app_commands.Choice[int | float | str]]:
        return await timezone_choices(interaction, str(value))


async def timezone_choices(
    interaction: Interaction, current: str
) -> list[app_commands.Choice[Any]]:
    """Autocomplete for any timezone option: zones with their offset and local time now."""
    bot = interaction.client
    now = bot.clock.now()
    t = await bot.messages_for(interaction)
    return [
        app_commands.Choice(name=label[:100], value=zone)
        for zone, label in bot.zone_choices(current, now, t)
    ]


Count = app_commands.Transform[int, CountTransformer()]
PositiveCount = app_commands.Transform[int, CountTransformer(minimum=1)]
Percent = app_commands.Transform[float, PercentTransformer()]
Timezone = app_commands.Transform[str, TimezoneTransformer()]
# Plain text options, each with a limit below Discord's 6,000 characters.
Name = app_commands.Range[str, 1, 100]  # a set, an industry, a date or time
Link = app_commands.Range[str, 1, 300]  # a TikTok link (with a query string) or a post
