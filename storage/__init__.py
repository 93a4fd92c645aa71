"""The one place that speaks SQL: connection, migrations and one repository per feature."""

from storage.database import (
    Database,
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
)

__all__ = [
    "Database",
    "DatabaseBusy",
    "DatabaseError",
    "DatabaseTooNew",
    "DatabaseUnavailable",
]
