"""LOG_LEVEL=DEBUG shows the bot's own debug records, not the SQL statements and values."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.main import configure_logging
from storage import SQLiteDatabase


class Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def collector() -> Iterator[Collector]:
    root = logging.getLogger()
    saved = root.level, list(root.handlers)
    names = ("discord", "aiosqlite")
    levels = {name: logging.getLogger(name).level for name in names}
    handler = Collector()
    root.setLevel(logging.DEBUG)  # what configure_logging's basicConfig sets at start-up
    root.addHandler(handler)
    yield handler
    root.setLevel(saved[0])
    root.handlers[:] = saved[1]
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def write_a_secret(tmp_path: Path) -> None:
    async with SQLiteDatabase(tmp_path / "log.sqlite3") as db:
        await db.migrate()
        await db.execute(
            "INSERT INTO members (guild_id, user_id, tiktok_handle, created_at) VALUES (?, ?, ?, 0)",
            (1, 2, "members-private-text"),
        )


async def test_debug_level_keeps_sql_statements_out_of_the_log(
    tmp_path: Path, collector: Collector
) -> None:
    configure_logging("DEBUG")
    assert logging.getLogger("bot").isEnabledFor(logging.DEBUG)
    await write_a_secret(tmp_path)
    assert not [r for r in collector.records if "members-private-text" in r.getMessage()]
    assert not [r for r in collector.records if r.name.startswith("aiosqlite")]


async def test_log_sql_asks_for_them(tmp_path: Path, collector: Collector) -> None:
    configure_logging("DEBUG", log_sql=True)
    await write_a_secret(tmp_path)
    assert [r for r in collector.records if r.name.startswith("aiosqlite")]
