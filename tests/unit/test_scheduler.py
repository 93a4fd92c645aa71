"""The scheduler loop sleeps until work is due and never spins on work a round leaves due."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

import pytest

from bot.scheduler import BACK_TO_BACK, Scheduler
from tests.support.clock import DEFAULT_NOW, ManualClock


async def test_work_left_due_by_its_round_pauses_the_loop_instead_of_spinning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = ManualClock(DEFAULT_NOW)
    seen: list[datetime] = []

    async def next_due() -> datetime | None:
        return DEFAULT_NOW - timedelta(minutes=1)  # a round that never finishes its work

    async def run_due(now: datetime) -> None:
        seen.append(now)

    scheduler = Scheduler("stuck", clock, next_due, run_due)
    with caplog.at_level(logging.WARNING, logger="bot.scheduler"):
        scheduler.start()
        await asyncio.sleep(0.2)
        rounds = scheduler.rounds
        await asyncio.sleep(0.2)
        assert scheduler.rounds == rounds == BACK_TO_BACK + 1  # then asleep, not spinning
        assert clock.asleep("scheduler-stuck")
        await clock.advance(timedelta(minutes=1))  # the pause after an error
        await asyncio.sleep(0.05)
        assert scheduler.rounds > rounds
        await scheduler.stop()
    assert any("rounds in a row" in r.getMessage() for r in caplog.records)


async def test_a_backlog_runs_round_after_round_while_it_shrinks() -> None:
    clock = ManualClock(DEFAULT_NOW)
    backlog = [DEFAULT_NOW - timedelta(minutes=n) for n in range(BACK_TO_BACK)]

    async def next_due() -> datetime | None:
        return backlog[0] if backlog else None

    async def run_due(now: datetime) -> None:
        if backlog:
            backlog.pop()

    scheduler = Scheduler("backlog", clock, next_due, run_due)
    scheduler.start()
    await asyncio.sleep(0.1)
    await scheduler.stop()
    assert backlog == []
    assert scheduler.rounds == BACK_TO_BACK
