"""One background loop per kind of scheduled work, on the injected clock.

The loop asks its work when something is next due, sleeps until then (never polling),
and runs what is due. ``wake()`` makes it ask again at once: call it after adding,
moving or cancelling work that may now be due sooner. An error in one round is logged
and the loop goes on after a pause, so one bad row never stops reminders for good.
Work still due right after its round (a round takes a bounded batch) runs again at
once, ``BACK_TO_BACK`` rounds in a row at most: then the loop logs and pauses, so work
that a round leaves due by mistake never turns the loop into a busy spin.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.clock import Clock
from storage.database import DatabaseBusy, DatabaseUnavailable, wait_longer_for_writes

log = logging.getLogger(__name__)

NextDue = Callable[[], Awaitable[datetime | None]]
RunDue = Callable[[datetime], Awaitable[None]]

WRITE_PATIENCE = 10.0  # seconds a scheduled write waits for the database's write lock
BACK_TO_BACK = 20  # rounds in a row that may leave work due at once before a pause


class Scheduler:
    def __init__(
        self,
        name: str,
        clock: Clock,
        next_due: NextDue,
        run_due: RunDue,
        *,
        idle: timedelta = timedelta(hours=6),
        pause_after_error: timedelta = timedelta(minutes=1),
        writable: Callable[[], None] | None = None,
    ) -> None:
        self.name = name
        self.clock = clock
        self._next_due = next_due
        self._run_due = run_due
        self._idle = idle  # with nothing due, look again after this long anyway
        self._pause = pause_after_error
        # Raises DatabaseUnavailable when the database cannot record what a round sends.
        self._writable = writable
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._in_round = False
        self._round_over = asyncio.Event()
        self.stopping = False  # asked to stop: a round under way finishes, no new one starts
        self.rounds = 0  # how many times due work was looked for (for tests and benchmarks)

    def start(self, ready: Callable[[], Awaitable[object]] | None = None) -> None:
        self._task = asyncio.create_task(self._loop(ready), name=f"scheduler-{self.name}")

    async def stop(self, grace: float = 0.0) -> None:
        """Stop the loop. With ``grace``, a round under way may finish first (for up to that
        many seconds: its work, told by ``stopping``, takes nothing new on)."""
        if self._task is not None:
            self.stopping = True
            if grace and self._in_round:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._round_over.wait(), grace)
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def wake(self) -> None:
        """Look for due work now (something was added, moved or cancelled)."""
        self._wake.set()

    async def _loop(self, ready: Callable[[], Awaitable[object]] | None) -> None:
        if ready is not None:
            await ready()
        # Nobody waits on a 3-second clock here: writes may wait longer for the lock.
        wait_longer_for_writes(WRITE_PATIENCE)
        waiting_for_database = False
        back_to_back = 0
        while True:
            self._wake.clear()
            now = self.clock.now()
            try:
                self.rounds += 1
                if self._writable is not None:
                    self._writable()  # before anything is sent that would then be recorded
                self._in_round, self._round_over = True, asyncio.Event()
                try:
                    await self._run_due(now)
                finally:
                    self._in_round = False
                    self._round_over.set()
                if self.stopping:
                    return
                due = await self._next_due()
            except asyncio.CancelledError:
                raise
            except DatabaseBusy:
                # another process holds SQLite's write lock: nothing was sent twice or lost
                log.warning("the %s scheduler waits for the database; trying again", self.name)
                due = now + self._pause
            except DatabaseUnavailable:
                # The database logged why, once; nothing is sent until it takes writes again.
                if not waiting_for_database:
                    log.warning(
                        "the %s scheduler pauses until the database takes writes", self.name
                    )
                waiting_for_database = True
                due = now + self._pause
            except Exception:
                log.exception("the %s scheduler failed; trying again shortly", self.name)
                due = now + self._pause
            else:
                waiting_for_database = False
            back_to_back = back_to_back + 1 if due is not None and due <= now else 0
            if back_to_back > BACK_TO_BACK:
                log.warning(
                    "the %s scheduler still finds work due after %d rounds in a row; pausing",
                    self.name,
                    BACK_TO_BACK,
                )
                back_to_back = 0
                due = now + self._pause
            until = now + self._idle if due is None else min(due, now + self._idle)
            if until > now:
                await self._sleep_until(until)

    async def _sleep_until(self, when: datetime) -> None:
        sleeper = asyncio.create_task(
            self.clock.sleep_until(when), name=f"scheduler-{self.name}-sleep"
        )
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, waker):
                task.cancel()
