"""AvailabilityRepository on a real migrated SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from storage import ConstraintViolation, Database
from storage.availability import AvailabilityRepository
from storage.privacy import PrivacyRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
LATER = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
WEEKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})
GUILD, OTHER_GUILD, ALICE, BOB = 1, 2, 10, 20


async def test_replace_saves_reads_and_keeps_unchanged_rows(db: Database) -> None:
    repo = AvailabilityRepository(db)
    saved = await repo.replace(GUILD, ALICE, [(WEEKDAYS, time(18), time(22))], NOW)
    assert [(w.days, w.start, w.end, w.created_at) for w in saved] == [
        (WEEKDAYS, time(18), time(22), NOW)
    ]
    first_id = saved[0].id
    again = await repo.replace(
        GUILD, ALICE, [(WEEKDAYS, time(18), time(22)), (WEEKEND, time(22), time(2))], LATER
    )
    assert [(w.days, w.start, w.end) for w in again] == [
        (WEEKDAYS, time(18), time(22)),
        (WEEKEND, time(22), time(2)),
    ]
    assert again[0].id == first_id and again[0].created_at == NOW  # untouched row kept
    assert again[1].created_at == LATER
    shrunk = await repo.replace(GUILD, ALICE, [(WEEKEND, time(22), time(2))], LATER)
    assert [w.id for w in shrunk] == [again[1].id]


async def test_rows_are_per_guild_and_per_member(db: Database) -> None:
    repo = AvailabilityRepository(db)
    [alice] = await repo.replace(GUILD, ALICE, [(WEEKDAYS, time(18), time(22))], NOW)
    await repo.replace(GUILD, BOB, [(WEEKEND, time(10), time(12))], NOW)
    await repo.replace(OTHER_GUILD, ALICE, [(WEEKEND, time(8), time(9))], NOW)
    assert [w.start for w in await repo.windows(GUILD, ALICE)] == [time(18)]
    assert [w.start for w in await repo.windows(OTHER_GUILD, ALICE)] == [time(8)]
    both = await repo.windows_for(GUILD, [ALICE, BOB, 99])
    assert sorted(both) == [ALICE, BOB]
    assert await repo.windows_for(GUILD, []) == {}
    # Someone else's window, or one from another server, is not found nor deleted.
    assert await repo.get(GUILD, BOB, alice.id) is None
    assert await repo.get(OTHER_GUILD, ALICE, alice.id) is None
    assert not await repo.delete(GUILD, BOB, alice.id)
    assert not await repo.delete(OTHER_GUILD, ALICE, alice.id)
    assert await repo.get(GUILD, ALICE, alice.id) == alice
    assert await repo.delete(GUILD, ALICE, alice.id)
    assert await repo.windows(GUILD, ALICE) == []
    assert await repo.clear(GUILD, BOB) == 1
    assert await repo.clear(GUILD, BOB) == 0
    assert len(await repo.windows(OTHER_GUILD, ALICE)) == 1


async def test_schema_refuses_nonsense(db: Database) -> None:
    for days, start, end in ((0, 60, 120), (128, 60, 120), (1, -1, 120), (1, 60, 1440)):
        with pytest.raises(ConstraintViolation):
            await db.execute(
                "INSERT INTO availability_windows "
                "(guild_id, user_id, days, start_minute, end_minute, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (GUILD, ALICE, days, start, end, 0),
            )


async def test_naive_time_is_refused(db: Database) -> None:
    with pytest.raises(ValueError, match="naive"):
        await AvailabilityRepository(db).replace(
            GUILD,
            ALICE,
            [(WEEKDAYS, time(18), time(22))],
            datetime(2026, 11, 23),  # noqa: DTZ001
        )


async def test_privacy_exports_and_deletes_windows(db: Database) -> None:
    repo = AvailabilityRepository(db)
    await repo.replace(GUILD, ALICE, [(WEEKDAYS, time(18), time(22))], NOW)
    await repo.replace(GUILD, BOB, [(WEEKEND, time(10), time(12))], NOW)
    privacy = PrivacyRepository(db)
    assert "availability_windows" in await privacy.member_tables()
    exported = await privacy.export(GUILD, ALICE)
    assert [row["start_minute"] for row in exported["availability_windows"]] == [18 * 60]
    await privacy.delete(GUILD, ALICE)
    assert await repo.windows(GUILD, ALICE) == []
    assert len(await repo.windows(GUILD, BOB)) == 1
