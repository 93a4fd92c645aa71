"""What a recurring show adds to a confirmed step: every show saved at once, and the
Discord side kept ahead of the series (events for the next few shows, an announcement
for the next one) as it goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

import discord
from discord.utils import format_dt

from cogs.live import announce, reminders
from cogs.live.logic import Draft, message_url
from cogs.live.series import EVENT_WINDOW, INTERVAL_WEEKS, occurrences_for
from storage.deliveries import PlannedDelivery
from storage.live import Live, LiveRepository, NewLive, NewSeries

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


class LiveSteps(Protocol):
    """The one-LIVE steps a series builds on (``Effects`` provides them)."""

    bot: CreatorBot
    lives: LiveRepository
    on_planned: Callable[[], None]

    async def place_event(
        self, guild: discord.Guild | None, live: Live, problems: list[str]
    ) -> int | None: ...

    def reminder_lines(
        self, t: Messages, planned: list[PlannedDelivery], sent: list[int], asked: tuple[int, ...]
    ) -> list[str]: ...

    def problems(self, t: Messages, problems: list[str], channel_id: int | None) -> list[str]: ...


class SeriesSteps:
    """The series half of ``Effects``: it uses the LIVE steps of the ``Effects`` it serves."""

    def __init__(self, effects: LiveSteps) -> None:
        self.effects = effects

    def new_live(self, draft: Draft, starts_at: datetime, channel_id: int | None) -> NewLive:
        return NewLive(
            guild_id=draft.guild_id,
            title=draft.title,
            description=draft.description,
            starts_at=starts_at,
            duration=draft.duration,
            host_ids=draft.host_ids,
            channel_id=channel_id,
            created_by_user_id=draft.scheduler_id,
            reminder_offsets=draft.reminder_offsets,
            guest_slots=draft.guest_slots,
        )

    async def advance(
        self, guild: discord.Guild | None, upcoming: list[Live], problems: list[str]
    ) -> list[Live]:
        """Keep a series' Discord side ahead of it: events for the next shows (Discord caps a
        server at 100, so only the next few), an announcement for the next one."""
        now = self.effects.bot.clock.now()
        done: list[Live] = []
        for position, live in enumerate(upcoming[:EVENT_WINDOW]):
            event_id = live.event_id
            if event_id is None and guild is not None:
                event_id = await self.effects.place_event(guild, live, problems)
            message_id = live.announcement_message_id
            if position == 0 and message_id is None and live.channel_id is not None:
                gt = await self.effects.bot.guild_messages(live.guild_id)
                counts = await self.effects.lives.rsvp_counts(live.guild_id, live.id)
                message_id, problem = await announce.post_announcement(
                    self.effects.bot, gt, live, live.channel_id, counts
                )
                if problem:
                    problems.append(problem)
            if (event_id, message_id) != (live.event_id, live.announcement_message_id):
                await self.effects.lives.set_discord(
                    live.guild_id,
                    live.id,
                    now,
                    event_id=event_id,
                    channel_id=live.channel_id,
                    announcement_message_id=message_id,
                )
                live = replace(live, event_id=event_id, announcement_message_id=message_id)
            done.append(live)
        return done

    async def publish(
        self,
        guild: discord.Guild | None,
        t: Messages,
        draft: Draft,
        channel_id: int | None,
        fallback: bool,
        offsets: tuple[int, ...],
    ) -> str:
        """Save every show of a series at once; events and the first announcement follow."""
        now = self.effects.bot.clock.now()
        found = occurrences_for(draft)
        assert draft.repeat in INTERVAL_WEEKS
        series = NewSeries(
            guild_id=draft.guild_id,
            interval_weeks=INTERVAL_WEEKS[draft.repeat],
            zone=draft.zone or "UTC",
            alternating=draft.alternate_starts_at is not None,
            created_by_user_id=draft.scheduler_id,
        )
        shows = await self.effects.lives.create_series(
            series,
            [
                (
                    self.new_live(draft, o.starts_at, channel_id),
                    reminders.plan(o.starts_at, draft.duration, offsets, now),
                )
                for o in found
            ],
            now,
        )
        self.effects.on_planned()
        problems: list[str] = []
        if channel_id is None:
            problems.append("live-problem-no-channel")
        ahead = await self.advance(guild, shows, problems)
        first, last = shows[0], shows[-1]
        lines = [
            t(
                "live-series-saved",
                count=len(shows),
                first=first.number,
                last=last.number,
                title=first.title,
                full=format_dt(first.starts_at, "F"),
                last_full=format_dt(last.starts_at, "F"),
            ),
            t("live-series-saved-events", count=sum(1 for s in ahead if s.event_id is not None)),
        ]
        if ahead and ahead[0].announcement_message_id is not None and channel_id is not None:
            url = message_url(first.guild_id, channel_id, ahead[0].announcement_message_id)
            lines.append(t("live-saved-announcement", url=url))
            if fallback:
                lines.append(t("live-saved-here", channel=f"<#{channel_id}>"))
        lines += self.effects.reminder_lines(
            t, reminders.plan(first.starts_at, draft.duration, offsets, now), [], offsets
        )
        return "\n".join(lines + self.effects.problems(t, sorted(set(problems)), channel_id))
