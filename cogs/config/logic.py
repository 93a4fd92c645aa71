"""Pure helpers for /config: reminder offsets and missing permissions (no discord, no clock)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import timedelta

from bot.errors import BadInput
from bot.timeparse import parse_duration

MIN_OFFSET = timedelta(minutes=5)
MAX_OFFSET = timedelta(days=7)
MAX_OFFSETS = 5
# Items are separated by commas (also Chinese ones), semicolons or slashes; spaces stay
# inside an item so "1h 30m" is one offset.
_SEPARATORS = re.compile(r"[,;/，、；]+")

# What the bot needs in a channel it posts LIVE announcements or streak recaps in.
CHANNEL_PERMISSIONS: tuple[str, ...] = (
    "view_channel",
    "send_messages",
    "embed_links",
    "attach_files",
)
# What the bot needs in the server to put LIVEs on Discord's event list.
GUILD_PERMISSIONS: tuple[str, ...] = ("create_events", "manage_events")

CHANNEL_KINDS: dict[str, str] = {"live": "live_channel_id", "recap": "recap_channel_id"}
LANGUAGES: tuple[str, ...] = ("en-US", "zh-CN", "no")
FOLLOW_MEMBERS = "member"  # the language choice that stores NULL


def parse_offsets(text: str) -> list[int]:
    """Reminder offsets in minutes, largest first, without repeats: ``24h, 1h, 15m``.

    1 to 5 offsets, each between 5 minutes and 7 days. Raises ``BadInput`` naming the
    item that is wrong.
    """
    items = [item.strip() for item in _SEPARATORS.split(text) if item.strip()]
    if not items:
        raise BadInput("config-reminders-empty")
    minutes: set[int] = set()
    for item in items:
        try:
            offset = parse_duration(item, minimum=MIN_OFFSET, maximum=MAX_OFFSET)
        except BadInput as error:
            key = "config-reminders-range" if error.key == "error-duration-range" else None
            raise BadInput(key or "config-reminders-format", value=item[:100]) from None
        minutes.add(int(offset.total_seconds() // 60))
    if len(minutes) > MAX_OFFSETS:
        raise BadInput("config-reminders-too-many", count=len(minutes), maximum=MAX_OFFSETS)
    return sorted(minutes, reverse=True)


def split_minutes(minutes: int) -> tuple[int, int, int]:
    """(days, hours, minutes); whole days only when the span is a whole number of days."""
    if minutes >= 1440 and minutes % 1440 == 0:
        return minutes // 1440, 0, 0
    hours, rest = divmod(minutes, 60)
    return 0, hours, rest


def missing_permissions(granted: Iterable[str], needed: Sequence[str]) -> list[str]:
    """The names in ``needed`` that are not in ``granted``, in ``needed``'s order."""
    have = set(granted)
    return [name for name in needed if name not in have]
