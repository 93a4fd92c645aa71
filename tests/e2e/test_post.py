"""/post log | remove | list, driven as a member would, checking replies and rows."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from storage.members import MemberRepository
from tests.support.harness import Harness

VIDEO = "https://www.tiktok.com/@alice.makes/video/7234567890123456789"
MON = date(2026, 11, 23).toordinal()  # the harness clock's week (Monday 2026-11-23 12:00 UTC)


def posts(h: Harness) -> list[dict[str, object]]:
    return h.rows("SELECT * FROM posts ORDER BY id")


async def test_log_a_post_shows_progress_streak_and_deadline(harness: Harness) -> None:
    h = harness
    r = await h.slash(h.alice, "post log", {"video": VIDEO + "?is_from_webapp=1"})
    assert not r.ephemeral
    assert "Post logged" in r.text
    assert "■□□ 1/3" in r.text
    assert "2 more posts" in r.text
    assert f"<t:{int(datetime(2026, 11, 30, tzinfo=UTC).timestamp())}:F>" in r.text  # week end, UTC
    assert "/timezone set" in r.text  # no zone yet: weeks follow UTC
    [row] = posts(h)
    assert row["user_id"] == h.alice.id and row["guild_id"] == h.guild.id
    assert row["video_url"] == VIDEO
    assert row["posted_at"] == int(datetime(2026, 11, 23, 12, tzinfo=UTC).timestamp())
    assert (row["timezone"], row["week"], row["local_day"]) == ("UTC", MON, MON)


async def test_log_without_a_link_and_in_the_past(harness: Harness) -> None:
    h = harness
    r = await h.slash(h.alice, "post log", {"when": "yesterday"})
    assert "0/3" in r.text  # Sunday belongs to last week
    r = await h.slash(h.alice, "post log", {"when": "2026-11-20 21:00"})
    r = await h.slash(h.alice, "post log", {"when": "friday"})
    rows = posts(h)
    assert [row["video_url"] for row in rows] == [None, None, None]
    assert [row["posted_at"] for row in rows] == [
        int(datetime(2026, 11, 22, 12, tzinfo=UTC).timestamp()),
        int(datetime(2026, 11, 20, 21, tzinfo=UTC).timestamp()),
        int(datetime(2026, 11, 20, 12, tzinfo=UTC).timestamp()),
    ]
    assert {row["week"] for row in rows} == {MON - 7}


async def test_the_week_follows_the_creators_timezone(harness: Harness) -> None:
    h = harness
    await MemberRepository(h.bot.db).update(
        h.guild.id, h.alice.id, h.clock.now(), timezone="Asia/Shanghai"
    )
    # Now is Monday 20:00 in Shanghai; both moments are Sunday in UTC.
    await h.slash(h.alice, "post log", {"when": "2026-11-22 23:30"})
    r = await h.slash(h.alice, "post log", {"when": "today 00:30"})
    assert "■□□ 1/3" in r.text
    assert "/timezone set" not in r.text
    assert f"<t:{int(datetime(2026, 11, 29, 16, tzinfo=UTC).timestamp())}:F>" in r.text
    rows = posts(h)
    assert [row["week"] for row in rows] == [MON - 7, MON]
    assert {row["timezone"] for row in rows} == {"Asia/Shanghai"}


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"when": "today 18:30"}, "in the future"),
        ({"when": "in 2 hours"}, "in the future"),
        ({"when": "2026-10-01 10:00"}, "more than 30 days ago"),
        ({"when": "the other day"}, "couldn't read"),
        ({"video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ"}, "not a TikTok video link"),
        ({"video": "tiktok.com/@alice"}, "not a TikTok video link"),
    ],
)
async def test_bad_input_is_refused_privately_and_changes_nothing(
    harness: Harness, options: dict[str, str], expected: str
) -> None:
    r = await harness.slash(harness.alice, "post log", options)
    assert r.ephemeral
    assert expected in r.text
    if "when" in options:
        assert "`yesterday`" in r.text and "`2026-11-20 21:00`" in r.text
    assert posts(harness) == []
    assert harness.rows("SELECT * FROM streak_summaries") == []


async def test_the_same_video_twice_is_refused(harness: Harness) -> None:
    h = harness
    await h.slash(h.alice, "post log", {"video": VIDEO, "when": "yesterday"})
    r = await h.slash(
        h.alice, "post log", {"video": "tiktok.com/@alice.makes/video/7234567890123456789/"}
    )
    assert r.ephemeral
    stamp = int(datetime(2026, 11, 22, 12, tzinfo=UTC).timestamp())
    assert f"already logged that video on <t:{stamp}:D>" in r.text
    assert len(posts(h)) == 1
    # Another member may log the same link (a duet, a collab): it is theirs.
    r = await h.slash(h.bob, "post log", {"video": VIDEO})
    assert not r.ephemeral
    assert len(posts(h)) == 2


async def test_log_speaks_chinese_and_norwegian(harness: Harness) -> None:
    h = harness
    r = await h.slash(h.alice, "post log", {"when": "今天"}, locale="zh-CN")
    assert "已记录发布" in r.text and "本周" in r.text and "■□□ 1/3" in r.text
    r = await h.slash(h.bob, "post log", {"when": "i går"}, locale="no")
    assert "Publisering logget" in r.text and "Denne uka" in r.text
    r = await h.slash(h.bob, "post log", {"when": "i morgen"}, locale="no")
    assert r.ephemeral and "framtiden" in r.text
    assert len(posts(h)) == 2


async def test_remove_by_autocomplete_choice_and_latest(harness: Harness) -> None:
    h = harness
    await h.slash(h.alice, "post log", {"video": VIDEO, "when": "2026-11-20 21:00"})
    await h.slash(h.alice, "post log", {"when": "yesterday"})
    await h.slash(h.alice, "post log")
    choices = await h.autocomplete(h.alice, "post remove", {"video": ""}, "video")
    assert len(choices) == 3
    assert choices[0]["name"].startswith("2026-11-23 12:00")  # latest first
    assert (
        choices[2]["name"] == "2026-11-20 21:00 · tiktok.com/@alice.makes/video/7234567890123456789"
    )
    filtered = await h.autocomplete(h.alice, "post remove", {"video": "alice.makes"}, "video")
    assert [c["value"] for c in filtered] == [choices[2]["value"]]
    assert await h.autocomplete(h.bob, "post remove", {"video": ""}, "video") == []

    r = await h.slash(h.alice, "post remove", {"video": choices[2]["value"]})
    assert r.ephemeral and "Post removed" in r.text
    assert [row["video_url"] for row in posts(h)] == [None, None]
    r = await h.slash(h.alice, "post remove", {"latest": True})
    assert r.ephemeral and "□□□ 0/3" in r.text
    [left] = posts(h)
    assert left["posted_at"] == int(datetime(2026, 11, 22, 12, tzinfo=UTC).timestamp())


async def test_remove_by_link_and_refusals(harness: Harness) -> None:
    h = harness
    await h.slash(h.bob, "post log", {"video": VIDEO})
    bobs = posts(h)[0]["id"]
    r = await h.slash(h.alice, "post remove", {"video": f"post:{bobs}"})
    assert r.ephemeral and "couldn't find that post" in r.text
    r = await h.slash(h.alice, "post remove", {"video": VIDEO})
    assert r.ephemeral and "couldn't find that post" in r.text
    r = await h.slash(h.alice, "post remove", {"latest": True})
    assert r.ephemeral and "no logged posts" in r.text
    r = await h.slash(h.alice, "post remove")
    assert r.ephemeral and "`latest`" in r.text
    assert len(posts(h)) == 1
    r = await h.slash(h.bob, "post remove", {"video": VIDEO + "?lang=en"})
    assert r.ephemeral and "Removed your post" in r.text
    assert posts(h) == []


async def test_list_groups_posts_by_week(harness: Harness) -> None:
    h = harness
    await h.slash(h.bob, "post log", {"video": VIDEO, "when": "2026-11-10 08:00"})
    await h.slash(h.bob, "post log", {"when": "yesterday"})
    await h.slash(h.bob, "post log")
    r = await h.slash(h.alice, "post list", {"member": h.bob.id, "weeks": 2})
    assert not r.ephemeral
    assert f"<@{h.bob.id}>" in r.text and "last 2 weeks" in r.text
    assert "Week of Nov 23, 2026** · ■□□ 1/3" in r.text
    assert "Week of Nov 16, 2026** · ■□□ 1/3" in r.text
    assert "Nov 9" not in r.text and VIDEO not in r.text
    r = await h.slash(h.bob, "post list", {"weeks": 3}, locale="no")
    assert VIDEO in r.text and "Uka fra" in r.text
    r = await h.slash(h.alice, "post list")
    assert "No posts logged in the last 4 weeks" in r.text


async def test_list_weeks_out_of_range_is_refused(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "post list", {"weeks": 27}, allow_invalid=True)
    assert r.ephemeral and "between 1 and 26 weeks" in r.text


async def test_a_post_for_last_week_shows_that_weeks_bar(harness: Harness) -> None:
    h = harness
    await h.slash(h.alice, "post log", {"when": "2026-11-17 10:00"})
    r = await h.slash(h.alice, "post log", {"when": "2026-11-19 20:00"})
    assert "Counted for the week of Nov 16, 2026: ■■□ 2/3" in r.text
    assert "That week is not kept" in r.text
    assert "This week: □□□ 0/3" in r.text
    assert "more post" not in r.text  # nothing is left to do for a week that is over
    r = await h.slash(h.alice, "post log", {"when": "2026-11-20 20:00"})
    assert "Counted for the week of Nov 16, 2026: ■■■ 3/3" in r.text
    assert "✅ That week is kept." in r.text
    assert "🔥 Streak: 1 week" in r.text
    r = await h.slash(h.alice, "post log", {"when": "2026-11-16 09:00"}, locale="zh-CN")
    assert "计入 2026年11月16日 那一周：■■■ 4/3" in r.text


def hint_examples(text: str) -> list[str]:
    return re.findall(r"`([^`]+)`", text.split("Try", 1)[1])


@pytest.mark.parametrize(
    ("now", "today_hint"),
    [
        (datetime(2026, 11, 23, 12, 0, tzinfo=UTC), "today 11:00"),
        (datetime(2026, 11, 23, 12, 40, tzinfo=UTC), "today 12:00"),
        (datetime(2026, 11, 24, 0, 20, tzinfo=UTC), "today 00:00"),
        (datetime(2026, 11, 24, 0, 0, tzinfo=UTC), None),  # no hour of today has passed yet
    ],
)
async def test_when_hints_are_valid_right_now(
    harness: Harness, now: datetime, today_hint: str | None
) -> None:
    h = harness
    await h.clock.advance(now - h.clock.now())
    refused = await h.slash(h.alice, "post log", {"when": "today 23:59"})
    assert refused.ephemeral and "in the future" in refused.text
    examples = hint_examples(refused.text)
    assert "today 23:59" not in examples
    if today_hint is None:
        assert not any(e.startswith("today") for e in examples)
    else:
        assert today_hint in examples
    # Every example offered is accepted.
    for example in examples:
        r = await h.slash(h.alice, "post log", {"when": example})
        assert not r.ephemeral, (example, r.text)
    assert len(posts(h)) == len(examples)


async def test_a_relative_time_is_kept_to_the_minute(harness: Harness) -> None:
    h = harness
    await h.clock.advance(timedelta(seconds=42))  # Monday 12:00:42
    await h.slash(h.alice, "post log", {"when": "2h ago"})
    [row] = posts(h)
    assert row["posted_at"] == int(datetime(2026, 11, 23, 10, 1, tzinfo=UTC).timestamp())


async def test_a_second_post_in_the_same_minute_without_its_own_link_asks_first(
    harness: Harness,
) -> None:
    h = harness
    await MemberRepository(h.bot.db).update(
        h.guild.id, h.alice.id, h.clock.now(), timezone="Asia/Shanghai"
    )
    # Monday 20:00 in Shanghai: last Saturday and "Saturday" (the nearest one back) are one day.
    first = await h.slash(h.alice, "post log", {"when": "上周六 19:00"}, locale="zh-CN")
    assert not first.ephemeral
    saturday = int(datetime(2026, 11, 21, 11, tzinfo=UTC).timestamp())  # 19:00 in Shanghai
    assert [row["posted_at"] for row in posts(h)] == [saturday]

    question = await h.slash(h.alice, "post log", {"when": "周六 19:00"}, locale="zh-CN")
    assert question.ephemeral
    assert f"<t:{saturday}:f>" in question.text  # the post already logged at that minute
    assert len(posts(h)) == 1  # nothing saved while the member decides
    assert question.message is not None
    cancel = [b for b in question.buttons if b["style"] != 1]
    answer = await h.click(h.alice, question.message, cancel[0]["custom_id"], locale="zh-CN")
    assert answer.ephemeral and not answer.buttons
    assert len(posts(h)) == 1

    question = await h.slash(h.alice, "post log", {"when": "周六 19:00"}, locale="zh-CN")
    assert question.message is not None
    [log_it] = [b for b in question.buttons if b["style"] == 1]
    answer = await h.click(h.alice, question.message, log_it["custom_id"], locale="zh-CN")
    assert [row["posted_at"] for row in posts(h)] == [saturday, saturday]
    # The post is announced as any other: in the channel, with the week it counted for.
    [card] = [m for m in answer.followups if m.get("embeds")]
    assert not int(card.get("flags") or 0) & 64
    assert "2/3" in answer.text


async def test_same_minute_posts_with_their_own_links_are_logged_without_asking(
    harness: Harness,
) -> None:
    h = harness
    other = VIDEO.replace("7234567890123456789", "7234567890123456790")
    await h.slash(h.alice, "post log", {"video": VIDEO, "when": "2026-11-22 19:00"})
    second = await h.slash(h.alice, "post log", {"video": other, "when": "2026-11-22 19:00"})
    assert not second.ephemeral and "Post logged" in second.text
    assert len(posts(h)) == 2
    # Without a link of its own, the third at that minute could be either: asked first.
    third = await h.slash(h.alice, "post log", {"when": "2026-11-22 19:00"})
    assert third.ephemeral and third.buttons
    assert len(posts(h)) == 2
    # Another member's post at that minute is theirs: no question.
    fourth = await h.slash(h.bob, "post log", {"when": "2026-11-22 19:00"})
    assert "Post logged" in fourth.text
