"""Pure helpers for /privacy: the export document and the labels of what was deleted."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

EXPORT_FORMAT = 1


def export_document(
    data: Mapping[str, list[dict[str, Any]]],
    *,
    guild_id: int,
    user_id: int,
    generated_at: datetime,
) -> dict[str, Any]:
    """The member's rows with a small header (ids as strings, as Discord writes them)."""
    if generated_at.tzinfo is None:
        raise ValueError("generated_at must be timezone-aware")
    return {
        "format": EXPORT_FORMAT,
        "generated_at": generated_at.isoformat(),
        "guild_id": str(guild_id),
        "user_id": str(user_id),
        "counts": {kind: len(rows) for kind, rows in sorted(data.items())},
        "data": {kind: rows for kind, rows in sorted(data.items())},
    }


def _json_default(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise TypeError(f"cannot export a {type(value).__name__}")


def export_bytes(document: Mapping[str, Any]) -> bytes:
    return json.dumps(
        document, ensure_ascii=False, indent=2, sort_keys=False, default=_json_default
    ).encode("utf-8")


def total_rows(counts: Mapping[str, int]) -> int:
    return sum(counts.values())


def label_key(kind: str) -> str:
    """Catalog key naming a kind of data: a table, or ``table.column`` for cleared mentions."""
    return "privacy-kind-" + kind.replace(".", "--")


def nonzero(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(kind, count) with something in it, largest first, then by name."""
    return sorted(
        ((kind, count) for kind, count in counts.items() if count),
        key=lambda item: (-item[1], item[0]),
    )


def export_filename(guild_id: int, user_id: int, generated_at: datetime) -> str:
    return f"creatorpulse-{guild_id}-{user_id}-{generated_at:%Y%m%d-%H%M%S}.json"
