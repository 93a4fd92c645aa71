"""/privacy export and /privacy delete: a member's own rows, all features, one server."""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from sandbox.emulator import Guild, Member
from tests.support.harness import Harness


def member_columns(harness: Harness) -> list[tuple[str, str]]:
    """(table, column) for every column naming a member, found from the schema itself."""
    found = []
    for table in harness.tables():
        columns = harness.columns(table)
        if "guild_id" not in columns:
            continue
        for column in sorted(columns):
            if column == "user_id" or column.endswith("_user_id"):
                found.append((table, column))
    return found


def rows_naming(harness: Harness, guild_id: int, user_id: int) -> dict[str, int]:
    counts = {}
    for table, column in member_columns(harness):
        rows = harness.rows(
            f'SELECT COUNT(*) AS n FROM "{table}" WHERE guild_id = ? AND "{column}" = ?',
            (guild_id, user_id),
        )
        counts[f"{table}.{column}"] = rows[0]["n"]
    return counts


async def use_everything(harness: Harness, member: Member, guild: Guild | None = None) -> None:
    """What a member leaves behind using the commands (and an ER result, as /er saves it)."""
    gid = (guild or harness.guild).id
    await harness.slash(member, "timezone set", {"zone": "Oslo"}, guild=guild)
    await harness.slash(
        member,
        "profile set",
        {"tiktok": f"@{member.name}", "followers": "12K", "weekly_goal": 3},
        guild=guild,
    )
    await harness.slash(member, "profile set", {"weekly_goal": 4}, guild=guild)
    stamp = int(harness.clock.now().timestamp())
    for views in (1000, 2000):
        await harness.bot.db.execute(
            "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, "
            "created_at, updated_at) VALUES (?, ?, 'views', 5.0, ?, 50, 0, ?, ?)",
            (gid, member.id, views, stamp, stamp),
        )


def snapshot(harness: Harness) -> dict[str, list[dict[str, Any]]]:
    return {
        table: sorted(harness.rows(f'SELECT * FROM "{table}"'), key=repr)
        for table in harness.tables()
        if table != "command_sync"
    }


async def second_server(h: Harness, *members: Member) -> Guild:
    """Another server, "Elsewhere", with a channel and ``members`` (by their names)."""
    guild = h.emu.add_guild(name="Elsewhere")
    h.emu.add_channel(guild.id, name="general")
    for member in members:
        h.emu.add_member(guild.id, member.id, name=member.name)
    await h.emu.wait_until_connected(5)
    return guild


@pytest.fixture
async def other_guild(harness: Harness) -> Guild:
    return await second_server(harness, harness.alice)


async def test_export_contains_the_members_rows_only(harness: Harness, other_guild: Guild) -> None:
    await use_everything(harness, harness.alice)
    await use_everything(harness, harness.bob)
    await use_everything(harness, harness.alice, other_guild)
    result = await harness.slash(harness.alice, "privacy export")
    assert result.ephemeral
    assert len(result.files) == 1
    name, data = result.files[0]
    assert name.endswith(".json")
    assert str(harness.alice.id) in name
    document = json.loads(data)
    assert document["guild_id"] == str(harness.guild.id)
    assert document["user_id"] == str(harness.alice.id)
    assert document["generated_at"] == "2026-11-23T12:00:00+00:00"
    assert document["counts"]["members"] == 1
    assert document["counts"]["er_results"] == 2
    assert document["counts"]["weekly_goal_changes"] == 2
    for kind, rows in document["data"].items():
        assert document["counts"][kind] == len(rows)
        for row in rows:
            assert row["guild_id"] == harness.guild.id
            named = [v for k, v in row.items() if k == "user_id" or k.endswith("_user_id")]
            assert harness.alice.id in named
    assert document["data"]["members"][0]["tiktok_handle"] == "alice"
    assert document["data"]["members"][0]["timezone"] == "Europe/Oslo"
    # Every table that holds one of her rows is in the export, found from the schema.
    expected = {
        k.split(".")[0]
        for k, n in rows_naming(harness, harness.guild.id, harness.alice.id).items()
        if n and k.endswith(".user_id")
    }
    assert expected <= set(document["data"])
    assert "6 entries" in result.text
    assert "Weekly goal history: 2" in result.text


async def test_export_in_chinese_and_norwegian(harness: Harness) -> None:
    await use_everything(harness, harness.alice)
    zh = await harness.slash(harness.alice, "privacy export", locale="zh-CN")
    assert "共 6 条" in zh.text
    assert "互动率结果：2" in zh.text
    no = await harness.slash(harness.bob, "privacy export", locale="no")
    assert "Jeg lagrer ingenting om deg" in no.text
    document = json.loads(no.files[0][1])
    assert sum(document["counts"].values()) == 0


async def test_delete_after_confirming_removes_every_row_and_nothing_else(
    harness: Harness, other_guild: Guild
) -> None:
    await use_everything(harness, harness.alice)
    await use_everything(harness, harness.bob)
    await use_everything(harness, harness.alice, other_guild)
    assert (
        sum(rows_naming(harness, harness.guild.id, harness.alice.id).values()) == 6
    )  # the 5 rows she made and the language she uses
    bob_before = rows_naming(harness, harness.guild.id, harness.bob.id)
    elsewhere_before = rows_naming(harness, other_guild.id, harness.alice.id)

    prompt = await harness.slash(harness.alice, "privacy delete")
    assert prompt.ephemeral
    assert "This deletes 6 entries" in prompt.text
    assert "Engagement-rate results: 2" in prompt.text
    assert sum(rows_naming(harness, harness.guild.id, harness.alice.id).values()) == 6
    done = await harness.click(harness.alice, prompt.message, prompt.button("Confirm")["custom_id"])
    assert "Done: 6 entries about you were deleted" in done.text
    assert "Profile (timezone, TikTok handle, followers, weekly goal): 1" in done.text
    assert not done.components

    after = rows_naming(harness, harness.guild.id, harness.alice.id)
    assert after, "the schema names members somewhere"
    assert all(n == 0 for n in after.values()), after
    assert rows_naming(harness, harness.guild.id, harness.bob.id) == bob_before
    assert rows_naming(harness, other_guild.id, harness.alice.id) == elsewhere_before
    assert sum(bob_before.values()) == sum(elsewhere_before.values()) == 6


async def test_delete_in_norwegian(harness: Harness) -> None:
    await use_everything(harness, harness.alice)
    prompt = await harness.slash(harness.alice, "privacy delete", locale="no")
    assert "Dette sletter 6 oppføringer" in prompt.text
    assert [b["label"] for b in prompt.buttons] == ["Bekreft", "Avbryt"]
    done = await harness.click(
        harness.alice, prompt.message, prompt.button("Bekreft")["custom_id"], locale="no"
    )
    assert "Ferdig: 6 oppføringer" in done.text
    assert harness.rows("SELECT * FROM members") == []


async def test_cancel_changes_nothing(harness: Harness) -> None:
    await use_everything(harness, harness.alice)
    before = snapshot(harness)
    prompt = await harness.slash(harness.alice, "privacy delete")
    cancelled = await harness.click(
        harness.alice, prompt.message, prompt.button("Cancel")["custom_id"]
    )
    assert "Nothing was deleted" in cancelled.text
    assert snapshot(harness) == before


async def test_only_the_member_may_confirm(harness: Harness) -> None:
    await use_everything(harness, harness.alice)
    before = snapshot(harness)
    prompt = await harness.slash(harness.alice, "privacy delete")
    stranger = await harness.click(
        harness.bob, prompt.message, prompt.button("Confirm")["custom_id"]
    )
    assert stranger.ephemeral
    assert "Only the member who ran the command" in stranger.text
    assert snapshot(harness) == before
    await harness.click(harness.alice, prompt.message, prompt.button("Cancel")["custom_id"])
    assert snapshot(harness) == before


async def test_timeout_disables_the_buttons_and_changes_nothing(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await use_everything(harness, harness.alice)
    before = snapshot(harness)
    # The bot imported its own copy of the cog's module (extensions reload on restart).
    cog = harness.bot.get_cog("PrivacyCog")
    assert cog is not None
    monkeypatch.setattr(sys.modules[type(cog).__module__], "CONFIRM_TIMEOUT", 0.1)
    since = len(harness.emu.requests)
    prompt = await harness.slash(harness.alice, "privacy delete")
    await harness.emu.wait_for(
        lambda r: r.method == "PATCH" and r.path.endswith("/messages/@original"), since=since
    )
    message = harness.emu.messages[int(prompt.message["id"])]
    assert "nothing was deleted" in message["content"]
    buttons = [c for row in message["components"] for c in row["components"]]
    assert buttons
    assert all(b.get("disabled") for b in buttons)
    assert snapshot(harness) == before


async def test_nothing_to_delete(harness: Harness) -> None:
    result = await harness.slash(harness.bob, "privacy delete")
    assert result.ephemeral
    assert "nothing to delete" in result.text
    assert not result.buttons


@pytest.mark.sqlite_only
async def test_deleted_data_is_not_left_in_the_database_files(harness: Harness) -> None:
    """secure_delete zeroes the deleted rows' pages and the write-ahead log is emptied, so
    the file (and a backup of it) holds nothing of the member's any more."""
    h = harness
    handle, video = "alice.secret.h", "7234567890123456999"
    await h.slash(h.alice, "profile set", {"tiktok": f"@{handle}", "followers": "12K"})
    await h.slash(
        h.alice,
        "er views",
        {
            "views": "50K",
            "likes": "4.5K",
            "comments": "300",
            "shares": "200",
            "video": f"https://www.tiktok.com/@{handle}/video/{video}",
        },
    )

    def on_disk() -> bytes:
        files = [h.db_path, h.db_path.with_name(h.db_path.name + "-wal")]
        return b"".join(f.read_bytes() for f in files if f.exists())

    assert handle.encode() in on_disk()
    prompt = await h.slash(h.alice, "privacy delete")
    await h.click(h.alice, prompt.message, prompt.button("Confirm")["custom_id"])
    written = on_disk()
    assert handle.encode() not in written
    assert video.encode() not in written
    assert str(h.alice.id).encode() not in written  # (ids are stored as integers anyway)
