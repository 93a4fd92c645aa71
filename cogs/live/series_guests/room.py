"""What the series and guests room works with, made once per bot (``cogs.live.cog`` makes it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from cogs.live.common.locks import LiveLocks
from cogs.live.common.public import PublicSide
from cogs.live.series_guests.guests import Guests
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot


class SeriesAndGuests:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        public: PublicSide,
        locks: LiveLocks,
        on_planned: Callable[[], None],
    ) -> None:
        self.series = SeriesSteps(bot, lives, public, on_planned)
        self.guests = Guests(bot, lives, public, locks)
