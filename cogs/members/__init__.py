"""Members: /timezone (set, show) and /profile (set, show)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.members.profile_cog import ProfileCog
    from cogs.members.timezone_cog import TimezoneCog

    await bot.add_cog(TimezoneCog(bot))
    await bot.add_cog(ProfileCog(bot))
