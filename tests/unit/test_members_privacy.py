"""Pure logic of /privacy: the export document and how deletions are summarised."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from cogs.privacy.logic import (
    export_bytes,
    export_document,
    export_filename,
    label_key,
    nonzero,
    total_rows,
)

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_export_document_header_and_counts() -> None:
    data = {
        "members": [{"guild_id": 1, "user_id": 2, "timezone": "Europe/Oslo"}],
        "er_results": [{"id": 1}, {"id": 2}],
        "posts": [],
    }
    document = export_document(data, guild_id=1, user_id=2, generated_at=NOW)
    assert document["generated_at"] == "2026-11-23T12:00:00+00:00"
    assert document["guild_id"] == "1"
    assert document["user_id"] == "2"
    assert document["counts"] == {"er_results": 2, "members": 1, "posts": 0}
    assert document["data"]["members"][0]["timezone"] == "Europe/Oslo"
    decoded = json.loads(export_bytes(document))
    assert decoded == document


def test_big_ids_and_text_survive() -> None:
    snowflake = 1574020310406005095
    data = {"lives": [{"title": "直播 «LIVE» 🎉", "blob": b"\x00\xff", "user_id": snowflake}]}
    document = export_document(data, guild_id=snowflake, user_id=snowflake, generated_at=NOW)
    decoded = json.loads(export_bytes(document).decode("utf-8"))
    assert decoded["data"]["lives"][0]["user_id"] == snowflake
    assert decoded["data"]["lives"][0]["title"] == "直播 «LIVE» 🎉"
    assert decoded["data"]["lives"][0]["blob"] == "00ff"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        export_document({}, guild_id=1, user_id=2, generated_at=NOW.replace(tzinfo=None))


def test_other_offsets_are_kept_in_iso() -> None:
    oslo = NOW.astimezone(timezone(timedelta(hours=1)))
    document = export_document({}, guild_id=1, user_id=2, generated_at=oslo)
    assert document["generated_at"] == "2026-11-23T13:00:00+01:00"


def test_summaries() -> None:
    counts = {"members": 1, "er_results": 3, "posts": 0, "lives.created_by_user_id": 2}
    assert total_rows(counts) == 6
    assert nonzero(counts) == [("er_results", 3), ("lives.created_by_user_id", 2), ("members", 1)]
    assert label_key("members") == "privacy-kind-members"
    assert label_key("lives.created_by_user_id") == "privacy-kind-lives--created_by_user_id"
    assert export_filename(1, 2, NOW) == "creatorpulse-1-2-20261123-120000.json"
