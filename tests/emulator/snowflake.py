"""Time-based Discord snowflakes and timestamps."""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time

DISCORD_EPOCH_MS = 1420070400000

_lock = threading.Lock()
_counter = itertools.count()
_last = 0


def snowflake(when_ms: int | None = None) -> int:
    """Return a unique snowflake whose timestamp is ``when_ms`` (default: now).

    Successive calls always return strictly increasing ids, so ids created by
    the emulator sort in creation order like Discord's.
    """
    global _last
    ms = int(time.time() * 1000) if when_ms is None else when_ms
    with _lock:
        value = ((ms - DISCORD_EPOCH_MS) << 22) | (next(_counter) & 0xFFF)
        if value <= _last:
            value = _last + 1
        _last = value
        return value


def snowflake_time(value: int) -> dt.datetime:
    """The creation time encoded in a snowflake."""
    ms = (value >> 22) + DISCORD_EPOCH_MS
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)


def iso_now() -> str:
    """Current UTC time in Discord's ISO-8601 format."""
    return dt.datetime.now(tz=dt.UTC).isoformat()


def parse_iso(value: str) -> dt.datetime:
    """Parse an ISO-8601 timestamp; naive values are taken as UTC."""
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed
