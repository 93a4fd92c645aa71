"""/er: engagement-rate calculator with benchmarks, saved history and charts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.er.cog import ErCog

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    await bot.add_cog(ErCog(bot))
