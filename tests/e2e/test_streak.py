"""/streak show | goal | leaderboard, driven as a member would."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import replies
from bot.hooks import ProfileContributor
from cogs.streaks import logic
from storage.streaks import NewPost, StreakRepository
from tests.support.harness import Harness

MON = date(2026, 11, 23).toordinal()  # the harness clock's week


async def seed(h: Harness, user_id: int, weeks: dict[int, int], zone: str = "UTC") -> None:
    """``weeks[key] = n``: n posts at local noon on the first n days of that week."""
    rows = []
    for week, count in weeks.items():
        for i in range(count):
            local = datetime.combine(date.fromordinal(week) + timedelta(days=i), time(12))
            moment = local.replace(tzinfo=ZoneInfo(zone))
            day = logic.local_day(moment, zone)
            rows.append(
                NewPost(h.guild.id, user_id, None, moment, zone, day, logic.week_of_day(day))
            )
    await StreakRepository(h.bot.db).bulk_insert(rows, h.clock.now())


async def test_show_gives_numbers_a_calendar_png_and_the_owners_nudge_button(
    harness: Harness,
) -> None:
    h = harness
    # 4 kept weeks earn a freeze, the week of Nov 9 is missed (frozen), last week kept.
    await seed(
        h,
        h.alice.id,
        {MON - 42: 3, MON - 35: 3, MON - 28: 3, MON - 21: 4, MON - 14: 1, MON - 7: 3, MON: 1},
    )
    r = await h.slash(h.alice, "streak show")
    assert r.callback_type == 5  # deferred: the chart takes a moment
    assert not r.ephemeral
    fields = {f["name"]: f["value"] for f in r.embeds[0]["fields"]}
    assert fields["Current streak"] == "5 weeks"
    assert fields["Longest streak"] == "5 weeks"
    assert fields["Freezes banked"] == "🧊 0 / 2"
    assert fields["This week"] == "■□□ 1/3"
    assert fields["Total posts"] == "18"
    end = int(datetime(2026, 11, 30, tzinfo=UTC).timestamp())  # Sunday 24:00 UTC
    assert fields["Week ends"] == f"<t:{end}:F>\n<t:{end}:R>"
    assert "Weeks saved by a freeze: Nov 9, 2026" in r.text
    [(name, png)] = r.files
    assert name == "streak.png" and png.startswith(b"\x89PNG") and len(png) > 3000
    assert r.embeds[0]["image"]["url"] == "attachment://streak.png"
    assert [b["label"] for b in r.buttons] == ["Nudge me"]


async def test_someone_elses_streak_has_no_button_and_empty_state(harness: Harness) -> None:
    h = harness
    r = await h.slash(h.alice, "streak show", {"member": h.bob.id}, locale="no")
    assert f"<@{h.bob.id}>" in r.text
    assert "Ingen publiseringer logget ennå" in r.text
    assert "Nåværende rekke" in r.text
    assert r.buttons == []
    assert r.files and r.files[0][1].startswith(b"\x89PNG")


async def test_nudge_button_toggles_the_opt_in_for_its_owner_only(harness: Harness) -> None:
    h = harness
    r = await h.slash(h.alice, "streak show", locale="zh-CN")
    assert "当前连续" in r.text
    button = r.button("提醒我")
    assert button["custom_id"] == f"streak:nudge:{h.alice.id}:1"
    refused = await h.click(h.bob, r.message, button["custom_id"])
    assert refused.ephemeral and "Only the member who ran the command" in refused.text
    assert h.rows("SELECT * FROM streak_nudge_optins") == []

    on = await h.click(h.alice, r.message, button["custom_id"], locale="zh-CN")
    assert "已开启提醒" in on.text
    assert h.rows("SELECT guild_id, user_id, locale FROM streak_nudge_optins") == [
        {"guild_id": h.guild.id, "user_id": h.alice.id, "locale": "zh-CN"}
    ]
    current = h.emu.messages[int(r.message["id"])]
    [stop] = [c for row in current["components"] for c in row["components"]]
    assert stop["custom_id"] == f"streak:nudge:{h.alice.id}:0" and stop["label"] == "停止提醒"

    await h.restart()  # the button survives a restart
    off = await h.click(h.alice, current, stop["custom_id"])
    assert "Nudges off" in off.text
    assert h.rows("SELECT * FROM streak_nudge_optins") == []


async def test_goal_sets_history_and_judges_this_week_by_it(harness: Harness) -> None:
    h = harness
    await seed(h, h.alice.id, {MON: 2})
    r = await h.slash(h.alice, "streak goal", {"posts_per_week": 2})
    assert r.ephemeral
    assert "weekly goal is now 2 posts" in r.text
    assert "■■ 2/2" in r.text and "Week kept" in r.text
    assert h.rows("SELECT weekly_goal FROM members") == [{"weekly_goal": 2}]
    assert len(h.rows("SELECT * FROM weekly_goal_changes")) == 1
    r = await h.slash(h.bob, "streak goal", {"posts_per_week": 5}, locale="zh-CN")
    assert "每周目标现在是 5 条" in r.text


async def test_a_first_goal_applies_to_back_logged_weeks_later_ones_from_now(
    harness: Harness,
) -> None:
    h = harness
    # Two weeks back-logged at two posts a week, judged by the server default (3): no streak.
    await seed(h, h.alice.id, {MON - 14: 2, MON - 7: 2})
    before = await h.slash(h.alice, "streak show")
    assert {f["name"]: f["value"] for f in before.embeds[0]["fields"]}["Current streak"] == (
        "0 weeks"
    )
    board = await h.slash(h.bob, "streak leaderboard", {"by": "current"})  # caches a summary
    assert "Nobody is on this board right now" in board.text

    r = await h.slash(h.alice, "streak goal", {"posts_per_week": 2})
    assert "It is your first goal, so it applies to every week so far as well" in r.text
    assert "🔥 Streak: 2 weeks · longest 2 weeks" in r.text
    shown = await h.slash(h.alice, "streak show")
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Current streak"] == "2 weeks"
    board = await h.slash(h.bob, "streak leaderboard", {"by": "current"})
    assert f"**1.** <@{h.alice.id}> — 2 weeks" in board.text

    # A later change applies from this week on: last week stays judged by 2.
    r = await h.slash(h.alice, "streak goal", {"posts_per_week": 3})
    assert "from this week on; past weeks keep the goal they had" in r.text
    shown = await h.slash(h.alice, "streak show")
    fields = {f["name"]: f["value"] for f in shown.embeds[0]["fields"]}
    assert fields["Current streak"] == "2 weeks"
    assert fields["This week"] == "□□□ 0/3"


async def test_goal_out_of_range_is_refused(harness: Harness) -> None:
    h = harness
    for value in (0, 22):
        r = await h.slash(h.alice, "streak goal", {"posts_per_week": value}, allow_invalid=True)
        assert r.ephemeral and "between 1 and 21" in r.text
    assert h.rows("SELECT * FROM weekly_goal_changes") == []
    assert h.rows("SELECT * FROM members") == []


async def test_leaderboard_empty_state(harness: Harness) -> None:
    r = await harness.slash(harness.alice, "streak leaderboard")
    assert "No posts have been logged in this server yet" in r.text
    r = await harness.slash(
        harness.alice, "streak leaderboard", {"by": "posts_this_month"}, locale="zh-CN"
    )
    assert "还没有人记录发布" in r.text


async def test_leaderboard_ranks_without_pinging(harness: Harness) -> None:
    h = harness
    await seed(h, h.alice.id, {MON - 28: 3, MON - 21: 3, MON - 14: 3, MON - 7: 3})
    await seed(
        h,
        h.bob.id,
        {
            MON - 70: 3,
            MON - 63: 3,
            MON - 56: 3,
            MON - 49: 3,
            MON - 42: 3,
            MON - 35: 3,
            MON - 7: 3,
            MON: 4,
        },
    )
    r = await h.slash(h.mod, "streak leaderboard", {"by": "current"})
    lines = r.embeds[0]["description"].splitlines()
    assert r.embeds[0]["title"] == "Leaderboard · Current streak"
    assert lines[0] == f"**1.** <@{h.alice.id}> — 4 weeks"
    assert lines[1] == f"**2.** <@{h.bob.id}> — 2 weeks"
    assert "not on this board yet" in r.text
    [reply] = h.emu.requests_matching("POST", r"/interactions/.*/callback|/webhooks/")[-1:]
    body = reply.json.get("data", reply.json)  # an interaction response wraps the message
    assert body["allowed_mentions"]["parse"] == []  # names shown, nobody pinged

    r = await h.slash(h.alice, "streak leaderboard", {"by": "longest"})
    assert f"**1.** <@{h.bob.id}> — 6 weeks" in r.text
    assert "Your rank: **#2** of 2 — 4 weeks" in r.text
    r = await h.slash(h.bob, "streak leaderboard", {"by": "posts_this_month"}, locale="no")
    assert "Toppliste · Publiseringer denne måneden" in r.text
    # November only: alice's week of Oct 26 fell in October; bob's older weeks too.
    assert f"**1.** <@{h.alice.id}> — 9 publiseringer" in r.text
    assert f"**2.** <@{h.bob.id}> — 7 publiseringer" in r.text
    assert "Din plass: **#2** av 2" in r.text
    # The cached summaries were written and are used next time.
    assert {row["dirty"] for row in h.rows("SELECT dirty FROM streak_summaries")} == {0}


async def test_a_quick_board_is_one_answer_and_a_slow_one_is_deferred_first(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    h = harness
    await seed(h, h.alice.id, {MON - 7: 3, MON: 1})
    # Usually the board is read in milliseconds: the answer is the interaction's response.
    r = await h.slash(h.bob, "streak leaderboard", {"by": "current"})
    assert r.callback_type == 4 and not r.ephemeral
    assert f"**1.** <@{h.alice.id}> — 1 week" in r.text
    assert [q.method for q in r.requests] == ["POST"]  # one call to Discord

    # A board that takes longer than the quick answer's wait is deferred, then answered.
    monkeypatch.setattr(replies, "QUICK_ANSWER_SECONDS", 0.0)
    r = await h.slash(h.bob, "streak leaderboard", {"by": "current"})
    assert r.callback_type == 5 and not r.ephemeral
    assert f"**1.** <@{h.alice.id}> — 1 week" in r.text


async def test_profile_line_shows_streak_and_this_week(harness: Harness) -> None:
    h = harness
    cog = h.bot.get_cog("StreakCog")
    assert isinstance(cog, ProfileContributor)
    t = h.bot.messages("en-US")
    assert await cog.profile_line(h.guild.id, h.alice.id, t) is None  # nothing logged yet
    await seed(h, h.alice.id, {MON - 14: 3, MON - 7: 3, MON: 1})
    assert (
        await cog.profile_line(h.guild.id, h.alice.id, t) == "🔥 Streak 2 weeks · this week ■□□ 1/3"
    )
    line = await cog.profile_line(h.guild.id, h.alice.id, h.bot.messages("zh-CN"))
    assert line == "🔥 连续 2 周 · 本周 ■□□ 1/3"
