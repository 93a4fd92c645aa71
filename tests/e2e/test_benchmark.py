"""/benchmark lookup, table, sets and use, driven as members would through the emulator."""

from __future__ import annotations

import pytest

from bot.i18n import Catalog
from tests.support.harness import Harness

BASE = 1_795_000_000  # before the harness clock (2026-11-23)


async def save_er(
    h: Harness,
    user_id: int,
    rate: float,
    *,
    basis: str = "views",
    followers: int | None = 12_000,
    at: int = BASE,
    guild_id: int | None = None,
) -> None:
    """A saved /er result, written through the bot's own Database (as /er would)."""
    views, posts = (10_000, None) if basis == "views" else (None, 10)
    await h.bot.db.insert(
        "INSERT INTO er_results (guild_id, user_id, basis, rate, views, likes, comments, shares, "
        "posts, followers, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, 1, 1, ?, ?, ?, ?)",
        (guild_id or h.guild.id, user_id, basis, rate, views, posts, followers, at, at),
    )


def active_set(h: Harness) -> list[dict[str, object]]:
    return h.rows("SELECT guild_id, benchmark_set FROM guild_settings")


async def test_lookup_shows_tier_average_basis_source_year_and_caveat(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark lookup", {"followers": "12K"})
    assert not r.ephemeral
    text = r.text
    assert "12,000 followers · Widely shared TikTok ER guide (tiktok-er-guide)" in text
    assert "5K–20K" in text
    assert "2.43%" in text
    assert "by followers" in text
    assert "A widely shared TikTok engagement-rate guide (no source named), year not stated" in text
    assert "where its tier table comes from is not known" in text
    assert "HypeAuditor" in text  # the guide's caveat
    assert "seed" not in text.casefold()
    assert "Add `er`" in text  # no ER typed, none saved
    assert harness.rows("SELECT * FROM guild_settings") == []


@pytest.mark.parametrize(
    ("followers", "tier", "figure"),
    [("1000", "1K–5K", "5.60%"), ("5,000", "5K–20K", "2.43%"), ("1M", "1M+", "1.97%")],
)
async def test_lookup_tier_edges(harness: Harness, followers: str, tier: str, figure: str) -> None:
    r = await harness.slash(harness.alice, "benchmark lookup", {"followers": followers})
    fields = {f["name"]: f["value"] for f in r.embeds[0]["fields"]}
    assert fields["Tier"] == tier
    assert fields["Average"] == figure


async def test_under_the_first_tier_still_shows_the_nearest(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice, "benchmark lookup", {"followers": "999", "er": "6", "basis": "followers"}
    )
    assert "under 1K: not enough followers for a benchmark tier" in r.text
    assert "Nearest tier: 1K–5K" in r.text
    assert "5.60%" in r.text
    assert "1.1× the 1K–5K average of 5.60%: **around**" in r.text


async def test_typed_er_with_its_basis_gets_ratio_and_verdict(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice, "benchmark lookup", {"followers": "12K", "er": "4.86%", "basis": "followers"}
    )
    assert "4.86% by followers, as you typed it" in r.text
    assert "2.0× the 5K–20K average of 2.43%: **far above**" in r.text
    assert "2.0× or more is far above" in r.embeds[0]["footer"]["text"]  # thresholds documented
    assert "⚠️" not in r.text  # same basis: no warning


async def test_er_by_views_against_a_per_follower_set_is_judged_like_for_like(
    harness: Harness,
) -> None:
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "12K", "er": "9", "basis": "views"},
    )
    assert "9.00% by views, as you typed it" in r.text
    # The verdict is against the set's own figure by views (3.30%), never its per-follower
    # tier: 9% by views is not "3.7× far above" a per-follower average.
    assert "2.7× the set's overall figure by views of 3.30%: **far above**" in r.text
    assert "Not like for like (this set is per follower, your ER is per view)" in r.text
    assert "3.7× the 5K–20K average of 2.43%" in r.text
    assert "3.7× the 5K–20K average of 2.43%: **" not in r.text  # no verdict on it


async def test_er_by_followers_against_a_set_by_views_without_a_per_follower_figure(
    harness: Harness,
) -> None:
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "12K", "er": "9", "set": "modash-2025", "basis": "followers"},
    )
    assert "This set has no figure by followers" in r.text
    assert "**above**" not in r.text and "**around**" not in r.text


async def test_a_typed_er_without_its_basis_is_asked_about_first(harness: Harness) -> None:
    h = harness
    question = await h.slash(h.alice, "benchmark lookup", {"followers": "12K", "er": "9"})
    assert question.ephemeral
    assert "Is your 9.00% by views or by followers?" in question.text
    assert question.message is not None
    assert [b["label"] for b in question.buttons] == ["By views", "By followers"]
    answer = await h.click(h.alice, question.message, question.button("By views")["custom_id"])
    [card] = [m for m in answer.followups if m.get("embeds")]
    assert not int(card.get("flags") or 0) & 64  # the lookup itself is posted as usual
    assert "9.00% by views, as you typed it" in answer.text
    assert "2.7× the set's overall figure by views of 3.30%: **far above**" in answer.text
    # Only the member who asked may answer.
    other = await h.slash(h.alice, "benchmark lookup", {"followers": "12K", "er": "2"})
    assert other.message is not None
    refused = await h.click(h.bob, other.message, other.button("By followers")["custom_id"])
    assert refused.ephemeral and "Only the member who ran the command" in refused.text


async def test_a_saved_result_with_more_interactions_than_views_gets_no_verdict(
    harness: Harness,
) -> None:
    h = harness
    result = await h.slash(
        h.alice, "er views", {"views": "100", "likes": "140", "comments": "12", "shares": "10"}
    )
    await h.click(h.alice, result.message, result.button("Save anyway")["custom_id"])
    r = await h.slash(h.alice, "benchmark lookup", {"followers": "12K"})
    assert "162.00% by views, your latest saved /er result" in r.text
    assert "the numbers look wrong" in r.text
    assert "**far above**" not in r.text and "49.1×" not in r.text
    assert "Community percentile" not in r.text


async def test_band_set_by_views(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "12K", "er": "10", "set": "modash-2025", "basis": "views"},
    )
    assert "Modash 2025 (modash-2025)" in r.text
    assert "8.38%–9.37%" in r.text
    assert "Median band" in r.text
    assert "band middle of 8.88%: **above**" in r.text
    assert "Modash, 2025" in r.text
    assert "https://www.modash.io/" in r.text
    assert "⚠️" not in r.text


async def test_set_with_unstated_basis_warns(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "12K", "er": "3", "set": "imh", "basis": "views"},
    )
    assert "Influencer Marketing Hub (quoted by pentos.co), year not stated" in r.text
    assert "does not say whether it is by views or by followers" in r.text


async def test_without_er_the_latest_saved_result_is_used(harness: Harness) -> None:
    await save_er(harness, harness.alice.id, 9.0, basis="followers", at=BASE)
    await save_er(harness, harness.alice.id, 3.0, basis="followers", at=BASE + 60)
    r = await harness.slash(harness.alice, "benchmark lookup", {"followers": "12K"})
    assert "3.00% by followers, your latest saved /er result" in r.text
    assert f"<t:{BASE + 60}:R>" in r.text
    assert "1.2× the 5K–20K average of 2.43%: **above**" in r.text


async def test_community_percentile_needs_five_other_members(harness: Harness) -> None:
    for n, rate in enumerate([1.0, 2.0, 5.0]):
        await save_er(harness, 9_000 + n, rate, basis="followers")
    await save_er(harness, harness.alice.id, 9.0, basis="followers")  # her own: not counted
    r = await harness.slash(
        harness.alice, "benchmark lookup", {"followers": "12K", "er": "3", "basis": "followers"}
    )
    assert "Shown once 5 other members have a saved result by followers" in r.text
    assert "3 so far, 2 more needed" in r.text


async def test_community_percentile_latest_per_member_same_tier_and_basis(
    harness: Harness,
) -> None:
    # Six members in 5K-20K by followers; ties at 3.00 count half.
    for n, rate in enumerate([1.0, 2.0, 3.0, 3.0, 5.0, 8.0]):
        await save_er(harness, 9_000 + n, 9.9, basis="followers", at=BASE)  # older: ignored
        await save_er(harness, 9_000 + n, rate, basis="followers", at=BASE + 60)
    await save_er(harness, 9_100, 0.1, basis="followers", followers=50_000)  # other tier
    await save_er(harness, 9_101, 0.1, basis="views")  # other basis
    await save_er(harness, 9_102, 0.1, basis="followers", guild_id=424242)  # other server
    r = await harness.slash(
        harness.alice, "benchmark lookup", {"followers": "12K", "er": "3", "basis": "followers"}
    )
    community = next(f for f in r.embeds[0]["fields"] if f["name"] == "Community percentile")
    assert community["value"].startswith(
        "**50th percentile**: among 6 other members' latest results by followers"
    )
    assert "with 5K–20K followers" in community["value"]
    assert "ties count half" in community["value"]


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"followers": "0"}, "must be at least 1"),
        ({"followers": "-5"}, "is negative"),
        ({"followers": "lots"}, "is not a count I can read"),
        ({"followers": "12K", "er": "101"}, "out of range"),
        ({"followers": "12K", "er": "-1"}, "out of range"),
        ({"followers": "12K", "er": "abc"}, "not a percentage I can read"),
        (
            {"followers": "12K", "set": "hypeauditor"},
            "I don't know the benchmark set “hypeauditor”",
        ),
        ({"followers": "12K", "industry": "sports"}, "uses follower tiers, not industries"),
        (
            {"followers": "12K", "set": "rivaliq-2024-industry", "industry": "mining"},
            "“mining” is not an industry",
        ),
    ],
)
async def test_lookup_bad_input_is_refused_ephemerally(
    harness: Harness, options: dict[str, str], expected: str
) -> None:
    r = await harness.slash(harness.alice, "benchmark lookup", options)
    assert r.ephemeral
    assert expected in r.text
    assert harness.rows("SELECT * FROM guild_settings") == []
    assert harness.rows("SELECT * FROM er_results") == []


async def test_unknown_set_lists_the_valid_names(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark table", {"set": "nope"})
    assert r.ephemeral
    for name in (
        "`tiktok-er-guide`",
        "`modash-2025`",
        "`imh`",
        "`imf-2025`",
        "`rivaliq-2024-industry`",
    ):
        assert name in r.text


async def test_industry_set_asks_for_an_industry_then_compares(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice, "benchmark lookup", {"followers": "12K", "set": "rivaliq-2024-industry"}
    )
    assert "compares industries, not follower tiers" in r.text
    assert "Sports (`sports`): 9.20%" in r.text
    assert "Measured on brand accounts" in r.text
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {
            "followers": "12K",
            "set": "rivaliq-2024-industry",
            "industry": "sports",
            "er": "9",
            "basis": "views",
        },
    )
    assert "Sports: 9.20%" in r.text
    assert "9.00% by views, as you typed it" in r.text
    assert "**around**" in r.text
    assert "with any follower count" in r.text


async def test_set_autocomplete_marks_the_active_set(harness: Harness) -> None:
    choices = await harness.autocomplete(harness.alice, "benchmark lookup", {}, "set")
    values = [c["value"] for c in choices]
    assert sorted(values) == [
        "imf-2025",
        "imh",
        "modash-2025",
        "rivaliq-2024-industry",
        "tiktok-er-guide",
    ]
    assert "tiktok-er-guide — Widely shared TikTok ER guide (active)" in [
        c["name"] for c in choices
    ]
    choices = await harness.autocomplete(harness.alice, "benchmark use", {"set": "mod"}, "set")
    assert [c["value"] for c in choices] == ["modash-2025"]


async def test_industry_autocomplete_in_norwegian(harness: Harness) -> None:
    choices = await harness.autocomplete(
        harness.alice,
        "benchmark lookup",
        {"set": "rivaliq-2024-industry", "industry": "sp"},
        "industry",
        locale="no",
    )
    assert [c["value"] for c in choices] == ["sports"]
    assert choices[0]["name"].startswith("Sport — 9,20")


async def test_table_of_the_active_set(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark table")
    assert not r.ephemeral
    fields = [(f["name"], f["value"]) for f in r.embeds[0]["fields"]]
    assert fields[:5] == [
        ("1K–5K", "5.60%"),
        ("5K–20K", "2.43%"),
        ("20K–100K", "2.15%"),
        ("100K–1M", "2.05%"),
        ("1M+", "1.97%"),
    ]
    assert "year not stated" in r.text
    assert "by followers" in r.text
    assert "HypeAuditor" in r.text
    assert "Active in this server" in r.text


async def test_table_of_an_industry_set(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark table", {"set": "rivaliq-2024-industry"})
    names = [f["name"] for f in r.embeds[0]["fields"]]
    assert "Sports" in names
    assert "Food & Bev" in names
    assert "2024" in r.text
    assert "Active in this server" not in r.text


async def test_sets_lists_every_set_and_marks_the_active_one(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark sets")
    names = [f["name"] for f in r.embeds[0]["fields"]]
    assert names[0] == "✅ Widely shared TikTok ER guide (tiktok-er-guide) (active)"
    assert len(names) == 5
    assert "12 industries · by views · 2024" in r.text
    await harness.slash(harness.mod, "benchmark use", {"set": "modash-2025"})
    r = await harness.slash(harness.alice, "benchmark sets")
    names = [f["name"] for f in r.embeds[0]["fields"]]
    assert "✅ Modash 2025 (modash-2025) (active)" in names
    assert "Widely shared TikTok ER guide (tiktok-er-guide)" in names


async def test_manager_changes_the_active_set_and_lookups_follow(harness: Harness) -> None:
    r = await harness.slash(harness.mod, "benchmark use", {"set": "modash-2025"})
    assert not r.ephemeral
    assert "now **Modash 2025 (modash-2025)**" in r.text
    assert active_set(harness) == [{"guild_id": harness.guild.id, "benchmark_set": "modash-2025"}]
    r = await harness.slash(harness.alice, "benchmark lookup", {"followers": "12K"})
    assert "Modash 2025 (modash-2025)" in r.text
    assert "8.38%–9.37%" in r.text
    r = await harness.slash(harness.mod, "benchmark use", {"set": "modash-2025"})
    assert r.ephemeral
    assert "already the active benchmark set" in r.text


async def test_non_manager_cannot_change_the_set(harness: Harness) -> None:
    r = await harness.slash(
        harness.alice, "benchmark use", {"set": "modash-2025"}, allow_invalid=True
    )
    assert r.ephemeral
    assert "Only server managers (Manage Server permission)" in r.text
    assert "still Widely shared TikTok ER guide (tiktok-er-guide)" in r.text
    assert active_set(harness) == []


async def test_manager_typing_an_unknown_set_changes_nothing(harness: Harness) -> None:
    await harness.slash(harness.mod, "benchmark use", {"set": "imh"})
    r = await harness.slash(harness.mod, "benchmark use", {"set": "seed2"})
    assert r.ephemeral
    assert "I don't know the benchmark set “seed2”" in r.text
    assert active_set(harness) == [{"guild_id": harness.guild.id, "benchmark_set": "imh"}]


async def test_lookup_in_chinese(harness: Harness) -> None:
    for n, rate in enumerate([1.0, 2.0, 4.0, 5.0, 6.0]):
        await save_er(harness, 9_000 + n, rate, basis="followers", followers=15_000)
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "1.2万", "er": "4.5%", "basis": "followers"},
        locale="zh-CN",
    )
    assert not r.ephemeral
    assert "12,000 粉丝 · 流传较广的 TikTok 互动率指南（tiktok-er-guide）" in r.text
    assert "未注明年份" in r.text
    assert "平均值 2.43% 的 1.9 倍：**偏高**" in r.text
    assert "**第 60 百分位**：在 5 位其他成员" in r.text  # 1, 2, 4 of 1, 2, 4, 5, 6 are lower
    assert "评价方式" in r.text


async def test_table_in_chinese_separates_with_chinese_punctuation(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark table", locale="zh-CN")
    footer = r.embeds[0]["footer"]["text"]
    assert footer == "分级包含下限：1,000 粉丝属于 1000–5000，5,000 粉丝属于 5000–2万。"


async def test_table_in_norwegian(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "benchmark table", {"set": "modash-2025"}, locale="no")
    assert "12,06\u00a0%–14,04\u00a0%" in r.text
    assert "1k–5k" in r.text
    assert "per visning" in r.text


async def test_descriptions_are_localised(harness: Harness) -> None:
    command = next(c for c in harness.emu.commands() if c["name"] == "benchmark")
    assert "zh-CN" in command["description_localizations"]
    for sub in command["options"]:
        assert set(sub["description_localizations"]) == {"zh-CN", "no"}
        for option in sub.get("options", []):
            assert set(option["description_localizations"]) == {"zh-CN", "no"}, option["name"]


async def test_a_server_that_chose_the_guide_under_its_former_id_keeps_it(
    harness: Harness,
) -> None:
    h = harness
    await h.bot.guild_settings.update(h.guild.id, h.clock.now(), benchmark_set="seed")
    r = await h.slash(h.alice, "benchmark table")
    assert r.embeds[0]["title"] == "Widely shared TikTok ER guide (tiktok-er-guide)"
    assert "Active in this server" in r.text
    r = await h.slash(h.alice, "benchmark sets")
    assert r.embeds[0]["fields"][0]["name"].startswith("✅ Widely shared TikTok ER guide")
    r = await h.slash(h.mod, "benchmark use", {"set": "tiktok-er-guide"})
    assert "already the active benchmark set" in r.text


@pytest.mark.parametrize(
    ("locale", "source"),
    [
        ("en-US", "Source: A widely shared TikTok engagement-rate guide"),
        ("zh-CN", "来源：一份流传较广的 TikTok 互动率指南；其分级表的出处不明"),
        ("no", "Kilde: En mye delt guide til TikTok-engasjement; hvor nivåtabellen kommer fra"),
    ],
)
async def test_er_results_cite_the_guide_honestly_in_every_language(
    harness: Harness, locale: str, source: str
) -> None:
    r = await harness.slash(
        harness.alice,
        "er followers",
        {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"},
        locale=locale,
    )
    assert source in r.text
    assert "seed" not in r.text.casefold()


@pytest.mark.parametrize(
    ("locale", "shown"),
    [
        ("en-US", "**61st percentile**"),
        ("no", "**61. persentil**"),
        ("zh-CN", "**第 61 百分位**"),
    ],
)
async def test_the_percentile_is_said_as_one(harness: Harness, locale: str, shown: str) -> None:
    # 18 members: 11 lower (61.1%).
    for n in range(18):
        await save_er(harness, 9_000 + n, 1.0 if n < 11 else 9.0, basis="followers")
    r = await harness.slash(
        harness.alice,
        "benchmark lookup",
        {"followers": "12K", "er": "4.5", "basis": "followers"},
        locale=locale,
    )
    assert shown in r.text


def test_ordinals_follow_the_languages_rules(catalog: Catalog) -> None:
    def shown(n: int) -> str:
        t = catalog.messages("en-US")
        return t(
            "benchmark-community-value",
            percentile=n,
            ordinal=t.ordinal(n),
            count=5,
            basis="",
            scope="",
        ).split("**")[1]

    assert [shown(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100)] == [
        f"{n} percentile"
        for n in (
            "1st",
            "2nd",
            "3rd",
            "4th",
            "11th",
            "12th",
            "13th",
            "21st",
            "22nd",
            "23rd",
            "100th",
        )
    ]
