"""/live: group LIVEs across every host's timezone (suggest, schedule, RSVP, cancel...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.live.cog import LiveCog

    await bot.add_cog(LiveCog(bot))
