"""One bot process per database: an exclusive lock file next to it.

Two processes on one database (or one token) are the usual cause of reminders sent
twice. The first process holds an OS lock on ``<database>.lock`` for as long as it
runs; the operating system releases it when the process ends in any way (kill -9
included), so a crash never leaves a stale lock behind. The file says who holds it.
"""

from __future__ import annotations

import fcntl
import os
import socket
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Self


class AlreadyRunning(Exception):
    """Another process holds the database; the message names it."""


def holder_description(now: datetime) -> str:
    """Who holds an instance: this process, on this machine, since ``now``."""
    return f"pid {os.getpid()} on {socket.gethostname()}, since {now:%Y-%m-%d %H:%M} UTC"


def lock_path(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


class InstanceLock:
    def __init__(self, database_path: Path, now: datetime) -> None:
        self.path = lock_path(database_path)
        self.now = now
        self._fd: int | None = None

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 500).decode("utf-8", "replace").strip() or "another process"
            os.close(fd)
            raise AlreadyRunning(
                f"another CreatorPulse is already running on this database ({holder}); "
                "stop it first, or set DATABASE_PATH to another file"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, holder_description(self.now).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> Self:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
