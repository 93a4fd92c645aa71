"""One aiosqlite connection per process, configured once, with numbered migrations.

Every statement runs under one lock, so a transaction opened by one task never
swallows another task's statements on the shared connection.
"""

from __future__ import annotations

import asyncio
import importlib.resources
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self, overload

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
Params = Sequence[Any] | dict[str, Any]


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer CreatorPulse than this one."""


def migrations() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every migration shipped, in order, without gaps."""
    folder = importlib.resources.files("storage") / "migrations"
    found: list[tuple[int, str, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _sql) in enumerate(found, start=1):
        if version != expected:
            raise DatabaseError(f"migration {name} is out of sequence: expected {expected:04d}")
    return found


def to_epoch(moment: datetime) -> int:
    """UTC seconds for an aware datetime; naive datetimes are refused at the boundary."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime refused: storage keeps UTC instants only")
    return int(moment.timestamp())


@overload
def from_epoch(value: int) -> datetime: ...
@overload
def from_epoch(value: None) -> None: ...
def from_epoch(value: int | None) -> datetime | None:
    """The aware UTC datetime of stored UTC seconds (``None`` stays ``None``)."""
    return datetime.fromtimestamp(value, UTC) if value is not None else None


def placeholders(count: int) -> str:
    """``?, ?, ?`` for an ``IN (...)`` list or a row of ``count`` bound values."""
    return ", ".join("?" * count)


class Database:
    """The connection. Open with ``async with Database(path) as db``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._conn: aiosqlite.Connection | None = None
        self._lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        await self.connect()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def conn(self) -> aiosqlite.Connection:
        if self._conn is None:
            raise DatabaseError("the database is not open")
        return self._conn

    async def connect(self) -> None:
        if self.path != Path(":memory:"):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseError(
                    f"cannot create the folder for the database at {self.path.parent}: "
                    f"{exc.strerror}. Set DATABASE_PATH to a writable location."
                ) from None
        conn: aiosqlite.Connection | None = None
        try:
            conn = await aiosqlite.connect(self.path, isolation_level=None)
            conn.row_factory = sqlite3.Row
            for pragma in (
                "PRAGMA journal_mode=WAL",
                "PRAGMA foreign_keys=ON",
                "PRAGMA busy_timeout=5000",
                "PRAGMA synchronous=NORMAL",
            ):
                await conn.execute(pragma)
            # Prove the file is writable now, not at the first command.
            await conn.execute("BEGIN IMMEDIATE")
            await conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            if conn is not None:
                # Its worker thread would otherwise keep the process alive.
                await conn.close()
            raise DatabaseError(
                f"cannot open the database at {self.path}: {exc}. "
                "Check that the file and its folder are readable and writable, "
                "or set DATABASE_PATH to another location."
            ) from None
        self._conn = conn

    async def close(self) -> None:
        if self._conn is not None:
            async with self._lock:
                await self._conn.close()
            self._conn = None

    async def schema_version(self) -> int:
        row = await self.fetchone("PRAGMA user_version")
        return int(row[0]) if row else 0

    async def migrate(self) -> int:
        """Apply every migration newer than the file, in one transaction; return the version."""
        shipped = migrations()
        latest = shipped[-1][0] if shipped else 0
        current = await self.schema_version()
        if current > latest:
            raise DatabaseTooNew(
                f"the database at {self.path} has schema version {current}, but this "
                f"CreatorPulse only knows up to {latest}. It was written by a newer version: "
                "upgrade CreatorPulse, or point DATABASE_PATH at another file."
            )
        pending = [(v, name, sql) for v, name, sql in shipped if v > current]
        if not pending:
            return current
        script = "\n".join(f"-- {name}\n{sql}" for _v, name, sql in pending)
        async with self._lock:
            try:
                await self.conn.executescript(
                    f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {latest};\nCOMMIT;"
                )
            except sqlite3.Error as exc:
                if self.conn.in_transaction:
                    await self.conn.execute("ROLLBACK")
                raise DatabaseError(f"migration failed, nothing was changed: {exc}") from None
        log.info("database migrated from version %d to %d", current, latest)
        return latest

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Statements that belong together: all committed, or none."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.execute("ROLLBACK")
                raise
            else:
                await self.conn.execute("COMMIT")

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement on its own; return the number of rows changed."""
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            return cursor.rowcount

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT on its own; return the new row id."""
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            return int(cursor.lastrowid or 0)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        async with self.transaction() as conn:
            await conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            row: sqlite3.Row | None = await cursor.fetchone()
            return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            return list(await cursor.fetchall())

    async def size_bytes(self) -> int:
        row = await self.fetchone(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        )
        return int(row[0]) if row else 0
