"""The one ``/live`` group, made of the commands of each room of the feature.

Each room's commands are a ``commands.Cog`` part (``SchedulingCommands``,
``GuestCommands``, ``CalendarCommands``, ``AfterCommands``) that uses what is shared
(``common.access.LiveAccess``) and its own room (``<room>/room.py``). ``LiveCog`` joins the
parts into one ``GroupCog``, makes the rooms, hands each what it needs from another (the
deliveries get the end of a LIVE from scheduling and the prompt's card from after the
LIVE), starts and stops them, and provides the ports the rooms' buttons call. Discord
lists the subcommands in the reverse order of the bases: the last base's come first.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import format_dt

from bot.text import shown
from cogs.live.after import views as after_views
from cogs.live.after.commands import AfterCommands
from cogs.live.after.render import prompt_message
from cogs.live.after.room import AfterTheLive
from cogs.live.common import views as common_views
from cogs.live.common.access import LiveAccess
from cogs.live.common.locks import LiveLocks
from cogs.live.common.public import PublicSide
from cogs.live.reminders.room import Reminders
from cogs.live.scheduling import views as scheduling_views
from cogs.live.scheduling.commands import CalendarCommands, SchedulingCommands
from cogs.live.scheduling.room import Scheduling
from cogs.live.series_guests.commands import GuestCommands
from cogs.live.series_guests.room import SeriesAndGuests
from cogs.live.traces import Traces
from storage.live import Live, LiveRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)
DYNAMIC_ITEMS = (
    *common_views.DYNAMIC_ITEMS,
    *scheduling_views.DYNAMIC_ITEMS,
    *after_views.DYNAMIC_ITEMS,
)
PORTS = (
    common_views.RSVP,
    common_views.GUESTS,
    common_views.CALENDAR,
    scheduling_views.STEPS,
    scheduling_views.LIST,
    after_views.REPORTS,
    after_views.CHECKLIST,
)


def checklist_view(t: Messages, live: Live) -> discord.ui.View:
    return after_views.checklist_button(t, live.guild_id, live.id)


@app_commands.guild_only()
class LiveCog(
    CalendarCommands,
    GuestCommands,
    SchedulingCommands,
    AfterCommands,
    commands.GroupCog,
    group_name="live",
    group_description="Group LIVEs: find a time, schedule, RSVP",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.lives = LiveRepository(bot.db)
        members = MemberRepository(bot.db)
        self.access = LiveAccess(bot, self.lives, members)
        public = PublicSide(bot, self.lives, members)
        locks = LiveLocks()
        self.series_guests = SeriesAndGuests(bot, self.lives, public, locks, self.wake_scheduler)
        self.scheduling = Scheduling(
            bot, self.lives, public, locks, self.series_guests.series, self.wake_scheduler
        )
        self.after = AfterTheLive(bot, self.lives, self.access.is_moderator)
        self.traces = Traces(bot, self.lives, public, members, prompt_message)
        self.reminders = Reminders(
            bot,
            self.lives,
            on_ended=self.scheduling.effects.ended,
            prompt_message=prompt_message,
            checklist_view=checklist_view,
        )

    def wake_scheduler(self) -> None:
        """Deliveries were planned, moved or cancelled (a LIVE saved, moved or cancelled)."""
        self.reminders.wake()

    async def cog_load(self) -> None:
        # Each port is typed with the Protocol its buttons call: mypy checks each room's side.
        ports = self.bot.ports
        ports.provide(common_views.RSVP, self.scheduling.listing)
        ports.provide(common_views.GUESTS, self.series_guests.guests)
        ports.provide(common_views.CALENDAR, self.scheduling.calendars)
        ports.provide(scheduling_views.STEPS, self.scheduling.steps)
        ports.provide(scheduling_views.LIST, self.scheduling.listing)
        ports.provide(after_views.REPORTS, self.after.reports)
        ports.provide(after_views.CHECKLIST, self.after.checklist)
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS)
        self.reminders.start()
        await self.scheduling.start()
        self.reconciling = asyncio.create_task(
            self.reconcile_events(self.bot.clock.now()), name="live-reconcile-events"
        )

    async def reconcile_events(self, started: datetime) -> None:
        """Once the servers are known: adopt or delete orphan events."""
        await self.bot.wait_until_ready()
        done = await self.scheduling.reconcile(started)
        if done.adopted or done.deleted:
            log.info("scheduled events: %d adopted, %d deleted", done.adopted, done.deleted)

    async def cog_unload(self) -> None:
        self.reconciling.cancel()
        await self.scheduling.stop()
        await self.reminders.stop()
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS)
        for port in PORTS:
            self.bot.ports.withdraw(port)

    # -- /privacy delete (bot.hooks.ShownInPublic) ------------------------------------------

    async def shown_in_public(self, guild_id: int, user_id: int) -> Sequence[int]:
        """The LIVEs whose announcement, event or posts may show the member."""
        return await self.traces.shown(guild_id, user_id)

    async def draw_again(self, guild_id: int, user_id: int, shown: Sequence[int]) -> int:
        """Their data is gone: draw those LIVEs' announcements, events and posts again."""
        return await self.traces.draw_again(guild_id, user_id, shown)

    # -- /profile show ---------------------------------------------------------------------

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        """The next LIVE the member hosts, and their last reported LIVE's numbers."""
        lines = []
        live = await self.lives.next_hosted(guild_id, user_id, self.bot.clock.now())
        if live is not None:
            lines.append(
                t(
                    "live-profile-line",
                    number=live.number,
                    title=shown(live.title),
                    relative=format_dt(live.starts_at, "R"),
                )
            )
        reported = await self.after.reports.profile_line(guild_id, user_id, t)
        if reported is not None:
            lines.append(reported)
        return "\n".join(lines) or None
