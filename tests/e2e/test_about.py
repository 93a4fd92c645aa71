"""/about proves the whole path: login, sync, slash command, reply in three languages."""

from __future__ import annotations

import pytest

from storage import Database
from tests.support.harness import Harness


async def test_bot_syncs_and_answers_about(harness: Harness) -> None:
    assert harness.emu.sync_count == 1
    names = {command["name"] for command in harness.emu.commands()}
    assert "about" in names
    result = await harness.slash(harness.alice, "about")
    assert result.callback_type == 4
    assert not result.ephemeral
    assert "CreatorPulse" in result.text
    assert harness.bot.version in result.text
    assert "KiB" in result.text


@pytest.mark.parametrize(
    ("locale", "expected"), [("zh-CN", "运行时间"), ("no", "Oppetid"), ("fr", "Uptime")]
)
async def test_about_speaks_the_members_language(
    harness: Harness, locale: str, expected: str
) -> None:
    result = await harness.slash(harness.alice, "about", locale=locale)
    assert expected in result.text


async def test_descriptions_are_localised_in_the_synced_payload(harness: Harness) -> None:
    about = next(c for c in harness.emu.commands() if c["name"] == "about")
    assert about["description_localizations"]["zh-CN"].startswith("CreatorPulse")
    assert "no" in about["description_localizations"]


async def test_restart_does_not_resync_unchanged_commands(harness: Harness) -> None:
    await harness.restart()
    assert harness.emu.sync_count == 1
    assert harness.bot.synced is False
    result = await harness.slash(harness.alice, "about")
    assert "CreatorPulse" in result.text


async def test_sync_flag_forces_a_sync(harness: Harness) -> None:
    await harness.stop()
    await harness.start(sync=True)
    assert harness.emu.sync_count == 2
    assert harness.bot.synced is True


async def test_changed_definitions_are_synced(harness: Harness) -> None:
    harness.rows("SELECT 1")  # the file exists and is readable by an operator
    await harness.stop()
    async with Database(harness.db_path) as db:
        await db.execute("UPDATE command_sync SET hash = 'stale'")
    await harness.start()
    assert harness.emu.sync_count == 2
