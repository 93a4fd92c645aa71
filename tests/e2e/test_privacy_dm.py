"""/privacy in a DM with the bot, for a member who left a server: their data in every
server the bot keeps data of. And an export too large for one Discord upload."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile

import pytest

from sandbox.emulator import Guild
from tests.e2e.test_privacy import rows_naming, second_server, use_everything
from tests.support.harness import Harness


@pytest.fixture
async def other_guild(harness: Harness) -> Guild:
    return await second_server(harness, harness.alice, harness.bob)


async def test_privacy_is_offered_in_dms_without_a_privileged_intent(harness: Harness) -> None:
    [command] = [c for c in harness.emu.commands() if c["name"] == "privacy"]
    assert sorted(command["contexts"]) == [0, 1]  # servers and the bot's DMs
    assert harness.bot.intents.value == type(harness.bot.intents).default().value
    assert not harness.bot.intents.members and not harness.bot.intents.message_content


async def test_a_member_who_left_exports_and_deletes_everywhere_from_a_dm(
    harness: Harness, other_guild: Guild
) -> None:
    h = harness
    await use_everything(h, h.alice)
    await use_everything(h, h.alice, other_guild)
    await use_everything(h, h.bob)
    h.emu.remove_member(h.guild.id, h.alice.id)  # she left "Creators"; her data is still there
    bob_before = rows_naming(h, h.guild.id, h.bob.id)

    exported = await h.slash(h.alice, "privacy export", dm=True)
    assert exported.ephemeral or exported.message["channel_id"] == str(
        h.emu.dm_channel(h.alice.id).id
    )
    assert "12 entries, one file per server" in exported.text
    assert "**Creators**: 6 entries" in exported.text
    assert "**Elsewhere**: 6 entries" in exported.text
    documents = {json.loads(data)["guild_id"]: json.loads(data) for _name, data in exported.files}
    assert set(documents) == {str(h.guild.id), str(other_guild.id)}
    for document in documents.values():
        assert document["user_id"] == str(h.alice.id)
        assert document["data"]["members"][0]["tiktok_handle"] == "alice"

    prompt = await h.slash(h.alice, "privacy delete", dm=True, locale="no")
    assert "Dette sletter 12 oppføringer om deg for godt, på alle servere" in prompt.text
    done = await h.click(
        h.alice, prompt.message, prompt.button("Bekreft")["custom_id"], dm=True, locale="no"
    )
    assert "Ferdig: 12 oppføringer om deg ble slettet, på 2 servere" in done.text
    for guild in (h.guild, other_guild):
        left = rows_naming(h, guild.id, h.alice.id)
        assert all(count == 0 for count in left.values()), left
    assert rows_naming(h, h.guild.id, h.bob.id) == bob_before
    again = await h.slash(h.alice, "privacy delete", dm=True, locale="zh-CN")
    assert again.ephemeral and "在任何服务器我都没有保存关于你的数据" in again.text


async def many_results(h: Harness, count: int) -> None:
    """``count`` saved ER results of alice's, each with its own video link."""
    stamp = int(h.clock.now().timestamp())
    rows = []
    for n in range(count):
        video = int(hashlib.sha256(str(n).encode()).hexdigest()[:15], 16)
        rows.append(
            (
                h.guild.id,
                h.alice.id,
                1000 + n,
                f"https://www.tiktok.com/@alice/video/{video}",
                stamp,
            )
        )
    await h.bot.db.executemany(
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
        "video_url, created_at, updated_at) VALUES (?, ?, 'views', 5.0, ?, 50, 0, ?, ?, ?)",
        [(*row, row[-1]) for row in rows],
    )


def unzip(data: bytes) -> dict[str, object]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        [name] = archive.namelist()
        return dict(json.loads(archive.read(name)))


async def test_an_export_over_the_upload_limit_comes_zipped_and_split(harness: Harness) -> None:
    h = harness
    h.emu.upload_limit = h.emu.advertised_upload_limit = 64 * 1024
    await many_results(h, 4000)
    exported = await h.slash(h.alice, "privacy export")
    assert exported.ephemeral
    names = [name for name, _data in exported.files]
    assert len(names) > 1 and all(name.endswith(".zip") for name in names)
    assert f"comes zipped, in {len(names)} files" in exported.text
    assert all(len(data) <= 64 * 1024 for _name, data in exported.files)
    parts = [unzip(data) for _name, data in exported.files]
    assert [part["part"] for part in parts] == list(range(1, len(parts) + 1))
    assert {part["parts"] for part in parts} == {len(parts)}
    ids = [row["id"] for part in parts for row in part["data"]["er_results"]]  # type: ignore[index]
    stored = h.rows("SELECT id FROM er_results WHERE user_id = ? ORDER BY id", (h.alice.id,))
    assert sorted(ids) == [row["id"] for row in stored]  # every row once


async def test_an_export_just_over_the_limit_is_one_zip(harness: Harness) -> None:
    h = harness
    h.emu.upload_limit = h.emu.advertised_upload_limit = 64 * 1024
    await many_results(h, 300)
    exported = await h.slash(h.alice, "privacy export")
    [(name, data)] = exported.files
    assert name.endswith(".zip") and len(data) <= 64 * 1024
    assert unzip(data)["counts"]["er_results"] == 300  # type: ignore[index]


async def test_discord_refusing_the_file_as_too_large_gets_a_clear_answer(
    harness: Harness,
) -> None:
    h = harness
    h.emu.upload_limit = 64 * 1024  # smaller than Discord says it takes (10 MiB)
    await many_results(h, 300)
    exported = await h.slash(h.alice, "privacy export")
    assert exported.ephemeral
    assert exported.text == (
        "Discord refused the export as too large to send here. Nothing was changed. "
        "Ask the people who run this bot for your data."
    )
    assert exported.files == []
