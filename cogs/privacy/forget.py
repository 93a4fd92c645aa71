"""Deleting one member's data in one server, and what it leaves in public drawn again.

Before the rows go, what a feature keeps outside the database is undone
(``bot.hooks.MemberDataHolder``: TikTok is asked to revoke the bot's access), and every
feature that shows members in public (``bot.hooks.ShownInPublic``: a LIVE's announcement,
its Discord event, the posts about it) says what shows this member; the rows are deleted in one transaction under the server's lock (``PrivacyRepository``),
and then each feature draws those again from what is left, at once. A server the bot has
left is not drawn again: its messages and events are out of the bot's reach.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.hooks import MemberDataHolder, ShownInPublic
from storage.live import LiveRepository
from storage.privacy import PrivacyRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Forgotten:
    deleted: dict[str, int]  # rows per kind of data
    hosted: list[int]  # the numbers of the upcoming LIVEs they hosted, which stay
    redrawn: int  # announcements, events and posts drawn again without them


class Forget:
    def __init__(self, bot: CreatorBot, privacy: PrivacyRepository) -> None:
        self.bot = bot
        self.privacy = privacy
        self.lives = LiveRepository(bot.db)

    def _holders(self) -> list[MemberDataHolder]:
        return [
            cog for _name, cog in sorted(self.bot.cogs.items()) if isinstance(cog, MemberDataHolder)
        ]

    def _features(self) -> list[ShownInPublic]:
        return [
            cog for _name, cog in sorted(self.bot.cogs.items()) if isinstance(cog, ShownInPublic)
        ]

    async def member(self, guild_id: int, user_id: int) -> Forgotten:
        """Delete everything of the member's in the server, then draw again what showed them."""
        shown: list[tuple[ShownInPublic, Sequence[int]]] = []
        for feature in self._features():
            try:
                shown.append((feature, await feature.shown_in_public(guild_id, user_id)))
            except Exception:  # one feature's public side must not stop the delete
                log.exception("could not list what %s shows of a member", type(feature).__name__)
        hosted = await self.lives.hosted_upcoming(guild_id, user_id, self.bot.clock.now())
        for holder in self._holders():  # what is to be undone elsewhere first (TikTok access)
            try:
                await holder.before_member_deleted(guild_id, user_id)
            except Exception:
                log.exception("%s could not undo its part before a deletion", type(holder).__name__)
        deleted = await self.privacy.delete(guild_id, user_id)
        self.bot.language_changed(guild_id)  # their language no longer counts
        log.info("deleted the data of user %s in guild %s: %s", user_id, guild_id, deleted)
        redrawn = 0
        if await self.bot.guild_settings.left_at(guild_id) is None:
            for feature, ids in shown:
                if not ids:
                    continue
                try:
                    redrawn += await feature.draw_again(guild_id, user_id, ids)
                except Exception:
                    log.exception("could not draw %s's public side again", type(feature).__name__)
        return Forgotten(deleted, [live.number for live in hosted], redrawn)
