"""The one place product code learns the time, so tests can drive it."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    async def sleep_until(self, when: datetime) -> None:
        """Return at (or soon after) ``when``."""
        ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep_until(self, when: datetime) -> None:
        # Long sleeps are cut into pieces so a suspended machine does not oversleep.
        delay = (when - self.now()).total_seconds()
        while delay > 0:
            await asyncio.sleep(min(delay, 3600))
            delay = (when - self.now()).total_seconds()
