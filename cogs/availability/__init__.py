"""/availability: weekly windows when a member is free for group LIVEs."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.availability.cog import AvailabilityCog

    await bot.add_cog(AvailabilityCog(bot))
