"""The database file deleted, made read-only or full while the bot runs.

SQLite itself would go on writing into a deleted file (its open handle keeps the data
alive until the process ends, then it is gone), so members would be told "saved" for
changes nobody will ever read. The bot looks at the file before every write instead: a
member gets a short, ephemeral answer in their language, the log says once what happened
and what to do, reads keep answering, the scheduled work pauses without sending anything
it could not record, and nothing crashes or loops.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from pathlib import Path

import pytest

from tests.e2e.live_support import set_channel
from tests.e2e.test_live_reminders import START, at, posts, schedule
from tests.support.harness import Harness

# The SQLite file deleted, read-only or full (PostgreSQL going away: tests/postgres).
pytestmark = pytest.mark.sqlite_only

UNAVAILABLE = {
    "en-US": "cannot be written",
    "no": "kan ikke skrives til",
    "zh-CN": "数据库文件无法写入",
}
ER = {"views": "50K", "likes": "4.5K", "comments": "300", "shares": "200"}


def _files(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("", "-wal", "-shm")]


def _database_logs(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.name == "storage.sqlite"]


async def test_a_deleted_database_file_refuses_writes_clearly_and_keeps_reading(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    await h.slash(h.alice, "post log", {"when": "yesterday"})  # not the minute of those below
    for file in _files(h.db_path):
        file.unlink(missing_ok=True)

    with h.expect_errors() as logged:
        answers = {
            locale: await h.slash(h.alice, "post log", {}, locale=locale) for locale in UNAVAILABLE
        }
        saved = await h.slash(h.bob, "er views", ER)
        # Reads still answer: the open file is still readable.
        shown = await h.slash(h.alice, "post list", {})
        about = await h.slash(h.bob, "about", {})
    for locale, answer in answers.items():
        assert UNAVAILABLE[locale] in answer.text, answer.text
        assert answer.ephemeral
        assert len(answer.text) < 300
    assert UNAVAILABLE["en-US"] in saved.text and saved.ephemeral
    assert "Sorry" not in shown.text and UNAVAILABLE["en-US"] not in shown.text
    assert "tiktok" in shown.text.lower() or "no link" in shown.text.lower(), shown.text
    assert "CreatorPulse" in about.text
    errors = _database_logs(logged)
    assert len(errors) == 1, errors  # once for the spell, not once per command
    assert "deleted" in errors[0] and "restart" in errors[0]
    assert not h.db_path.exists()  # nothing re-created the file behind the bot's back


async def test_a_read_only_file_pauses_reminders_until_it_is_writable_again(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    caplog.set_level(logging.INFO)
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="15m")
    going = h.rows("SELECT COUNT(*) AS n FROM live_deliveries WHERE state = 'pending'")[0]["n"]
    assert going >= 2  # the reminder, the start and the end are planned
    before = h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"]
    rounds_before = h.bot.get_cog("LiveCog").reminders.scheduler.rounds  # type: ignore[union-attr]
    h.db_path.chmod(0o444)
    try:
        with h.expect_errors() as logged:
            refused = await h.slash(h.alice, "post log", {}, locale="zh-CN")
            # The reminder falls due while the file is read-only; ten minutes pass.
            for minute in range(11):
                await at(h, START - timedelta(minutes=15 - minute))
        assert UNAVAILABLE["zh-CN"] in refused.text and refused.ephemeral
        assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == before
        assert posts(h) == [], "a reminder went out that the bot could not record"
        errors = _database_logs(logged)
        assert len(errors) == 1 and "read-only" in errors[0], errors
        pauses = [r for r in caplog.records if "live-deliveries scheduler pauses" in r.getMessage()]
        assert len(pauses) == 1
        rounds = h.bot.get_cog("LiveCog").reminders.scheduler.rounds - rounds_before  # type: ignore[union-attr]
        assert rounds <= 12, f"{rounds} scheduler rounds in ten minutes: it loops"
    finally:
        h.db_path.chmod(0o644)

    # Writable again: the next round sends the reminder that waited, once.
    await at(h, START - timedelta(minutes=3))
    await at(h, START - timedelta(minutes=2))
    sent = posts(h)
    assert len(sent) == 1 and "LIVE reminder" in sent[0]["content"], [m["content"] for m in sent]
    states = h.rows("SELECT kind, state FROM live_deliveries ORDER BY due_at")
    assert [row["state"] for row in states if row["kind"] == "reminder"] == ["sent"], states
    again = await h.slash(h.alice, "post log", {})
    assert UNAVAILABLE["en-US"] not in again.text
    assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == before + 1
    assert any("accepts writes again" in r.getMessage() for r in caplog.records)


async def test_a_full_disk_refuses_the_write_and_changes_nothing(harness: Harness) -> None:
    h = harness
    await h.slash(h.alice, "post log", {"when": "yesterday"})  # not the minute of those below
    before = h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"]
    conn = h.bot.db.conn
    row = await (await conn.execute("PRAGMA page_count")).fetchone()
    assert row is not None
    # What a full disk looks like to SQLite: the file cannot grow by another page.
    await conn.execute(f"PRAGMA max_page_count = {row[0]}")
    links = [f"https://www.tiktok.com/@alice/video/72300000000000{i:05d}" for i in range(40)]
    try:
        with h.expect_errors() as logged:
            answers = [await h.slash(h.alice, "post log", {"video": link}) for link in links]
            moved = await h.slash(h.bob, "timezone set", {"zone": "Oslo"}, locale="no")
    finally:
        await conn.execute("PRAGMA max_page_count = 4294967294")
    refused = [a for a in answers if UNAVAILABLE["en-US"] in a.text]
    logged_ok = [a for a in answers if "Post logged" in a.text]
    assert refused, "the database never filled up"
    assert len(refused) + len(logged_ok) == len(answers), [a.text for a in answers]
    assert all(a.ephemeral for a in refused)
    full = [m for m in _database_logs(logged) if "disk is full" in m]
    assert len(full) == 1, _database_logs(logged)
    # Every refused write changed nothing; every acknowledged one is there, whole.
    assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == before + len(logged_ok)
    zone = h.rows("SELECT timezone FROM members WHERE user_id = ?", (h.bob.id,))
    if UNAVAILABLE["no"] in moved.text:
        assert moved.ephemeral and zone in ([], [{"timezone": None}])
    else:
        assert zone == [{"timezone": "Europe/Oslo"}], moved.text
    assert h.rows("PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    again = await h.slash(h.alice, "post log", {"video": f"{links[0][:-5]}99999"})
    assert "Post logged" in again.text
