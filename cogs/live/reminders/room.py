"""What the reminders room works with, made once per bot (``cogs.live.cog`` makes it): the
deliveries and the scheduler loop that sends them.

What other rooms do for a delivery is handed in: the end of a LIVE (scheduling), the
prompt's card and the checklist button (after the LIVE).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.scheduler import Scheduler
from cogs.live.reminders.deliverer import ChecklistView, LiveDeliverer, OnEnded, PromptMessage
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

FEATURE = "cogs.live"  # the feature that sends the LIVE kinds (bot.deliveries.RULES)


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
        )

    def start(self) -> None:
        self.bot.senders.provide(FEATURE, self.deliverer.kinds())
        self.scheduler.start(self.bot.wait_until_ready)

    def wake(self) -> None:
        """Deliveries were planned, moved or cancelled: look for due ones now."""
        self.scheduler.wake()

    async def stop(self) -> None:
        await self.scheduler.stop()
        self.bot.senders.withdraw(FEATURE)
