"""The details of talking to PostgreSQL: its address, its numbers, its errors, the ``Tx``.

Private to ``storage.postgres``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote, urlsplit

import asyncpg

from storage.database import DatabaseError, Params, Row, Tx
from storage.dialect import to_numbered

SCHEMES = ("postgresql", "postgres")
VERSION_TABLE = "creatorpulse_schema"


class UrlError(DatabaseError):
    """DATABASE_URL is not a PostgreSQL address."""


def retrieved(done: asyncio.Future[Any]) -> None:
    """Mark a future's outcome as seen: a cleanup (a ROLLBACK, a connection given back)
    whose failure is handled where it is awaited, or not at all once its caller was
    cancelled."""
    if not done.cancelled():
        done.exception()


def server_of(url: str) -> tuple[str, str, str]:
    """(host, port, database) of a PostgreSQL URL, for messages: never the password."""
    parts = urlsplit(url)
    if parts.scheme not in SCHEMES:
        raise UrlError(
            f"DATABASE_URL must start with postgresql:// (it starts with {parts.scheme or '?'}://"
            "); for SQLite leave DATABASE_URL unset and set DATABASE_PATH"
        )
    query = dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    host = parts.hostname or unquote(query.get("host", "")) or "localhost"
    try:
        port = str(parts.port or query.get("port") or 5432)
    except ValueError:
        raise UrlError("DATABASE_URL has a port that is not a number") from None
    database = unquote(parts.path.lstrip("/")) or parts.username or "postgres"
    return host, port, database


def numeric(text: str) -> int | float:
    """PostgreSQL's NUMERIC (what SUM over BIGINT and AVG return) as SQLite gives it:
    a whole number as int, anything else as float."""
    return int(text) if text.lstrip("-").isdigit() else float(text)


async def init_connection(conn: asyncpg.Connection) -> None:
    await conn.set_type_codec(
        "numeric", encoder=str, decoder=numeric, schema="pg_catalog", format="text"
    )


async def no_reset(conn: asyncpg.Connection) -> None:
    """A released connection needs no reset query: writes leave nothing behind (their
    settings and locks end with the transaction), and asyncpg rolls back an open one."""


def rowcount(status: str) -> int:
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


GONE = (
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.ConnectionDoesNotExistError,
    asyncpg.CannotConnectNowError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.TooManyConnectionsError,
)


def gone(exc: BaseException) -> bool:
    if isinstance(exc, GONE):
        return True
    return isinstance(exc, asyncpg.InterfaceError) and "closed" in str(exc)


async def version_on(conn: asyncpg.Connection) -> int:
    if not await conn.fetchval(f"SELECT to_regclass('{VERSION_TABLE}') IS NOT NULL"):
        return 0
    return int(await conn.fetchval(f"SELECT version FROM {VERSION_TABLE}") or 0)


class PostgresTx(Tx):
    __slots__ = ("_conn",)

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        text, args = to_numbered(sql, params)
        return rowcount(await self._conn.execute(text, *args))

    async def insert(self, sql: str, params: Params = ()) -> int:
        text, args = to_numbered(f"{sql} RETURNING id", params)
        return int(await self._conn.fetchval(text, *args))

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        batch = list(rows)
        if not batch:
            return
        text, _ = to_numbered(sql, batch[0])
        await self._conn.executemany(text, [to_numbered(sql, row)[1] for row in batch])

    async def fetch_one(self, sql: str, params: Params = ()) -> Row | None:
        text, args = to_numbered(sql, params)
        row: Row | None = await self._conn.fetchrow(text, *args)
        return row

    async def fetch_all(self, sql: str, params: Params = ()) -> list[Row]:
        text, args = to_numbered(sql, params)
        return list(await self._conn.fetch(text, *args))
