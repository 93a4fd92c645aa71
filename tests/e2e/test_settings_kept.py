"""A server's settings are kept by each process (``storage.guilds``): a change shows in the
next answer, whether this process made it or another one on the database did."""

from __future__ import annotations

import asyncio

import pytest

from storage import guilds
from storage.guilds import GuildRepository
from tests.support.databases import open_test_database
from tests.support.harness import Harness


async def test_a_change_through_the_bot_shows_in_the_next_answer(harness: Harness) -> None:
    h = harness
    first = await h.slash(h.mod, "config show")  # the settings are kept from here on
    assert "Not set" in first.text
    await h.slash(h.mod, "config timezone", {"timezone": "Europe/Oslo"})
    assert "Europe/Oslo" in (await h.slash(h.mod, "config show")).text
    await h.slash(h.mod, "config language", {"language": "no"})
    fallback = await h.slash(h.alice, "timezone show", locale="fr")
    assert "Du har ikke satt tidssonen din" in fallback.text


async def test_a_change_behind_the_bots_back_shows_once_the_kept_copy_is_old(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An operator's SQL tells nobody: the kept copy answers until it is SETTINGS_KEPT_SECONDS
    # old (shortened here), then the row is read again.
    h = harness
    monkeypatch.setattr(guilds, "SETTINGS_KEPT_SECONDS", 0.5)
    await h.slash(h.mod, "config timezone", {"timezone": "Europe/Oslo"})
    assert "Europe/Oslo" in (await h.slash(h.mod, "config show")).text
    h.execute(
        "UPDATE guild_settings SET timezone = 'Asia/Shanghai' WHERE guild_id = ?", (h.guild.id,)
    )
    assert "Europe/Oslo" in (await h.slash(h.mod, "config show")).text  # kept
    await asyncio.sleep(0.6)
    assert "Asia/Shanghai" in (await h.slash(h.mod, "config show")).text


@pytest.mark.postgres_only
async def test_a_change_made_by_another_process_shows_once_its_notice_arrives(
    harness: Harness,
) -> None:
    h = harness
    assert "Not set" in (await h.slash(h.mod, "config show")).text  # kept by this process
    other = open_test_database(h.database_url, h.db_path)  # another process's connection
    await other.connect()
    try:
        await GuildRepository(other).update(h.guild.id, h.clock.now(), timezone="Europe/Oslo")
    finally:
        await other.close()
    # The notice travels through PostgreSQL: the next answers show the change within moments
    # (not SETTINGS_KEPT_SECONDS).
    for _ in range(50):
        shown = await h.slash(h.mod, "config show")
        if "Europe/Oslo" in shown.text:
            break
        await asyncio.sleep(0.1)
    assert "Europe/Oslo" in shown.text
