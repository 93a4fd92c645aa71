"""What a confirmed step does: save, create or move the event, post or edit the
announcement, DM Going members. Each returns the reply text, naming what could not
be done and how to fix it (the LIVE itself is always saved)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import discord

from bot.text import shown
from cogs.live.common.locks import LiveLocks
from cogs.live.common.logic import Draft, event_url, message_url, new_live
from cogs.live.common.public import PublicSide, problem_lines, when
from cogs.live.reminders.logic import plan
from cogs.live.reminders.planning import ReminderPlans, reminder_lines
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)


class Effects:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        public: PublicSide,
        locks: LiveLocks,
        plans: ReminderPlans,
        series: SeriesSteps,
        on_planned: Callable[[], None] = lambda: None,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public
        self.locks = locks
        self.plans = plans
        self.series = series
        self.on_planned = on_planned  # wakes the delivery scheduler

    async def publish(self, guild: discord.Guild | None, t: Messages, draft: Draft) -> str:
        """Save a confirmed LIVE, then create its event and post its announcement."""
        now = self.bot.clock.now()
        settings = await self.bot.guild_settings.get(draft.guild_id)
        channel_id = draft.channel_id or settings.live_channel_id
        fallback = channel_id is None and draft.fallback_channel_id is not None
        if fallback:
            channel_id = draft.fallback_channel_id
        offsets = await self.plans.offsets_for(draft)
        if draft.repeat is not None:
            return await self.series.publish(guild, t, draft, channel_id, fallback, offsets)
        planned = plan(draft.starts_at, draft.duration, offsets, now)
        live = await self.lives.create(new_live(draft, draft.starts_at, channel_id), now, planned)
        self.on_planned()
        problems: list[str] = []
        event_id = await self.public.place_event(guild, live, problems)
        message_id: int | None = None
        if channel_id is None:
            problems.append("live-problem-no-channel")
        else:
            message_id, problem = await self.public.post(
                live, channel_id, draft.scheduler_id, draft.scheduler_locale
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
        lines += reminder_lines(t, planned, [], offsets)
        return "\n".join(lines + problem_lines(t, problems, channel_id))

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
        offsets = await self.plans.offsets_for(draft)
        planned = plan(draft.starts_at, draft.duration, offsets, now)
        sent = await self.plans.sent_offsets(before.guild_id, before.id)
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
        event_id = await self.public.place_event(guild, live, problems)
        await self.lives.set_discord(
            live.guild_id,
            live.id,
            now,
            event_id=event_id,
            channel_id=live.channel_id,
            announcement_message_id=live.announcement_message_id,
        )
        sent_dms, failed = await self.public.refresh_and_tell(
            live, "live-dm-rescheduled", problems, draft.scheduler_id
        )
        lines = [t("live-rescheduled", **when(live), sent=sent_dms, failed=failed)]
        lines += reminder_lines(t, planned, sent, offsets)
        return "\n".join(lines + problem_lines(t, problems, live.channel_id))

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
        if guild is not None and (problem := await self.public.delete_event(guild, live)):
            problems.append(problem)
        sent, failed = await self.public.refresh_and_tell(
            live, "live-dm-cancelled", problems, actor_id
        )
        text = t(
            "live-cancelled", number=live.number, title=shown(live.title), sent=sent, failed=failed
        )
        return "\n".join([text, *problem_lines(t, problems, live.channel_id)])

    async def announce(self, t: Messages, live: Live, channel_id: int) -> str:
        """Post (or post again, elsewhere) a scheduled LIVE's announcement; the reply text."""
        async with self.locks.hold(live.guild_id, live.id):
            current = await self.lives.get(live.guild_id, live.id)
            if current is None or current.status != "scheduled":
                return t("live-error-not-scheduled")
            message_id, problem = await self.public.post(current, channel_id)
            if message_id is None:
                return "\n".join(
                    problem_lines(t, [problem or "live-problem-announce-failed"], channel_id)
                )
            if current.channel_id is not None and current.announcement_message_id is not None:
                await self.public.remove(current)  # the old one, if any
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
            await self.public.refresh(live)
        problems: list[str] = []
        await self.series.advance_from(self.bot.get_guild(live.guild_id), live, problems)
        if problems:
            log.info("series %s advanced with problems: %s", live.series_id, problems)
