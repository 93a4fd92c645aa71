"""Reading times, durations and weekdays members type, in English, Chinese and Norwegian.

Pure: no discord, no clock. Every function that needs the present takes an
aware ``now`` (UTC) and an IANA ``zone``; wall times are checked against the
zone's DST rules with zoneinfo. Errors are ``BadInput`` with a catalog key.
"""

from __future__ import annotations

from datetime import time

from bot.errors import BadInput
from bot.timeparse._clock import clock as _clock
from bot.timeparse._days import parse_days
from bot.timeparse._duration import parse_duration
from bot.timeparse._lang import normalise as _normalise
from bot.timeparse._when import Prefer, parse_when
from bot.timeparse._zone import AmbiguousTime, NonexistentTime, ParsedTime, resolve_local

__all__ = [
    "AmbiguousTime",
    "NonexistentTime",
    "ParsedTime",
    "Prefer",
    "parse_clock",
    "parse_days",
    "parse_duration",
    "parse_when",
    "resolve_local",
]


def parse_clock(text: str) -> time:
    """A time of day: ``18:00``, ``8pm``, ``kl. 20.30``, ``20``, ``晚上8点``, ``8点半``.

    A bare hour is on the 24-hour clock (``kl 8`` is 08:00). Raises
    ``BadInput("error-clock-format", value=...)`` for anything else.
    """
    raw = text.strip()
    parsed = _clock(_normalise(raw))
    if parsed is None:
        raise BadInput("error-clock-format", value=raw)
    return parsed
