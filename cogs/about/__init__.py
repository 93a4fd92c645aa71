"""/about: what this bot is, its version, uptime and database size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.about.cog import AboutCog

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(AboutCog(bot))
