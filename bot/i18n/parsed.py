"""Each catalog file's messages, kept between starts.

fluent.syntax's parser is pure Python: parsing the catalogs' files whole takes about 0.45 s,
most of a start before the bot connects. What that parse yields, each message's own text
(``catalog.entries_of``), is kept in the user's cache folder (``$XDG_CACHE_HOME/creatorpulse``,
else ``~/.cache/creatorpulse``) under the SHA-256 of the file's text, so a file is parsed
again exactly when its text changed. Reading the kept messages takes a few milliseconds.

The cache is only ever a shortcut: a folder that cannot be read or written, or a file that
cannot be read (another version, a partial write), means parsing as before. It is written
to a temporary name and renamed, so processes starting together never read a half-written
file. It is JSON: text, never code.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.metadata
import json
import os
from pathlib import Path
from typing import Any

CACHE_FILE = "catalogs.json"


@functools.cache
def _version() -> str:
    """What a file's messages depend on besides its text."""
    return f"fluent.syntax {importlib.metadata.version('fluent.syntax')}, format 1"


def cache_folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "creatorpulse"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _messages(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return value
    return None


class ParsedFiles:
    """The files of the last start (digest of the text -> key -> the message's text);
    what this start parsed is added, and ``save`` keeps exactly the files of this start."""

    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or cache_folder()) / CACHE_FILE
        self._kept: dict[str, Any] = {}
        self._used: dict[str, dict[str, str]] = {}
        self._changed = False
        with contextlib.suppress(OSError, ValueError):  # none yet, or one that cannot be read
            stored = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and stored.get("version") == _version():
                files = stored.get("files")
                self._kept = files if isinstance(files, dict) else {}

    def get(self, key: str) -> dict[str, str] | None:
        found = _messages(self._kept.get(key))
        if found is not None:
            self._used[key] = found
        return found

    def add(self, key: str, messages: dict[str, str]) -> None:
        self._used[key] = messages
        self._changed = True

    def save(self) -> None:
        """Write the cache when this start parsed something (or used fewer files)."""
        if not self._changed and self._used.keys() == self._kept.keys():
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_name(f"{CACHE_FILE}.{os.getpid()}.tmp")
            payload = {"version": _version(), "files": self._used}
            partial.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
            partial.replace(self.path)
