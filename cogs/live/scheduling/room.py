"""What the scheduling room works with, made once per bot (``cogs.live.cog`` makes it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cogs.live.common.locks import LiveLocks
from cogs.live.common.public import PublicSide
from cogs.live.reminders.planning import ReminderPlans
from cogs.live.scheduling._hosts import HostData
from cogs.live.scheduling._pending import PendingSteps
from cogs.live.scheduling.calendar import Calendars
from cogs.live.scheduling.effects import Effects
from cogs.live.scheduling.feed import CalendarFeed
from cogs.live.scheduling.listing import Listing
from cogs.live.scheduling.preview import Preview
from cogs.live.scheduling.reconcile import Reconciled, reconcile_all
from cogs.live.scheduling.steps import Steps
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import LiveRepository

if TYPE_CHECKING:
    from datetime import datetime

    from bot.client import CreatorBot


class Scheduling:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        public: PublicSide,
        locks: LiveLocks,
        series: SeriesSteps,
        on_planned: Callable[[], None],
    ) -> None:
        self.bot = bot
        self.lives = lives
        plans = ReminderPlans(bot)
        self.hosts = HostData(bot.db)
        self.pending = PendingSteps(bot)
        self.effects = Effects(bot, lives, public, locks, plans, series, on_planned)
        self.preview = Preview(bot, lives, self.hosts, self.pending, plans, series, public)
        self.steps = Steps(bot, lives, self.pending, self.preview, self.effects, series)
        self.listing = Listing(bot, lives, public)
        self.calendars = Calendars(bot, lives)
        self.feed = CalendarFeed(bot, lives)

    async def start(self) -> None:
        if self.bot.web is not None:  # the calendar feed, on the bot's web server
            self.bot.web.add("GET", "/calendar/{name}", self.feed.serve)

    async def reconcile(self, started: datetime) -> Reconciled:
        """Adopt or delete the orphan events of every server (``reconcile.py``)."""
        return await reconcile_all(self.bot, self.lives, started)

    async def stop(self) -> None:
        self.pending.close()
