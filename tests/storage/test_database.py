"""The connection, migrations and the base repositories, on real SQLite files (and, on the
PostgreSQL run, the backend-neutral ones on PostgreSQL)."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from storage import (
    ConstraintViolation,
    Database,
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    SQLiteDatabase,
    Tx,
)
from storage.database import migrations, to_epoch
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from storage.meta import MetaRepository
from storage.privacy import PrivacyRepository

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)


@pytest.mark.sqlite_only
async def test_pragmas_are_set(db: SQLiteDatabase) -> None:
    assert (await db.read_one("PRAGMA journal_mode"))[0] == "wal"
    for pragma, expected in (
        ("foreign_keys", 1),
        ("busy_timeout", round(db.write_timeout * 1000)),
        ("synchronous", 1),  # NORMAL
    ):
        cursor = await db.conn.execute(f"PRAGMA {pragma}")
        assert (await cursor.fetchone())[0] == expected, pragma


@pytest.mark.sqlite_only
async def test_migrations_apply_once_and_record_the_version(tmp_path: Path) -> None:
    latest = migrations()[-1][0]
    async with SQLiteDatabase(tmp_path / "a.sqlite3") as db:
        assert await db.migrate() == latest
        assert await db.schema_version() == latest
        assert await db.migrate() == latest  # idempotent
        tables = {
            r["name"]
            for r in await db.read_all("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
    assert {"guild_settings", "members", "command_sync"} <= tables


def test_migration_files_have_no_gaps() -> None:
    versions = [version for version, _name, _sql in migrations()]
    assert versions == list(range(1, len(versions) + 1))


@pytest.mark.sqlite_only
async def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA user_version = 999")
    async with SQLiteDatabase(path) as db:
        with pytest.raises(DatabaseTooNew, match="newer version"):
            await db.migrate()
        assert await db.schema_version() == 999


@pytest.mark.sqlite_only
@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
async def test_read_only_folder_is_a_clear_error(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(DatabaseError, match="cannot open the database"):
            async with SQLiteDatabase(folder / "x.sqlite3"):
                pass
    finally:
        folder.chmod(0o700)


@pytest.mark.sqlite_only
async def test_a_read_only_file_is_a_clear_error_even_for_root(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    async with SQLiteDatabase(path) as db:
        await db.migrate()
    path.chmod(0o444)
    try:
        with pytest.raises(DatabaseError, match=r"cannot open the database .*read-only"):
            async with SQLiteDatabase(path):
                pass
    finally:
        path.chmod(0o644)


@pytest.mark.sqlite_only
async def test_unusable_path_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DatabaseError, match="cannot create the folder"):
        async with SQLiteDatabase(blocker / "sub" / "x.sqlite3"):
            pass


@pytest.mark.sqlite_only
async def test_a_folder_in_place_of_the_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "db.sqlite3").mkdir()
    with pytest.raises(DatabaseError, match="cannot open the database"):
        async with SQLiteDatabase(tmp_path / "db.sqlite3"):
            pass


@pytest.mark.sqlite_only
async def test_a_file_that_is_not_sqlite_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseError, match="cannot open the database"):
        async with SQLiteDatabase(path):
            pass


async def test_transactions_roll_back_together(db: Database) -> None:
    async def boom(tx: Tx) -> None:
        await tx.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 2, 0)")
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        await db.write(boom, lock=1)
    assert await db.read_one("SELECT * FROM members") is None


async def test_a_write_commits_or_rolls_back_whole(db: Database) -> None:
    async def two(tx: Tx) -> int:
        await tx.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 2, 0)")
        return await tx.insert(
            "INSERT INTO weekly_goal_changes (guild_id, user_id, goal, changed_at) "
            "VALUES (1, 3, 4, 0)"
        )

    assert await db.write(two, lock=1) > 0
    assert [r[0] for r in await db.read_all("SELECT user_id FROM members ORDER BY 1")] == [2]

    async def half(tx: Tx) -> None:
        await tx.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 4, 0)")
        await tx.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 2, 0)")

    with pytest.raises(ConstraintViolation):
        await db.write(half, lock=1)  # the second row collides: the first is undone with it
    assert [r[0] for r in await db.read_all("SELECT user_id FROM members ORDER BY 1")] == [2]
    # and the database takes the next write as usual
    await db.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 5, 0)")
    assert [r[0] for r in await db.read_all("SELECT user_id FROM members ORDER BY 1")] == [2, 5]


@pytest.mark.sqlite_only
async def test_a_write_may_await_only_its_transaction(db: Database) -> None:
    """On SQLite the work runs on the write thread in one step; awaiting anything else there
    is refused (and on PostgreSQL it would hold the server's lock across it)."""

    async def sleepy(tx: Tx) -> None:
        await tx.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 9, 0)")
        await asyncio.sleep(0)

    with pytest.raises(RuntimeError, match="awaited something other"):
        await db.write(sleepy)
    assert await db.read_one("SELECT * FROM members WHERE user_id = 9") is None


@pytest.mark.sqlite_only
async def test_a_write_in_one_round_trip_is_refused_while_another_connection_holds_the_lock(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.sqlite3"
    async with SQLiteDatabase(path, write_timeout=0.2) as db:
        await db.migrate()
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusy):
                await db.execute(
                    "INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 2, 0)"
                )
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert await db.read_one("SELECT * FROM members") is None
        await db.execute("INSERT INTO members (guild_id, user_id, created_at) VALUES (1, 2, 0)")
        assert await db.read_one("SELECT user_id FROM members") is not None


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        to_epoch(datetime(2026, 1, 1))  # noqa: DTZ001
    assert to_epoch(datetime(2026, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))) == to_epoch(
        datetime(2026, 1, 1, tzinfo=UTC)
    )


async def test_guild_settings_default_and_update(db: Database) -> None:
    repo = GuildRepository(db)
    assert (await repo.get(10)).language is None
    updated = await repo.update(10, NOW, language="zh-CN", reminder_offsets=[60, 15])
    assert updated.language == "zh-CN"
    assert updated.reminder_offsets == (60, 15)
    assert (await repo.update(10, NOW, live_channel_id=5)).language == "zh-CN"
    assert (await repo.get(11)).language is None  # another server sees nothing
    with pytest.raises(ConstraintViolation):
        await repo.update(10, NOW, language="fr")


async def test_members_update_stamps_each_field(db: Database) -> None:
    repo = MemberRepository(db)
    member = await repo.update(1, 2, NOW, timezone="Europe/Oslo")
    assert member.timezone == "Europe/Oslo"
    assert member.timezone_updated_at == NOW
    assert member.followers_updated_at is None
    later = NOW + timedelta(days=1)
    member = await repo.update(1, 2, later, followers=12_000)
    assert member.timezone_updated_at == NOW
    assert member.followers_updated_at == later
    assert await repo.get(99, 2) is None  # guild filter
    assert await repo.timezones(1, [2, 3]) == {2: "Europe/Oslo"}


async def test_sync_hash_round_trip(db: Database) -> None:
    meta = MetaRepository(db)
    assert await meta.sync_hash() is None
    await meta.set_sync_hash("abc", NOW)
    await meta.set_sync_hash("def", NOW)
    assert await meta.sync_hash() == "def"


async def test_privacy_discovers_member_tables(db: Database) -> None:
    members = MemberRepository(db)
    await members.update(1, 2, NOW, timezone="Europe/Oslo")
    await members.update(1, 3, NOW, timezone="Asia/Shanghai")
    await members.update(9, 2, NOW, timezone="UTC")
    privacy = PrivacyRepository(db)
    assert "members" in await privacy.member_tables()
    assert "guild_settings" not in await privacy.member_tables()
    exported = await privacy.export(1, 2)
    assert [row["timezone"] for row in exported["members"]] == ["Europe/Oslo"]
    counts = await privacy.delete(1, 2)
    assert counts["members"] == 1
    assert await members.get(1, 2) is None
    assert await members.get(1, 3) is not None  # another member untouched
    assert await members.get(9, 2) is not None  # the same member in another server untouched


async def test_weekly_goal_changes_are_kept(db: Database) -> None:
    repo = MemberRepository(db)
    await repo.set_weekly_goal(1, 2, 3, NOW)
    member = await repo.set_weekly_goal(1, 2, 5, NOW + timedelta(days=8))
    assert member.weekly_goal == 5
    assert await repo.goal_changes(1, 2) == [(NOW, 3), (NOW + timedelta(days=8), 5)]
    assert await repo.goal_changes(2, 2) == []
    # The same history with the member's timezone in one read, whether or not either is set.
    assert await repo.zone_and_goal_changes(1, 2) == (None, await repo.goal_changes(1, 2))
    await repo.update(1, 2, NOW, timezone="Asia/Shanghai")
    assert await repo.zone_and_goal_changes(1, 2) == (
        "Asia/Shanghai",
        await repo.goal_changes(1, 2),
    )
    await repo.update(2, 2, NOW, timezone="Europe/Oslo")
    assert await repo.zone_and_goal_changes(2, 2) == ("Europe/Oslo", [])
    assert await repo.zone_and_goal_changes(3, 2) == (None, [])
    with pytest.raises(ValueError, match="unknown member fields"):
        await repo.update(1, 2, NOW, weekly_goal=4)


async def test_privacy_clears_mentions_on_server_rows(db: Database) -> None:
    await db.execute(
        "CREATE TABLE server_things (id INTEGER PRIMARY KEY, guild_id INTEGER, created_by_user_id INTEGER)"
    )
    await db.execute(
        "INSERT INTO server_things (id, guild_id, created_by_user_id) "
        "VALUES (1, 1, 2), (2, 1, 3), (3, 9, 2)"
    )
    privacy = PrivacyRepository(db)
    assert ("server_things", "created_by_user_id") in await privacy.mention_columns()
    exported = await privacy.export(1, 2)
    assert len(exported["server_things.created_by_user_id"]) == 1
    counts = await privacy.delete(1, 2)
    assert counts["server_things.created_by_user_id"] == 1
    remaining = await db.read_all(
        "SELECT guild_id, created_by_user_id FROM server_things ORDER BY id"
    )
    assert [tuple(r) for r in remaining] == [(1, None), (1, 3), (9, 2)]
