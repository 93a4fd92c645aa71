"""Exports as files Discord takes: a member's data (``/privacy export``), a server's
(``/config delete-data``).

A JSON document goes out as it is when it fits Discord's upload limit (the interaction says
what the limit is); else zipped; else its rows are split over several documents, each
zipped and within the limit, that together hold every row once (``part`` and ``parts`` in
each say which). Files are then grouped into messages of at most ten files within the limit
together. Pure: no discord, no clock (the moment inside a zip is the export's own).
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

FILES_PER_MESSAGE = 10  # Discord's most attachments on one message
Rows = Mapping[str, Sequence[Mapping[str, Any]]]


def _json_default(value: object) -> object:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    raise TypeError(f"cannot export a {type(value).__name__}")


def to_json(document: Mapping[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=2, default=_json_default).encode("utf-8")


def zipped(name: str, data: bytes, moment: datetime) -> bytes:
    """``data`` as the one file ``name`` of a zip archive, dated ``moment``."""
    stamp = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        info = zipfile.ZipInfo(name, date_time=stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, data)
    return buffer.getvalue()


def document(header: Mapping[str, Any], data: Rows) -> dict[str, Any]:
    """The header, the count of rows of each kind, and the rows (kinds by name)."""
    kinds = sorted(data)
    return {
        **header,
        "counts": {kind: len(data[kind]) for kind in kinds},
        "data": {kind: list(data[kind]) for kind in kinds},
    }


def _split(data: Rows, parts: int) -> list[dict[str, list[Mapping[str, Any]]]]:
    """The rows in ``parts`` runs of about the same size, in order (kinds by name)."""
    rows = [(kind, row, len(to_json(row))) for kind in sorted(data) for row in data[kind]]
    target = sum(size for _kind, _row, size in rows) / parts
    split: list[dict[str, list[Mapping[str, Any]]]] = [{}]
    filled = 0.0
    for kind, row, size in rows:
        if filled and filled + size > target and len(split) < parts:
            split.append({})
            filled = 0.0
        split[-1].setdefault(kind, []).append(row)
        filled += size
    return split


def export_files(
    name: str, header: Mapping[str, Any], data: Rows, limit: int, moment: datetime
) -> list[tuple[str, bytes]]:
    """(file name, bytes) of the export ``name`` (without an extension), each file within
    ``limit`` bytes: ``name.json``, else ``name.zip``, else ``name-part1of3.zip``..."""
    whole = to_json(document(header, data))
    if len(whole) <= limit:
        return [(f"{name}.json", whole)]
    packed = zipped(f"{name}.json", whole, moment)
    if len(packed) <= limit:
        return [(f"{name}.zip", packed)]
    counts = {kind: len(rows) for kind, rows in sorted(data.items())}
    parts = max(2, math.ceil(len(packed) / limit))
    while True:
        files = []
        runs = _split(data, parts)
        for number, run in enumerate(runs, start=1):
            label = f"{name}-part{number}of{len(runs)}"
            part = {**header, "part": number, "parts": len(runs), "counts_in_all": counts}
            files.append(
                (f"{label}.zip", zipped(f"{label}.json", to_json(document(part, run)), moment))
            )
        if all(len(data) <= limit for _name, data in files) or len(runs) < parts:
            return files  # (fewer runs than asked: a single row is over the limit)
        parts += max(1, parts // 4)


def messages_of(files: Sequence[tuple[str, bytes]], limit: int) -> list[list[tuple[str, bytes]]]:
    """The files grouped into messages: at most ten each, within ``limit`` together."""
    batches: list[list[tuple[str, bytes]]] = []
    size = 0
    for file in files:
        if not batches or len(batches[-1]) == FILES_PER_MESSAGE or size + len(file[1]) > limit:
            batches.append([])
            size = 0
        batches[-1].append(file)
        size += len(file[1])
    return batches


def too_large(status: int, code: int) -> bool:
    """Whether Discord refused an upload as too large (413, "Request entity too large")."""
    return status == 413 or code == 40005
