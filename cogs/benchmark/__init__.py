"""/benchmark: labelled benchmark sets, tiers, and the community's own percentiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.benchmark.cog import BenchmarkCog

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(BenchmarkCog(bot))
