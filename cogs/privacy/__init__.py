"""/privacy: a member exports or deletes their own data in a server."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.client import CreatorBot


async def setup(bot: CreatorBot) -> None:
    # Imported here, not above: any module of the feature can then be imported alone.
    from cogs.privacy.cog import PrivacyCog

    await bot.add_cog(PrivacyCog(bot))
