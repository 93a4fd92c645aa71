"""What a process keeps of servers' settings (``storage.guilds``) stays bounded and right."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storage import Database, guilds
from storage.guilds import GuildRepository

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


async def test_the_copies_kept_are_bounded_and_a_dropped_one_is_read_again(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(guilds, "SETTINGS_KEPT_MOST", 4)
    repo = GuildRepository(db)
    for guild in range(1, 11):
        await repo.update(guild, NOW, default_weekly_goal=guild % 7 + 1)
    for guild in range(1, 11):
        assert (await repo.get(guild)).default_weekly_goal == guild % 7 + 1
        assert len(guilds._kept_for(db).entries) <= 4
    # Every copy is young here: the bound empties what is kept rather than grow past it.
    assert (await repo.get(1)).default_weekly_goal == 2


async def test_a_read_under_way_when_its_copy_is_forgotten_is_not_kept(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = GuildRepository(db)
    await repo.update(5, NOW, language="no")
    real = repo._read

    async def racing(guild_id: int) -> guilds.GuildSettings:
        settings = await real(guild_id)
        guilds.forget_settings(db, guild_id)  # a change committed while the row was on its way
        return settings

    monkeypatch.setattr(repo, "_read", racing)
    guilds.forget_settings(db, 5)  # (the update kept a copy: read the row again)
    assert (await repo.get(5)).language == "no"
    assert 5 not in guilds._kept_for(db).entries  # it may be the old row: not kept
    monkeypatch.setattr(repo, "_read", real)
    assert (await repo.get(5)).language == "no"
    assert 5 in guilds._kept_for(db).entries
