"""Exports as files Discord takes: as they are, zipped, or split, every row once."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from bot.exports import export_files, messages_of, too_large

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
HEADER = {"format": 1, "guild_id": "1"}


def opened(name: str, data: bytes) -> dict[str, object]:
    if name.endswith(".json"):
        return dict(json.loads(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        [inner] = archive.infolist()
        assert inner.date_time == (2026, 11, 23, 12, 0, 0)  # the export's moment, no clock
        return dict(json.loads(archive.read(inner)))


def rows(count: int, width: int) -> dict[str, list[dict[str, object]]]:
    return {
        "posts": [{"id": n, "note": f"{n:x}" * width} for n in range(count)],
        "members": [{"id": 0, "timezone": "Europe/Oslo"}],
    }


def test_a_small_export_is_one_json_file() -> None:
    [(name, data)] = export_files("x", HEADER, rows(3, 1), 10_000, NOW)
    assert name == "x.json"
    assert opened(name, data)["counts"] == {"members": 1, "posts": 3}


@given(
    count=st.integers(min_value=0, max_value=400),
    width=st.integers(min_value=1, max_value=40),
    limit=st.integers(min_value=2_000, max_value=40_000),
)
def test_every_file_fits_and_every_row_is_there_once(count: int, width: int, limit: int) -> None:
    data = rows(count, width)
    files = export_files("x", HEADER, data, limit, NOW)
    assert all(len(blob) <= limit for _name, blob in files)
    documents = [opened(name, blob) for name, blob in files]
    found = [
        (kind, row["id"])
        for document in documents
        for kind, kept in document["data"].items()  # type: ignore[attr-defined]
        for row in kept
    ]
    assert sorted(found) == sorted((kind, row["id"]) for kind in data for row in data[kind])
    if len(files) > 1:
        assert [d["part"] for d in documents] == list(range(1, len(files) + 1))
        assert all(d["counts_in_all"] == {"members": 1, "posts": count} for d in documents)


def test_messages_hold_ten_files_within_the_limit() -> None:
    files = [(f"{n}.zip", b"x" * 30) for n in range(25)]
    assert [len(batch) for batch in messages_of(files, 1000)] == [10, 10, 5]
    assert [len(batch) for batch in messages_of(files, 100)] == [3] * 8 + [1]
    assert messages_of([], 100) == []


def test_discords_too_large_answer() -> None:
    assert too_large(413, 0) and too_large(400, 40005)
    assert not too_large(400, 50035)
