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


@runtime_checkable
class MemberDataHolder(Protocol):
    """A cog with something to undo outside the database before ``/privacy delete`` removes
    a member's rows (asking TikTok to revoke the bot's access to their account)."""

    async def before_member_deleted(self, guild_id: int, user_id: int) -> None:
        """Undo it, as far as can be done now; the deletion goes ahead whatever happens."""
        ...
