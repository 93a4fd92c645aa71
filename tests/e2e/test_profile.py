"""/profile set and /profile show, driven as members would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from discord.ext import commands

from bot.i18n import Messages
from tests.support.harness import Harness


def member_row(harness: Harness, user_id: int) -> dict | None:
    rows = harness.rows(
        "SELECT * FROM members WHERE guild_id = ? AND user_id = ?", (harness.guild.id, user_id)
    )
    return rows[0] if rows else None


async def test_set_everything_then_show(harness: Harness) -> None:
    result = await harness.slash(
        harness.alice,
        "profile set",
        {"tiktok": "https://www.tiktok.com/@alice.creates", "followers": "12.5K", "weekly_goal": 4},
    )
    assert result.ephemeral
    assert "Saved" in result.text
    row = member_row(harness, harness.alice.id)
    assert row is not None
    assert row["tiktok_handle"] == "alice.creates"
    assert row["followers"] == 12500
    assert row["weekly_goal"] == 4
    stamp = int(harness.clock.now().timestamp())
    assert row["tiktok_updated_at"] == row["followers_updated_at"] == stamp
    assert row["weekly_goal_updated_at"] == stamp
    goals = harness.rows("SELECT user_id, goal FROM weekly_goal_changes")
    assert goals == [{"user_id": harness.alice.id, "goal": 4}]

    await harness.slash(harness.alice, "timezone set", {"zone": "Shanghai"})
    shown = await harness.slash(harness.bob, "profile show", {"member": harness.alice.id})
    assert not shown.ephemeral
    text = shown.text
    assert "[@alice.creates](https://www.tiktok.com/@alice.creates)" in text
    assert "12,500" in text
    assert "tier 5K–20K" in text  # the default (TikTok ER guide) set
    assert "Widely shared TikTok ER guide" in text
    assert "Asia/Shanghai (UTC+08:00)" in text
    assert "8:00\u202fPM" in text
    assert "4 posts a week" in text
    assert f"<t:{stamp}:R>" in text


async def test_only_some_options_keep_the_rest(harness: Harness) -> None:
    await harness.slash(harness.alice, "profile set", {"tiktok": "@alice", "followers": "900"})
    first = member_row(harness, harness.alice.id)
    await harness.clock.advance(timedelta(days=2))
    await harness.slash(harness.alice, "profile set", {"followers": "1.2万"})
    row = member_row(harness, harness.alice.id)
    assert row is not None
    assert first is not None
    assert row["tiktok_handle"] == "alice"
    assert row["tiktok_updated_at"] == first["tiktok_updated_at"]
    assert row["followers"] == 12000
    assert row["followers_updated_at"] == first["followers_updated_at"] + 2 * 86400
    assert row["weekly_goal"] is None


async def test_goal_history_is_kept(harness: Harness) -> None:
    await harness.slash(harness.alice, "profile set", {"weekly_goal": 3})
    await harness.clock.advance(timedelta(days=8))
    await harness.slash(harness.alice, "profile set", {"weekly_goal": 5})
    goals = harness.rows("SELECT goal, changed_at FROM weekly_goal_changes ORDER BY changed_at")
    assert [g["goal"] for g in goals] == [3, 5]
    assert goals[1]["changed_at"] - goals[0]["changed_at"] == 8 * 86400


async def test_no_option_gives_a_hint_and_writes_nothing(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "profile set")
    assert result.ephemeral
    assert "at least one thing" in result.text
    assert harness.rows("SELECT * FROM members") == []


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"tiktok": "alice creates"}, "not a TikTok handle"),
        ({"tiktok": "a" * 40}, "not a TikTok handle"),
        ({"tiktok": "@a"}, "not a TikTok handle"),
        ({"followers": "-5"}, "negative"),
        ({"followers": "lots"}, "not a count"),
        ({"tiktok": "@fine.name", "followers": "lots"}, "not a count"),
        ({"tiktok": "bad handle!", "weekly_goal": 3}, "not a TikTok handle"),
    ],
)
async def test_bad_input_is_refused_and_nothing_changes(
    harness: Harness, options: dict, expected: str
) -> None:
    await harness.slash(harness.alice, "profile set", {"followers": "100"})
    before = member_row(harness, harness.alice.id)
    result = await harness.slash(harness.alice, "profile set", options)
    assert result.ephemeral
    assert expected in result.text
    assert member_row(harness, harness.alice.id) == before
    assert harness.rows("SELECT * FROM weekly_goal_changes") == []


@pytest.mark.parametrize("goal", [0, 50, -1])
async def test_goal_out_of_range_is_refused_even_if_discord_let_it_through(
    harness: Harness, goal: int
) -> None:
    result = await harness.slash(
        harness.alice, "profile set", {"weekly_goal": goal}, allow_invalid=True
    )
    assert result.ephemeral
    assert "between 1 and 21" in result.text
    assert harness.rows("SELECT * FROM members") == []
    assert harness.rows("SELECT * FROM weekly_goal_changes") == []


async def test_goal_limits_are_declared_to_discord(harness: Harness) -> None:
    profile = next(c for c in harness.emu.commands() if c["name"] == "profile")
    set_ = next(o for o in profile["options"] if o["name"] == "set")
    goal = next(o for o in set_["options"] if o["name"] == "weekly_goal")
    assert (goal["min_value"], goal["max_value"]) == (1, 21)


async def test_followers_under_the_first_tier_and_other_sets(harness: Harness) -> None:
    await harness.slash(harness.alice, "profile set", {"followers": "500"})
    shown = await harness.slash(harness.alice, "profile show")
    assert "under the first tier of Widely shared TikTok ER guide (it starts at 1K)" in shown.text
    await harness.bot.guild_settings.update(
        harness.guild.id, harness.clock.now(), benchmark_set="modash-2025"
    )
    await harness.slash(harness.alice, "profile set", {"followers": "2M"})
    shown = await harness.slash(harness.alice, "profile show")
    assert "tier 1M+" in shown.text


async def test_default_goal_comes_from_the_server(harness: Harness) -> None:
    await harness.bot.guild_settings.update(
        harness.guild.id, harness.clock.now(), default_weekly_goal=5
    )
    shown = await harness.slash(harness.alice, "profile show")
    assert "5 posts a week (server default)" in shown.text
    assert "haven't filled in your profile" in shown.text


async def test_show_in_chinese_and_norwegian(harness: Harness) -> None:
    await harness.slash(harness.alice, "profile set", {"followers": "2万", "weekly_goal": 1})
    zh = await harness.slash(harness.alice, "profile show", locale="zh-CN")
    assert "粉丝" in zh.text
    assert "20,000" in zh.text
    assert "每周 1 条" in zh.text
    no = await harness.slash(harness.bob, "profile show", {"member": harness.alice.id}, locale="no")
    assert "Følgere" in no.text
    assert "20\u00a0000" in no.text
    assert "1 innlegg i uka" in no.text
    assert "Ikke satt" in no.text  # no TikTok handle


class StreakLine(commands.Cog):
    """A feature that contributes a line, as /streak will."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int, str]] = []

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        self.calls.append((guild_id, user_id, t.locale))
        return f"Streak line for {user_id}"


class SilentLine(commands.Cog):
    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        return None


async def test_lines_from_other_features_appear(harness: Harness) -> None:
    contributor = StreakLine()
    await harness.bot.add_cog(contributor)
    await harness.bot.add_cog(SilentLine())
    shown = await harness.slash(
        harness.bob, "profile show", {"member": harness.alice.id}, locale="no"
    )
    assert f"Streak line for {harness.alice.id}" in shown.text
    assert "Aktivitet" in shown.text
    assert contributor.calls == [(harness.guild.id, harness.alice.id, "no")]


class BrokenLine(commands.Cog):
    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        raise RuntimeError("a feature's bug")


async def test_a_broken_feature_does_not_hide_the_profile(harness: Harness) -> None:
    await harness.slash(harness.alice, "profile set", {"followers": "3K"})
    await harness.bot.add_cog(BrokenLine())
    await harness.bot.add_cog(StreakLine())
    with harness.expect_errors() as errors:
        shown = await harness.slash(harness.alice, "profile show")
    assert "3,000" in shown.text
    assert f"Streak line for {harness.alice.id}" in shown.text
    assert any("BrokenLine" in record.getMessage() for record in errors)
