"""What members type the way they say it: 北京时间 as a timezone, 1.9w and 23.4万次 as counts,
Norwegian dates such as ``18.12 kl 20`` and ``fredag 8. januar kl 21``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.e2e.live_support import button_id, set_zone
from tests.support.harness import Harness


def zone_of(h: Harness, member_id: int) -> str | None:
    rows = h.rows("SELECT timezone FROM members WHERE user_id = ?", (member_id,))
    return rows[0]["timezone"] if rows else None


@pytest.mark.parametrize(
    ("typed", "locale"),
    [("北京时间", "zh-CN"), ("北京時間", "zh-CN"), ("Beijing time", "en-US"), ("Oslo tid", "no")],
)
async def test_a_place_followed_by_time_is_a_timezone(
    harness: Harness, typed: str, locale: str
) -> None:
    h = harness
    expected = "Europe/Oslo" if "Oslo" in typed else "Asia/Shanghai"
    choices = await h.autocomplete(h.alice, "timezone set", {"zone": typed}, "zone", locale=locale)
    assert choices and choices[0]["value"] == expected
    result = await h.slash(h.alice, "timezone set", {"zone": typed}, locale=locale)
    assert expected in result.text
    assert zone_of(h, h.alice.id) == expected


async def test_counts_written_with_w_and_with_a_counter_word(harness: Harness) -> None:
    h = harness
    result = await h.slash(
        h.alice,
        "er views",
        {"views": "23.4万次", "likes": "1.9w", "comments": "1.2W", "shares": "300"},
        locale="zh-CN",
    )
    # ((19,000 + 12,000 + 300) / 234,000) × 100 = 13.38%
    assert "13.38%" in result.text
    [row] = h.rows("SELECT views, likes, comments, shares FROM er_results")
    assert row == {"views": 234_000, "likes": 19_000, "comments": 12_000, "shares": 300}


async def test_a_norwegian_day_and_month_without_a_year(harness: Harness) -> None:
    h = harness
    await h.clock.set(datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    await set_zone(h, h.alice, "Europe/Oslo")
    result = await h.slash(h.alice, "post log", {"when": "18.12 kl 20"}, locale="no")
    moment = int(datetime(2026, 12, 18, 19, 0, tzinfo=UTC).timestamp())  # 20:00 in Oslo
    assert f"<t:{moment}:f>" in result.text
    [row] = h.rows("SELECT posted_at FROM posts")
    assert row["posted_at"] == moment


async def test_a_norwegian_weekday_with_its_date(harness: Harness) -> None:
    h = harness
    await h.clock.set(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    await set_zone(h, h.alice, "Europe/Oslo")
    result = await h.slash(h.alice, "post log", {"when": "fredag 8. januar kl 21"}, locale="no")
    moment = int(datetime(2027, 1, 8, 20, 0, tzinfo=UTC).timestamp())  # 21:00 in Oslo
    assert f"<t:{moment}:f>" in result.text
    [row] = h.rows("SELECT posted_at FROM posts")
    assert row["posted_at"] == moment


async def test_a_weekday_that_does_not_match_its_date_is_refused(harness: Harness) -> None:
    h = harness
    await h.clock.set(datetime(2027, 1, 10, 12, 0, tzinfo=UTC))
    await set_zone(h, h.alice, "Europe/Oslo")
    result = await h.slash(h.alice, "post log", {"when": "torsdag 8. januar kl 21"}, locale="no")
    assert result.ephemeral
    assert "2027-01-08 er en fredag" in result.text
    assert h.rows("SELECT id FROM posts") == []


async def test_a_live_on_a_norwegian_weekday_and_date(harness: Harness) -> None:
    h = harness
    await h.clock.set(datetime(2026, 12, 20, 12, 0, tzinfo=UTC))
    await set_zone(h, h.mod, "Europe/Oslo")
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": "Nyttårs-LIVE", "when": "fredag 8. januar kl 21", "host1": h.alice.id},
        locale="no",
    )
    moment = int(datetime(2027, 1, 8, 20, 0, tzinfo=UTC).timestamp())
    assert f"<t:{moment}:F>" in preview.text
    await h.click(h.mod, preview.message, button_id(preview, "confirm"), locale="no")
    [row] = h.rows("SELECT starts_at FROM lives")
    assert row["starts_at"] == moment
