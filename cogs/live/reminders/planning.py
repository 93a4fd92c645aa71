"""A LIVE's reminders as the scheduling steps see them: which offsets it asks for, which
already went out, and what the reply says about them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.offsets import describe_offsets
from cogs.live.common.logic import Draft
from cogs.live.reminders.logic import pending_offsets, skipped_offsets
from storage.deliveries import DeliveryRepository, PlannedDelivery

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


def reminder_lines(
    t: Messages,
    planned: list[PlannedDelivery],
    sent: list[int],
    asked: tuple[int, ...],
    *,
    headed: bool = False,
) -> list[str]:
    """What the reply says about reminders: which will go out, which were left out.
    ``headed``: the lines stand under a "Reminders" heading of their own (the preview's
    field), so the first one does not say "Reminders:" again."""
    pending = [m for m in pending_offsets(planned) if m not in sent]
    skipped = [m for m in skipped_offsets(planned) if m not in sent]
    lines = []
    if not asked:
        lines.append(t("live-reminders-none"))
    elif pending:
        key = "live-reminders-will-headed" if headed else "live-reminders-will"
        lines.append(t(key, offsets=describe_offsets(t, pending)))
    elif skipped:
        lines.append(t("live-reminders-too-soon"))
    if pending and skipped:
        lines.append(t("live-reminders-passed", offsets=describe_offsets(t, skipped)))
    if sent:
        lines.append(t("live-reminders-already-sent", offsets=describe_offsets(t, sent)))
    return lines


class ReminderPlans:
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.deliveries = DeliveryRepository(bot.db)

    async def offsets_for(self, draft: Draft) -> tuple[int, ...]:
        """The draft's own reminder offsets, else the server's defaults."""
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
