"""/benchmark: labelled benchmark sets, tiers, and the community's own percentiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.benchmark.cog import BenchmarkCog

    await bot.add_cog(BenchmarkCog(bot))
