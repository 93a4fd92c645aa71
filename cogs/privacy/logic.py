"""Pure helpers for /privacy: the export document and the labels of what was deleted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.exports import document, to_json

EXPORT_FORMAT = 1
READABLE = "_readable"  # suffix of the readable twin of a stored value
# Stored as day ordinals (date.toordinal()): a local day, or the Monday of a week.
_DAY_COLUMNS = {"local_day", "week", "through_week"}
_MINUTE_COLUMNS = {"start_minute", "end_minute"}  # minutes after local midnight


def member_zone(data: Mapping[str, list[dict[str, Any]]]) -> str:
    """The member's own timezone from their exported profile, else UTC."""
    for row in data.get("members", []):
        if row.get("timezone"):
            return str(row["timezone"])
    return "UTC"


def readable_value(column: str, value: Any, zone: ZoneInfo, weekdays: Sequence[str]) -> Any:
    """What a stored value means, for a person to read, or ``None`` when it reads as it is.

    Moments (``*_at``, Unix seconds) become ISO-8601 in the member's timezone with its
    offset; weekday sets (``days``, a bit per day from Monday) their names; minutes
    after midnight ``22:00``; day ordinals an ISO date.
    """
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    if column.endswith("_at"):
        return datetime.fromtimestamp(value, UTC).astimezone(zone).isoformat()
    if column == "days" and 0 < value < 128:
        return [weekdays[day] for day in range(7) if value & (1 << day)]
    if column in _MINUTE_COLUMNS and 0 <= value < 24 * 60:
        return f"{value // 60:02d}:{value % 60:02d}"
    if column in _DAY_COLUMNS and value > 0:
        return date.fromordinal(value).isoformat()
    return None


def with_readable_values(
    data: Mapping[str, list[dict[str, Any]]], zone: str, weekdays: Sequence[str]
) -> dict[str, list[dict[str, Any]]]:
    """The rows, each stored value kept, with a ``<column>_readable`` twin where it helps."""
    tz = ZoneInfo(zone)
    result: dict[str, list[dict[str, Any]]] = {}
    for kind, rows in data.items():
        readable_rows = []
        for row in rows:
            copy = dict(row)
            for column, value in row.items():
                shown = readable_value(column, value, tz, weekdays)
                if shown is not None:
                    copy[column + READABLE] = shown
            readable_rows.append(copy)
        result[kind] = readable_rows
    return result


def export_header(guild_id: int, user_id: int, generated_at: datetime) -> dict[str, Any]:
    """What an export says about itself (ids as strings, as Discord writes them)."""
    if generated_at.tzinfo is None:
        raise ValueError("generated_at must be timezone-aware")
    return {
        "format": EXPORT_FORMAT,
        "generated_at": generated_at.isoformat(),
        "guild_id": str(guild_id),
        "user_id": str(user_id),
    }


def export_document(
    data: Mapping[str, list[dict[str, Any]]],
    *,
    guild_id: int,
    user_id: int,
    generated_at: datetime,
) -> dict[str, Any]:
    """The member's rows with a small header."""
    return document(export_header(guild_id, user_id, generated_at), data)


def export_bytes(document: Mapping[str, Any]) -> bytes:
    return to_json(document)


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


def export_name(guild_id: int, user_id: int, generated_at: datetime) -> str:
    """The export's file name, without its extension (``.json``, ``.zip``)."""
    return f"creatorpulse-{guild_id}-{user_id}-{generated_at:%Y%m%d-%H%M%S}"


def export_filename(guild_id: int, user_id: int, generated_at: datetime) -> str:
    return export_name(guild_id, user_id, generated_at) + ".json"
