"""What the bot sends next on its own, for the page's "To what's due next" button.

Everything the bot schedules: a LIVE's reminders, its "starting now" post, its end and the
"How did it go?" prompt after it (stored as deliveries), and the weekly streak recap and
the Sunday nudges (worked out by the streaks feature from its settings). The clock stops
at the earliest of them, so each can be watched going out on time instead of being jumped
over (a recap found more than a day late is skipped, as it would be after an outage).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from cogs.streaks.service import Due, StreakService
from storage import Database
from storage.deliveries import Delivery, DeliveryRepository
from storage.live import LiveRepository


@dataclass(frozen=True)
class Next:
    """The moment the next scheduled item is due, and what is due then (in words)."""

    at: datetime
    what: list[str]


def _offset(minutes: int) -> str:
    """1440 -> "24-hour", 15 -> "15-minute", 90 -> "90-minute"."""
    if minutes >= 60 and minutes % 60 == 0:
        return f"{minutes // 60}-hour"
    return f"{minutes}-minute"


async def _live_item(db: Database, delivery: Delivery) -> str:
    live = await LiveRepository(db).get(delivery.guild_id, delivery.live_id)
    name = f"LIVE #{live.number} “{live.title}”" if live is not None else "a LIVE"
    if delivery.kind == "reminder":
        return f"the {_offset(delivery.offset_minutes)} reminder of {name}"
    if delivery.kind == "start":
        return f"the start of {name} (its “starting now” post)"
    if delivery.kind == "end":
        return f"the end of {name}"
    return f"the “How did it go?” prompt after {name}"


def _streak_item(due: Due, names: dict[int, str]) -> str:
    if due.kind == "recap":
        guild = names.get(due.guild_id, "the server")
        return f"the weekly streak recap of {guild}"
    who = names.get(due.user_id or 0, "a member")
    return f"{who}'s Sunday streak nudge"


async def next_due(
    db: Database, guild_ids: Iterable[int], now: datetime, names: dict[int, str]
) -> Next | None:
    """The earliest scheduled item of any kind in these servers, and all due with it.

    ``names``: guild and member ids to the names to say them by.
    """
    found: list[tuple[datetime, str]] = []
    deliveries = DeliveryRepository(db)
    soonest = await deliveries.next_due()
    if soonest is not None:
        for delivery in await deliveries.due(soonest):  # every one due at that moment
            what = await _live_item(db, delivery)
            found.append((delivery.due_at, what))
    streaks = StreakService(db)
    for guild_id in guild_ids:
        upcoming = await streaks.upcoming(guild_id, now)
        found.extend((due.at, _streak_item(due, names)) for due in upcoming)
    if not found:
        return None
    at = min(moment for moment, _what in found)
    return Next(at, [what for moment, what in found if moment == at])
