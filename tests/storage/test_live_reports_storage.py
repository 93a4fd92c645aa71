"""Migration 0013 and the report repository, on real SQLite files."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from storage import Database, SQLiteDatabase
from storage.database import migrations
from storage.live_reports import Figures, LiveReportRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.mark.sqlite_only
async def test_0013_keeps_sent_parts_and_gives_upcoming_lives_their_prompt(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA foreign_keys = ON")
        for version, _name, sql in migrations():
            if version <= 12:
                raw.executescript(sql)
        raw.execute("PRAGMA user_version = 12")
        raw.execute(
            "INSERT INTO lives (id, guild_id, number, title, starts_at, duration_minutes, "
            "created_at, updated_at) VALUES (1, 5, 1, 'Duet', 2000, 60, 1, 1)"
        )
        raw.executemany(
            "INSERT INTO live_deliveries (id, guild_id, live_id, kind, offset_minutes, due_at, "
            "state) VALUES (?, 5, 1, ?, ?, ?, ?)",
            [(1, "reminder", 60, 1400, "sent"), (2, "end", 0, 5600, "pending")],
        )
        raw.execute(
            "INSERT INTO live_delivery_parts (delivery_id, guild_id, part, user_id, outcome, "
            "done_at) VALUES (1, 5, 'dm', 9, 'sent', 1400)"
        )
        raw.commit()
    async with SQLiteDatabase(path) as db:
        await db.migrate()
        parts = await db.read_all("SELECT delivery_id, user_id FROM live_delivery_parts")
        assert [tuple(row) for row in parts] == [(1, 9)]
        rows = await db.read_all(
            "SELECT kind, due_at, state FROM live_deliveries ORDER BY due_at, id"
        )
        assert [tuple(r) for r in rows] == [
            ("reminder", 1400, "sent"),
            ("end", 5600, "pending"),
            ("prompt", 9200, "pending"),
        ]
        await db.execute("DELETE FROM live_deliveries WHERE id = 1")  # the cascade still holds
        assert await db.read_all("SELECT * FROM live_delivery_parts") == []


async def test_one_report_per_member_and_live(db: Database) -> None:
    repo = LiveReportRepository(db)
    start = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)
    first = await repo.save(1, 10, None, start, 60, Figures(viewers=5), 10, NOW)
    again = await repo.save(1, 10, None, start, 60, Figures(viewers=7), 10, NOW)
    other = await repo.save(2, 10, None, start, 60, Figures(viewers=9), 10, NOW)
    assert first.id == again.id and again.figures.viewers == 7
    assert other.id != first.id  # another server's report is its own
    assert (await repo.summary(1, 10))[1] == 1
    assert [r.viewers for r in await repo.member_history(1, 10)] == [7]


async def test_the_profile_summary_is_the_latest_report_and_the_count(db: Database) -> None:
    repo = LiveReportRepository(db)
    assert await repo.summary(1, 10) == (None, 0)
    start = datetime(2026, 11, 22, 19, 0, tzinfo=UTC)
    for days, viewers in ((0, 5), (14, 8), (7, 6)):  # saved out of order
        await repo.save(
            1, 10, None, start + timedelta(days=days), 60, Figures(viewers=viewers), 10, NOW
        )
    await repo.save(1, 11, None, start + timedelta(days=30), 60, Figures(viewers=99), 11, NOW)
    await repo.save(2, 10, None, start + timedelta(days=30), 60, Figures(viewers=99), 10, NOW)
    latest, count = await repo.summary(1, 10)
    assert latest is not None and count == 3
    assert latest.figures.viewers == 8 and latest.started_at == start + timedelta(days=14)
