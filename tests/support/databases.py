"""Which database the tests run on, and a fresh one per test.

``make test`` runs the suite on SQLite, then the storage and end-to-end tests again with
``CREATORPULSE_TEST_POSTGRES`` set to a throwaway PostgreSQL server's address (see
``tests.support.pgserver``). On PostgreSQL each test gets a database of its own, cloned
from one migrated template per test process and dropped afterwards.

A clone takes PostgreSQL about 0.16 s (``CREATE DATABASE`` copies the template's files
between two checkpoints), nearly all of it waiting, and a test that waited for it would
spend longer on it than on most of what it tests. So each test process keeps a stock of
``STOCK`` clones made ahead, on a thread of its own: a test takes a fresh clone at once,
and the next is made while the test runs. Each clone is still used by one test only.
"""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import contextlib
import itertools
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import asyncpg

from storage import Database, SQLiteDatabase
from storage.dialect import to_numbered
from storage.postgres import PostgresDatabase
from tests.support.pgserver import ENV

T = TypeVar("T")
_counter = itertools.count(1)
_template: str | None = None


def admin_url() -> str | None:
    """The test server's superuser address (None: this run is SQLite's)."""
    return os.environ.get(ENV) or None


def run_backend() -> str:
    """The database this run tests on: "postgres" when a test server is given."""
    return "postgres" if admin_url() else "sqlite"


def _url_of(name: str) -> str:
    admin = admin_url()
    assert admin is not None, f"{ENV} is not set"
    return f"{admin.rsplit('/', 1)[0]}/{name}"


async def _admin(sql: str) -> None:
    conn = await asyncpg.connect(admin_url())
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


_template_made: asyncio.Lock | None = None  # on the stock's loop (the only caller's)


async def _ensure_template() -> str:
    """A migrated database to clone, made once per test process."""
    global _template, _template_made
    if _template_made is None:
        _template_made = asyncio.Lock()
    async with _template_made:
        if _template is None:
            name = f"cp_template_{os.getpid()}"
            await _admin(f"DROP DATABASE IF EXISTS {name}")
            await _admin(f"CREATE DATABASE {name}")
            async with PostgresDatabase(_url_of(name), min_size=1, max_size=1) as db:
                await db.migrate()
            _template = name
    return _template


async def _clone() -> str:
    name = f"cp_{os.getpid()}_{next(_counter)}"
    await _admin(f"CREATE DATABASE {name} TEMPLATE {await _ensure_template()}")
    return name


class _LoopThread:
    """An event loop on a daemon thread of its own, started with the first coroutine given
    to it: what runs there outlives each test's loop."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._loop: asyncio.AbstractEventLoop | None = None
        self._start = threading.Lock()

    def submit(self, coro: Coroutine[Any, Any, T]) -> concurrent.futures.Future[T]:
        with self._start:
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                threading.Thread(
                    target=self._loop.run_forever, name=self._name, daemon=True
                ).start()
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    @property
    def started(self) -> bool:
        return self._loop is not None


STOCK = 2  # migrated clones each test process keeps made ahead


class _Stock:
    """Migrated clones made ahead on a thread of its own."""

    def __init__(self) -> None:
        self._thread = _LoopThread("test-database-stock")
        self._taking = threading.Lock()
        self._made: collections.deque[concurrent.futures.Future[str]] = collections.deque()

    async def take(self) -> str:
        with self._taking:
            while len(self._made) < STOCK + 1:
                self._made.append(self._thread.submit(_clone()))
            made = self._made.popleft()
        return await asyncio.wrap_future(made)


_STOCK = _Stock()


async def new_postgres_database(*, migrated: bool = True) -> str:
    """The address of a fresh PostgreSQL database of its own: migrated, or empty."""
    if migrated:
        return _url_of(await _STOCK.take())
    name = f"cp_{os.getpid()}_{next(_counter)}"
    await _admin(f"CREATE DATABASE {name}")
    return _url_of(name)


async def drop_postgres_database(url: str) -> None:
    await asyncio.to_thread(_OPERATOR.forget, url)
    await _admin(f"DROP DATABASE IF EXISTS {url.rsplit('/', 1)[1]} WITH (FORCE)")


@contextlib.asynccontextmanager
async def database_url(tmp_path: Path, backend: str | None = None) -> AsyncIterator[str | None]:
    """A fresh PostgreSQL database's address for this test (None for SQLite: on the SQLite
    run, or when ``backend`` asks for it)."""
    if (backend or run_backend()) == "sqlite":
        yield None
        return
    url = await new_postgres_database()
    try:
        yield url
    finally:
        await drop_postgres_database(url)


def open_test_database(url: str | None, path: Path, **options: Any) -> Database:
    """The test's database, not yet connected: PostgreSQL at ``url``, else SQLite at ``path``."""
    if url is not None:
        return PostgresDatabase(url, **options)
    return SQLiteDatabase(path, **options)


def query(url: str | None, path: Path, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    """Run one statement on the database directly, as an operator would (a connection of
    its own, committed; from a thread, so a synchronous test helper can ask while the bot's
    loop runs); the rows it returns."""
    if url is None:
        with contextlib.closing(sqlite3.connect(path)) as conn, conn:
            conn.row_factory = sqlite3.Row
            return [dict(row) for row in conn.execute(sql, params).fetchall()]

    return _OPERATOR.fetch(url, sql, params)


class _Operator:
    """An operator's connections to the test databases, kept open on a thread of their own
    (one connection a database: opening one costs more than most statements run on it)."""

    def __init__(self) -> None:
        self._thread = _LoopThread("test-operator")
        self._connections: dict[str, asyncpg.Connection] = {}

    def _run(self, coro: Coroutine[Any, Any, T]) -> T:
        return self._thread.submit(coro).result()

    async def _fetch(self, url: str, sql: str, params: Any) -> list[dict[str, Any]]:
        text, args = to_numbered(sql, params)
        for attempt in (1, 2):
            conn = self._connections.get(url)
            if conn is None or conn.is_closed():
                conn = self._connections[url] = await asyncpg.connect(url)
            try:
                return [dict(row) for row in await conn.fetch(text, *args)]
            except (asyncpg.ConnectionDoesNotExistError, asyncpg.InterfaceError):
                self._connections.pop(url, None)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def fetch(self, url: str, sql: str, params: Any) -> list[dict[str, Any]]:
        return self._run(self._fetch(url, sql, params))

    async def _forget(self, url: str) -> None:
        conn = self._connections.pop(url, None)
        if conn is not None and not conn.is_closed():
            await conn.close()

    def forget(self, url: str) -> None:
        """Close the connection to a database about to be dropped."""
        if self._thread.started:
            self._run(self._forget(url))


_OPERATOR = _Operator()


def table_names(url: str | None, path: Path) -> list[str]:
    """CreatorPulse's tables, as an operator would list them."""
    if url is None:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    else:
        sql = (
            "SELECT table_name AS name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
            "AND table_name <> 'creatorpulse_schema'"
        )
    return sorted(row["name"] for row in query(url, path, sql))


def column_names(url: str | None, path: Path, table: str) -> set[str]:
    if url is None:
        return {row["name"] for row in query(url, path, f'PRAGMA table_info("{table}")')}
    rows = query(
        url,
        path,
        "SELECT column_name AS name FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = ?",
        (table,),
    )
    return {row["name"] for row in rows}


@contextlib.asynccontextmanager
async def fresh_database(folder: Path, **options: Any) -> AsyncIterator[Database]:
    """A connected, migrated database of the run's kind, of its own (for tests that make
    several, like property tests)."""
    async with (
        database_url(folder) as url,
        open_test_database(url, folder / "test.sqlite3", **options) as db,
    ):
        await db.migrate()
        yield db
