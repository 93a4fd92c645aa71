"""`python -m bot backup PATH`: a consistent copy while the bot writes; bad paths exit 2."""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from tests.support.harness import Harness

# SQLite's online backup (on PostgreSQL the command points at pg_dump: tests/postgres).
pytestmark = pytest.mark.sqlite_only


async def run_backup(cwd: Path, database: Path, target: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")}
    env["DATABASE_PATH"] = str(database)
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "backup",
        target,
        cwd=cwd,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, stdout.decode(), stderr.decode()


async def test_backup_while_the_bot_writes_is_consistent(harness: Harness) -> None:
    h = harness
    written = 0
    stop = asyncio.Event()

    async def writer() -> None:
        nonlocal written
        while not stop.is_set():
            written += 1
            await h.bot.db.execute(
                "INSERT INTO members (guild_id, user_id, followers, created_at) VALUES (?, ?, ?, 0)",
                (h.guild.id, written, written),
            )
            await asyncio.sleep(0)

    task = asyncio.create_task(writer())
    await asyncio.sleep(0.2)  # a few hundred writes before the copy starts
    started_with = written
    target = h.tmp_path / "backup.sqlite3"
    code, stdout, stderr = await run_backup(h.tmp_path, h.db_path, str(target))
    stop.set()
    await task
    assert code == 0, stderr
    assert "backed up" in stdout
    with contextlib.closing(sqlite3.connect(target)) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = [row[0] for row in copy.execute("SELECT user_id FROM members ORDER BY user_id")]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
    # one moment of the database: every write up to some point, none missing in between
    assert ids == list(range(1, len(ids) + 1))
    assert started_with <= len(ids) <= written
    assert "lives" in tables and "er_results" in tables
    assert not list(h.tmp_path.glob(".*.partial"))


@pytest.mark.parametrize("kind", ["no-folder", "folder", "itself", "no-database"])
async def test_a_bad_path_is_one_line_and_exit_2(tmp_path: Path, kind: str) -> None:
    database = tmp_path / "bot.sqlite3"
    if kind != "no-database":
        with contextlib.closing(sqlite3.connect(database)) as conn:
            conn.execute("CREATE TABLE t (x)")
    target = {
        "no-folder": str(tmp_path / "missing" / "copy.sqlite3"),
        "folder": str(tmp_path),
        "itself": str(database),
        "no-database": str(tmp_path / "copy.sqlite3"),
    }[kind]
    code, stdout, stderr = await run_backup(tmp_path, database, target)
    assert code == 2
    assert stdout == ""
    assert stderr.startswith("CreatorPulse cannot back up: ")
    assert stderr.strip().count("\n") == 0, stderr
    assert "Traceback" not in stderr


def names_under(folder: Path) -> set[str]:
    return {p.name for p in folder.rglob("*")}


async def test_a_path_with_uri_characters_is_backed_up_whole(tmp_path: Path) -> None:
    """A "#" or "?" in the database's path must not cut it short (an SQLite URI would)."""
    folder = tmp_path / "team #1? data"
    folder.mkdir()
    database = folder / "creatorpulse.sqlite3"
    with contextlib.closing(sqlite3.connect(database)) as conn, conn:
        conn.execute("CREATE TABLE kept (x INTEGER)")
        conn.executemany("INSERT INTO kept VALUES (?)", [(n,) for n in range(500)])
        conn.execute("PRAGMA user_version = 7")
    before = names_under(tmp_path)
    code, _stdout, stderr = await run_backup(tmp_path, database, str(tmp_path / "copy.sqlite3"))
    assert code == 0, stderr
    with contextlib.closing(sqlite3.connect(tmp_path / "copy.sqlite3")) as copy:
        assert copy.execute("SELECT COUNT(*) FROM kept").fetchone()[0] == 500
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 7
    assert names_under(tmp_path) - before == {"copy.sqlite3"}  # no stray file anywhere
