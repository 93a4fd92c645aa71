"""/er views and /er followers through the emulator: replies, comparisons, saved rows."""

from __future__ import annotations

from typing import Any

import pytest

from storage.members import MemberRepository
from tests.support.harness import Harness

SEED_VIEWS = {"views": "50K", "likes": "4.5K", "comments": "300", "shares": "200"}
SEED_FOLLOWERS = {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"}
VIDEO = "https://www.tiktok.com/@alice/video/7234567890123456789"


def er_rows(harness: Harness) -> list[dict[str, Any]]:
    return harness.rows("SELECT * FROM er_results ORDER BY id")


async def test_views_seed_example_is_explained_compared_and_saved(harness: Harness) -> None:
    result = await harness.slash(
        harness.alice,
        "er views",
        {**SEED_VIEWS, "followers": "12K", "video": VIDEO + "?is_from_webapp=1&sender_device=pc"},
    )
    assert not result.ephemeral
    assert result.callback_type == 4
    text = result.text
    assert "Engagement rate by views" in text
    assert "**10.00%**" in text
    assert "`((4,500 + 300 + 200) / 50,000) × 100 = 10.00%`" in text
    assert "5,000 interactions on this video" in text
    # the default set (the TikTok ER guide): per-follower tiers, so the bases are said to differ
    assert "Your tier: 5K–20K followers" in text
    # The verdict compares per view with per view: the set's overall figure by views.
    headline = "**Far above the benchmark**: 3.0× the set's overall figure by views of 3.30%"
    other = (
        "-# Not like for like (its tiers are per follower, your rate is per view): "
        "4.1× the 5K–20K average of 2.43%."
    )
    assert headline in text and other in text
    assert text.index(headline) < text.index(other)
    assert "Source: A widely shared TikTok engagement-rate guide; where its tier table" in text
    assert "Saved to your history" in text
    assert "check the numbers" not in text
    assert "Including saves" not in text and "Second figure" not in text
    [row] = er_rows(harness)
    assert row["guild_id"] == harness.guild.id
    assert row["user_id"] == harness.alice.id
    assert row["basis"] == "views"
    assert row["rate"] == pytest.approx(10.0)
    assert row["rate_with_saves"] is None
    assert (row["views"], row["likes"], row["comments"], row["shares"]) == (50_000, 4_500, 300, 200)
    assert row["saves"] is None
    assert row["posts"] is None
    assert row["followers"] == 12_000
    assert row["video_url"] == VIDEO  # query string stripped
    assert row["created_at"] == row["updated_at"] == int(harness.clock.now().timestamp())


async def test_saves_give_a_second_labelled_figure(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "er views", {**SEED_VIEWS, "saves": "1,000"})
    text = result.text
    assert "**10.00%**" in text
    assert "Second figure: including saves" in text
    assert "**12.00%** · `((4,500 + 300 + 200 + 1,000) / 50,000) × 100 = 12.00%`" in text
    [row] = er_rows(harness)
    assert row["rate"] == pytest.approx(10.0)
    assert row["rate_with_saves"] == pytest.approx(12.0)
    assert row["saves"] == 1_000


async def test_unrounded_rate_is_stored(harness: Harness) -> None:
    result = await harness.slash(
        harness.alice, "er views", {"views": "3", "likes": "1", "comments": "0", "shares": "0"}
    )
    assert "**33.33%**" in result.text
    [row] = er_rows(harness)
    assert row["rate"] == pytest.approx(100 / 3, rel=1e-12)


async def test_the_same_video_twice_updates_its_row(harness: Harness) -> None:
    await harness.slash(harness.alice, "er views", {**SEED_VIEWS, "video": VIDEO})
    first = er_rows(harness)[0]
    await harness.clock.advance(__import__("datetime").timedelta(days=1))
    short = VIDEO.replace("https://www.", "") + "?lang=en"  # the same video, pasted differently
    result = await harness.slash(
        harness.alice,
        "er views",
        {"views": "60K", "likes": "6K", "comments": "300", "shares": "300", "video": short},
    )
    assert not result.ephemeral
    assert "Updated your earlier result for this video" in result.text
    assert "**11.00%**" in result.text
    [row] = er_rows(harness)
    assert row["id"] == first["id"]
    assert (row["views"], row["likes"], row["rate"]) == (60_000, 6_000, pytest.approx(11.0))
    assert row["created_at"] == first["created_at"]
    assert row["updated_at"] == first["updated_at"] + 86_400
    # another member logging the same link gets a row of their own
    other = await harness.slash(harness.bob, "er views", {**SEED_VIEWS, "video": VIDEO})
    assert "Saved to your history" in other.text
    assert len(er_rows(harness)) == 2


async def test_short_links_are_accepted(harness: Harness) -> None:
    await harness.slash(
        harness.alice, "er views", {**SEED_VIEWS, "video": "vm.tiktok.com/ZMabc123/?x=1"}
    )
    [row] = er_rows(harness)
    assert row["video_url"] == "https://vm.tiktok.com/ZMabc123/"


async def test_save_false_saves_nothing(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "er views", {**SEED_VIEWS, "save": False})
    assert "**10.00%**" in result.text
    assert "Not saved" in result.text
    assert er_rows(harness) == []


async def test_followers_default_to_the_profile_and_large_low_rates_get_the_vanity_note(
    harness: Harness,
) -> None:
    await MemberRepository(harness.bot.db).update(
        harness.guild.id, harness.alice.id, harness.clock.now(), followers=1_000_000
    )
    result = await harness.slash(
        harness.alice,
        "er views",
        {"views": "200K", "likes": "800", "comments": "100", "shares": "100"},
    )
    text = result.text
    assert "**0.50%**" in text
    assert "Your tier: 1M+ followers" in text
    assert "**Below the benchmark**: 0.2× the set's overall figure by views of 3.30%" in text
    assert "0.3× the 1M+ average of 1.97%." in text
    assert "vanity metric" in text
    [row] = er_rows(harness)
    assert row["followers"] == 1_000_000


async def test_without_followers_there_is_a_hint_instead_of_a_tier(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "er views", SEED_VIEWS)
    assert "Add `followers:`" in result.text
    assert "Your tier" not in result.text
    [row] = er_rows(harness)
    assert row["followers"] is None


async def test_under_the_first_tier_shows_the_nearest(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "er views", {**SEED_VIEWS, "followers": "500"})
    assert "Under 1K: not enough followers for a benchmark tier" in result.text
    assert "the 1K–5K average of 5.60%" in result.text


async def test_a_per_view_band_set_is_like_for_like(harness: Harness) -> None:
    await harness.bot.guild_settings.update(
        harness.guild.id, harness.clock.now(), benchmark_set="modash-2025"
    )
    result = await harness.slash(
        harness.alice,
        "er views",
        {"views": "100K", "likes": "8K", "comments": "600", "shares": "400", "followers": "20K"},
    )
    text = result.text
    assert "**9.00%**" in text
    assert "**Around the benchmark**: inside the 8.38%–9.37% band for 10K–50K" in text
    assert "not like for like" not in text
    assert "Benchmark: Modash 2025" in text


async def test_a_set_with_an_unstated_basis_says_so(harness: Harness) -> None:
    await harness.bot.guild_settings.update(
        harness.guild.id, harness.clock.now(), benchmark_set="imh"
    )
    result = await harness.slash(harness.alice, "er views", {**SEED_VIEWS, "followers": "5K"})
    assert "does not say whether its figures are per view or per follower" in result.text
    assert "the under 10K average of 9.38%" in result.text


async def test_more_interactions_than_views_is_computed_but_saved_only_when_confirmed(
    harness: Harness,
) -> None:
    h = harness
    result = await h.slash(
        h.alice, "er views", {"views": "100", "likes": "250", "comments": "30", "shares": "20"}
    )
    assert not result.ephemeral
    assert "More interactions than views" in result.text and "check the numbers" in result.text
    assert "**300.00%**" in result.text
    assert "Not saved yet" in result.text and "press Save anyway" in result.text
    assert er_rows(h) == []
    button = result.button("Save anyway")
    refused = await h.click(h.bob, result.message, button["custom_id"])
    assert refused.ephemeral and "Only the member who ran the command" in refused.text
    assert er_rows(h) == []

    saved = await h.click(h.alice, result.message, button["custom_id"])
    assert saved.callback_type == 7  # the result's own message is updated
    assert "Saved to your history as you confirmed it" in saved.text
    assert saved.buttons == []
    [row] = er_rows(h)
    assert row["rate"] == pytest.approx(300.0) and row["confirmed"] == 1


async def test_more_interactions_than_views_gets_no_verdict_against_the_benchmark(
    harness: Harness,
) -> None:
    h = harness
    result = await h.slash(
        h.alice,
        "er views",
        {"views": "100", "likes": "140", "comments": "12", "shares": "10", "followers": "12K"},
    )
    assert "**162.00%**" in result.text
    assert "the numbers look wrong" in result.text
    for verdict in ("far above", "above", "around", "below"):
        assert f"**{verdict}**" not in result.text.casefold()
    assert "49.1×" not in result.text


async def test_an_unconfirmed_impossible_result_is_left_out_of_statistics(
    harness: Harness,
) -> None:
    h = harness
    # Saved before results were checked: 500.20% by views, never confirmed.
    at = int(h.clock.now().timestamp())
    insert = (
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, shares, "
        "followers, created_at, updated_at) VALUES (?, ?, 'views', ?, ?, ?, 0, 0, 12000, ?, ?)"
    )
    h.execute(insert, (h.guild.id, h.alice.id, 10.0, 1000, 100, at - 60, at - 60))
    h.execute(insert, (h.guild.id, h.alice.id, 500.2, 1000, 5002, at, at))
    history = await h.slash(h.alice, "er history")
    assert "**500.20%**" in history.text and "not counted" in history.text
    assert "Mean 10.00% · median 10.00% · best 10.00% (1 result)" in history.text
    profile = await h.slash(h.alice, "profile show")
    assert "Latest ER: 10.00%" in profile.text
    lookup = await h.slash(h.alice, "benchmark lookup", {"followers": "12K"})
    assert "10.00%" in lookup.text and "500.20%" not in lookup.text


async def test_followers_seed_example(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "er followers", SEED_FOLLOWERS)
    assert not result.ephemeral
    text = result.text
    assert "Engagement rate by followers" in text
    assert "**6.40%**" in text
    assert "`(((12,000 + 800) / 10) / 20,000) × 100 = 6.40%`" in text
    assert "1,280 interactions per post" in text
    assert "**Far above the benchmark**: 3.0× the 20K–100K average of 2.15%" in text
    assert "not like for like" not in text  # the seed's tiers are per follower
    [row] = er_rows(harness)
    assert row["basis"] == "followers"
    assert row["rate"] == pytest.approx(6.4)
    assert (row["followers"], row["posts"], row["likes"], row["comments"]) == (
        20_000,
        10,
        12_000,
        800,
    )
    assert row["views"] is None and row["shares"] is None and row["video_url"] is None


async def test_per_follower_rate_against_a_per_view_set_says_so(harness: Harness) -> None:
    await harness.bot.guild_settings.update(
        harness.guild.id, harness.clock.now(), benchmark_set="modash-2025"
    )
    result = await harness.slash(harness.alice, "er followers", {**SEED_FOLLOWERS, "save": False})
    text = result.text
    assert "This set has no figure by followers, so there is nothing like for like" in text
    assert "-# Not like for like (its tiers are per view, your rate is per follower): " in text
    assert "**Below the benchmark**" not in text and "**Above the benchmark**" not in text
    assert er_rows(harness) == []


# -- bad input: ephemeral, in the member's words, nothing saved ---------------------------

BAD_INPUT = [
    (
        "er views",
        {**SEED_VIEWS, "views": "0"},
        "Views must be at least 1: a video with no views has no rate",
    ),
    ("er views", {**SEED_VIEWS, "likes": "-5"}, "“-5” is negative"),
    ("er views", {**SEED_VIEWS, "comments": "lots"}, "“lots” is not a count I can read"),
    ("er views", {**SEED_VIEWS, "views": "12.5.3K"}, "“12.5.3K” is not a count I can read"),
    ("er views", {**SEED_VIEWS, "shares": "1000000000001"}, "too big"),
    ("er views", {**SEED_VIEWS, "views": "2T"}, "not a count I can read"),
    ("er views", {**SEED_VIEWS, "saves": "1.5"}, "not a whole number"),
    ("er views", {**SEED_VIEWS, "followers": "-1"}, "negative"),
    (
        "er views",
        {**SEED_VIEWS, "video": "https://www.youtube.com/watch?v=abc"},
        "is not a TikTok video link",
    ),
    ("er views", {**SEED_VIEWS, "video": "tiktok.com/@alice"}, "is not a TikTok video link"),
    ("er followers", {**SEED_FOLLOWERS, "followers": "0"}, "Followers must be at least 1"),
    ("er followers", {**SEED_FOLLOWERS, "posts": 0}, "Posts must be between 1 and 1,000"),
    ("er followers", {**SEED_FOLLOWERS, "posts": 1001}, "Posts must be between 1 and 1,000"),
    ("er followers", {**SEED_FOLLOWERS, "likes": "1e5"}, "not a count I can read"),
    ("er followers", {**SEED_FOLLOWERS, "comments": ""}, "Please type a number"),
]


@pytest.mark.parametrize(("command", "options", "expected"), BAD_INPUT)
async def test_bad_input_is_refused_ephemerally_and_saves_nothing(
    harness: Harness, command: str, options: dict[str, Any], expected: str
) -> None:
    # posts outside 1-1000 never reach us from a real client (min/max); send them anyway
    result = await harness.slash(harness.alice, command, options, allow_invalid=True)
    assert result.ephemeral
    assert expected in result.text
    assert er_rows(harness) == []
    assert harness.emu.channel_messages(harness.channel.id) == []


async def test_posts_limits_are_declared_to_discord(harness: Harness) -> None:
    er = next(c for c in harness.emu.commands() if c["name"] == "er")
    followers = next(o for o in er["options"] if o["name"] == "followers")
    posts = next(o for o in followers["options"] if o["name"] == "posts")
    assert (posts["min_value"], posts["max_value"]) == (1, 1000)


# -- languages -------------------------------------------------------------------------


async def test_views_in_chinese(harness: Harness) -> None:
    result = await harness.slash(
        harness.alice,
        "er views",
        {"views": "5万", "likes": "4500", "comments": "300", "shares": "200", "followers": "1.2万"},
        locale="zh-CN",
    )
    text = result.text
    assert "按观看计算的互动率" in text
    assert "**10.00%**" in text
    assert "`((4,500 + 300 + 200) / 50,000) × 100 = 10.00%`" in text
    assert "你的等级：5000–2万 粉丝" in text
    assert "远高于基准" in text
    assert "已保存到你的历史记录" in text
    [row] = er_rows(harness)
    assert row["views"] == 50_000 and row["followers"] == 12_000


async def test_followers_in_norwegian(harness: Harness) -> None:
    result = await harness.slash(
        harness.alice,
        "er followers",
        {"followers": "20 000", "posts": 10, "likes": "12k", "comments": "800"},
        locale="no",
    )
    text = result.text.replace("\xa0", " ").replace("\u202f", " ")
    assert "Engasjementsrate per følger" in text
    assert "**6,40 %**" in text
    assert "`(((12 000 + 800) / 10) / 20 000) × 100 = 6,40 %`" in text
    assert "1 280 interaksjoner per innlegg" in text
    assert "3,0× snittet for 20k–100k på 2,15 %" in text
    assert "Lagret i historikken din" in text
    [row] = er_rows(harness)
    assert row["rate"] == pytest.approx(6.4)


async def test_errors_speak_the_members_language(harness: Harness) -> None:
    chinese = await harness.slash(
        harness.alice, "er views", {**SEED_VIEWS, "views": "0"}, locale="zh-CN"
    )
    assert chinese.ephemeral
    assert "观看数至少为 1" in chinese.text
    norwegian = await harness.slash(
        harness.alice, "er followers", {**SEED_FOLLOWERS, "followers": "0"}, locale="no"
    )
    assert norwegian.ephemeral
    assert "Følgere må være minst 1" in norwegian.text
    assert er_rows(harness) == []


async def test_every_er_description_is_localised(harness: Harness) -> None:
    er = next(c for c in harness.emu.commands() if c["name"] == "er")
    assert {"zh-CN", "no"} <= set(er["description_localizations"])
    for sub in er["options"]:
        assert {"zh-CN", "no"} <= set(sub["description_localizations"]), sub["name"]
        for option in sub.get("options", []):
            localised = option.get("description_localizations") or {}
            assert {"zh-CN", "no"} <= set(localised), f"{sub['name']} {option['name']}"
