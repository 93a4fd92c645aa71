"""Reminder offsets: how long before a LIVE a reminder goes out (``24h, 1h, 15m``).

Shared by the server's defaults (``/config reminders``) and a LIVE's own reminders
(``/live schedule reminders:``). Pure: no discord, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.errors import BadInput
from bot.timeparse import parse_duration

if TYPE_CHECKING:
    from bot.i18n import Messages

MIN_OFFSET = timedelta(minutes=5)
MAX_OFFSET = timedelta(days=7)
MAX_OFFSETS = 5
# Items are separated by commas (also Chinese ones), semicolons or slashes; spaces stay
# inside an item so "1h 30m" is one offset.
_SEPARATORS = re.compile(r"[,;/，、；]+")
NONE_WORDS = frozenset({"none", "no", "off", "ingen", "nei", "av", "无", "不要", "关闭"})


def parse_offsets(text: str) -> list[int]:
    """Reminder offsets in minutes, largest first: ``24h, 1h, 15m``.

    1 to 5 offsets, each between 5 minutes and 7 days, no two the same. Raises
    ``BadInput`` naming the item that is wrong.
    """
    items = [item.strip() for item in _SEPARATORS.split(text) if item.strip()]
    if not items:
        raise BadInput("config-reminders-empty")
    minutes: list[int] = []
    for item in items:
        if item.casefold() in NONE_WORDS:
            raise BadInput("config-reminders-none-mixed")
        try:
            offset = parse_duration(item, minimum=MIN_OFFSET, maximum=MAX_OFFSET)
        except BadInput as error:
            key = "config-reminders-range" if error.key == "error-duration-range" else None
            raise BadInput(key or "config-reminders-format", value=item[:100]) from None
        value = int(offset.total_seconds() // 60)
        if value in minutes:
            raise BadInput("config-reminders-duplicate", value=item[:100])
        minutes.append(value)
    if len(minutes) > MAX_OFFSETS:
        raise BadInput("config-reminders-too-many", count=len(minutes), maximum=MAX_OFFSETS)
    return sorted(minutes, reverse=True)


def parse_live_reminders(text: str) -> tuple[int, ...]:
    """A LIVE's own reminders: offsets as ``parse_offsets``, or ``none`` for no reminders."""
    if text.strip().casefold() in NONE_WORDS:
        return ()
    return tuple(parse_offsets(text))


def split_minutes(minutes: int) -> tuple[int, int, int]:
    """(days, hours, minutes); whole days only when the span is a whole number of days."""
    if minutes >= 1440 and minutes % 1440 == 0:
        return minutes // 1440, 0, 0
    hours, rest = divmod(minutes, 60)
    return 0, hours, rest


def describe_offset(t: Messages, minutes: int) -> str:
    days, hours, rest = split_minutes(minutes)
    parts = []
    if days:
        parts.append(t("config-unit-days", n=days))
    if hours:
        parts.append(t("config-unit-hours", n=hours))
    if rest or not parts:
        parts.append(t("config-unit-minutes", n=rest))
    return " ".join(parts)


def describe_offsets(t: Messages, offsets: Sequence[int]) -> str:
    return t.enumerate(describe_offset(t, minutes) for minutes in offsets)
