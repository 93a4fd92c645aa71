"""Small protocols that let one feature show another's data without importing it."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.i18n import Messages


@runtime_checkable
class ProfileContributor(Protocol):
    """A cog that adds one line to ``/profile show`` (latest ER, current streak, next LIVE)."""

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        """One short line about the member, or ``None`` when there is nothing to say."""
        ...
