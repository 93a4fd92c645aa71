"""Sends what a LIVE has on its schedule: reminders, the "starting now" post, the end.

Exactly once, across crashes and restarts:

1. Every delivery is a row before it is due (``storage.deliveries``); a LIVE's deliveries
   change in the same transaction as the LIVE (schedule, move, cancel).
2. A delivery is made of parts: one channel message per 100 pinged members, one DM per
   recipient. Each part is sent with a Discord nonce derived from the delivery and the
   part (``reminders.nonce``) and recorded only after Discord accepted it.
3. After a crash between Discord accepting a part and the row being written, the
   restarted bot sends that part again with the same nonce, and Discord (within its
   nonce window of a few minutes) returns the message it already has instead of
   posting a second one. Parts already recorded are never sent again.
4. One process per database (``bot.instance``), so two bots never share the queue.

Transient Discord failures (429, 5xx, a dropped connection: discord.py has already
retried them) put the delivery back with a growing pause, at most five times. A DM that
Discord refuses (closed DMs) is recorded as refused, logged once, and replaced by a
mention in the channel; it is never retried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, assert_never

import aiohttp
import discord
from discord.utils import format_dt

from bot.deliveries import LIVE_KINDS, retry_pause
from cogs.live import reminders
from cogs.live.after_views import ChecklistButton, one_button
from cogs.live.logic import message_url
from cogs.live.reminders import mention_chunks, mention_line, nonce
from cogs.live.reports import prompt_card, prompt_view
from storage.database import DatabaseBusy, DatabaseUnavailable
from storage.deliveries import Delivery, DeliveryRepository, Kind, Outcome, PartKey
from storage.live import Live, LiveRepository
from storage.members import MemberRepository, ReminderMode

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)

PARALLEL_LIVES = 8  # LIVEs handled at once in a burst; discord.py keeps within rate limits

# The card and the buttons of one recipient's message (0: the channel's), in a language.
Dress = Callable[["Messages", int], Awaitable[tuple[discord.Embed, "discord.ui.View | None"]]]
HEADERS = {"start": "live-start-ping", "prompt": "live-prompt-ping"}
GuildMessages = Callable[[int], Awaitable["Messages"]]
OnEnded = Callable[[Live], Awaitable[None]]
Handler = Callable[[Delivery, Live, datetime], Awaitable[None]]


class Transient(Exception):
    """Discord could not take the message for now; try the delivery again later."""


def _transient(error: BaseException) -> bool:
    if isinstance(error, discord.HTTPException):
        return error.status >= 500 or error.status == 429
    return isinstance(error, aiohttp.ClientError | asyncio.TimeoutError | OSError)


def tiktok_live_url(handle: str) -> str:
    return f"https://www.tiktok.com/@{handle}/live"


class LiveDeliverer:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        guild_messages: GuildMessages,
        on_ended: OnEnded,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.deliveries = DeliveryRepository(bot.db)
        self.members = MemberRepository(bot.db)
        self.guild_messages = guild_messages
        self.on_ended = on_ended
        self._refusals_logged: set[tuple[int, int]] = set()

    async def next_due(self) -> datetime | None:
        return await self.deliveries.next_due()

    async def run_due(self, now: datetime) -> None:
        """Handle every delivery due at ``now``, LIVE by LIVE, a few LIVEs at a time."""
        due = await self.deliveries.due(now)
        by_live: dict[tuple[int, int], list[Delivery]] = {}
        for delivery in due:
            by_live.setdefault((delivery.guild_id, delivery.live_id), []).append(delivery)
        gate = asyncio.Semaphore(PARALLEL_LIVES)

        async def one(key: tuple[int, int], items: list[Delivery]) -> None:
            async with gate:
                try:
                    await self.run_live(key[0], key[1], items, now)
                except (DatabaseBusy, DatabaseUnavailable):
                    raise  # nothing was marked: the scheduler tries the round again shortly
                except Exception:
                    log.exception("could not deliver for LIVE %s of guild %s", key[1], key[0])
                    for delivery in items:
                        await self._retry_or_fail(delivery, now, "unexpected error")

        await asyncio.gather(*(one(key, items) for key, items in by_live.items()))

    async def run_live(
        self, guild_id: int, live_id: int, due: list[Delivery], now: datetime
    ) -> None:
        live = await self.lives.get(guild_id, live_id)
        if live is None or live.status == "cancelled":
            for delivery in due:
                await self.deliveries.finish(delivery, "cancelled", now, "live cancelled")
            return
        for decision in reminders.triage(due, live.starts_at, live.ends_at, now):
            delivery = decision.delivery
            if decision.action == "fail":
                log.error(
                    "could not send delivery %s of LIVE %s: %s", delivery.id, live.id, decision.note
                )
                await self.deliveries.finish(delivery, "failed", now, decision.note)
                continue
            if decision.action == "skip":
                log.info(
                    "skipped the %s (%s min) of LIVE %s: %s",
                    delivery.kind,
                    delivery.offset_minutes,
                    live.id,
                    decision.note,
                )
                await self.deliveries.finish(delivery, "skipped", now, decision.note)
                continue
            try:
                await self.handler(delivery.kind)(delivery, live, now)
            except Transient as error:
                await self._retry_or_fail(delivery, now, str(error))
                continue
            await self.deliveries.finish(delivery, "sent", now)

    def kinds(self) -> list[Kind]:
        """Every kind of LIVE delivery, each with its handler (``handler`` covers them all)."""
        return [kind for kind in LIVE_KINDS if self.handler(kind) is not None]

    def handler(self, kind: Kind) -> Handler:
        """How a delivery of ``kind`` is sent."""
        match kind:
            case "reminder" | "start":
                return self.post
            case "end":
                return self.end
            case "prompt":
                return self.prompt
            case _:
                assert_never(kind)

    async def _retry_or_fail(self, delivery: Delivery, now: datetime, note: str) -> None:
        pause = retry_pause(delivery.kind, delivery.attempts)
        if pause is not None:
            log.warning(
                "the %s of LIVE %s could not be sent (%s); trying again in %s",
                delivery.kind,
                delivery.live_id,
                note,
                pause,
            )
            await self.deliveries.retry_at(delivery, now + pause, note[:200])
        else:
            log.error(
                "gave up on the %s of LIVE %s after %d attempts: %s",
                delivery.kind,
                delivery.live_id,
                delivery.attempts + 1,
                note,
            )
            await self.deliveries.finish(delivery, "failed", now, note[:200])

    # -- the end of a LIVE ------------------------------------------------------------------

    async def end(self, _delivery: Delivery, live: Live, now: datetime) -> None:
        if await self.lives.mark_ended(live.guild_id, live.id, now):
            ended = await self.lives.get(live.guild_id, live.id)
            if ended is not None:
                await self.on_ended(ended)

    # -- reminders and the "starting now" post ----------------------------------------------

    async def recipients(self, delivery: Delivery, live: Live) -> tuple[list[int], list[int]]:
        """(members to ping in the channel, members to DM), in a stable order."""
        going = await self.lives.rsvp_users(live.guild_id, live.id, "going")
        modes = await self.members.reminder_modes(
            live.guild_id, list(dict.fromkeys([*live.host_ids, *going]))
        )
        ping: list[int] = []
        direct: list[int] = []
        hosts = set(live.host_ids)
        if delivery.kind == "reminder":
            if live.guest_slots:  # guests are reminded like hosts
                signed = await self.lives.guests(live.guild_id, live)
                hosts |= set(signed.guests)
                guests = [g for g in signed.guests if g not in live.host_ids]
                modes |= await self.members.reminder_modes(live.guild_id, guests)
            else:
                guests = []
            for host in [*live.host_ids, *guests]:  # by DM unless they chose otherwise
                mode: ReminderMode = modes.get(host, "dm")
                if mode != "off":
                    (direct if mode == "dm" else ping).append(host)
        for user_id in going:
            if user_id in hosts:
                continue
            mode = modes.get(user_id, "channel")
            if mode != "off":
                (direct if mode == "dm" else ping).append(user_id)
        if live.channel_id is None:  # nowhere to ping: remind them directly
            direct, ping = direct + ping, []
        return ping, direct

    async def post(self, delivery: Delivery, live: Live, now: datetime) -> None:
        t = await self.guild_messages(live.guild_id)
        ping, direct = await self.recipients(delivery, live)
        # Hosts and guests find a button to the checklist in their reminder DM.
        crew = set(await self.lives.crew(live)) if delivery.kind == "reminder" else set()
        cards: dict[str, discord.Embed] = {}

        async def dress(lt: Messages, user_id: int) -> tuple[discord.Embed, discord.ui.View | None]:
            if lt.locale not in cards:
                cards[lt.locale] = await self.card(lt, delivery, live)
            button = ChecklistButton(live.guild_id, live.id, label=lt("live-checklist-button"))
            return cards[lt.locale], one_button(button) if user_id in crew else None

        await self._send(t, delivery, live, ping, direct, now, dress)

    async def prompt(self, delivery: Delivery, live: Live, now: datetime) -> None:
        """ "How did it go?" to each host and guest (by DM unless they chose otherwise), with
        the report button; one mention in the channel for those who take no DMs."""
        t = await self.guild_messages(live.guild_id)
        crew = await self.lives.crew(live)
        modes = await self.members.reminder_modes(live.guild_id, crew)
        direct = [u for u in crew if modes.get(u, "dm") == "dm"]
        ping = [u for u in crew if modes.get(u, "dm") == "channel"]
        if live.channel_id is None:
            direct, ping = direct + ping, []

        async def dress(lt: Messages, _user: int) -> tuple[discord.Embed, discord.ui.View | None]:
            return prompt_card(lt, live), prompt_view(lt, live)

        await self._send(t, delivery, live, ping, direct, now, dress, always=False)

    async def _send(
        self,
        t: Messages,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        direct: list[int],
        now: datetime,
        dress: Dress,
        *,
        always: bool = True,
    ) -> None:
        """DMs first, each in its recipient's own language; then the channel (in ``t``),
        mentioning those who take no DMs. ``always``: the channel gets the card even when
        nobody is to be mentioned there."""
        done = await self.deliveries.parts_done(delivery.id)
        languages = await self.bot.locales.of_many(live.guild_id, direct)
        for user_id in direct:
            key = PartKey("dm", 0, user_id)
            outcome = done.get(key)
            if outcome is None:
                own = self.bot.messages(languages.get(user_id, t.locale))
                card, view = await dress(own, user_id)
                outcome = await self._dm(delivery, live, user_id, card, now, view)
            if outcome == "refused" and live.channel_id is not None:
                ping.append(user_id)  # closed DMs: a mention in the channel instead
        if live.channel_id is not None and (always or ping):
            card, view = await dress(t, 0)
            await self._channel(t, delivery, live, ping, card, done, now, view)

    async def card(self, t: Messages, delivery: Delivery, live: Live) -> discord.Embed:
        when = {
            "full": format_dt(live.starts_at, "F"),
            "relative": format_dt(live.starts_at, "R"),
        }
        if delivery.kind == "start":
            title = t("live-start-title", title=live.title)
            handles = await self.members.handles(live.guild_id, list(live.host_ids))
            lines = [t("live-start-body", **when)]
            lines += [
                t("live-start-host", host=f"<@{host}>", url=tiktok_live_url(handles[host]))
                for host in live.host_ids
                if host in handles
            ]
        else:
            title = t("live-reminder-title", title=live.title)
            lines = [
                t("live-reminder-body", **when),
                t(
                    "live-announce-hosts",
                    hosts=mention_line(list(live.host_ids)) or t("live-host-left"),
                ),
            ]
        if live.channel_id is not None and live.announcement_message_id is not None:
            url = message_url(live.guild_id, live.channel_id, live.announcement_message_id)
            lines.append(t("live-reminder-link", url=url))
        card = discord.Embed(title=title[:256], description="\n".join(lines)[:4096])
        card.set_footer(text=t("live-announce-footer", number=live.number))
        return card

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
        t: Messages,
        delivery: Delivery,
        live: Live,
        ping: list[int],
        card: discord.Embed,
        done: dict[PartKey, Outcome],
        now: datetime,
        view: discord.ui.View | None = None,
    ) -> None:
        assert live.channel_id is not None
        header = t(HEADERS.get(delivery.kind, "live-reminder-ping"))
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
