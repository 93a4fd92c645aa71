"""The database interface: one ``Database`` with two homes, SQLite and PostgreSQL.

Repositories speak to a ``Database`` only, in SQL both accept (``?`` placeholders, or
``:name`` with a dict); the few spellings that differ live side by side in
``storage.dialect``. The API says how heavy a statement is by the method it goes through:

- ``read_one`` / ``read_all``: short, indexed reads (a row by key, a page of one
  member's rows). On SQLite they run on the event-loop thread without a thread hop.
- ``scan_one`` / ``scan_all``: reads over a whole server, exports, bulk work, off the loop.
- ``write(work, lock=...)``: every read-modify-write, in one shape. ``work`` is an
  ``async def work(tx)`` that speaks only to ``tx`` (a ``Tx``); it runs as one
  transaction, all committed or none. ``lock`` (a server's id, or a member's for work
  across servers) serialises the writes of one server: SQLite lets one writer in at a
  time anyway, PostgreSQL takes an advisory lock on it for the transaction. A rule that
  holds on one database therefore holds on the other.
- ``execute``, ``insert`` and ``executemany``: one statement as its own transaction.

A write that cannot get its lock within ``write_timeout`` seconds raises
``DatabaseBusy`` and changes nothing. Work that is on no 3-second clock (an interaction
already deferred, the scheduled work) calls ``wait_longer_for_writes`` first: its
writes then wait up to that long. A database that cannot take writes now (a deleted or
read-only SQLite file, a PostgreSQL server gone away) raises ``DatabaseUnavailable``;
each spell is logged once. A write that breaks a uniqueness or check rule raises
``ConstraintViolation`` and changes nothing.
"""

from __future__ import annotations

import importlib.resources
import re
from abc import ABC, abstractmethod
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from datetime import UTC, datetime
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, TypeVar, overload

if TYPE_CHECKING:
    from storage.dialect import Dialect

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
Params = Sequence[Any] | dict[str, Any]
T = TypeVar("T")
Backend = Literal["sqlite", "postgres"]


class Row(Protocol):
    """A result row: by position (``row[0]``) or by column name (``row["id"]``)."""

    def __getitem__(self, key: int | str, /) -> Any: ...
    def __iter__(self) -> Iterator[Any]: ...
    def __len__(self) -> int: ...
    def keys(self) -> Iterable[str]: ...


class DatabaseError(Exception):
    """The database cannot be used; the message says why and what to do."""


class DatabaseTooNew(DatabaseError):
    """The database was written by a newer CreatorPulse than this one."""


class DatabaseBusy(DatabaseError):
    """Another connection held the lock too long; the write changed nothing."""


class DatabaseUnavailable(DatabaseError):
    """The database cannot take writes now (a deleted, read-only or full SQLite file; a
    PostgreSQL server that does not answer). The write changed nothing; ``reason`` says
    what was found, for the log."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"the database cannot be written: {reason}")
        self.reason = reason


class DatabaseUnreachable(DatabaseUnavailable):
    """The database server does not answer (PostgreSQL stopped, restarted, the network
    gone): neither reads nor writes go through until it does."""


class ShardsHeld(DatabaseError):
    """Another process runs one of the shards asked for (or runs another shard count)."""


class ConstraintViolation(DatabaseError):
    """A write broke a rule of the schema (a unique key, a check); it changed nothing."""


class LoopReadTooHeavy(DatabaseError):
    """A read on SQLite's event-loop connection ran more steps than it may.

    Raised only when the database was opened with ``loop_step_limit`` (the tests do):
    such a read belongs in ``scan_one``/``scan_all``, or needs an index.
    """


# How long the writes of the current task may wait, when it said so (None: write_timeout).
_patience: ContextVar[float | None] = ContextVar("write_patience", default=None)


def wait_longer_for_writes(seconds: float) -> None:
    """Let the writes of the current task (and the tasks it starts) wait up to ``seconds``
    for their lock: for work that already answered the member (a deferred interaction)
    or answers nobody (scheduled work), where being refused after ``write_timeout`` would
    only turn a short wait into a failure."""
    _patience.set(seconds)


def write_patience(default: float) -> float:
    """How long the current task's writes may wait (``default`` unless it said otherwise)."""
    return _patience.get() or default


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


def migrations(backend: Backend = "sqlite") -> list[tuple[int, str, str]]:
    """(version, file name, SQL) of every migration shipped for ``backend``, in order.

    SQLite's stream starts at 1. PostgreSQL's starts at a baseline equal to the SQLite
    schema of the same version; from there both streams move together, a file of each
    per version.
    """
    folder = importlib.resources.files("storage") / "migrations" / backend
    found: list[tuple[int, str, str]] = []
    for entry in folder.iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    first = found[0][0] if found else 1
    for expected, (version, name, _sql) in enumerate(found, start=first):
        if version != expected:
            raise DatabaseError(f"migration {name} is out of sequence: expected {expected:04d}")
    return found


def latest_version() -> int:
    """The schema version this CreatorPulse writes (the same for both databases)."""
    shipped = migrations("sqlite")
    return shipped[-1][0] if shipped else 0


class Tx(ABC):
    """The statements of one ``write``: all committed, or none.

    Every method is a coroutine, so the same ``work`` runs on both databases. On SQLite
    the whole ``work`` runs on the write connection's thread without suspending (each
    statement completes at once), so ``work`` awaits nothing but ``tx``.
    """

    @abstractmethod
    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; the number of rows it changed."""

    @abstractmethod
    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT into a table with an ``id`` key; the new row's id."""

    @abstractmethod
    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """One statement over many rows."""

    @abstractmethod
    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None: ...

    @abstractmethod
    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]: ...


Work = Callable[[Tx], Awaitable[T]]


class Database(ABC):
    """The connections. Open with ``async with open_database(...) as db`` (or a backend's
    own class); run ``migrate()`` once at start-up."""

    backend: Backend
    dialect: Dialect
    write_timeout: float

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

    @abstractmethod
    async def connect(self) -> None: ...

    @abstractmethod
    async def close(self) -> None: ...

    @abstractmethod
    def describe(self) -> str:
        """Where the data lives, for logs and messages (never a password)."""

    @abstractmethod
    async def schema_version(self) -> int: ...

    @abstractmethod
    async def migrate(self) -> int:
        """Apply every migration newer than the database, in one transaction; the version."""

    def check_version(self, current: int) -> list[tuple[int, str, str]]:
        """The migrations still to apply to a database at ``current``; ``DatabaseTooNew``
        when it is newer than this CreatorPulse."""
        shipped = migrations(self.backend)
        latest = shipped[-1][0] if shipped else 0
        if current > latest:
            raise DatabaseTooNew(
                f"{self.describe()} has schema version {current}, but this CreatorPulse only "
                f"knows up to {latest}. It was written by a newer version: upgrade "
                "CreatorPulse, or point it at another database."
            )
        return [(v, name, sql) for v, name, sql in shipped if v > current]

    # -- reads --------------------------------------------------------------------------

    @abstractmethod
    async def read_one(self, sql: str, params: Params = ()) -> Row | None:
        """One row of a short, indexed read."""

    @abstractmethod
    async def read_all(self, sql: str, params: Params = ()) -> list[Row]:
        """The rows of a short, indexed read."""

    @abstractmethod
    async def scan_one(self, sql: str, params: Params = ()) -> Row | None:
        """One row of a read over many rows (a whole server's), off the loop."""

    @abstractmethod
    async def scan_all(self, sql: str, params: Params = ()) -> list[Row]:
        """The rows of a read over many rows (a whole server's, an export), off the loop."""

    # -- writes -------------------------------------------------------------------------

    @abstractmethod
    async def write(self, work: Work[T], *, lock: int | None = None) -> T:
        """Run ``work(tx)`` as one transaction (see the module's description); its result."""

    async def execute(self, sql: str, params: Params = (), *, lock: int | None = None) -> int:
        """Run one writing statement on its own; return the number of rows changed."""
        return await self.write(lambda tx: tx.execute(sql, params), lock=lock)

    async def insert(self, sql: str, params: Params = (), *, lock: int | None = None) -> int:
        """Run one INSERT on its own; return the new row id."""
        return await self.write(lambda tx: tx.insert(sql, params), lock=lock)

    async def executemany(
        self, sql: str, rows: Iterable[Params], *, lock: int | None = None
    ) -> None:
        """One statement over many rows, as one transaction."""
        batch = list(rows)
        await self.write(lambda tx: tx.executemany(sql, batch), lock=lock)

    # -- the house ----------------------------------------------------------------------

    @abstractmethod
    async def lease_shards(self, count: int, ids: Sequence[int], holder: str) -> None:
        """Hold ``ids`` of ``count`` shards for this process until it closes the database;
        ``DatabaseError`` (saying who holds what) when they cannot be had."""

    async def notify(self, notice: str) -> None:  # noqa: B027 - one process: nobody to tell
        """Tell the other processes on this database (``listen``) that something changed."""

    async def listen(self, heard: Callable[[str], None]) -> None:  # noqa: B027 - as above
        """Call ``heard`` with every notice another process sends, until the database
        closes; with ``"*"`` when notices may have been missed (a lost connection)."""

    async def shard_leases_held(self) -> bool:
        """Whether this process still holds the shards it leased."""
        return True

    def check_writable(self) -> None:  # noqa: B027 - nothing to look at, for most
        """Raise ``DatabaseUnavailable`` when it is known that writes cannot be recorded
        now (the schedulers ask before each round, before sending anything they would then
        have to record)."""

    async def forget_deleted(self) -> None:  # noqa: B027 - nothing to do, for most
        """After a deletion a member asked for: leave no copy of the deleted rows in the
        database's own files where that can be done (SQLite's write-ahead log). PostgreSQL
        keeps old row versions until VACUUM; docs/privacy.md says what that means."""

    @abstractmethod
    async def size_bytes(self) -> int:
        """What the database takes on disk."""

    @abstractmethod
    async def tables(self) -> list[str]:
        """The names of CreatorPulse's tables, in an order their foreign keys accept."""


def dependency_order(tables: Iterable[str], references: dict[str, set[str]]) -> list[str]:
    """``tables`` sorted so each comes after the tables it references (then by name)."""
    left = sorted(tables)
    done: list[str] = []
    while left:
        ready = [t for t in left if references.get(t, set()) - {t} <= set(done)]
        if not ready:  # a cycle: keep the rest by name
            ready = left
        done.extend(ready)
        left = [t for t in left if t not in ready]
    return done
