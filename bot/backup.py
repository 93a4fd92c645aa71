"""``python -m bot backup PATH``: a consistent copy of the live database.

SQLite's online backup API copies the database as one read transaction: with WAL the
bot keeps writing meanwhile, and the copy is the database as of one moment (every
committed write before it, none after). The copy is written next to ``PATH`` and renamed
into place, so ``PATH`` is never a half-written file.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from bot.settings import Settings


def pg_dump_hint(settings: Settings, target: Path) -> str:
    """The one line that says how to back up a PostgreSQL database (the password stays out:
    pg_dump asks for it, or reads PGPASSWORD or ~/.pgpass)."""
    parts = urlsplit(settings.database_address or "")
    command = ["pg_dump", "--format=custom", f"--file={shlex.quote(str(target))}"]
    if parts.hostname:
        command.append(f"--host={shlex.quote(parts.hostname)}")
    if parts.port:
        command.append(f"--port={parts.port}")
    if parts.username:
        command.append(f"--username={shlex.quote(unquote(parts.username))}")
    command.append(shlex.quote(unquote(parts.path.lstrip("/")) or "postgres"))
    return (
        f"back it up with PostgreSQL's own tool: {' '.join(command)} "
        "(restore with pg_restore; pg_dump asks for the password, or reads PGPASSWORD or ~/.pgpass)"
    )


class BackupError(Exception):
    """The backup cannot be made; the message says why, in one line."""


def _check(source: Path, target: Path) -> None:
    if not source.is_file():
        raise BackupError(f"there is no database at {source} (DATABASE_PATH)")
    if target.is_dir():
        raise BackupError(f"{target} is a folder; give the path of the backup file")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    if target.exists() and target.resolve() == source.resolve():
        raise BackupError(f"{target} is the database itself; choose another path")
    if not os.access(target.parent, os.W_OK):
        raise BackupError(f"cannot write in {target.parent}")


def _shape(db: sqlite3.Connection) -> tuple[int, int]:
    """(schema version, number of tables): what a copy must have like its source."""
    version = int(db.execute("PRAGMA user_version").fetchone()[0])
    tables = int(
        db.execute("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
    )
    return version, tables


def backup(source: Path, target: Path) -> int:
    """Copy the database at ``source`` to ``target``; the number of pages copied.

    The copy is checked before it is put in place: SQLite's integrity check, and the same
    schema version and tables as the source (a copy of the wrong file would pass the first).
    """
    _check(source, target)
    partial = target.with_name(f".{target.name}.partial")
    # As a URI (read-only), with every character of the path escaped: a "#" or "?" in a
    # folder's name would otherwise end the path early and open another, empty file.
    uri = f"{source.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            db.execute("PRAGMA busy_timeout=10000")
            with contextlib.closing(sqlite3.connect(partial)) as copy:
                db.backup(copy)
                pages = int(copy.execute("PRAGMA page_count").fetchone()[0])
                ok = copy.execute("PRAGMA integrity_check").fetchone()[0]
                same = _shape(copy) == _shape(db)
        if ok != "ok":
            raise BackupError(f"the copy failed SQLite's integrity check: {ok}")
        if not same:
            raise BackupError(
                f"the copy of {source} does not hold the same tables; nothing written"
            )
        partial.replace(target)
    except sqlite3.Error as exc:
        raise BackupError(f"SQLite could not copy {source}: {exc}") from None
    except OSError as exc:
        raise BackupError(f"cannot write {target}: {exc.strerror or exc}") from None
    finally:
        partial.unlink(missing_ok=True)
    return pages
