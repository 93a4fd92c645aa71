"""Sending one delivery's parts exactly once: a DM per recipient, a channel message per
100 members to mention.

The channel message opens with its ping line only when it mentions someone; otherwise it
says who was told by DM (or is the card alone), never "for everyone going:" over nobody.

Each part carries a Discord nonce derived from the delivery and the part
(``logic.nonce``) and is recorded only after Discord accepted it (or refused it for
good), so a delivery interrupted by a crash resends only the parts not recorded, with the
same nonces. A DM Discord refuses (closed DMs) is recorded as refused, logged once, and
becomes a mention in the channel. A passing failure (429, 5xx, a dropped connection)
raises ``Transient``: the whole delivery is tried again later.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

import aiohttp
import discord

from cogs.live.reminders.logic import mention_chunks, mention_line, nonce
from storage.deliveries import Delivery, DeliveryRepository, Outcome, PartKey
from storage.live import Live

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)
NAMED_AT_MOST = 20  # members named in "sent by DM to ..."; the rest are counted

# The card and the buttons of one recipient's message (0: the channel's), in a language.
Dress = Callable[["Messages", int], Awaitable[tuple[discord.Embed, "discord.ui.View | None"]]]


class Transient(Exception):
    """Discord could not take the message for now; try the delivery again later."""


class ChannelRefused(Exception):
    """Discord refused the LIVE's channel for good (no permission there, or the channel is
    gone): the members it would have pinged were reminded by DM instead, and the LIVE's
    moderator was told once. The delivery failed, for ``reason``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


NOTICE_CHUNK = 1  # the part key of the DM telling the moderator (reminders' DMs are chunk 0)


class Abandoned(Exception):
    """The delivery is no longer this process's to send: cancelled meanwhile, or its claim
    ran out and another process took it over. Nothing more is sent or recorded."""


def _transient(error: BaseException) -> bool:
    if isinstance(error, discord.HTTPException):
        return error.status >= 500 or error.status == 429
    return isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | OSError)


class Parts:
    def __init__(self, bot: CreatorBot, deliveries: DeliveryRepository) -> None:
        self.bot = bot
        self.deliveries = deliveries
        self._refusals_logged: set[tuple[int, int]] = set()

    async def _still_ours(self, delivery: Delivery, recipients: list[int]) -> list[int]:
        """Before each part, in the same step that extends the claim: is it still to be
        sent, by this process? A cancel during a burst stops the rest of it. Returns which
        of ``recipients`` are still on the LIVE (a member who deleted their data is not)."""
        lease = timedelta(seconds=self.bot.settings.claim_lease_seconds)
        until = self.bot.clock.now() + lease
        kept = await self.deliveries.keep_for(delivery, self.bot.worker_id, until, recipients)
        if kept is None:
            raise Abandoned(f"delivery {delivery.id}")
        return kept

    async def send(
        self,
        t: Messages,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        direct: list[int],
        now: datetime,
        dress: Dress,
        *,
        header: str,
        by_dm: str | None = None,
        always: bool = True,
    ) -> None:
        """DMs first, each in its recipient's own language; then the channel (in ``t``, under
        the catalog line ``header``), mentioning those who take no DMs. ``always``: the
        channel gets the card even when nobody is to be mentioned there; then it opens with
        ``by_dm`` (a catalog line naming ``$members``) when some were told by DM."""
        done = await self.deliveries.parts_done(delivery.id)
        languages = await self.bot.locales.of_many(live.guild_id, direct)
        reached: list[int] = []
        for user_id in direct:
            key = PartKey("dm", 0, user_id)
            outcome = done.get(key)
            if outcome is None:
                if not await self._still_ours(delivery, [user_id]):
                    continue  # no longer on the LIVE (their data was deleted)
                own = self.bot.messages(languages.get(user_id, t.locale))
                card, view = await dress(own, user_id)
                outcome = await self._dm(delivery, live, user_id, card, now, view)
            if outcome == "sent":
                reached.append(user_id)
            elif outcome == "refused" and live.channel_id is not None:
                ping.append(user_id)  # closed DMs: a mention in the channel instead
        if live.channel_id is not None and (always or ping):
            card, view = await dress(t, 0)
            if ping:
                line: str | None = t(header)
            elif by_dm is not None and reached:
                line = t(by_dm, members=self._named(t, reached))
            else:
                line = None
            refused = await self._channel(line, delivery, live, ping, card, done, now, view)
            if refused is not None:
                await self._instead_of_the_channel(t, delivery, live, ping, done, now, dress)
                await self._tell_the_moderator(delivery, live, refused, now)
                raise ChannelRefused(refused)

    async def _instead_of_the_channel(
        self,
        t: Messages,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        done: dict[PartKey, Outcome],
        now: datetime,
        dress: Dress,
    ) -> None:
        """The channel refused: remind by DM each member it would have pinged."""
        languages = await self.bot.locales.of_many(live.guild_id, ping)
        for user_id in ping:
            if done.get(PartKey("dm", 0, user_id)) is not None:
                continue  # DMs closed: the channel was their only way
            if not await self._still_ours(delivery, [user_id]):
                continue  # no longer on the LIVE (their data was deleted)
            own = self.bot.messages(languages.get(user_id, t.locale))
            card, view = await dress(own, user_id)
            await self._dm(delivery, live, user_id, card, now, view)

    async def _tell_the_moderator(
        self, delivery: Delivery, live: Live, reason: str, now: datetime
    ) -> None:
        """Once per LIVE: the member who scheduled it learns what is wrong and how to fix it."""
        moderator = live.created_by_user_id
        if moderator is None or await self.deliveries.told(live.guild_id, live.id, moderator):
            return
        t = await self.bot.member_messages(live.guild_id, moderator)
        text = t(
            "live-channel-refused",
            number=live.number,
            title=discord.utils.escape_markdown(live.title),
            channel=f"<#{live.channel_id}>",
            reason=t(f"live-channel-refused-{reason}"),
        )
        key = PartKey("dm", NOTICE_CHUNK, moderator)
        try:
            channel = await self.bot.create_dm(discord.Object(moderator))
            # (its own nonce: "n" where a reminder's begins with "r")
            message = await channel.send(text, nonce="n" + nonce(delivery.id, "dm", moderator)[1:])
        except discord.HTTPException as error:
            log.warning("could not tell moderator %s about LIVE %s: %s", moderator, live.id, error)
            await self.deliveries.record_part(delivery, key, "refused", None, now)
            return
        await self.deliveries.record_part(delivery, key, "sent", message.id, now)

    @staticmethod
    def _named(t: Messages, user_ids: list[int]) -> str:
        """Members as mentions that ping nobody (the message allows no mentions), the first
        ``NAMED_AT_MOST`` of them, then how many more."""
        names = [f"<@{user_id}>" for user_id in user_ids[:NAMED_AT_MOST]]
        if len(user_ids) > NAMED_AT_MOST:
            names.append(t("live-reminded-more", count=len(user_ids) - NAMED_AT_MOST))
        return t.join(names)

    async def _dm(
        self,
        delivery: Delivery,
        live: Live,
        user_id: int,
        card: discord.Embed,
        now: datetime,
        view: discord.ui.View | None = None,
    ) -> Outcome:
        key = PartKey("dm", 0, user_id)
        extra: dict[str, Any] = {"view": view} if view is not None else {}
        try:
            channel = await self.bot.create_dm(discord.Object(user_id))
            message = await channel.send(
                embed=card, nonce=nonce(delivery.id, "dm", user_id), **extra
            )
        except (discord.Forbidden, discord.NotFound) as error:
            if (live.id, user_id) not in self._refusals_logged:
                self._refusals_logged.add((live.id, user_id))
                log.info(
                    "member %s does not take DMs (%s); reminding them in the channel instead",
                    user_id,
                    error.code,
                )
            await self.deliveries.record_part(delivery, key, "refused", None, now)
            return "refused"
        except Exception as error:
            if _transient(error):
                raise Transient(f"DM: {error}") from error
            raise
        await self.deliveries.record_part(delivery, key, "sent", message.id, now)
        return "sent"

    async def _channel(
        self,
        header: str | None,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        card: discord.Embed,
        done: dict[PartKey, Outcome],
        now: datetime,
        view: discord.ui.View | None = None,
    ) -> str | None:
        """Post the parts in the channel; the reason (``missing-access``, ``channel-gone``)
        when Discord refuses the channel for good."""
        assert live.channel_id is not None
        chunks: list[list[int]] = mention_chunks(ping, header or "") or [[]]
        channel = self.bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
        reference = (
            discord.MessageReference(
                message_id=live.announcement_message_id,
                channel_id=live.channel_id,
                guild_id=live.guild_id,
                fail_if_not_exists=False,
            )
            if live.announcement_message_id is not None
            else None
        )
        for index, chunk in enumerate(chunks):
            key = PartKey("channel", index)
            if key in done:
                continue
            chunk = await self._still_ours(delivery, chunk)
            content = "\n".join(filter(None, [header, mention_line(chunk)])) or None
            mentions = discord.AllowedMentions(
                everyone=False,
                roles=False,
                replied_user=False,
                users=[discord.Object(user_id) for user_id in chunk],
            )
            extra: dict[str, Any] = {}
            if index == 0:
                extra["embed"] = card
                if view is not None:
                    extra["view"] = view
            if reference is not None:
                extra["reference"] = reference  # a reply to the announcement
            try:
                message = await channel.send(
                    content,
                    allowed_mentions=mentions,
                    nonce=nonce(delivery.id, "channel", index),
                    **extra,
                )
            except (discord.Forbidden, discord.NotFound) as error:
                log.warning(
                    "could not post the %s of LIVE %s in channel %s: %s",
                    delivery.kind,
                    live.id,
                    live.channel_id,
                    error,
                )
                await self.deliveries.record_part(delivery, key, "refused", None, now)
                return "channel-gone" if isinstance(error, discord.NotFound) else "missing-access"
            except Exception as error:
                if _transient(error):
                    raise Transient(f"channel: {error}") from error
                raise
            await self.deliveries.record_part(delivery, key, "sent", message.id, now)
        return None
