"""PostgreSQL's migrations: several processes starting at once migrate once."""

from __future__ import annotations

import asyncio

import asyncpg
import pytest

from storage.database import latest_version
from storage.postgres import PostgresDatabase
from tests.support.databases import drop_postgres_database, new_postgres_database

pytestmark = pytest.mark.postgres_only


async def test_processes_starting_at_once_migrate_an_empty_database_once() -> None:
    url = await new_postgres_database(migrated=False)
    try:
        databases = [PostgresDatabase(url, min_size=1, max_size=2) for _ in range(5)]
        await asyncio.gather(*(db.connect() for db in databases))
        try:
            versions = await asyncio.gather(*(db.migrate() for db in databases))
        finally:
            await asyncio.gather(*(db.close() for db in databases))
        assert versions == [latest_version()] * 5
        conn = await asyncpg.connect(url)
        try:
            assert await conn.fetch("SELECT version FROM creatorpulse_schema") == [
                (latest_version(),)
            ]
        finally:
            await conn.close()
    finally:
        await drop_postgres_database(url)


async def test_a_failed_migration_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import storage.database as database

    url = await new_postgres_database(migrated=False)
    broken = [(15, "0015_baseline.sql", "CREATE TABLE a (x BIGINT); CREATE TABLE a (y BIGINT);")]
    monkeypatch.setattr(database, "migrations", lambda backend="sqlite": broken)
    try:
        async with PostgresDatabase(url) as db:
            with pytest.raises(database.DatabaseError, match="nothing was changed"):
                await db.migrate()
            assert await db.schema_version() == 0
            assert await db.read_one("SELECT to_regclass('a')") == (None,)
    finally:
        await drop_postgres_database(url)
