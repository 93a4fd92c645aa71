"""/config: channels, reminder defaults, LIVE moderator role and language of a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.config.cog import ConfigCog

    await bot.add_cog(ConfigCog(bot))
