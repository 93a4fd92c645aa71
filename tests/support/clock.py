"""A clock tests move by hand; background jobs sleeping on it wake when it passes their time."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

# A Monday noon UTC, fixed so week and streak tests are repeatable. Every test, fixture
# and emulator reads a ManualClock starting here (or at a moment a test chooses), never
# the machine's date.
DEFAULT_NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


class ManualClock:
    def __init__(self, now: datetime) -> None:
        if now.tzinfo is None:
            raise ValueError("ManualClock needs an aware datetime")
        self._now = now
        self._sleepers: list[tuple[datetime, asyncio.Future[None], str]] = []

    def now(self) -> datetime:
        return self._now

    async def sleep_until(self, when: datetime) -> None:
        if when <= self._now:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        task = asyncio.current_task()
        self._sleepers.append((when, future, task.get_name() if task is not None else ""))
        try:
            await future
        finally:
            self._sleepers = [entry for entry in self._sleepers if entry[1] is not future]

    @property
    def sleepers(self) -> list[datetime]:
        return sorted(when for when, future, _task in self._sleepers if not future.done())

    def asleep(self, task_name: str) -> bool:
        """Whether a task whose name starts with ``task_name`` waits for a moment still ahead."""
        return any(
            task.startswith(task_name) and when > self._now and not future.done()
            for when, future, task in self._sleepers
        )

    async def set(self, moment: datetime) -> None:
        """Jump to ``moment``, waking every sleeper whose time has come, then let them run."""
        self._now = moment
        for when, future, _task in list(self._sleepers):
            if when <= moment and not future.done():
                future.set_result(None)
        for _ in range(5):
            await asyncio.sleep(0)

    async def advance(self, delta: timedelta) -> None:
        await self.set(self._now + delta)
