"""What the after-the-LIVE room works with, made once per bot (``cogs.live.cog`` makes it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.live.after.checklist import Checklist
from cogs.live.after.reports import IsModerator, Reports
from cogs.live.after.stats import LiveStats
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot


class AfterTheLive:
    def __init__(self, bot: CreatorBot, lives: LiveRepository, is_moderator: IsModerator) -> None:
        self.reports = Reports(bot, lives, is_moderator)
        self.stats = LiveStats(bot)
        self.checklist = Checklist(bot, lives)
