"""Moving an installation from its SQLite file to PostgreSQL, whole and checked.

Every table is copied in an order its foreign keys accept, in batches through PostgreSQL's
COPY, in one transaction: the target ends up holding all of it or none of it. The rows
are copied as they are (ids, flags, pending deliveries and their sent parts), the
triggers of ``er_results`` are held for the copy (its flags come along), the identity
columns continue after the highest id, and before the commit every table's row count is
compared with the source's. The bot must not run on either database meanwhile: the
caller holds SQLite's instance lock, and the move holds PostgreSQL's.
"""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import asyncpg

from storage.database import DatabaseError, dependency_order, latest_version
from storage.leases import RUNNING_LOCK
from storage.postgres import VERSION_TABLE, PostgresDatabase

BATCH = 20_000
Progress = Callable[[str], None]


class MoveRefused(DatabaseError):
    """The move cannot start; the message says why in one line. Nothing was written."""


@dataclass(frozen=True)
class Moved:
    table: str
    source_rows: int
    target_rows: int


@contextlib.contextmanager
def _reading(path: Path) -> Iterator[sqlite3.Connection]:
    if not path.is_file():
        raise MoveRefused(f"there is no SQLite database at {path} (DATABASE_PATH)")
    # (read in batches by worker threads, one at a time)
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        yield conn
    finally:
        conn.close()


def _source_tables(conn: sqlite3.Connection) -> list[str]:
    references: dict[str, set[str]] = {}
    for table, ref in conn.execute(
        'SELECT m.name, f."table" FROM sqlite_master AS m '
        "LEFT JOIN pragma_foreign_key_list(m.name) AS f "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
    ):
        references.setdefault(table, set())
        if ref is not None:
            references[table].add(ref)
    return dependency_order(references, references)


async def _target_columns(conn: asyncpg.Connection, table: str) -> dict[str, str]:
    rows = await conn.fetch(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = $1",
        table,
    )
    return {row["column_name"]: row["data_type"] for row in rows}


def _as_text(value: Any) -> Any:
    return value if value is None or isinstance(value, str) else str(value)


async def _refuse_unless_empty(conn: asyncpg.Connection, tables: list[str]) -> None:
    holding = [
        table for table in tables if await conn.fetchval(f'SELECT EXISTS (SELECT 1 FROM "{table}")')
    ]
    if holding:
        raise MoveRefused(
            "the PostgreSQL database already holds CreatorPulse data (in "
            f"{', '.join(holding[:4])}{', …' if len(holding) > 4 else ''}); "
            "move into an empty database"
        )


async def move_to_postgres(
    source: Path, target: PostgresDatabase, progress: Progress
) -> list[Moved]:
    """Copy the SQLite database at ``source`` into ``target`` (connected, empty); the row
    counts per table. ``MoveRefused`` before anything is written when it cannot be done."""
    latest = latest_version()
    with _reading(source) as reader:
        version = int(reader.execute("PRAGMA user_version").fetchone()[0])
        if version != latest:
            newer = "newer" if version > latest else "older"
            raise MoveRefused(
                f"the SQLite database at {source} has schema version {version} ({newer} than "
                f"this CreatorPulse's {latest}); "
                + (
                    "start this CreatorPulse once on it (it migrates the file), then move"
                    if version < latest
                    else "move it with the CreatorPulse that wrote it"
                )
            )
        tables = _source_tables(reader)
        async with target.connection() as conn:
            if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", RUNNING_LOCK):
                raise MoveRefused(f"a CreatorPulse is running on {target.describe()}; stop it")
            try:
                return await _move(reader, tables, target, conn, progress, latest)
            except asyncpg.PostgresError as exc:
                raise DatabaseError(
                    f"PostgreSQL refused the copy, nothing was kept: {str(exc).splitlines()[0]}"
                ) from None
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", RUNNING_LOCK)


async def _move(
    reader: sqlite3.Connection,
    tables: list[str],
    target: PostgresDatabase,
    conn: asyncpg.Connection,
    progress: Progress,
    latest: int,
) -> list[Moved]:
    await target.migrate()
    found = await conn.fetchval(f"SELECT version FROM {VERSION_TABLE}")
    if found != latest:
        raise MoveRefused(f"{target.describe()} has schema version {found}, not {latest}")
    await _refuse_unless_empty(conn, tables)
    moved: list[Moved] = []
    started = time.monotonic()
    async with conn.transaction():
        await conn.execute("ALTER TABLE er_results DISABLE TRIGGER USER")
        for table in tables:
            columns = await _target_columns(conn, table)
            if not columns:
                raise MoveRefused(f"the PostgreSQL database has no table {table}")
            names = [row[1] for row in reader.execute(f'PRAGMA table_info("{table}")')]
            texts = [columns.get(name) == "text" for name in names]
            total = int(reader.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0])
            cursor = reader.execute(f'SELECT * FROM "{table}"')
            done = 0
            while True:
                batch = await asyncio.to_thread(cursor.fetchmany, BATCH)
                if not batch:
                    break
                records = [
                    tuple(_as_text(v) if text else v for v, text in zip(row, texts, strict=True))
                    for row in batch
                ]
                await conn.copy_records_to_table(table, records=records, columns=names)
                done += len(batch)
                if total > BATCH:
                    progress(f"  {table}: {done:,} of {total:,} rows")
            if "id" in columns and columns["id"] == "bigint":
                await conn.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f'COALESCE((SELECT MAX(id) FROM "{table}"), 0) + 1, false)'
                )
            copied = int(await conn.fetchval(f'SELECT COUNT(*) FROM "{table}"'))
            moved.append(Moved(table, total, copied))
            progress(f"  {table}: {copied:,} rows")
        await conn.execute("ALTER TABLE er_results ENABLE TRIGGER USER")
        wrong = [m for m in moved if m.source_rows != m.target_rows]
        if wrong:
            raise DatabaseError(
                "the copy does not match the source ("
                + ", ".join(f"{m.table}: {m.source_rows} vs {m.target_rows}" for m in wrong)
                + "); nothing was kept"
            )
    progress(f"copied in {time.monotonic() - started:.1f} s")
    return moved
