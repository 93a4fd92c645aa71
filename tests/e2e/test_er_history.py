"""/er history through the emulator: list, statistics, outliers, chart, empty hints."""

from __future__ import annotations

import re
import struct
from datetime import timedelta
from typing import Any

import pytest

from storage.er import ErRepository, NewErResult
from storage.members import MemberRepository
from tests.support.harness import Harness

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (which must come first)."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR"
    assert length == 13
    width, height = struct.unpack(">II", data[16:24])
    return width, height


async def log_views(harness: Harness, member: Any, views: str, likes: str, **extra: Any) -> None:
    options = {"views": views, "likes": likes, "comments": "0", "shares": "0", **extra}
    result = await harness.slash(member, "er views", options)
    assert not result.ephemeral, result.text


async def test_history_lists_summarises_flags_outliers_and_charts(harness: Harness) -> None:
    # 2%, 3%, 4%, one viral 20%, and a per-follower result, a day apart
    for index, likes in enumerate(["200", "300", "400", "2000"]):
        video = f"https://www.tiktok.com/@alice/video/72345678901234567{index:02d}"
        await log_views(harness, harness.alice, "10K", likes, video=video)
        await harness.clock.advance(timedelta(days=1))
    await harness.slash(
        harness.alice,
        "er followers",
        {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"},
    )
    result = await harness.slash(harness.alice, "er history")
    assert result.callback_type == 5  # deferred: the chart is drawn off the loop
    assert not result.ephemeral
    text = result.text
    assert "Engagement history: alice" in text
    lines = [line for line in text.splitlines() if line.startswith("<t:")]
    assert len(lines) == 5
    # newest first, each with a Discord date, a video link or a dash, the rate and basis
    assert re.match(r"<t:\d+:d> · — · \*\*6\.40%\*\* by followers$", lines[0])
    assert re.match(
        r"<t:\d+:d> · \[🎬\]\(https://www\.tiktok\.com/@alice/video/\d+\) · \*\*20\.00%\*\* by views ⚠️ outlier$",
        lines[1],
    )
    assert "outlier" not in "".join(lines[2:])
    created = sorted(row["created_at"] for row in harness.rows("SELECT created_at FROM er_results"))
    assert f"<t:{created[0]}:d>" in lines[-1]
    # per-basis statistics: views 2, 3, 4, 20 -> mean 7.25, median 3.5, best 20
    assert "Mean 7.25% · median 3.50% · best 20.00% (4 results)" in text
    assert "Mean 6.40% · median 6.40% · best 6.40% (1 result)" in text
    assert "above 3× the median (10.50%)" in text
    [(name, png)] = result.files
    assert name == "er-history.png"
    width, height = png_size(png)
    assert 600 <= width <= 1600
    assert 300 <= height <= 900
    assert result.embeds[0]["image"]["url"] == "attachment://er-history.png"


async def test_limit_shows_the_latest_and_says_how_many_there_are(harness: Harness) -> None:
    for likes in ["100", "200", "300"]:
        await log_views(harness, harness.alice, "10K", likes)
        await harness.clock.advance(timedelta(hours=1))
    result = await harness.slash(harness.alice, "er history", {"limit": 2})
    lines = [line for line in result.text.splitlines() if line.startswith("<t:")]
    assert len(lines) == 2
    assert "**3.00%**" in lines[0] and "**2.00%**" in lines[1]
    assert "Showing the latest 2 of 3 results." in result.text
    assert png_size(result.files[0][1])[0] > 0


async def test_fifty_results_with_links_fit_discords_limits(harness: Harness) -> None:
    # fifty saved results (through the repository, to keep the test fast), long links each
    repo = ErRepository(harness.bot.db)
    for index in range(50):
        video = (
            f"https://www.tiktok.com/@a_very_long_handle_here/video/{7234567890123456700 + index}"
        )
        new = NewErResult(
            guild_id=harness.guild.id,
            user_id=harness.alice.id,
            basis="views",
            rate=1.0 + index / 100,
            views=10_000,
            likes=100 + index,
            comments=0,
            shares=0,
            video_url=video,
        )
        await repo.save(new, harness.clock.now() + timedelta(hours=6 * index))
    result = await harness.slash(harness.alice, "er history", {"limit": 50})
    [card] = result.embeds
    assert len(card["description"]) <= 4096
    total = (
        len(card["title"]) + len(card["description"]) + len(card.get("footer", {}).get("text", ""))
    )
    total += sum(len(f["name"]) + len(f["value"]) for f in card.get("fields", []))
    assert total <= 6000
    lines = [line for line in card["description"].splitlines() if line.startswith("<t:")]
    assert len(lines) == 50
    assert "older video links are left out" in result.text
    png_size(result.files[0][1])


async def test_another_members_history(harness: Harness) -> None:
    await log_views(harness, harness.bob, "1K", "50")
    result = await harness.slash(harness.alice, "er history", {"member": harness.bob.id})
    assert not result.ephemeral
    assert "Engagement history: bob" in result.text
    assert "**5.00%**" in result.text


async def test_no_data_gets_a_friendly_ephemeral_hint(harness: Harness) -> None:
    mine = await harness.slash(harness.alice, "er history")
    assert mine.ephemeral
    assert "You have no saved results yet" in mine.text
    assert "/er views views:50K" in mine.text
    assert mine.files == []
    assert mine.embeds == []
    theirs = await harness.slash(harness.alice, "er history", {"member": harness.bob.id})
    assert theirs.ephemeral
    assert "bob has no saved results yet" in theirs.text
    # another server's results are not this server's history
    assert harness.rows("SELECT COUNT(*) AS n FROM er_results")[0]["n"] == 0


@pytest.mark.parametrize("limit", [0, 51])
async def test_limit_out_of_range_is_refused(harness: Harness, limit: int) -> None:
    await log_views(harness, harness.alice, "10K", "100")
    result = await harness.slash(harness.alice, "er history", {"limit": limit}, allow_invalid=True)
    assert result.ephemeral
    assert "The limit must be between 1 and 50" in result.text
    assert result.files == []


async def test_history_in_norwegian_and_chinese(harness: Harness) -> None:
    await MemberRepository(harness.bot.db).update(
        harness.guild.id, harness.alice.id, harness.clock.now(), followers=12_000
    )
    await log_views(harness, harness.alice, "1000", "125")
    norwegian = await harness.slash(harness.alice, "er history", locale="no")
    text = norwegian.text.replace("\xa0", " ")
    assert "Engasjementshistorikk: alice" in text
    assert "**12,50 %** per visning" in text
    assert "Snitt 12,50 % · median 12,50 %" in text
    png_size(norwegian.files[0][1])
    chinese = await harness.slash(harness.alice, "er history", locale="zh-CN")
    assert "互动记录：alice" in chinese.text
    assert "**12.50%** 按观看" in chinese.text
    png_size(chinese.files[0][1])


async def test_profile_line_shows_the_latest_result(harness: Harness) -> None:
    cog = harness.bot.get_cog("ErCog")
    assert cog is not None
    t = harness.bot.messages("en-US")
    assert await cog.profile_line(harness.guild.id, harness.alice.id, t) is None  # type: ignore[attr-defined]
    await log_views(harness, harness.alice, "50K", "5K")
    line = await cog.profile_line(harness.guild.id, harness.alice.id, t)  # type: ignore[attr-defined]
    stamp = int(harness.clock.now().timestamp())
    assert line == f"Latest ER: 10.00% by views (<t:{stamp}:d>)"
    norwegian = await cog.profile_line(
        harness.guild.id, harness.alice.id, harness.bot.messages("no")
    )  # type: ignore[attr-defined]
    assert norwegian is not None
    assert norwegian.startswith("Siste ER: 10,00")


async def test_profile_show_carries_the_latest_er(harness: Harness) -> None:
    await harness.slash(
        harness.alice,
        "er followers",
        {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"},
    )
    result = await harness.slash(harness.alice, "profile show")
    stamp = int(harness.clock.now().timestamp())
    assert f"Latest ER: 6.40% by followers (<t:{stamp}:d>)" in result.text
