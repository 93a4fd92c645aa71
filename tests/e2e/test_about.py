"""/about proves the whole path: login, sync, slash command, reply in three languages."""

from __future__ import annotations

import pytest

import cogs.about.cog as about_cog
from sandbox.emulator import InteractionResult
from tests.support.calls import recorded
from tests.support.databases import open_test_database
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
    async with open_test_database(harness.database_url, harness.db_path) as db:
        await db.execute("UPDATE command_sync SET hash = 'stale'")
    await harness.start()
    assert harness.emu.sync_count == 2


async def test_a_changed_command_or_translation_changes_what_decides_a_sync(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The sync is decided on the definitions and the catalogs' text, not on the translated
    payload: a change to either must still lead to a sync."""
    bot = harness.bot
    before = bot.command_digest()
    assert bot.command_digest() == before
    about = next(c for c in bot.tree.get_commands() if c.name == "about")
    monkeypatch.setattr(about, "description", "Something else")
    assert bot.command_digest() != before
    monkeypatch.undo()
    assert bot.command_digest() == before
    norwegian = bot.catalog.sources["no"].text
    assert "cmd-about" in norwegian
    monkeypatch.setitem(norwegian, "cmd-about", "cmd-about = Noe annet")
    assert bot.command_digest() != before


@pytest.mark.sqlite_only
async def test_the_database_size_counts_the_write_ahead_log(harness: Harness) -> None:
    h = harness
    for n in range(40):  # writes that sit in the WAL until a checkpoint
        await h.slash(h.alice, "timezone set", {"zone": "Europe/Oslo" if n % 2 else "UTC"})
    wal = h.db_path.with_name(h.db_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    on_disk = h.db_path.stat().st_size + wal.stat().st_size
    assert await h.bot.db.size_bytes() >= on_disk - 4096  # pages grow into the WAL's room
    assert await h.bot.db.size_bytes() >= wal.stat().st_size
    r = await h.slash(h.alice, "about")
    shown = next(f["value"] for f in r.embeds[0]["fields"] if f["name"] == "Database")
    kib = float(shown.removesuffix(" KiB").replace(",", ""))
    assert kib * 1024 >= wal.stat().st_size


async def test_the_source_link_comes_from_the_project_metadata(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    from cogs.about import cog

    monkeypatch.setattr(cog, "project_url", lambda: None)
    r = await harness.slash(harness.alice, "about")
    assert "github.com" not in r.text and "Start with `/er views`" in r.text
    monkeypatch.setattr(cog, "project_url", lambda: "https://example.org/creatorpulse")
    r = await harness.slash(harness.alice, "about")
    assert "[Source code and docs](https://example.org/creatorpulse)" in r.text


def test_project_url_reads_the_installed_metadata() -> None:
    from cogs.about.cog import project_url

    assert project_url("no-such-distribution-here") is None


async def test_the_database_size_is_read_once_a_minute_at_most(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    """/about asked again within SIZE_KEPT_SECONDS shows the size read the first time (on
    PostgreSQL a read that lists the database's files); once that is old, it reads again."""
    h = harness
    reads = recorded(monkeypatch, type(h.bot.db), "size_bytes")

    def size_shown(result: InteractionResult) -> str:
        return next(f["value"] for f in result.embeds[0]["fields"] if f["name"] == "Database")

    first = await h.slash(h.alice, "about")
    again = await h.slash(h.bob, "about")
    assert len(reads) == 1 and size_shown(again) == size_shown(first)
    assert "KiB" in size_shown(first)
    monkeypatch.setattr(about_cog, "SIZE_KEPT_SECONDS", 0.0)
    await h.slash(h.alice, "about")
    assert len(reads) == 2
