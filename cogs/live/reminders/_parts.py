"""Sending one delivery's parts exactly once: a DM per recipient, a channel message per
100 members to mention.

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

# The card and the buttons of one recipient's message (0: the channel's), in a language.
Dress = Callable[["Messages", int], Awaitable[tuple[discord.Embed, "discord.ui.View | None"]]]


class Transient(Exception):
    """Discord could not take the message for now; try the delivery again later."""


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
        always: bool = True,
    ) -> None:
        """DMs first, each in its recipient's own language; then the channel (in ``t``, under
        the catalog line ``header``), mentioning those who take no DMs. ``always``: the
        channel gets the card even when nobody is to be mentioned there."""
        done = await self.deliveries.parts_done(delivery.id)
        languages = await self.bot.locales.of_many(live.guild_id, direct)
        for user_id in direct:
            key = PartKey("dm", 0, user_id)
            outcome = done.get(key)
            if outcome is None:
                if not await self._still_ours(delivery, [user_id]):
                    continue  # no longer on the LIVE (their data was deleted)
                own = self.bot.messages(languages.get(user_id, t.locale))
                card, view = await dress(own, user_id)
                outcome = await self._dm(delivery, live, user_id, card, now, view)
            if outcome == "refused" and live.channel_id is not None:
                ping.append(user_id)  # closed DMs: a mention in the channel instead
        if live.channel_id is not None and (always or ping):
            card, view = await dress(t, 0)
            await self._channel(t(header), delivery, live, ping, card, done, now, view)

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
        header: str,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        card: discord.Embed,
        done: dict[PartKey, Outcome],
        now: datetime,
        view: discord.ui.View | None = None,
    ) -> None:
        assert live.channel_id is not None
        chunks: list[list[int]] = mention_chunks(ping, header) or [[]]
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
            content = "\n".join(filter(None, [header, mention_line(chunk)]))
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
                return
            except Exception as error:
                if _transient(error):
                    raise Transient(f"channel: {error}") from error
                raise
            await self.deliveries.record_part(delivery, key, "sent", message.id, now)
