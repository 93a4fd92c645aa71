"""Parsed catalog files, kept between starts.

fluent.syntax's parser is pure Python: the catalogs' 2,900 messages take about 0.45 s to
parse, most of a start before the bot connects. The parsed files are kept in the user's
cache folder (``$XDG_CACHE_HOME/creatorpulse``, else ``~/.cache/creatorpulse``) under the
SHA-256 of each file's text, so a file is parsed again exactly when its text changed, and
loading them takes a few hundredths of a second.

The cache is only ever a shortcut: a folder that cannot be read or written, or a file that
cannot be loaded (another Python or fluent.syntax version, a partial write), means parsing
as before. It is written to a temporary name and renamed, so processes starting together
never read a half-written file. Like Python's own ``__pycache__``, it is code the bot loads
(pickle): it lives in the user's own cache folder, which only that user can write.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import importlib.metadata
import os
import pickle
from pathlib import Path
from typing import Any

from fluent.syntax import ast

CACHE_FILE = "catalogs.pickle"


@functools.cache
def _version() -> str:
    """What the pickled objects depend on besides the files' text."""
    return f"fluent.syntax {importlib.metadata.version('fluent.syntax')}, format 1"


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "creatorpulse"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _unpickled(data: bytes) -> Any:
    """``pickle.loads`` without the collector: the tens of thousands of nodes it makes would
    otherwise set off collections that walk everything imported so far (3-4× slower)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.loads(data)  # noqa: S301 - our own cache (see the module's text)
    finally:
        if was_enabled:
            gc.enable()


class ParsedFiles:
    """The parsed files of the last start, by the digest of their text; what this start
    parsed is added, and ``save`` keeps exactly the files of this start."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or cache_folder()) / CACHE_FILE
        self._kept: dict[str, ast.Resource] = {}
        self._used: dict[str, ast.Resource] = {}
        self._changed = False
        with contextlib.suppress(Exception):  # no cache, or one this version cannot read
            stored: Any = _unpickled(self.path.read_bytes())
            if isinstance(stored, dict) and stored.get("version") == _version():
                self._kept = dict(stored["files"])

    def get(self, key: str) -> ast.Resource | None:
        found = self._kept.get(key)
        if isinstance(found, ast.Resource):
            self._used[key] = found
            return found
        return None

    def add(self, key: str, resource: ast.Resource) -> None:
        self._used[key] = resource
        self._changed = True

    def save(self) -> None:
        """Write the cache when this start parsed something (or used fewer files)."""
        if not self._changed and self._used.keys() == self._kept.keys():
            return
        with contextlib.suppress(OSError, pickle.PicklingError, RecursionError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{CACHE_FILE}.{os.getpid()}.tmp")
            payload = {"version": _version(), "files": self._used}
            partial.write_bytes(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
            partial.replace(self.path)
