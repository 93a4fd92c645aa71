"""The database: one write connection, two read-only ones, and numbered migrations.

The API says how heavy a statement is by the method it goes through:

- ``read_one`` / ``read_all``: short, indexed reads (a row by key, a page of one
  member's rows). They run on a read-only ``sqlite3`` connection on the event-loop
  thread, without a thread hop. WAL lets them read while a writer works or another
  process holds the write lock, so they never queue behind a waiting write.
- ``scan_one`` / ``scan_all``: reads over a whole server, exports, bulk work. They run
  off the loop, on a read-only aiosqlite connection of their own.
- ``write()``, ``execute``, ``insert`` and ``executemany``: writes, each one transaction
  run whole on the aiosqlite write connection's thread, off the loop, in one round trip.
  They queue for that thread in the order they come and run back to back there.
- ``transaction()``: statements that belong together but need the loop between them
  (each one a round trip). It holds the write lock from BEGIN to COMMIT, so no other
  task's write lands inside it; ``write()`` takes the same lock only to queue its job.

A write that cannot get SQLite's write lock within ``write_timeout`` seconds (queueing in
this process included) raises ``DatabaseBusy`` and changes nothing. Work that is on no
3-second clock (an interaction already deferred, the scheduled work) calls
``wait_longer_for_writes`` first: its writes then wait up to that long.

Before every write the file at ``path`` is looked at: deleted, replaced by another file
or made read-only (no write permission bit) while the bot runs, it would otherwise go on
accepting writes into a file nobody will read again (SQLite keeps writing to an open,
deleted file). Such a write, like one SQLite refuses because the disk is full or
read-only, raises ``DatabaseUnavailable`` and changes nothing; the first one of a spell
is logged as an error with what to do.
"""

from __future__ import annotations

import asyncio
import importlib.resources
import logging
import os
import re
import sqlite3
import stat
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NoReturn, Self, TypeVar, overload

import aiosqlite

log = logging.getLogger(__name__)

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T")


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):
    """The file was written by a newer CreatorPulse than this one."""


class DatabaseBusy(DatabaseError):
    """Another connection held SQLite's write lock too long; the write changed nothing."""


class DatabaseUnavailable(DatabaseError):
    """The database file cannot take writes now (deleted, replaced, read-only, disk full).

    The write changed nothing; ``reason`` says what was found, for the log.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"the database cannot be written: {reason}")
        self.reason = reason


class LoopReadTooHeavy(DatabaseError):
    """A read on the event-loop connection ran more SQLite steps than it may.

    Raised only when the database was opened with ``loop_step_limit`` (the tests do):
    such a read belongs in ``scan_one``/``scan_all``, or needs an index.
    """


class _LockMet(Exception):
    """A read on the loop connection found a lock it must not wait for on the loop."""


def _is_busy(exc: sqlite3.Error) -> bool:
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


def _unwritable_reason(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else _UNWRITABLE_CODES.get(code & 0xFF)


# How long the writes of the current task may wait, when it said so (None: write_timeout).
_patience: ContextVar[float | None] = ContextVar("write_patience", default=None)


def wait_longer_for_writes(seconds: float) -> None:
    """Let the writes of the current task (and the tasks it starts) wait up to ``seconds``
    for the write lock: for work that already answered the member (a deferred interaction)
    or answers nobody (scheduled work), where being refused after ``write_timeout`` would
    only turn a short wait into a failure."""
    _patience.set(seconds)


def _begin_by(raw: sqlite3.Connection, deadline: float, usual: float) -> None:
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
            if not _is_busy(exc):
                raise
        finally:
            if shorter:
                raw.execute(f"PRAGMA busy_timeout = {usual_ms}")


def _queue_on_thread(aio: aiosqlite.Connection, job: Callable[[], T]) -> asyncio.Future[T]:
    """Put ``job`` on aiosqlite's queue for its connection thread now (not when a task
    first runs), so jobs queued while the write lock is held keep their order against a
    ``transaction()`` that takes the lock next. The same step as aiosqlite's own
    ``Connection._execute``; aiosqlite is pinned for it."""
    if not aio._running or aio._connection is None:
        raise DatabaseError("the database is not open")
    done: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    aio._tx.put_nowait((done, job))
    return done


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
    """The connections. Open with ``async with Database(path) as db``.

    ``write_timeout`` bounds how long a write waits for the lock (this process's
    other writes, then SQLite's lock held by another connection): short enough that a
    member still gets an answer within Discord's 3 seconds. ``loop_step_limit``, when
    set, makes a read on the event-loop connection that runs more SQLite virtual
    machine steps than that raise ``LoopReadTooHeavy`` (a cost measure that does not
    depend on how loaded the machine is).
    """

    # How often (in SQLite steps) the progress handler of the loop connection runs.
    STEP_GRANULARITY = 1000

    def __init__(
        self,
        path: Path | str,
        *,
        write_timeout: float = 2.0,
        loop_step_limit: int | None = None,
    ) -> None:
        self.path = Path(path)
        self.write_timeout = write_timeout
        self.loop_step_limit = loop_step_limit
        self._conn: aiosqlite.Connection | None = None
        self._scanner: aiosqlite.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._lock = asyncio.Lock()
        self._steps = 0
        self._busy = False  # the last write found the lock held (logged once until it frees)
        self._unavailable: str | None = None  # why writes are refused now (logged once)
        self._identity: tuple[int, int] | None = None  # (device, inode) of the opened file
        self.last_loop_steps = 0  # SQLite steps of the last read on the loop connection

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
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"cannot create the folder for the database at {self.path.parent}: "
                f"{exc.strerror}. Set DATABASE_PATH to a writable location."
            ) from None
        if self.path.is_dir():
            # (aiosqlite would fail to open it too, but leave its thread to report to a
            # loop that may be gone by then)
            raise DatabaseError(
                f"cannot open the database at {self.path}: it is a folder, not a file. "
                "Set DATABASE_PATH to a file's path."
            )
        conn: aiosqlite.Connection | None = None
        scanner: aiosqlite.Connection | None = None
        try:
            conn = await aiosqlite.connect(self.path, isolation_level=None)
            conn.row_factory = sqlite3.Row
            for pragma in (
                "PRAGMA journal_mode=WAL",
                "PRAGMA foreign_keys=ON",
                f"PRAGMA busy_timeout={round(self.write_timeout * 1000)}",
                "PRAGMA synchronous=NORMAL",
            ):
                await conn.execute(pragma)
            # Prove the file is writable now, not at the first command.
            self._identity = None
            self.check_writable()
            await conn.execute("BEGIN IMMEDIATE")
            await conn.execute("ROLLBACK")
            scanner = await aiosqlite.connect(self._read_only_uri(), uri=True, isolation_level=None)
            scanner.row_factory = sqlite3.Row
            await scanner.execute("PRAGMA query_only=ON")
            await scanner.execute("PRAGMA busy_timeout=5000")
            self._reader = self._open_reader()
        except (sqlite3.Error, DatabaseUnavailable) as exc:
            # Their worker threads would otherwise keep the process alive.
            for opened in (scanner, conn):
                if opened is not None:
                    await opened.close()
            detail = exc.reason if isinstance(exc, DatabaseUnavailable) else exc
            raise DatabaseError(
                f"cannot open the database at {self.path}: {detail}. "
                "Check that the file and its folder are readable and writable, "
                "or set DATABASE_PATH to another location."
            ) from None
        self._conn, self._scanner = conn, scanner

    def check_writable(self) -> None:
        """Raise ``DatabaseUnavailable`` unless the opened file is still at ``path`` and
        may be written (one ``stat``; the scheduled work calls it before sending anything
        it would then have to record)."""
        try:
            found = os.stat(self.path)
        except FileNotFoundError:
            self._refuse("the file was deleted while the bot ran")
        except OSError as exc:
            self._refuse(f"the file cannot be looked at ({exc.strerror})")
        identity = (found.st_dev, found.st_ino)
        if self._identity is None:
            self._identity = identity
        elif identity != self._identity:
            self._refuse("the file was replaced by another file while the bot ran")
        if not found.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
            self._refuse("the file is read-only (it has no write permission)")

    def _refuse(self, reason: str) -> NoReturn:
        if self._unavailable != reason:
            self._unavailable = reason
            if self._conn is not None:  # (at start-up the caller says it, in one line)
                log.error(
                    "the database at %s cannot be written: %s. Writes are refused and members "
                    "are told so; restore the file (or its write permission) and restart the bot",
                    self.path,
                    reason,
                )
        raise DatabaseUnavailable(reason)

    def _read_only_uri(self) -> str:
        return f"{self.path.resolve().as_uri()}?mode=ro"

    def _open_reader(self) -> sqlite3.Connection:
        reader = sqlite3.connect(
            self._read_only_uri(), uri=True, isolation_level=None, check_same_thread=False
        )
        reader.row_factory = sqlite3.Row
        reader.execute("PRAGMA query_only=ON")
        # Never wait on the loop: a read that finds a lock retries off the loop.
        reader.execute("PRAGMA busy_timeout=0")
        reader.set_progress_handler(self._count_step, self.STEP_GRANULARITY)
        return reader

    def _count_step(self) -> int:
        self._steps += self.STEP_GRANULARITY
        limit = self.loop_step_limit
        return 1 if limit is not None and self._steps > limit else 0

    async def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        if self._scanner is not None:
            await self._scanner.close()
            self._scanner = None
        if self._conn is not None:
            async with self._lock:
                await self._conn.close()
            self._conn = None

    async def schema_version(self) -> int:
        row = await self.read_one("PRAGMA user_version")
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

    # -- short reads, on the event-loop thread -------------------------------------------

    async def read_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """One row of a short, indexed read, read on the loop (no thread hop)."""
        try:
            rows = self._on_loop(sql, params, first_only=True)
        except _LockMet:
            return await self.scan_one(sql, params)
        return rows[0] if rows else None

    async def read_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """The rows of a short, indexed read, read on the loop (no thread hop)."""
        try:
            return self._on_loop(sql, params, first_only=False)
        except _LockMet:
            return await self.scan_all(sql, params)

    def _on_loop(self, sql: str, params: Params, *, first_only: bool) -> list[sqlite3.Row]:
        if self._reader is None:
            raise DatabaseError("the database is not open")
        self._steps = 0
        try:
            cursor = self._reader.execute(sql, params)
            if first_only:
                row = cursor.fetchone()
                cursor.close()
                return [] if row is None else [row]
            return cursor.fetchall()
        except sqlite3.OperationalError as exc:
            if self.loop_step_limit is not None and self._steps > self.loop_step_limit:
                raise LoopReadTooHeavy(
                    f"more than {self.loop_step_limit} SQLite steps on the loop: {sql}"
                ) from None
            if not _is_busy(exc):
                raise
            log.debug("a short read met a lock; reading it off the loop instead")
            raise _LockMet from None
        finally:
            self.last_loop_steps = self._steps

    # -- heavy reads, off the loop ----------------------------------------------------------

    @property
    def _scan(self) -> aiosqlite.Connection:
        if self._scanner is None:
            raise DatabaseError("the database is not open")
        return self._scanner

    async def scan_one(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        """One row of a read over many rows (a whole server's), run off the loop."""
        rows = await self._scan.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def scan_all(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        """The rows of a read over many rows (a whole server's, an export), run off the loop."""
        return list(await self._scan.execute_fetchall(sql, params))

    # -- writes, on the write connection ------------------------------------------------

    async def _take_lock(self) -> tuple[float, float]:
        """The write lock for the current task's write: (patience, deadline), how long it
        may wait in all and until when (``time.monotonic()``). ``DatabaseUnavailable``
        when the file cannot take writes, ``DatabaseBusy`` when the lock did not come in
        time."""
        self.check_writable()
        patience = _patience.get() or self.write_timeout
        deadline = time.monotonic() + patience
        try:
            await asyncio.wait_for(self._lock.acquire(), patience)
        except TimeoutError:
            raise self._refused(patience) from None
        return patience, deadline

    @contextmanager
    def _refusing(self, waited: float) -> Iterator[None]:
        """SQLite's lock and unwritable-file errors of a write as ``DatabaseBusy`` and
        ``DatabaseUnavailable`` (each spell logged once); a write that went through ends
        the spell."""
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if _is_busy(exc):
                raise self._refused(waited) from None
            reason = _unwritable_reason(exc)
            if reason is not None:
                self._refuse(reason)
            raise
        else:
            if self._busy or self._unavailable:
                self._busy = False
                self._unavailable = None
                log.info("the database accepts writes again")

    def _refused(self, waited: float) -> DatabaseBusy:
        if not self._busy:
            self._busy = True
            log.warning(
                "the database at %s stayed locked for %.1f s; writes are refused until it frees",
                self.path,
                waited,
            )
        return DatabaseBusy("the database is busy")

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Statements that belong together: all committed, or none."""
        patience, deadline = await self._take_lock()
        conn, usual = self.conn, self.write_timeout
        try:
            with self._refusing(patience):
                # Queued behind earlier writes, it still gives up by its own deadline.
                await _queue_on_thread(conn, lambda: _begin_by(conn._conn, deadline, usual))
                try:
                    yield conn
                except BaseException:
                    if conn.in_transaction:  # (SQLite rolls back by itself after some errors)
                        try:
                            await conn.execute("ROLLBACK")
                        except sqlite3.Error:
                            log.debug("the rollback failed too; SQLite undoes the transaction")
                    raise
                else:
                    await conn.execute("COMMIT")
        finally:
            self._lock.release()

    async def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``work`` on the write connection's own thread as one transaction: BEGIN
        IMMEDIATE, ``work(connection)``, COMMIT (ROLLBACK when it raises); its result.

        One round trip to that thread for the whole read-modify-write, where
        ``transaction()`` makes one per statement, and no turn of the event loop between
        one write and the next: the lock is held only while the job is queued for the
        thread, which then runs the queued writes back to back. ``work`` is plain
        synchronous SQLite code that touches nothing but the connection it is given.
        """
        aio, usual = self.conn, self.write_timeout
        patience, deadline = await self._take_lock()

        def run() -> T:
            raw = aio._conn  # the sqlite3 connection aiosqlite runs on this thread
            _begin_by(raw, deadline, usual)
            try:
                result = work(raw)
            except BaseException:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
            return result

        try:
            done = _queue_on_thread(aio, run)
        finally:
            self._lock.release()
        with self._refusing(patience):
            return await done

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one writing statement on its own; return the number of rows changed."""
        return await self.write(lambda conn: conn.execute(sql, params).rowcount)

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT on its own; return the new row id."""
        return await self.write(lambda conn: int(conn.execute(sql, params).lastrowid or 0))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """One statement over many rows, as one transaction (one round trip)."""
        batch = list(rows)
        await self.write(lambda conn: conn.executemany(sql, batch))

    async def size_bytes(self) -> int:
        """What the database takes on disk: its pages plus the write-ahead log not yet
        copied into them (``-wal``), which can be larger than the file between checkpoints."""
        row = await self.read_one(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
        )
        pages = int(row[0]) if row else 0
        return pages + self.wal_bytes()

    def wal_bytes(self) -> int:
        wal = self.path.with_name(self.path.name + "-wal")
        try:
            return wal.stat().st_size
        except OSError:  # no log (in memory, or just checkpointed and removed)
            return 0
