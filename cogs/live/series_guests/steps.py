"""What a recurring show adds to a confirmed step: every show saved at once, and the
Discord side kept ahead of the series (events for the next few shows, an announcement
for the next one) as it goes on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.text import shown
from cogs.live.common.logic import Draft, message_url, new_live
from cogs.live.common.public import PublicSide, problem_lines
from cogs.live.reminders.logic import plan
from cogs.live.reminders.planning import reminder_lines
from cogs.live.series_guests.recurrence import EVENT_WINDOW, INTERVAL_WEEKS, occurrences_for
from storage.live import Live, LiveRepository, NewSeries

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


class SeriesSteps:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        public: PublicSide,
        on_planned: Callable[[], None] = lambda: None,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public
        self.on_planned = on_planned  # wakes the delivery scheduler

    async def later_shows(self, guild_id: int, live_id: int) -> list[Live]:
        """The scheduled shows after this one in its series (none for a single LIVE)."""
        live = await self.lives.get(guild_id, live_id)
        if live is None or live.series_id is None or live.series_position is None:
            return []
        shows = await self.lives.in_series(guild_id, live.series_id, scheduled_from=live.starts_at)
        return [s for s in shows if (s.series_position or 0) > live.series_position]

    async def has_later(self, guild_id: int, live_id: int) -> bool:
        """Whether a LIVE is in a series that has scheduled shows after it."""
        return bool(await self.later_shows(guild_id, live_id))

    async def advance_from(
        self, guild: discord.Guild | None, live: Live, problems: list[str]
    ) -> None:
        """After a show ended or was cancelled: the Discord side of the shows still to come."""
        if live.series_id is None:
            return
        upcoming = await self.lives.in_series(
            live.guild_id, live.series_id, scheduled_from=self.bot.clock.now()
        )
        await self.advance(guild, upcoming, problems)

    async def advance(
        self,
        guild: discord.Guild | None,
        upcoming: list[Live],
        problems: list[str],
        actor_id: int | None = None,
        actor_locale: str | None = None,
    ) -> list[Live]:
        """Keep a series' Discord side ahead of it: events for the next shows (Discord caps a
        server at 100, so only the next few), an announcement for the next one (``actor_id``,
        ``actor_locale``: whose language decides when the server's members are split evenly
        or none has used the bot yet)."""
        now = self.bot.clock.now()
        done: list[Live] = []
        for position, live in enumerate(upcoming[:EVENT_WINDOW]):
            event_id = live.event_id
            if event_id is None and guild is not None:
                event_id = await self.public.place_event(guild, live, problems)
            message_id = live.announcement_message_id
            if position == 0 and message_id is None and live.channel_id is not None:
                message_id, problem = await self.public.post(
                    live, live.channel_id, actor_id, actor_locale
                )
                if problem:
                    problems.append(problem)
            if (event_id, message_id) != (live.event_id, live.announcement_message_id):
                await self.lives.set_discord(
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
        now = self.bot.clock.now()
        found = occurrences_for(draft)
        assert draft.repeat in INTERVAL_WEEKS
        series = NewSeries(
            guild_id=draft.guild_id,
            interval_weeks=INTERVAL_WEEKS[draft.repeat],
            zone=draft.zone or "UTC",
            alternating=draft.alternate_starts_at is not None,
            created_by_user_id=draft.scheduler_id,
        )
        shows = await self.lives.create_series(
            series,
            [
                (
                    new_live(draft, o.starts_at, channel_id),
                    plan(o.starts_at, draft.duration, offsets, now),
                )
                for o in found
            ],
            now,
        )
        self.on_planned()
        problems: list[str] = []
        if channel_id is None:
            problems.append("live-problem-no-channel")
        ahead = await self.advance(
            guild, shows, problems, draft.scheduler_id, draft.scheduler_locale
        )
        first, last = shows[0], shows[-1]
        lines = [
            t(
                "live-series-saved",
                count=len(shows),
                first=first.number,
                last=last.number,
                title=shown(first.title),
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
        lines += reminder_lines(t, plan(first.starts_at, draft.duration, offsets, now), [], offsets)
        return "\n".join(lines + problem_lines(t, sorted(set(problems)), channel_id))
