"""/post and /streak: weekly posting streaks in each creator's own timezone."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.streaks.post_cog import PostCog
    from cogs.streaks.service import StreakService
    from cogs.streaks.streak_cog import StreakCog

    service = StreakService(bot.db)
    await bot.add_cog(PostCog(bot, service))
    await bot.add_cog(StreakCog(bot, service))
