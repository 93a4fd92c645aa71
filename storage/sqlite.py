"""SQLite, the embedded home: one write connection, two read-only ones, a file on disk.

- Short reads run on a read-only ``sqlite3`` connection on the event-loop thread, without
  a thread hop. WAL lets them read while a writer works or another process holds the
  write lock, so they never queue behind a waiting write; one that meets a lock is read
  off the loop instead.
- Scans run off the loop, on a read-only aiosqlite connection of their own.
- Every write runs whole on the aiosqlite write connection's thread, in one round trip:
  BEGIN IMMEDIATE, ``work(tx)``, COMMIT. ``work`` is a coroutine, but every statement of
  ``tx`` completes at once, so the coroutine runs to its end in one step on that thread.
  Writes queue for the thread in the order they come and run back to back there; SQLite
  lets one writer in at a time, so the ``lock`` of a write needs nothing more.

Before every write the file at ``path`` is looked at: deleted, replaced by another file
or made read-only while the bot runs, it would otherwise go on accepting writes into a
file nobody will read again (SQLite keeps writing to an open, deleted file). Such a
write, like one SQLite refuses because the disk is full or read-only, raises
``DatabaseUnavailable`` and changes nothing; the first one of a spell is logged.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

import aiosqlite

from storage._sqlite_file import FileGuard
from storage._sqlite_thread import (
    LockMet,
    begin_by,
    is_busy,
    queue_on_thread,
    run_to_end,
)
from storage.database import (
    Database,
    DatabaseError,
    DatabaseUnavailable,
    LoopReadTooHeavy,
    Params,
    Row,
    Work,
    dependency_order,
    write_patience,
)
from storage.dialect import SQLITE

log = logging.getLogger(__name__)
T = TypeVar("T")


class SQLiteDatabase(FileGuard, Database):
    """The SQLite file at ``path``. Open with ``async with SQLiteDatabase(path) as db``.

    ``write_timeout`` bounds how long a write waits for the lock (this process's other
    writes, then SQLite's lock held by another connection): short enough that a member
    still gets an answer within Discord's 3 seconds. ``loop_step_limit``, when set, makes
    a read on the event-loop connection that runs more SQLite virtual machine steps than
    that raise ``LoopReadTooHeavy`` (a cost measure that does not depend on how loaded the
    machine is).
    """

    backend = "sqlite"
    dialect = SQLITE
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

    def describe(self) -> str:
        return f"the SQLite database at {self.path}"

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
                # Deleted rows are overwritten, not left in free pages (a member's data
                # deleted on request must not stay readable in the file or its backups).
                "PRAGMA secure_delete=ON",
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
        current = await self.schema_version()
        pending = self.check_version(current)
        if not pending:
            return current
        latest = pending[-1][0]
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

    async def read_one(self, sql: str, params: Params = ()) -> Row | None:
        try:
            rows = self._on_loop(sql, params, first_only=True)
        except LockMet:
            return await self.scan_one(sql, params)
        return rows[0] if rows else None

    async def read_all(self, sql: str, params: Params = ()) -> list[Row]:
        try:
            return self._on_loop(sql, params, first_only=False)
        except LockMet:
            return await self.scan_all(sql, params)

    def _on_loop(self, sql: str, params: Params, *, first_only: bool) -> list[Row]:
        if self._reader is None:
            raise DatabaseError("the database is not open")
        self._steps = 0
        try:
            cursor = self._reader.execute(sql, params)
            if first_only:
                row = cursor.fetchone()
                cursor.close()
                return [] if row is None else [row]
            return list(cursor.fetchall())
        except sqlite3.OperationalError as exc:
            if self.loop_step_limit is not None and self._steps > self.loop_step_limit:
                raise LoopReadTooHeavy(
                    f"more than {self.loop_step_limit} SQLite steps on the loop: {sql}"
                ) from None
            if not is_busy(exc):
                raise
            log.debug("a short read met a lock; reading it off the loop instead")
            raise LockMet from None
        finally:
            self.last_loop_steps = self._steps

    # -- heavy reads, off the loop ----------------------------------------------------------

    @property
    def _scan(self) -> aiosqlite.Connection:
        if self._scanner is None:
            raise DatabaseError("the database is not open")
        return self._scanner

    async def scan_one(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self._scan.execute_fetchall(sql, params)
        return next(iter(rows), None)

    async def scan_all(self, sql: str, params: Params = ()) -> list[Row]:
        return list(await self._scan.execute_fetchall(sql, params))

    # -- writes, on the write connection ------------------------------------------------

    async def write(self, work: Work[T], *, lock: int | None = None) -> T:
        """One round trip to the write connection's thread for the whole read-modify-write,
        and no turn of the event loop between one write and the next: the lock is held only
        while the job is queued for the thread, which then runs queued writes back to back.
        (``lock`` needs nothing here: SQLite lets one writer in at a time.)"""
        self.check_writable()
        aio, usual = self.conn, self.write_timeout
        patience = write_patience(self.write_timeout)
        deadline = time.monotonic() + patience
        try:
            await asyncio.wait_for(self._lock.acquire(), patience)
        except TimeoutError:
            raise self._refused(patience) from None

        def run() -> T:
            raw = aio._conn  # the sqlite3 connection aiosqlite runs on this thread
            begin_by(raw, deadline, usual)
            try:
                result = run_to_end(work, raw)
            except BaseException:
                if raw.in_transaction:
                    raw.execute("ROLLBACK")
                raise
            raw.execute("COMMIT")
            return result

        try:
            done = queue_on_thread(aio, run)
        finally:
            self._lock.release()
        with self._refusing(patience):
            return await done

    # -- the house ----------------------------------------------------------------------

    async def lease_shards(self, count: int, ids: Sequence[int], holder: str) -> None:
        """One process per file (the instance lock beside it), so it runs every shard."""
        if len(set(ids)) != count:
            raise DatabaseError(
                f"SHARD_IDS names {len(set(ids))} of {count} shards: the others need processes "
                "of their own, and several processes need one PostgreSQL database (DATABASE_URL)"
            )

    async def forget_deleted(self) -> None:
        """Copy the write-ahead log into the file and empty it: until then the log still
        holds the pages as they were before a deletion (secure_delete zeroes only the
        file's own pages)."""
        await self.write_outside_transaction("PRAGMA wal_checkpoint(TRUNCATE)")

    async def write_outside_transaction(self, sql: str) -> None:
        """One statement on the write connection's thread, not in a transaction (a
        checkpoint cannot run inside one); it waits behind the writes queued before it."""
        aio = self.conn
        async with self._lock:
            done = queue_on_thread(aio, lambda: aio._conn.execute(sql).fetchall())
        await done

    async def size_bytes(self) -> int:
        """Its pages plus the write-ahead log not yet copied into them (``-wal``), which
        can be larger than the file between checkpoints."""
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

    async def tables(self) -> list[str]:
        rows = await self.scan_all(
            'SELECT m.name AS tbl, f."table" AS ref FROM sqlite_master AS m '
            "LEFT JOIN pragma_foreign_key_list(m.name) AS f "
            "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
        )
        references: dict[str, set[str]] = {}
        for row in rows:
            found = references.setdefault(row["tbl"], set())
            if row["ref"] is not None:
                found.add(row["ref"])
        return dependency_order(references, references)
