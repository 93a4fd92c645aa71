"""After a member's ``/privacy delete``: every LIVE they were on, drawn again without them.

A member shows in public on a LIVE's announcement (as a host or a guest, and in the RSVP
counts), in its Discord event's location (a host's TikTok handle or name), and in the
posts of its reminders, "starting now" and "How did it go?" in the channel (a mention, and
the hosts on the card). ``shown`` lists those LIVEs before the member's rows are deleted;
``draw_again`` then draws each from what is stored afterwards, soonest first: the
announcement refreshed, the event of a LIVE not over moved to its new location, every post
edited without the member's mention and with its card drawn again. An event Discord
completed can no longer be edited (it no longer shows among the server's events either).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import discord
from discord.utils import MISSING

from cogs.live.common.public import PublicSide
from cogs.live.reminders.deliverer import PromptMessage
from cogs.live.reminders.render import reminder_card, start_card
from storage.deliveries import DeliveryRepository, Kind
from storage.live import Live, LiveRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)


def without_mention(content: str, user_id: int) -> str:
    """A post's text without one member's mention (and the spaces it leaves)."""
    lines = [re.sub(rf"\s*<@!?{user_id}>", "", line).strip() for line in content.split("\n")]
    return "\n".join(line for line in lines if line)


class Traces:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        public: PublicSide,
        members: MemberRepository,
        prompt_message: PromptMessage,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public
        self.members = members
        self.deliveries = DeliveryRepository(bot.db)
        self.prompt_message = prompt_message

    async def shown(self, guild_id: int, user_id: int) -> list[int]:
        return await self.lives.appearances(guild_id, user_id)

    async def draw_again(self, guild_id: int, user_id: int, shown: Sequence[int]) -> int:
        """Draw each LIVE of ``shown`` again (the member's rows are gone); how many messages
        and events changed."""
        found = [live for live_id in shown if (live := await self.lives.get(guild_id, live_id))]
        found.sort(key=lambda live: (live.status != "scheduled", live.starts_at))
        guild = self.bot.get_guild(guild_id)
        changed = 0
        for live in found:
            if live.announcement_message_id is not None and await self.public.refresh(live) is None:
                changed += 1
            if guild is not None and live.status == "scheduled" and live.event_id is not None:
                changed += await self.public.relocate_event(guild, live)
            changed += await self._posts(live, user_id)
        return changed

    async def _posts(self, live: Live, user_id: int) -> int:
        """Edit the LIVE's posts in its channel that name the member."""
        posts = await self.deliveries.channel_posts(live.guild_id, live.id)
        if not posts or live.channel_id is None:
            return 0
        t = await self.bot.guild_messages(live.guild_id)
        channel = self.bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
        mention = re.compile(rf"<@!?{user_id}>")
        changed = 0
        for kind, chunk, message_id in posts:
            try:
                message = await channel.fetch_message(message_id)
                content: str | None = MISSING
                card: discord.Embed | None = MISSING
                if mention.search(message.content):
                    content = without_mention(message.content, user_id)
                shown = message.embeds[0].description or "" if message.embeds else ""
                if chunk == 0 and mention.search(shown):
                    card = await self._card(t, kind, live)
                if content is not MISSING or card is not MISSING:
                    await message.edit(content=content, embed=card)
                    changed += 1
            except discord.HTTPException as error:  # gone, or the channel is closed to the bot
                log.info("could not edit post %s of LIVE %s: %s", message_id, live.id, error)
        return changed

    async def _card(self, t: Messages, kind: Kind, live: Live) -> discord.Embed:
        match kind:
            case "reminder":
                return reminder_card(t, live)
            case "start":
                return start_card(t, live, await self.members.handles(live.guild_id, live.host_ids))
            case "prompt" | "end":
                return self.prompt_message(t, live)[0]
