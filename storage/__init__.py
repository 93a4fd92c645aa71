"""The one place that speaks SQL: the database (SQLite or PostgreSQL), migrations and one
repository per feature."""

from pathlib import Path

from storage.database import (
    ConstraintViolation,
    Database,
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    DatabaseUnreachable,
    Tx,
)
from storage.sqlite import SQLiteDatabase


def open_database(*, url: str | None, path: Path, write_timeout: float = 2.0) -> Database:
    """PostgreSQL at ``url`` when one is given, else the SQLite file at ``path`` (not yet
    connected: ``async with`` it)."""
    if url:
        from storage.postgres import PostgresDatabase  # asyncpg only when asked for

        return PostgresDatabase(url, write_timeout=write_timeout)
    return SQLiteDatabase(path, write_timeout=write_timeout)


__all__ = [
    "ConstraintViolation",
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
    "DatabaseUnreachable",
    "SQLiteDatabase",
    "Tx",
    "open_database",
]
