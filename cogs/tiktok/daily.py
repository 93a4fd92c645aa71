"""Running syncs: claimed first, the claim given back as the outcome says, and the daily
sync on its own ``Scheduler``.

Exactly once per member and day, with several processes: each member's daily sync has a
slot (``logic.slot``, spread over the day). A due row is claimed in one statement with a
lease that expires (``TikTokRepository.claim_due``: on PostgreSQL the row is picked
``FOR UPDATE SKIP LOCKED``), so one process takes it; the transaction that saves the sync
moves ``next_sync_at`` to the next day's slot and ends the claim together. A process that
dies mid-sync saved nothing, and its lease runs out, so another takes the row over; a
process whose lease ran out meanwhile finds its claim gone when it saves, and saves
nothing. TikTok failing moves the slot a little later (growing pauses); a 429 pauses every
daily sync of this process for a while; at most ``PER_MINUTE`` members are synced a
minute, to stay within TikTok's 600 requests a minute per endpoint.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from bot.clock import Clock
from bot.scheduler import Scheduler
from cogs.tiktok import logic
from cogs.tiktok.client import TikTokError, TikTokRateLimited
from cogs.tiktok.sync import ClaimLost, SyncReport, SyncService
from cogs.tiktok.tokens import ConnectionBroken, NotConnected
from storage.database import Database
from storage.tiktok import Connection, TikTokRepository

log = logging.getLogger(__name__)

Outcome = Literal["done", "busy", "unavailable", "rate_limited", "broken", "gone", "lost"]
LEASE = timedelta(minutes=10)  # a sync claim lasts this long (a sync takes seconds)
RATE_PAUSE = timedelta(minutes=1)  # after a 429, doubling while they go on...
RATE_PAUSE_MAX = timedelta(minutes=15)  # ...up to this
PER_MINUTE = 60  # members synced a minute at most (a few requests each per endpoint)
IDLE = timedelta(hours=1)

OnBroken = Callable[[Connection], Awaitable[None]]


@dataclass(frozen=True)
class Ran:
    outcome: Outcome
    report: SyncReport | None = None


class SyncRunner:
    def __init__(
        self, repo: TikTokRepository, service: SyncService, clock: Clock, on_broken: OnBroken
    ) -> None:
        self.repo = repo
        self.service = service
        self.clock = clock
        self.on_broken = on_broken

    async def now_for(self, connection: Connection) -> Ran:
        """A sync asked for now (``/tiktok sync``, the first after connecting); the daily
        slot stays where it is. ``busy`` while another sync of the member runs."""
        claimed = await self.repo.claim_sync(connection.id, self.clock.now(), LEASE)
        if claimed is None:
            return Ran("busy")
        return await self.run(claimed, daily=False)

    async def run(self, claimed: Connection, *, daily: bool) -> Ran:
        now = self.clock.now()
        following = logic.next_daily(now, claimed.id) if daily else None
        try:
            report = await self.service.run(claimed, following)
        except ClaimLost:
            log.info("the sync of TikTok connection %s was taken over; not saved", claimed.id)
            return Ran("lost")
        except TikTokRateLimited:
            later = now + RATE_PAUSE if daily else None
            await self.repo.release_sync(claimed, next_sync_at=later)
            return Ran("rate_limited")
        except TikTokError as error:
            log.info("TikTok failed the sync of connection %s: %s", claimed.id, error)
            later = now + logic.backoff(claimed.sync_failures + 1) if daily else None
            await self.repo.release_sync(claimed, next_sync_at=later, failed=daily)
            return Ran("unavailable")
        except ConnectionBroken:
            await self.repo.release_sync(claimed)
            await self.on_broken(claimed)
            return Ran("broken")
        except NotConnected:
            await self.repo.release_sync(claimed)
            return Ran("gone")
        except BaseException:
            await asyncio.shield(self.repo.release_sync(claimed))
            raise
        return Ran("done", report)


class DailySync:
    """The daily sync of every member who keeps it on, on the bot's clock."""

    def __init__(
        self, repo: TikTokRepository, runner: SyncRunner, clock: Clock, db: Database
    ) -> None:
        self.repo = repo
        self.runner = runner
        self.clock = clock
        self._paused_until: datetime | None = None
        self._rate_pause = RATE_PAUSE
        self._loop = Scheduler(
            "tiktok",
            clock,
            self._next_due,
            self._round,
            idle=IDLE,
            writable=db.check_writable,
        )

    def start(self, ready: Callable[[], Awaitable[object]] | None = None) -> None:
        self._loop.start(ready)

    async def stop(self) -> None:
        await self._loop.stop()

    def wake(self) -> None:
        self._loop.wake()

    @property
    def rounds(self) -> int:
        return self._loop.rounds

    async def _next_due(self) -> datetime | None:
        due = await self.repo.next_sync_due()
        if self._paused_until is not None and (due is None or due < self._paused_until):
            return self._paused_until if due is not None else None
        return due

    async def _round(self, now: datetime) -> None:
        if self._paused_until is not None:
            if now < self._paused_until:
                return
            self._paused_until = None
        for _ in range(PER_MINUTE):
            claimed = await self.repo.claim_due(self.clock.now(), LEASE)
            if claimed is None:
                self._rate_pause = RATE_PAUSE
                return
            ran = await self.runner.run(claimed, daily=True)
            if ran.outcome == "rate_limited":
                log.warning(
                    "TikTok asks to slow down (429): daily syncs pause for %s", self._rate_pause
                )
                self._paused_until = self.clock.now() + self._rate_pause
                self._rate_pause = min(self._rate_pause * 2, RATE_PAUSE_MAX)
                return
        self._paused_until = now + timedelta(minutes=1)  # the minute's share is used up
