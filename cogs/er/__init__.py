"""/er: engagement-rate calculator with benchmarks, saved history and charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.er.cog import ErCog

    await bot.add_cog(ErCog(bot))
