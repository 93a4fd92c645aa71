"""Servers that leave: the bot removed from a server keeps its data ``RETENTION_DAYS`` for a
re-invite, sends nothing for it meanwhile, then purges it once; a manager can delete the
server's data at any time with ``/config delete-data``."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from collections.abc import Callable
from datetime import timedelta

import pytest

from sandbox.emulator import Guild
from tests.e2e.live_support import set_channel
from tests.e2e.test_live_reminders import START, schedule
from tests.e2e.test_privacy import second_server, use_everything
from tests.support.harness import DEFAULT_NOW, Harness

RETENTION = timedelta(days=30)


async def until(check: Callable[[], bool], what: str) -> None:
    """Wait for the bot to have done something it does on its own (a gateway event)."""
    for _ in range(500):
        if check():
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the bot did not {what}")


async def purge_settled(h: Harness) -> None:
    await until(lambda: h.clock.asleep("scheduler-server-purge"), "go back to sleep")


def rows_of(h: Harness, guild_id: int) -> dict[str, int]:
    """Rows of the server in every table that has a guild_id, found from the schema."""
    counts = {}
    for table in h.tables():
        if "guild_id" in h.columns(table):
            [row] = h.rows(f'SELECT COUNT(*) AS n FROM "{table}" WHERE guild_id = ?', (guild_id,))
            if row["n"]:
                counts[table] = row["n"]
    return counts


def left_at(h: Harness) -> int | None:
    found = h.rows("SELECT left_at FROM guild_settings WHERE guild_id = ?", (h.guild.id,))
    return found[0]["left_at"] if found else None


@pytest.fixture
async def other_guild(harness: Harness) -> Guild:
    return await second_server(harness, harness.alice)


async def a_server_in_use(h: Harness, other: Guild) -> None:
    await use_everything(h, h.alice)
    await use_everything(h, h.bob)
    await use_everything(h, h.alice, other)
    await set_channel(h, h.channel.id)
    await schedule(h)  # LIVE #1, hosted by alice, with its reminders and event
    assert {"guild_settings", "members", "lives", "live_deliveries"} <= set(rows_of(h, h.guild.id))


async def test_a_server_that_removed_the_bot_is_kept_then_purged_once(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    await a_server_in_use(h, other_guild)
    kept, elsewhere = rows_of(h, h.guild.id), rows_of(h, other_guild.id)

    h.emu.remove_guild(h.guild.id)
    await until(lambda: left_at(h) is not None, "note that it left")
    assert left_at(h) == int(DEFAULT_NOW.timestamp())
    assert rows_of(h, h.guild.id) == kept  # kept for a re-invite

    await h.clock.set(START - timedelta(hours=24))  # LIVE #1's first reminder falls due
    await until(lambda: h.clock.asleep("scheduler-live-deliveries"), "settle")
    assert h.emu.dm_messages(h.alice.id) == []  # nothing for a server the bot left
    [reminder] = h.rows("SELECT state, note FROM live_deliveries WHERE offset_minutes = 1440")
    assert reminder == {"state": "skipped", "note": "the bot left the server"}

    await h.restart()  # the retention runs across restarts
    await h.clock.set(DEFAULT_NOW + RETENTION - timedelta(seconds=1))
    await purge_settled(h)
    assert rows_of(h, h.guild.id) != {}
    await h.clock.set(DEFAULT_NOW + RETENTION)
    await purge_settled(h)
    assert rows_of(h, h.guild.id) == {}  # every table, the settings row last
    assert rows_of(h, other_guild.id) == elsewhere
    exported = await h.slash(h.alice, "privacy export", guild=other_guild)
    assert "6 entries" in exported.text


async def test_a_reinvite_within_the_retention_restores_everything(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    await a_server_in_use(h, other_guild)
    kept = rows_of(h, h.guild.id)
    h.emu.remove_guild(h.guild.id)
    await until(lambda: left_at(h) is not None, "note that it left")
    await h.clock.set(DEFAULT_NOW + timedelta(days=29))

    guild = h.emu.add_guild(h.guild.id, name="Creators")  # invited back
    h.emu.add_channel(guild.id, name="lives")
    h.emu.add_member(guild.id, h.alice.id, name="alice")
    await until(lambda: left_at(h) is None, "note that it is back")
    await h.clock.set(DEFAULT_NOW + RETENTION + timedelta(days=1))
    await purge_settled(h)
    assert rows_of(h, h.guild.id) == kept
    shown = await h.slash(h.alice, "timezone show", guild=guild, channel_id=None)
    assert "Europe/Oslo" in shown.text  # what she set before the bot left


async def test_retention_days_is_a_setting_and_an_outage_is_no_goodbye(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    h.settings_overrides["retention_days"] = 2
    await h.restart()
    await a_server_in_use(h, other_guild)
    h.emu.make_unavailable(h.guild.id)  # an outage: the bot is still in the server
    h.emu.remove_guild(other_guild.id)
    await until(
        lambda: bool(h.rows("SELECT 1 FROM guild_settings WHERE left_at IS NOT NULL")),
        "note that it left",
    )
    assert left_at(h) is None
    await h.clock.set(DEFAULT_NOW + timedelta(days=2))
    await purge_settled(h)
    assert rows_of(h, other_guild.id) == {}
    assert rows_of(h, h.guild.id) != {}


def unpacked(files: list[tuple[str, bytes]]) -> dict[str, list[dict[str, object]]]:
    [(name, data)] = files
    if name.endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = archive.read(archive.namelist()[0])
    return dict(json.loads(data)["data"])


async def test_a_manager_exports_then_deletes_the_servers_data_after_typing_its_name(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    await a_server_in_use(h, other_guild)
    await h.slash(h.mod, "config calendar", {})
    elsewhere = rows_of(h, other_guild.id)
    total = sum(rows_of(h, h.guild.id).values())
    [event] = h.emu.scheduled_events(h.guild.id)
    assert f"<#{h.channel.id}>" in (await h.slash(h.mod, "config show")).text

    prompt = await h.slash(h.mod, "config delete-data")
    assert prompt.ephemeral
    assert f"everything CreatorPulse stores for **Creators**, for good: {total} entries" in (
        prompt.text
    )
    export = await h.click(h.mod, prompt.message, prompt.button("Export first")["custom_id"])
    assert export.ephemeral and f"{total} entries" in export.text
    data = unpacked(export.files)
    assert sum(len(rows) for rows in data.values()) == total
    assert {h.alice.id, h.bob.id} <= {row["user_id"] for row in data["members"]}
    assert "calendar_secret" not in data["guild_settings"][0]

    opened = await h.click(h.mod, prompt.message, prompt.button("Delete…")["custom_id"])
    assert opened.modal is not None
    wrong = await h.submit_modal(h.mod, opened.modal, {"server_name": "Elsewhere"})
    assert wrong.ephemeral and "That is not this server's name" in wrong.text
    assert sum(rows_of(h, h.guild.id).values()) == total
    opened = await h.click(h.mod, prompt.message, prompt.button("Delete…")["custom_id"])
    assert opened.modal is not None
    done = await h.submit_modal(h.mod, opened.modal, {"server_name": "  creators "})
    assert done.ephemeral
    assert f"Done: {total} entries were deleted" in done.text
    assert "The Discord event of 1 upcoming LIVE was removed" in done.text
    assert rows_of(h, h.guild.id) == {}
    assert rows_of(h, other_guild.id) == elsewhere
    # The settings this process kept went with the rows: the server starts from the defaults.
    assert f"<#{h.channel.id}>" not in (await h.slash(h.mod, "config show")).text
    assert event["id"] not in [e["id"] for e in h.emu.scheduled_events(h.guild.id)]
    again = await h.slash(h.mod, "config delete-data", locale="zh-CN")
    assert "没有为本服务器保存任何数据" in again.text


async def test_only_the_manager_who_asked_may_press_and_a_member_cannot_ask(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    await a_server_in_use(h, other_guild)
    total = sum(rows_of(h, h.guild.id).values())
    refused = await h.slash(h.alice, "config delete-data", allow_invalid=True)
    assert refused.ephemeral and "Only members with the Manage Server permission" in refused.text
    prompt = await h.slash(h.mod, "config delete-data", locale="no")
    assert "Dette sletter alt CreatorPulse lagrer for **Creators**" in prompt.text
    stranger = await h.click(h.alice, prompt.message, prompt.button("Slett…")["custom_id"])
    assert stranger.ephemeral and "Only the member who ran the command" in stranger.text
    assert sum(rows_of(h, h.guild.id).values()) == total
