"""What the reminders room works with, made once per bot (``cogs.live.cog`` makes it): the
deliveries and the scheduler loop that sends them.

What other rooms do for a delivery is handed in: the end of a LIVE (scheduling), the
prompt's card and the checklist button (after the LIVE).
"""

from __future__ import annotations

import logging
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.scheduler import Scheduler
from cogs.live.reminders.deliverer import ChecklistView, LiveDeliverer, OnEnded, PromptMessage
from storage.database import DatabaseError
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)
FEATURE = "cogs.live"  # the feature that sends the LIVE kinds (bot.deliveries.RULES)
# Shared by several processes, the queue is also looked at this often: a notice another
# process sends when it plans a delivery may be lost with a connection.
SHARED_POLL = timedelta(minutes=1)
STOP_GRACE = 5.0  # seconds the deliveries under way may take to finish when the bot stops


class Reminders:
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
        self.deliverer = LiveDeliverer(
            bot,
            lives,
            on_ended=on_ended,
            prompt_message=prompt_message,
            checklist_view=checklist_view,
        )
        self.scheduler = Scheduler(
            "live-deliveries",
            bot.clock,
            self.deliverer.next_due,
            self.deliverer.run_due,
            writable=bot.db.check_writable,
            **({"idle": SHARED_POLL} if bot.db.backend == "postgres" else {}),
        )
        self.deliverer.stopping = lambda: self.scheduler.stopping

    def start(self) -> None:
        self.bot.senders.provide(FEATURE, self.deliverer.kinds())
        self.bot.on_notice("deliveries", lambda _detail: self.scheduler.wake())
        self.scheduler.start(self.bot.wait_until_ready)

    def wake(self) -> None:
        """Deliveries were planned, moved or cancelled: look for due ones now, here and in
        the other processes on the database."""
        self.scheduler.wake()
        self.bot.announce("deliveries")

    async def stop(self) -> None:
        """Stop sending, and give back what this process had claimed and not finished, so
        another process takes it over at once rather than when the claims run out."""
        await self.scheduler.stop(grace=STOP_GRACE)
        try:
            released = await self.deliverer.deliveries.release(self.bot.worker_id)
        except DatabaseError:
            released = 0  # the claims run out by themselves
        if released:
            log.info("gave back %d deliveries this process had claimed", released)
        self.bot.senders.withdraw(FEATURE)
