"""Time-based Discord snowflakes and timestamps."""

from __future__ import annotations

import datetime as dt
import itertools
import threading

DISCORD_EPOCH_MS = 1420070400000


class Snowflakes:
    """Mints ids for one emulator: stamped with its clock, unique, strictly increasing.

    Ids sort in creation order like Discord's, even when a test moves its clock back
    (an id is then one past the last one made). Each emulator has its own maker, so
    one test's clock never shows in another test's ids.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counter = itertools.count()
        self._last = 0

    def make(self, when: dt.datetime) -> int:
        if when.tzinfo is None:
            raise ValueError("a snowflake needs an aware datetime")
        ms = int(when.timestamp() * 1000)
        with self._lock:
            value = ((ms - DISCORD_EPOCH_MS) << 22) | (next(self._counter) & 0xFFF)
            if value <= self._last:
                value = self._last + 1
            self._last = value
            return value

    def make_on_shard(self, when: dt.datetime, shard_id: int, shard_count: int) -> int:
        """Like ``make``, stamped up to ``shard_count - 1`` ms later so that the id lands on
        shard ``shard_id`` (``(id >> 22) % shard_count``, Discord's rule for servers)."""
        if when.tzinfo is None:
            raise ValueError("a snowflake needs an aware datetime")
        if not 0 <= shard_id < shard_count:
            raise ValueError(f"shard {shard_id} is not one of {shard_count} shards")
        ms = int(when.timestamp() * 1000) - DISCORD_EPOCH_MS
        with self._lock:
            ms = max(ms, (self._last >> 22) + 1)  # a later millisecond than any id made
            ms += (shard_id - ms) % shard_count
            value = (ms << 22) | (next(self._counter) & 0xFFF)
            self._last = value
            return value


def snowflake_time(value: int) -> dt.datetime:
    """The creation time encoded in a snowflake."""
    ms = (value >> 22) + DISCORD_EPOCH_MS
    return dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC)


def iso(when: dt.datetime) -> str:
    """``when`` in Discord's ISO-8601 format (UTC)."""
    return when.astimezone(dt.UTC).isoformat()


def parse_iso(value: str) -> dt.datetime:
    """Parse an ISO-8601 timestamp; naive values are taken as UTC."""
    parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.UTC)
    return parsed
