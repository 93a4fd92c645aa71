"""PostgreSQL, the shared home: an asyncpg pool, for a bot that outgrew one file.

Every statement is one of ours (``?`` or ``:name`` placeholders) turned into PostgreSQL's
(``$1``) once and kept; asyncpg prepares each statement once per connection. A write is
``BEGIN; SET LOCAL lock_timeout; SELECT pg_advisory_xact_lock(lock)`` in one round trip,
then ``work(tx)``, then ``COMMIT``, on a connection held for reads when one is idle: the
writes of one server (its id is the lock) run one after the other, so a read-modify-write
holds here as on SQLite. Serialization failures and deadlocks run again, then are busy.

A server that stops answering (stopped, restarted, the network gone) makes reads and
writes raise ``DatabaseUnavailable``, logged once per outage; the pool opens new
connections by itself once it answers again, and the first statement that goes through
logs that.
"""

from __future__ import annotations

import asyncio
import logging
import random
import socket
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Any, NoReturn, TypeVar

import asyncpg

from storage._postgres_conn import (
    GONE,
    VERSION_TABLE,
    PostgresTx,
    gone,
    init_connection,
    no_reset,
    retrieved,
    server_of,
    version_on,
)
from storage._postgres_notices import NOTICES, NoticeListener
from storage._postgres_reader import Readers
from storage.database import (
    ConstraintViolation,
    Database,
    DatabaseBusy,
    DatabaseError,
    DatabaseUnreachable,
    Params,
    Row,
    Work,
    dependency_order,
    write_patience,
)
from storage.dialect import POSTGRES, to_numbered
from storage.leases import ShardLease, ShardsHeld

log = logging.getLogger(__name__)
T = TypeVar("T")

# Advisory lock keys of the bot itself. Server and member ids (Discord snowflakes, the keys
# of writes) are far above these.
MIGRATION_LOCK = 1

MINIMUM_SERVER = 13
RETRIES = 5  # serialization failures and deadlocks of one write
CONNECT_TIMEOUT = 5.0


class PostgresDatabase(Database):
    """The PostgreSQL database at ``url`` (``postgresql://user:password@host:5432/name``)."""

    backend = "postgres"
    dialect = POSTGRES

    def __init__(
        self,
        url: str,
        *,
        write_timeout: float = 2.0,
        min_size: int = 2,
        max_size: int = 10,
    ) -> None:
        self.host, self.port, self.name = server_of(url)
        self._url = url
        self.write_timeout = write_timeout
        self._min_size, self._max_size = min_size, max_size
        self._pool: asyncpg.Pool | None = None
        self._readers: Readers | None = None  # connections held for reads while idle
        self._unavailable: str | None = None  # why the last statement failed (logged once)
        self._busy = False
        self._lease: ShardLease | None = None  # this process's shards, while it runs them
        self._listener: NoticeListener | None = None  # other processes' notices
        # this process's writes waiting for each lock, in order (kept while anyone waits)
        self._queues: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def describe(self) -> str:
        return f"the PostgreSQL database {self.name} at {self.host}:{self.port}"

    @property
    def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            raise DatabaseError("the database is not open")
        return self._pool

    async def connect(self) -> None:
        try:
            self._pool = await asyncpg.create_pool(
                self._url,
                min_size=self._min_size,
                max_size=self._max_size,
                init=init_connection,
                reset=no_reset,
                timeout=CONNECT_TIMEOUT,
                statement_cache_size=1024,
                server_settings={"application_name": "creatorpulse"},
            )
        except Exception as exc:  # noqa: BLE001 - every failure to connect is said in one line
            raise DatabaseError(f"cannot connect to {self.describe()}: {self._why(exc)}") from None
        self._readers = Readers(self._pool)
        version = await self._server_version()
        if version < MINIMUM_SERVER:
            await self.close()
            raise DatabaseError(
                f"{self.describe()} runs PostgreSQL {version}; CreatorPulse needs "
                f"{MINIMUM_SERVER} or newer"
            )

    async def _server_version(self) -> int:
        async with self.pool.acquire() as conn:
            return int(conn.get_server_version().major)

    def _why(self, exc: BaseException) -> str:
        """What went wrong connecting, in words that name no password."""
        if isinstance(exc, asyncpg.InvalidPasswordError):
            return "the password was refused (check the user and password in DATABASE_URL)"
        if isinstance(exc, asyncpg.InvalidAuthorizationSpecificationError):
            return "the user was refused (check the user in DATABASE_URL)"
        if isinstance(exc, asyncpg.InvalidCatalogNameError):
            return f"there is no database named {self.name} (create it first)"
        if isinstance(exc, socket.gaierror):
            return f"the host name {self.host} is unknown"
        if isinstance(exc, ConnectionRefusedError):
            return "nothing answers there (is PostgreSQL running, and on that port?)"
        if isinstance(exc, TimeoutError):
            return f"no answer within {CONNECT_TIMEOUT:.0f} s"
        if isinstance(exc, OSError):
            return exc.strerror or type(exc).__name__
        if isinstance(exc, asyncpg.PostgresError):
            return str(exc).splitlines()[0]
        return type(exc).__name__

    async def lease_shards(self, count: int, ids: Sequence[int], holder: str) -> None:
        """Advisory locks on a connection of its own (storage.leases): a second process
        asking for a shard already run is refused, naming the holder."""
        lease = ShardLease(self._url, self.describe())
        try:
            await lease.take(count, ids, holder)
        except ShardsHeld:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure to connect is said in one line
            raise DatabaseError(f"cannot connect to {self.describe()}: {self._why(exc)}") from None
        self._lease = lease

    async def notify(self, notice: str) -> None:
        with self._reporting():
            await self.pool.execute("SELECT pg_notify($1, $2)", NOTICES, notice)

    async def listen(self, heard: Callable[[str], None]) -> None:
        """LISTEN on a connection of its own, watched: when it is lost it is opened again,
        and ``heard("*")`` says that notices may have been missed meanwhile."""
        listener = NoticeListener(self._url, heard, CONNECT_TIMEOUT)
        await listener.start()
        self._listener = listener

    async def shard_leases_held(self) -> bool:
        return self._lease is None or await self._lease.held()

    async def close(self) -> None:
        if self._listener is not None:
            listener, self._listener = self._listener, None
            await listener.close()
        if self._lease is not None:
            lease, self._lease = self._lease, None
            await lease.release()
        if self._readers is not None:
            readers, self._readers = self._readers, None
            await readers.close()
        if self._pool is not None:
            pool, self._pool = self._pool, None
            try:
                await asyncio.wait_for(pool.close(), 5)
            except (TimeoutError, *GONE):
                pool.terminate()

    # -- outages -------------------------------------------------------------------------

    def _lost(self, exc: BaseException) -> NoReturn:
        reason = f"{self.describe()} does not answer ({self._why(exc)})"
        if self._unavailable is None:
            log.error(
                "%s: reads and writes are refused and members are told so; the bot carries on "
                "by itself once it answers again",
                reason,
            )
        self._unavailable = reason
        raise DatabaseUnreachable(reason) from None

    def _answered(self) -> None:
        if self._unavailable is not None or self._busy:
            self._unavailable = None
            self._busy = False
            log.info("the database answers again")

    def _refused(self, waited: float) -> DatabaseBusy:
        if not self._busy:
            self._busy = True
            log.warning(
                "%s kept a server's writes waiting for %.1f s; writes are refused until it frees",
                self.describe(),
                waited,
            )
        return DatabaseBusy("the database is busy")

    @contextmanager
    def _reporting(self) -> Iterator[None]:
        try:
            yield
        except asyncpg.IntegrityConstraintViolationError as exc:
            raise ConstraintViolation(str(exc).splitlines()[0]) from exc
        except Exception as exc:
            if gone(exc):
                self._lost(exc)
            raise
        else:
            if self._unavailable is not None or self._busy:
                self._answered()

    # -- reads ---------------------------------------------------------------------------

    async def read_one(self, sql: str, params: Params = ()) -> Row | None:
        text, args = to_numbered(sql, params)
        with self._reporting():
            row: Row | None = await self._read("fetchrow", text, args)
            return row

    async def read_all(self, sql: str, params: Params = ()) -> list[Row]:
        text, args = to_numbered(sql, params)
        with self._reporting():
            return list(await self._read("fetch", text, args))

    async def _read(self, method: str, text: str, args: Sequence[Any]) -> Any:
        if self._readers is None:  # not open, or closing: the pool says which
            return await getattr(self.pool, method)(text, *args)
        return await self._readers.fetch(method, text, args)

    scan_one, scan_all = read_one, read_all  # (the server does the work; the loop waits)

    # -- writes --------------------------------------------------------------------------

    async def write(self, work: Work[T], *, lock: int | None = None) -> T:
        """Writes of one ``lock`` from this process go in the order they came (as they do
        on SQLite's one write thread) and hold one connection at a time; the advisory lock
        orders them against other processes."""
        patience = write_patience(self.write_timeout)
        deadline = time.monotonic() + patience
        if lock is None:
            return await self._write(work, lock, patience, deadline)
        queue = self._queues.get(lock)
        if queue is None:
            queue = self._queues[lock] = asyncio.Lock()
        try:
            await asyncio.wait_for(queue.acquire(), patience)
        except TimeoutError:
            raise self._refused(patience) from None
        try:
            return await self._write(work, lock, patience, deadline)
        finally:
            queue.release()

    async def _write(self, work: Work[T], lock: int | None, patience: float, deadline: float) -> T:
        for attempt in range(1, RETRIES + 1):
            try:
                return await self._write_once(work, lock, deadline)
            except (asyncpg.SerializationError, asyncpg.DeadlockDetectedError):
                if attempt == RETRIES or time.monotonic() >= deadline:
                    raise self._refused(patience) from None
                await asyncio.sleep(random.uniform(0.005, 0.02) * attempt)
            except (asyncpg.LockNotAvailableError, asyncpg.QueryCanceledError):
                raise self._refused(patience) from None
        raise AssertionError("unreachable")

    async def _write_once(self, work: Work[T], lock: int | None, deadline: float) -> T:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise asyncpg.LockNotAvailableError("the write waited its time")
        with self._reporting():
            readers = self._readers  # an idle connection held for reads, else the pool's
            held, clean = readers.take() if readers is not None else None, False
            try:
                conn = held or await self.pool.acquire(timeout=remaining)
            except TimeoutError:
                raise asyncpg.LockNotAvailableError("no connection came free") from None
            try:
                wait_ms = max(1, round((deadline - time.monotonic()) * 1000))
                begin = f"BEGIN; SET LOCAL lock_timeout = {wait_ms}"
                if lock is not None:
                    begin += f"; SELECT pg_advisory_xact_lock({int(lock)})"
                await conn.execute(begin)
                result = await work(PostgresTx(conn))
                await conn.execute("COMMIT")
                clean = True
                return result
            except Exception:
                # A statement failed and its answer was read: the connection is idle, and
                # whether a transaction is open is known.
                if not conn.is_closed() and conn.is_in_transaction():
                    try:
                        await conn.execute("ROLLBACK")
                        clean = True
                    except Exception:  # noqa: BLE001 - the connection is thrown away below
                        conn.terminate()
                raise
            except BaseException:
                # Cancelled (the bot stopping, a request cut short) in the middle of a
                # statement: the BEGIN may still be on its way, so whether a transaction is
                # open is not known yet. asyncpg runs the next statement once the cancelled
                # one is over, so a ROLLBACK then ends whatever was begun (and is harmless
                # when nothing was). Shielded: a second cancel does not leave it half-done.
                if not conn.is_closed():
                    rollback = asyncio.ensure_future(conn.execute("ROLLBACK"))
                    rollback.add_done_callback(retrieved)
                    try:
                        await asyncio.shield(rollback)
                    except BaseException:  # noqa: BLE001 - thrown away: nothing is reused
                        conn.terminate()
                raise
            finally:
                if readers is not None and held is not None:
                    await readers.returned(conn, clean=clean)
                else:
                    await self.pool.release(conn)

    # -- the house -----------------------------------------------------------------------

    @asynccontextmanager
    async def connection(self) -> AsyncIterator[asyncpg.Connection]:
        """A pooled connection of its own (migrations, the move from SQLite)."""
        with self._reporting():
            async with self.pool.acquire() as conn:
                yield conn

    async def schema_version(self) -> int:
        async with self.connection() as conn:
            return await version_on(conn)

    async def migrate(self) -> int:
        """Under an advisory lock, so several processes starting at once migrate once."""
        async with self.connection() as conn:
            await conn.execute(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
            try:
                current = await version_on(conn)
                pending = self.check_version(current)
                if not pending:
                    return current
                latest = pending[-1][0]
                try:
                    async with conn.transaction():
                        for _version, _name, sql in pending:
                            await conn.execute(sql)
                        await conn.execute(
                            f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL);"
                            f"DELETE FROM {VERSION_TABLE}; "
                            f"INSERT INTO {VERSION_TABLE} (version) VALUES ({latest})"
                        )
                except asyncpg.PostgresError as exc:
                    raise DatabaseError(f"migration failed, nothing was changed: {exc}") from None
            finally:
                await conn.execute(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
        log.info("database migrated from version %d to %d", current, latest)
        return latest

    async def size_bytes(self) -> int:
        row = await self.read_one("SELECT pg_database_size(current_database())")
        return int(row[0]) if row else 0

    async def tables(self) -> list[str]:
        rows = await self.read_all(
            "SELECT c.relname AS tbl, r.relname AS ref FROM pg_class AS c "
            "JOIN pg_namespace AS n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
            "LEFT JOIN pg_constraint AS k ON k.conrelid = c.oid AND k.contype = 'f' "
            "LEFT JOIN pg_class AS r ON r.oid = k.confrelid "
            f"WHERE c.relkind = 'r' AND c.relname <> '{VERSION_TABLE}'"
        )
        references: dict[str, set[str]] = {}
        for row in rows:
            found = references.setdefault(row["tbl"], set())
            if row["ref"] is not None:
                found.add(row["ref"])
        return dependency_order(references, references)
