"""What a confirmed step does: save, create or move the event, post or edit the
announcement, DM Going members. Each returns the reply text, naming what could not
be done and how to fix it (the LIVE itself is always saved)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.offsets import describe_offsets
from cogs.live import announce, reminders
from cogs.live.hosts import HostData
from cogs.live.logic import Draft, event_url, message_url
from cogs.live.series_steps import SeriesSteps
from storage.deliveries import DeliveryRepository, PlannedDelivery
from storage.live import Live, LiveRepository, Rsvp

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)


def when(live: Live) -> dict[str, object]:
    """The catalog arguments that name a LIVE and its time."""
    return {
        "number": live.number,
        "title": live.title,
        "full": format_dt(live.starts_at, "F"),
        "relative": format_dt(live.starts_at, "R"),
    }


class LiveLocks:
    """One lock per LIVE: its changes (database, event, announcement, DMs) run one at a time."""

    def __init__(self) -> None:
        self._locks: dict[tuple[int, int], asyncio.Lock] = {}
        self._users: dict[tuple[int, int], int] = {}

    @asynccontextmanager
    async def hold(self, guild_id: int, live_id: int) -> AsyncIterator[None]:
        key = (guild_id, live_id)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._users[key] -= 1
            if not self._users[key]:  # nobody holds or waits: forget it
                del self._users[key], self._locks[key]


class Effects:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        hosts: HostData,
        on_planned: Callable[[], None] = lambda: None,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.hosts = hosts
        self.deliveries = DeliveryRepository(bot.db)
        self.on_planned = on_planned  # wakes the delivery scheduler
        self.locks = LiveLocks()
        self.series = SeriesSteps(self)

    async def offsets_for(self, draft: Draft) -> tuple[int, ...]:
        if draft.reminder_offsets is not None:
            return draft.reminder_offsets
        settings = await self.bot.guild_settings.get(draft.guild_id)
        return tuple(settings.reminder_offsets)

    async def sent_offsets(self, guild_id: int, live_id: int) -> list[int]:
        """Reminders of a saved LIVE that already went out (minutes before its start)."""
        return [
            d.offset_minutes
            for d in await self.deliveries.for_live(guild_id, live_id)
            if d.kind == "reminder" and d.state == "sent"
        ]

    def reminder_lines(
        self, t: Messages, planned: list[PlannedDelivery], sent: list[int], asked: tuple[int, ...]
    ) -> list[str]:
        """What the reply says about reminders: which will go out, which were left out."""
        pending = [m for m in reminders.pending_offsets(planned) if m not in sent]
        skipped = [m for m in reminders.skipped_offsets(planned) if m not in sent]
        lines = []
        if not asked:
            lines.append(t("live-reminders-none"))
        elif pending:
            lines.append(t("live-reminders-will", offsets=describe_offsets(t, pending)))
        elif skipped:
            lines.append(t("live-reminders-too-soon"))
        if pending and skipped:
            lines.append(t("live-reminders-passed", offsets=describe_offsets(t, skipped)))
        if sent:
            lines.append(t("live-reminders-already-sent", offsets=describe_offsets(t, sent)))
        return lines

    def problems(self, t: Messages, problems: list[str], channel_id: int | None) -> list[str]:
        channel = f"<#{channel_id}>" if channel_id else "—"
        return [f"⚠️ {t(key, channel=channel)}" for key in problems]

    async def place(self, guild: discord.Guild | None, live: Live) -> str:
        handles = await self.hosts.handles(live.guild_id, live.host_ids)
        return await announce.event_location(self.bot, guild, live, handles)

    async def place_event(
        self, guild: discord.Guild | None, live: Live, problems: list[str]
    ) -> int | None:
        """Create the LIVE's event, or move it (a new one when it was deleted); its id."""
        if guild is None:
            return live.event_id
        place = await self.place(guild, live)
        event_id = live.event_id
        problem = (
            await announce.update_event(guild, live, place)
            if event_id
            else "live-problem-event-gone"
        )
        if problem == "live-problem-event-gone":
            event_id, problem = await announce.create_event(guild, live, place)
        if problem:
            problems.append(problem)
        return event_id

    async def refresh_and_tell(
        self, live: Live, key: str, problems: list[str], actor_id: int | None = None
    ) -> tuple[int, int]:
        """Bring the announcement up to date and DM ``key`` to Going members, except the one
        who made the change: (sent, failed)."""
        gt = await self.bot.guild_messages(live.guild_id)
        counts = await self.lives.rsvp_counts(live.guild_id, live.id)
        if problem := await announce.edit_announcement(self.bot, gt, live, counts):
            problems.append(problem)
        going = await self.lives.rsvp_users(live.guild_id, live.id, "going")
        told = [user for user in going if user != actor_id]
        return await self.dm_all(live.guild_id, told, key, **when(live))

    async def publish(self, guild: discord.Guild | None, t: Messages, draft: Draft) -> str:
        """Save a confirmed LIVE, then create its event and post its announcement."""
        now = self.bot.clock.now()
        settings = await self.bot.guild_settings.get(draft.guild_id)
        channel_id = draft.channel_id or settings.live_channel_id
        fallback = channel_id is None and draft.fallback_channel_id is not None
        if fallback:
            channel_id = draft.fallback_channel_id
        offsets = await self.offsets_for(draft)
        if draft.repeat is not None:
            return await self.series.publish(guild, t, draft, channel_id, fallback, offsets)
        planned = reminders.plan(draft.starts_at, draft.duration, offsets, now)
        live = await self.lives.create(
            self.series.new_live(draft, draft.starts_at, channel_id), now, planned
        )
        self.on_planned()
        problems: list[str] = []
        event_id = await self.place_event(guild, live, problems)
        message_id: int | None = None
        if channel_id is None:
            problems.append("live-problem-no-channel")
        else:
            counts: dict[Rsvp, int] = {"going": 0, "maybe": 0, "cant": 0}
            gt = await self.bot.guild_messages(draft.guild_id, draft.scheduler_id)
            message_id, problem = await announce.post_announcement(
                self.bot, gt, live, channel_id, counts
            )
            if problem:
                problems.append(problem)
        await self.lives.set_discord(
            live.guild_id,
            live.id,
            now,
            event_id=event_id,
            channel_id=channel_id,
            announcement_message_id=message_id,
        )
        lines = [t("live-saved", **when(live))]
        if event_id is not None:
            lines.append(t("live-saved-event", url=event_url(live.guild_id, event_id)))
        if message_id is not None and channel_id is not None:
            lines.append(
                t("live-saved-announcement", url=message_url(live.guild_id, channel_id, message_id))
            )
            if fallback:
                lines.append(t("live-saved-here", channel=f"<#{channel_id}>"))
        lines += self.reminder_lines(t, planned, [], offsets)
        return "\n".join(lines + self.problems(t, problems, channel_id))

    async def reschedule(self, guild: discord.Guild | None, t: Messages, draft: Draft) -> str:
        """Move a LIVE, its event and its announcement; tell Going members.

        Holds the LIVE's lock throughout, so a cancel pressed meanwhile waits and then
        finds the LIVE as this left it (and the other way round).
        """
        assert draft.live_id is not None
        async with self.locks.hold(draft.guild_id, draft.live_id):
            return await self._reschedule(guild, t, draft)

    async def _reschedule(self, guild: discord.Guild | None, t: Messages, draft: Draft) -> str:
        assert draft.live_id is not None
        now = self.bot.clock.now()
        before = await self.lives.get(draft.guild_id, draft.live_id)
        if before is None or before.status != "scheduled":
            return t("live-error-not-scheduled")
        offsets = await self.offsets_for(draft)
        planned = reminders.plan(draft.starts_at, draft.duration, offsets, now)
        sent = await self.sent_offsets(before.guild_id, before.id)
        moved = await self.lives.reschedule(
            draft.guild_id,
            before.id,
            draft.starts_at,
            draft.duration,
            now,
            planned=planned,
            reminder_offsets=draft.reminder_offsets,
            keep_offsets=False,
        )
        if moved is None:  # cancelled or ended meanwhile: nothing on Discord is touched
            return t("live-error-not-scheduled")
        live = moved
        self.on_planned()
        problems: list[str] = []
        event_id = await self.place_event(guild, live, problems)
        await self.lives.set_discord(
            live.guild_id,
            live.id,
            now,
            event_id=event_id,
            channel_id=live.channel_id,
            announcement_message_id=live.announcement_message_id,
        )
        sent_dms, failed = await self.refresh_and_tell(
            live, "live-dm-rescheduled", problems, draft.scheduler_id
        )
        lines = [t("live-rescheduled", **when(live), sent=sent_dms, failed=failed)]
        lines += self.reminder_lines(t, planned, sent, offsets)
        return "\n".join(lines + self.problems(t, problems, live.channel_id))

    async def cancel(
        self, guild: discord.Guild | None, t: Messages, live: Live, actor_id: int | None = None
    ) -> str:
        """Mark the LIVE cancelled, remove its event, update its announcement, tell Going members.

        Under the LIVE's lock, and with the LIVE read again inside it (a reschedule that
        finished meanwhile moved its event and announcement).
        """
        async with self.locks.hold(live.guild_id, live.id):
            current = await self.lives.get(live.guild_id, live.id)
            if current is None:
                return t("live-error-not-scheduled")
            return await self._cancel(guild, t, current, actor_id)

    async def _cancel(
        self, guild: discord.Guild | None, t: Messages, live: Live, actor_id: int | None
    ) -> str:
        now = self.bot.clock.now()
        if not await self.lives.cancel(live.guild_id, live.id, now):
            return t("live-error-not-scheduled")  # ended or cancelled meanwhile
        self.on_planned()
        live = replace(live, status="cancelled")
        problems: list[str] = []
        if guild is not None and (problem := await announce.delete_event(guild, live)):
            problems.append(problem)
        sent, failed = await self.refresh_and_tell(live, "live-dm-cancelled", problems, actor_id)
        text = t("live-cancelled", number=live.number, title=live.title, sent=sent, failed=failed)
        return "\n".join([text, *self.problems(t, problems, live.channel_id)])

    async def announce(self, t: Messages, live: Live, channel_id: int) -> str:
        """Post (or post again, elsewhere) a scheduled LIVE's announcement; the reply text."""
        async with self.locks.hold(live.guild_id, live.id):
            current = await self.lives.get(live.guild_id, live.id)
            if current is None or current.status != "scheduled":
                return t("live-error-not-scheduled")
            gt = await self.bot.guild_messages(live.guild_id)
            counts = await self.lives.rsvp_counts(live.guild_id, live.id)
            message_id, problem = await announce.post_announcement(
                self.bot, gt, current, channel_id, counts
            )
            if message_id is None:
                return "\n".join(
                    self.problems(t, [problem or "live-problem-announce-failed"], channel_id)
                )
            if current.channel_id is not None and current.announcement_message_id is not None:
                await announce.delete_announcement(self.bot, current)  # the old one, if any
            await self.lives.set_discord(
                live.guild_id,
                live.id,
                self.bot.clock.now(),
                event_id=current.event_id,
                channel_id=channel_id,
                announcement_message_id=message_id,
            )
        return t(
            "live-announced",
            number=live.number,
            url=message_url(live.guild_id, channel_id, message_id),
        )

    async def ended(self, live: Live) -> None:
        """The LIVE is over: its announcement says so and its RSVP buttons are disabled; in a
        series, the next shows get their events and the next one its announcement."""
        async with self.locks.hold(live.guild_id, live.id):
            gt = await self.bot.guild_messages(live.guild_id)
            counts = await self.lives.rsvp_counts(live.guild_id, live.id)
            await announce.edit_announcement(self.bot, gt, live, counts)
        if live.series_id is not None:
            upcoming = await self.lives.in_series(
                live.guild_id, live.series_id, scheduled_from=self.bot.clock.now()
            )
            problems: list[str] = []
            await self.series.advance(self.bot.get_guild(live.guild_id), upcoming, problems)
            if problems:
                log.info("series %s advanced with problems: %s", live.series_id, problems)

    async def dm_all(
        self, guild_id: int, user_ids: list[int], key: str, **args: object
    ) -> tuple[int, int]:
        """DM ``key`` to each member in their own language: (sent, could not send); closed
        DMs are skipped without fuss."""
        sent = failed = 0
        for user_id in user_ids:
            t = await self.bot.member_messages(guild_id, user_id)
            try:
                channel = await self.bot.create_dm(discord.Object(user_id))
                await channel.send(t(key, **args))
            except discord.HTTPException:
                failed += 1
            else:
                sent += 1
        return sent, failed
