"""Watching the SQLite file while the bot runs, and telling members' writes apart from it.

Private to ``storage.sqlite``. Before every write the file at ``path`` is looked at:
deleted, replaced by another file or made read-only while the bot runs, it would otherwise
go on accepting writes into a file nobody will read again (SQLite keeps writing to an open,
deleted file). SQLite's own refusals of a write become ``DatabaseBusy`` (a lock that will
free), ``ConstraintViolation`` or ``DatabaseUnavailable``; each spell is logged once.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import aiosqlite

from storage._sqlite_thread import is_busy, unwritable_reason
from storage.database import ConstraintViolation, DatabaseBusy, DatabaseUnavailable

log = logging.getLogger("storage.sqlite")


class FileGuard:
    path: Path
    _conn: aiosqlite.Connection | None
    _identity: tuple[int, int] | None  # (device, inode) of the opened file
    _busy: bool  # the last write found the lock held (logged once until it frees)
    _unavailable: str | None  # why writes are refused now (logged once)

    def check_writable(self) -> None:
        """Raise ``DatabaseUnavailable`` unless the opened file is still at ``path`` and
        may be written (one ``stat``)."""
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

    @contextmanager
    def _refusing(self, waited: float) -> Iterator[None]:
        """SQLite's lock, rule and unwritable-file errors of a write as ``DatabaseBusy``,
        ``ConstraintViolation`` and ``DatabaseUnavailable`` (each spell logged once); a
        write that went through ends the spell."""
        try:
            yield
        except sqlite3.IntegrityError as exc:
            raise ConstraintViolation(str(exc)) from exc
        except sqlite3.DatabaseError as exc:
            if is_busy(exc):
                raise self._refused(waited) from None
            reason = unwritable_reason(exc)
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
