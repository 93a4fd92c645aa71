"""Which language public posts and DMs use: the rules members would expect."""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import pytest

from storage.locales import LocaleRepository
from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.e2e.test_live_reminders import going_button, schedule
from tests.support.harness import Harness


async def quiet(h: Harness) -> None:
    """Let the bot finish remembering languages (it writes them in the background)."""
    for _ in range(100):
        if not h.bot._background:
            return
        await asyncio.sleep(0.01)


async def test_a_chinese_server_gets_chinese_announcements_and_each_dm_its_own_language(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Asia/Shanghai")
    members = [h.emu.add_member(h.guild.id, name=f"fan{i}") for i in range(3)]
    for member in members:
        await h.slash(member, "timezone show", locale="zh-CN")
    await h.slash(h.bob, "timezone show", locale="no")
    await quiet(h)
    shown = await h.slash(h.mod, "config show")  # the manager's own Discord is English
    assert "the language most members used" in shown.text and "简体中文" in shown.text
    preview = await h.slash(h.mod, "live schedule", {"title": "Duet", "when": "明天 20:00"})
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    [announcement] = h.emu.channel_messages(h.channel.id)
    assert "直播" in str(announcement["embeds"]) or "时间" in str(announcement["embeds"])
    going = announcement["components"][0]["components"][0]["custom_id"]
    await h.click(members[0], announcement, going, locale="zh-CN")
    await h.click(h.bob, announcement, going, locale="no")
    ask = await h.slash(h.mod, "live cancel", {"live": 1})
    await h.click(h.mod, ask.message, button_id(ask, "confirm"))
    [to_bob] = h.emu.dm_messages(h.bob.id)
    assert "avlyst" in to_bob["content"]  # Norwegian, his own language
    [to_fan] = h.emu.dm_messages(members[0].id)
    assert "取消" in to_fan["content"]


async def test_config_language_still_overrides_and_a_tie_follows_the_actor(
    harness: Harness,
) -> None:
    h = harness
    await h.slash(h.alice, "timezone show", locale="zh-CN")
    await h.slash(h.bob, "timezone show", locale="no")
    await h.slash(h.mod, "timezone show", locale="no")
    await h.slash(h.alice, "timezone show", locale="zh-CN")
    await quiet(h)
    language, why = await h.bot.public_language(h.guild.id, h.alice.id)
    assert (language, why) == ("no", "members")
    extra = h.emu.add_member(h.guild.id, name="extra")
    await h.slash(extra, "timezone show", locale="zh-CN")
    await quiet(h)  # 2 zh-CN, 2 no: a tie, so the language of the member acting
    assert await h.bot.public_language(h.guild.id, h.alice.id) == ("zh-CN", "actor")
    third = h.emu.add_member(h.guild.id, name="third")
    await h.slash(third, "timezone show", locale="en-US")
    await h.slash(h.emu.add_member(h.guild.id, name="fourth"), "timezone show", locale="en-US")
    await quiet(h)  # 2 zh-CN, 2 no, 2 en-US
    assert await h.bot.public_language(h.guild.id, h.bob.id) == ("no", "actor")
    await h.slash(h.mod, "config language", {"language": "en-US"})
    assert await h.bot.public_language(h.guild.id, h.bob.id) == ("en-US", "set")
    rows = h.rows("SELECT user_id, locale FROM member_locales ORDER BY user_id")
    assert {r["user_id"]: r["locale"] for r in rows}[h.alice.id] == "zh-CN"


async def test_rsvp_clicks_count_the_servers_languages_once_not_per_click(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    fans = [h.emu.add_member(h.guild.id, name=f"fan{i}") for i in range(3)]
    for fan in fans:
        await h.slash(fan, "timezone show", locale="no")
    await quiet(h)
    counted = 0
    most_used = LocaleRepository.most_used

    async def counting(self: LocaleRepository, guild_id: int, since: datetime) -> Any:
        nonlocal counted
        counted += 1
        return await most_used(self, guild_id, since)

    monkeypatch.setattr(LocaleRepository, "most_used", counting)
    await schedule(h)
    await quiet(h)  # the moderator's language, remembered after /live schedule
    counted = 0
    [announcement] = h.emu.channel_messages(h.channel.id)
    for fan in fans:
        await h.click(fan, announcement, going_button(announcement), locale="no")
    assert counted <= 1  # counted once (or kept from the post), not once per click
    assert "Kommer (3)" in str(h.emu.channel_messages(h.channel.id)[0]["components"])
