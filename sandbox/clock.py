"""The sandbox's clock: the bot, its schedulers and the emulator read it; the page moves it.

It starts at a given moment and, when ``flowing``, runs on with real time (measured on a
monotonic clock, so changing the machine's date does nothing). ``advance`` jumps ahead,
waking every sleeper whose moment has come, so reminders and recaps can be watched firing.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from datetime import datetime, timedelta


class SandboxClock:
    def __init__(self, start: datetime, *, flowing: bool = True) -> None:
        if start.tzinfo is None:
            raise ValueError("the sandbox clock needs an aware datetime")
        self._start = start
        self._flowing = flowing
        self._origin = time.monotonic()
        self._jumped = timedelta()
        self._sleepers: list[tuple[datetime, asyncio.Future[None]]] = []

    @property
    def flowing(self) -> bool:
        return self._flowing

    def now(self) -> datetime:
        flowed = (
            timedelta(seconds=time.monotonic() - self._origin) if self._flowing else timedelta()
        )
        return self._start + flowed + self._jumped

    async def sleep_until(self, when: datetime) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (when, future)
        self._sleepers.append(entry)
        try:
            while not future.done():
                delay = (when - self.now()).total_seconds()
                if delay <= 0:
                    break
                # Real time passing wakes the sleeper too, when the clock flows.
                wait = min(delay, 3600.0) if self._flowing else None
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(future), wait)
        finally:
            self._sleepers.remove(entry)
        await asyncio.sleep(0)

    def next_wake(self) -> datetime | None:
        """The earliest moment ahead that something in the bot sleeps until."""
        now = self.now()
        ahead = [when for when, future in self._sleepers if when > now and not future.done()]
        return min(ahead, default=None)

    async def advance(self, delta: timedelta) -> datetime:
        """Jump ``delta`` ahead, wake who is due and let them run; returns the new moment."""
        if delta < timedelta():
            raise ValueError("the sandbox clock only moves forward")
        self._jumped += delta
        now = self.now()
        for when, future in list(self._sleepers):
            if when <= now and not future.done():
                future.set_result(None)
        for _ in range(5):
            await asyncio.sleep(0)
        return now

    async def advance_to(self, moment: datetime) -> datetime:
        return await self.advance(max(moment - self.now(), timedelta()))
