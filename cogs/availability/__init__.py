"""/availability: weekly windows when a member is free for group LIVEs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.availability.cog import AvailabilityCog

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(AvailabilityCog(bot))
