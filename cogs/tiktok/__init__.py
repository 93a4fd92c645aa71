"""/tiktok: members connect their TikTok account (with TikTok's consent) and the bot imports
their followers, their videos' engagement rates and their posts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.tiktok.cog import TikTokCog

    await bot.add_cog(TikTokCog(bot))
