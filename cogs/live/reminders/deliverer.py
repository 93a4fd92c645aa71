"""Sends what a LIVE has on its schedule: reminders, the "starting now" post, the end, and
the "How did it go?" prompt an hour later.

Exactly once, across crashes and restarts:

1. Every delivery is a row before it is due (``storage.deliveries``); a LIVE's deliveries
   change in the same transaction as the LIVE (schedule, move, cancel).
2. A delivery is made of parts, each sent with a nonce and recorded once Discord took it
   (``_parts``): after a crash, only the parts not recorded are sent again.
3. Each delivery is claimed before it is sent (``DeliveryRepository.claim_due``), with a
   lease that every part extends: several processes share the queue, none sends what
   another holds, and a process that stopped leaves its claims to run out, to be taken
   over. A part re-checks, as it extends the claim, that its LIVE was not cancelled.

What is sent, skipped as late, or tried again after a passing Discord failure follows
each kind's rules (``bot.deliveries.RULES``, ``logic.triage``); ``handler`` says how each
kind is sent. The end of a LIVE and the prompt's card come from the rooms they belong to
(scheduling, after the LIVE), handed in by the cog.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, assert_never

import discord

from bot.deliveries import LIVE_KINDS, retry_pause
from cogs.live.reminders import logic
from cogs.live.reminders._parts import Abandoned, ChannelRefused, Parts, Transient
from cogs.live.reminders.render import reminder_card, start_card
from storage.database import DatabaseBusy, DatabaseUnavailable
from storage.deliveries import Claimed, Delivery, DeliveryRepository, Kind
from storage.live import Live, LiveRepository
from storage.members import MemberRepository, ReminderMode

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)

PARALLEL_LIVES = 8  # LIVEs handled at once in a burst; discord.py keeps within rate limits
CLAIM_BATCH = 4 * PARALLEL_LIVES  # deliveries claimed at a time

Handler = Callable[[Delivery, Live, datetime], Awaitable[None]]
OnEnded = Callable[[Live], Awaitable[None]]
# The "How did it go?" card and its report button, in a language.
PromptMessage = Callable[["Messages", Live], tuple[discord.Embed, discord.ui.View]]
# The checklist button a host or guest finds in their reminder DM, in a language.
ChecklistView = Callable[["Messages", Live], discord.ui.View]


class LiveDeliverer:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        *,
        on_ended: OnEnded,
        prompt_message: PromptMessage,
        checklist_view: ChecklistView,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.deliveries = DeliveryRepository(bot.db)
        self.members = MemberRepository(bot.db)
        self.parts = Parts(bot, self.deliveries)
        self.on_ended = on_ended
        self.prompt_message = prompt_message
        self.checklist_view = checklist_view
        self.stopping: Callable[[], bool] = lambda: False  # the scheduler says when

    async def next_due(self) -> datetime | None:
        return await self.deliveries.next_due()

    async def run_due(self, now: datetime) -> None:
        """Claim the deliveries due at ``now`` that no other process holds, a batch at a
        time (so that several processes share a burst, and one that stops holds back little
        of it), and handle them LIVE by LIVE, a few LIVEs at a time."""
        while not self.stopping() and (
            claimed := await self.deliveries.claim_due(
                now, self.bot.worker_id, self.bot.settings.claim_lease_seconds, limit=CLAIM_BATCH
            )
        ):
            await self._run_claimed(claimed, now)

    async def _run_claimed(self, claimed: list[Claimed], now: datetime) -> None:
        by_live: dict[tuple[int, int], list[Delivery]] = {}
        for claim in claimed:
            delivery = claim.delivery
            self.bot.metrics.delivery(delivery.kind, "due")
            if claim.taken_from not in (None, self.bot.worker_id):
                log.info(
                    "took over the %s of LIVE %s from %s, whose claim ran out",
                    delivery.kind,
                    delivery.live_id,
                    claim.taken_from,
                )
                self.bot.metrics.taken_over(delivery.kind)
            by_live.setdefault((delivery.guild_id, delivery.live_id), []).append(delivery)
        gate = asyncio.Semaphore(PARALLEL_LIVES)

        async def one(key: tuple[int, int], items: list[Delivery]) -> None:
            async with gate:
                try:
                    await self.run_live(key[0], key[1], items, now)
                except (DatabaseBusy, DatabaseUnavailable):
                    raise  # nothing was marked: the claims run out, the round is tried again
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
        if await self.bot.guild_settings.left_at(guild_id) is not None:
            # The bot left the server: nothing goes to its members (kept if it comes back).
            for delivery in due:
                await self.deliveries.finish(delivery, "skipped", now, "the bot left the server")
            return
        for decision in logic.triage(due, live.starts_at, live.ends_at, now):
            delivery = decision.delivery
            if decision.action == "fail":
                log.error(
                    "could not send delivery %s of LIVE %s: %s", delivery.id, live.id, decision.note
                )
                await self.deliveries.finish(delivery, "failed", now, decision.note)
                self.bot.metrics.delivery(delivery.kind, "failed")
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
                self.bot.metrics.delivery(delivery.kind, "late")
                continue
            try:
                await self.handler(delivery.kind)(delivery, live, now)
            except Transient as error:
                await self._retry_or_fail(delivery, now, str(error))
                continue
            except ChannelRefused as refused:
                note = f"channel: {refused.reason}"
                log.warning("the %s of LIVE %s failed: %s", delivery.kind, live.id, note)
                await self.deliveries.finish(delivery, "failed", now, note)
                self.bot.metrics.delivery(delivery.kind, "failed")
                continue
            except Abandoned:
                log.info(
                    "stopped the %s of LIVE %s: no longer this process's", delivery.kind, live.id
                )
                continue
            if await self.deliveries.finish(delivery, "sent", now):
                self.bot.metrics.delivery(delivery.kind, "sent")

    def kinds(self) -> list[Kind]:
        """Every kind of LIVE delivery, each with its handler (``handler`` covers them all)."""
        return [kind for kind in LIVE_KINDS if self.handler(kind) is not None]

    def handler(self, kind: Kind) -> Handler:
        """How a delivery of ``kind`` is sent."""
        match kind:
            case "reminder":
                return self.remind
            case "start":
                return self.starting
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
            self.bot.metrics.delivery(delivery.kind, "retried")
        else:
            log.error(
                "gave up on the %s of LIVE %s after %d attempts: %s",
                delivery.kind,
                delivery.live_id,
                delivery.attempts + 1,
                note,
            )
            await self.deliveries.finish(delivery, "failed", now, note[:200])
            self.bot.metrics.delivery(delivery.kind, "failed")

    # -- the kinds ------------------------------------------------------------------------

    async def remind(self, delivery: Delivery, live: Live, now: datetime) -> None:
        """A reminder: hosts and guests by DM (with the checklist button) unless they chose
        otherwise; Going members as they chose (a mention in the channel by default)."""
        t = await self.bot.guild_messages(live.guild_id)
        ping, direct = await self.recipients(live, crew_too=True)
        crew = set(await self.lives.crew(live))
        cards: dict[str, discord.Embed] = {}

        async def dress(lt: Messages, user_id: int) -> tuple[discord.Embed, discord.ui.View | None]:
            if lt.locale not in cards:
                cards[lt.locale] = reminder_card(lt, live)
            return cards[lt.locale], self.checklist_view(lt, live) if user_id in crew else None

        await self.parts.send(
            t,
            delivery,
            live,
            ping,
            direct,
            now,
            dress,
            header="live-reminder-ping",
            by_dm="live-reminder-by-dm",
        )

    async def starting(self, delivery: Delivery, live: Live, now: datetime) -> None:
        """ "Starting now", with each host's TikTok LIVE link, to Going members."""
        t = await self.bot.guild_messages(live.guild_id)
        ping, direct = await self.recipients(live, crew_too=False)
        known = await self.members.handles(live.guild_id, live.host_ids)
        cards: dict[str, discord.Embed] = {}

        async def dress(lt: Messages, _user: int) -> tuple[discord.Embed, discord.ui.View | None]:
            if lt.locale not in cards:
                cards[lt.locale] = start_card(lt, live, known)
            return cards[lt.locale], None

        await self.parts.send(
            t,
            delivery,
            live,
            ping,
            direct,
            now,
            dress,
            header="live-start-ping",
            by_dm="live-start-by-dm",
        )

    async def end(self, _delivery: Delivery, live: Live, now: datetime) -> None:
        if await self.lives.mark_ended(live.guild_id, live.id, now):
            ended = await self.lives.get(live.guild_id, live.id)
            if ended is not None:
                await self.on_ended(ended)

    async def prompt(self, delivery: Delivery, live: Live, now: datetime) -> None:
        """ "How did it go?" to each host and guest (by DM unless they chose otherwise), with
        the report button; one mention in the channel for those who take no DMs."""
        t = await self.bot.guild_messages(live.guild_id)
        crew = await self.lives.crew(live)
        modes = await self.members.reminder_modes(live.guild_id, crew)
        direct = [u for u in crew if modes.get(u, "dm") == "dm"]
        ping = [u for u in crew if modes.get(u, "dm") == "channel"]
        if live.channel_id is None:
            direct, ping = direct + ping, []

        async def dress(lt: Messages, _user: int) -> tuple[discord.Embed, discord.ui.View | None]:
            return self.prompt_message(lt, live)

        await self.parts.send(
            t, delivery, live, ping, direct, now, dress, header="live-prompt-ping", always=False
        )

    # -- who hears of it ------------------------------------------------------------------

    async def recipients(self, live: Live, *, crew_too: bool) -> tuple[list[int], list[int]]:
        """(members to ping in the channel, members to DM), in a stable order: Going
        members, and with ``crew_too`` the hosts and guests, who are reminded by DM unless
        they chose otherwise."""
        going = await self.lives.rsvp_users(live.guild_id, live.id, "going")
        hosts = set(live.host_ids)
        guests: list[int] = []
        if crew_too and live.guest_slots:  # guests are reminded like hosts
            signed = await self.lives.guests(live.guild_id, live)
            hosts |= set(signed.guests)
            guests = [g for g in signed.guests if g not in live.host_ids]
        modes = await self.members.reminder_modes(
            live.guild_id, list(dict.fromkeys([*live.host_ids, *going, *guests]))
        )
        ping: list[int] = []
        direct: list[int] = []
        if crew_too:
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
