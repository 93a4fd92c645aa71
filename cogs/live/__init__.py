"""/live: group LIVEs across every host's timezone (suggest, schedule, RSVP, cancel...)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.live.cog import LiveCog

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(LiveCog(bot))
