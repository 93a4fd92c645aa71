"""/about: what this bot is, its version, uptime and database size."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.about.cog import AboutCog

    await bot.add_cog(AboutCog(bot))
