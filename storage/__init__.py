"""The one place that speaks SQL: connection, migrations and one repository per feature."""

from storage.database import Database, DatabaseError, DatabaseTooNew

__all__ = ["Database", "DatabaseError", "DatabaseTooNew"]
