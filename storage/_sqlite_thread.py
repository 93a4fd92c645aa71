"""The SQLite write connection's thread: its transactions, and SQLite's errors read.

Private to ``storage.sqlite``: what runs on aiosqlite's worker thread (BEGIN with a
deadline, a write's ``work`` driven to its end, the ``Tx`` it is given) and how SQLite's
error codes are told apart (a lock that will free, a file that cannot take writes).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Iterable
from typing import TypeVar

import aiosqlite

from storage.database import DatabaseError, Params, Row, Tx, Work

T = TypeVar("T")


class LockMet(Exception):
    """A read on the loop connection found a lock it must not wait for on the loop."""


def is_busy(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


# SQLite's primary result codes that mean the file cannot take writes at all (as opposed
# to a lock that will free): read-only, I/O error, corrupt, full, cannot open, not a database.
_UNWRITABLE_CODES = {
    sqlite3.SQLITE_READONLY: "SQLite reports the file read-only",
    sqlite3.SQLITE_IOERR: "a disk I/O error",
    sqlite3.SQLITE_CORRUPT: "the file is damaged",
    sqlite3.SQLITE_FULL: "the disk is full",
    sqlite3.SQLITE_CANTOPEN: "SQLite cannot open the file",
    sqlite3.SQLITE_NOTADB: "the file is no longer a database",
}


def unwritable_reason(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else _UNWRITABLE_CODES.get(code & 0xFF)


def begin_by(raw: sqlite3.Connection, deadline: float, usual: float) -> None:
    """BEGIN IMMEDIATE on the write thread, waiting for SQLite's lock at most until
    ``deadline`` (``time.monotonic()``) instead of the connection's ``usual`` busy timeout
    (seconds); a write queued past it is refused unstarted."""
    usual_ms = round(usual * 1000)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise sqlite3.OperationalError("database is locked (the write waited its time)")
        shorter = remaining * 1000 < usual_ms
        if shorter:
            raw.execute(f"PRAGMA busy_timeout = {max(1, round(remaining * 1000))}")
        try:
            raw.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
        finally:
            if shorter:
                raw.execute(f"PRAGMA busy_timeout = {usual_ms}")


def queue_on_thread(aio: aiosqlite.Connection, job: Callable[[], T]) -> asyncio.Future[T]:
    """Put ``job`` on aiosqlite's queue for its connection thread now (not when a task
    first runs), so writes keep the order they came in. The same step as aiosqlite's own
    ``Connection._execute``; aiosqlite is pinned for it."""
    if not aio._running or aio._connection is None:
        raise DatabaseError("the database is not open")
    done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    aio._tx.put_nowait((done, job))
    return done


class SQLiteTx(Tx):
    """The statements of a write, on the write connection's thread (none suspends)."""

    __slots__ = ("_raw",)

    def __init__(self, raw: sqlite3.Connection) -> None:
        self._raw = raw

    async def execute(self, sql: str, params: Params = ()) -> int:
        return self._raw.execute(sql, params).rowcount

    async def insert(self, sql: str, params: Params = ()) -> int:
        return int(self._raw.execute(sql, params).lastrowid or 0)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        self._raw.executemany(sql, rows)

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        row: Row | None = self._raw.execute(sql, params).fetchone()
        return row

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        return list(self._raw.execute(sql, params).fetchall())


def run_to_end(work: Work[T], raw: sqlite3.Connection) -> T:
    """Run the coroutine ``work(tx)`` to its end in one step, on this thread."""
    coro = work(SQLiteTx(raw))
    try:
        coro.send(None)  # type: ignore[attr-defined]
    except StopIteration as finished:
        result: T = finished.value
        return result
    coro.close()  # type: ignore[attr-defined]
    raise RuntimeError("a write awaited something other than its transaction")
