"""The weekly recap and the at-risk nudge, driven by the harness clock (no sleeping)."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime, timedelta

import pytest

from storage.members import MemberRepository
from storage.streaks import StreakRepository
from tests.e2e.test_streak import MON, seed
from tests.support.harness import Harness

RECAP_AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # Monday 09:00 UTC after the seeded week


async def settled(h: Harness) -> None:
    """Wait until the background loop has finished its round and sleeps again."""
    for _ in range(500):
        if h.clock.asleep("scheduler-streaks"):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the streak scheduler did not go back to sleep")


async def recap_channel(h: Harness, **kwargs: bool) -> int:
    await settled(h)  # the start-up round is over before the channel exists
    channel = h.emu.add_channel(h.guild.id, name="recap", **kwargs)
    await h.bot.guild_settings.update(h.guild.id, h.clock.now(), recap_channel_id=channel.id)
    return channel.id


async def test_recap_names_kept_weeks_bests_and_freezes_once(harness: Harness) -> None:
    h = harness
    channel = await recap_channel(h)
    await seed(h, h.alice.id, {MON - 21: 3, MON - 14: 3, MON - 7: 3, MON: 3})  # new best: 4
    await seed(h, h.bob.id, {MON - 28: 3, MON - 21: 3, MON - 14: 3, MON - 7: 3, MON: 1})  # frozen
    await seed(h, h.mod.id, {MON - 70: 3, MON - 63: 3, MON: 5})  # kept, no new best
    since = len(h.emu.requests)
    await h.clock.set(RECAP_AT)
    sent = await h.emu.wait_for(
        lambda r: r.method == "POST" and f"/channels/{channel}/messages" in r.path, since=since
    )
    content = sent.json["content"]
    assert sent.json["allowed_mentions"]["parse"] == []  # names, no pings
    lines = content.splitlines()
    assert lines[0] == "📅 **Weekly recap** · week of Nov 23, 2026"
    assert lines[1] == f"✅ Kept their week: <@{h.alice.id}>, <@{h.mod.id}>"
    assert lines[2] == f"🏆 New personal best: <@{h.alice.id}>"
    assert lines[3] == f"🧊 Streak saved by a freeze: <@{h.bob.id}>"
    await settled(h)
    assert h.rows("SELECT guild_id, week, status FROM streak_recaps") == [
        {"guild_id": h.guild.id, "week": MON, "status": "sent"}
    ]

    await h.restart()
    await h.clock.advance(timedelta(hours=3))
    await settled(h)
    assert len(h.emu.channel_messages(channel)) == 1  # sent once, even across a restart


async def test_a_recap_missed_while_down_is_sent_once_at_start(harness: Harness) -> None:
    h = harness
    await h.bot.guild_settings.update(h.guild.id, h.clock.now(), language="no")
    channel = await recap_channel(h)
    await seed(h, h.alice.id, {MON: 3})
    await h.stop()
    await h.clock.set(RECAP_AT + timedelta(hours=5))
    since = len(h.emu.requests)
    await h.start()
    sent = await h.emu.wait_for(
        lambda r: r.method == "POST" and f"/channels/{channel}/messages" in r.path, since=since
    )
    assert "Ukeoppsummering" in sent.json["content"] and "Holdt uka" in sent.json["content"]
    await h.clock.advance(timedelta(hours=1))
    await settled(h)
    assert len(h.emu.channel_messages(channel)) == 1


async def test_no_recap_channel_or_an_empty_week_posts_nothing(harness: Harness) -> None:
    h = harness
    await seed(h, h.alice.id, {MON: 3})
    await h.clock.set(RECAP_AT)
    await settled(h)
    assert h.rows("SELECT * FROM streak_recaps") == []
    channel = await recap_channel(h)
    await h.clock.set(RECAP_AT + timedelta(days=7))  # nobody posted the week of Nov 30
    await settled(h)
    assert h.rows("SELECT status FROM streak_recaps") == [{"status": "empty"}]
    assert h.emu.channel_messages(channel) == []


async def test_a_deleted_or_forbidden_recap_channel_is_logged_not_fatal(harness: Harness) -> None:
    h = harness
    channel = await recap_channel(h, bot_can_send=False)
    await seed(h, h.alice.id, {MON: 3})
    await h.clock.set(RECAP_AT)
    await h.emu.wait_for(lambda r: f"/channels/{channel}/messages" in r.path and r.status == 403)
    await settled(h)
    assert h.rows("SELECT status FROM streak_recaps") == [{"status": "failed"}]
    gone = await recap_channel(h)
    h.emu.delete_channel(gone)
    await seed(h, h.alice.id, {MON + 7: 3})
    await h.clock.set(RECAP_AT + timedelta(days=7))
    await h.emu.wait_for(lambda r: f"/channels/{gone}/messages" in r.path and r.status == 404)
    await settled(h)
    assert [r["status"] for r in h.rows("SELECT status FROM streak_recaps ORDER BY week")] == [
        "failed",
        "failed",
    ]
    r = await h.slash(h.alice, "streak leaderboard")  # the bot is fine
    assert "Leaderboard" in r.text


async def test_at_risk_nudge_once_on_sunday_morning_local(harness: Harness) -> None:
    h = harness
    repo = StreakRepository(h.bot.db)
    now = h.clock.now()
    closed = h.emu.add_member(h.guild.id, name="closed", dm_open=False)
    await MemberRepository(h.bot.db).update(h.guild.id, h.alice.id, now, timezone="Europe/Oslo")
    await seed(h, h.alice.id, {MON - 7: 3, MON: 1})
    await seed(h, h.mod.id, {MON: 3})
    for user, locale in ((h.alice.id, "en-US"), (closed.id, "no"), (h.mod.id, "en-US")):
        await repo.set_nudges(h.guild.id, user, True, locale, now)
    await h.clock.set(datetime(2026, 11, 28, 23, 0, tzinfo=UTC))  # Sunday 00:00 in Oslo
    await settled(h)
    assert h.emu.dm_messages(h.alice.id) == []

    await h.clock.set(datetime(2026, 11, 29, 8, 0, tzinfo=UTC))  # Sunday 09:00 in Oslo
    await h.emu.wait_for(lambda r: r.method == "POST" and "/messages" in r.path and r.status == 200)
    [dm] = h.emu.dm_messages(h.alice.id)
    assert "Creators" in dm["content"] and "■□□ 1/3" in dm["content"]
    assert "2 more posts" in dm["content"] and "1-week streak" in dm["content"]

    await h.clock.set(datetime(2026, 11, 29, 9, 30, tzinfo=UTC))  # 09:00 UTC has passed
    await h.emu.wait_for(lambda r: "/messages" in r.path and r.status == 403)
    await settled(h)
    outcomes = {
        row["user_id"]: row["outcome"]
        for row in h.rows("SELECT user_id, week, outcome FROM streak_nudges_sent")
    }
    assert outcomes == {h.alice.id: "sent", closed.id: "dm_closed", h.mod.id: "kept"}
    assert h.emu.dm_messages(h.mod.id) == []

    await h.restart()
    await h.clock.set(datetime(2026, 11, 29, 20, 0, tzinfo=UTC))
    await settled(h)
    assert len(h.emu.dm_messages(h.alice.id)) == 1  # never more than one a week


async def test_the_recap_goes_out_monday_0900_in_the_servers_timezone(harness: Harness) -> None:
    h = harness
    channel = await recap_channel(h)
    await h.slash(h.mod, "config timezone", {"timezone": "Asia/Shanghai"})
    await seed(h, h.alice.id, {MON: 3})
    shanghai_nine = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Monday 09:00 in Shanghai
    await h.clock.set(shanghai_nine - timedelta(minutes=1))
    await settled(h)
    assert h.emu.channel_messages(channel) == []
    await h.clock.set(shanghai_nine)
    await settled(h)
    [recap] = h.emu.channel_messages(channel)
    assert "week of Nov 23, 2026" in recap["content"]
    await h.clock.set(RECAP_AT)  # 09:00 UTC the same Monday: not again
    await settled(h)
    assert len(h.emu.channel_messages(channel)) == 1


async def recap_row(h: Harness) -> list[dict[str, object]]:
    """Wait until the scheduler has decided about a recap (a row in streak_recaps)."""
    for _ in range(500):
        rows = h.rows("SELECT status FROM streak_recaps")
        if rows and rows[0]["status"] != "sending":
            return rows
        await asyncio.sleep(0.01)
    raise AssertionError("the streak scheduler decided nothing")


async def test_a_recap_channel_set_mid_week_skips_last_weeks_recap(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    await seed(h, h.alice.id, {MON: 3})
    await h.clock.set(RECAP_AT + timedelta(days=2))  # Wednesday: no recap channel yet
    await settled(h)
    assert h.rows("SELECT * FROM streak_recaps") == []
    with caplog.at_level(logging.INFO, logger="cogs.streaks.recap"):
        channel = await recap_channel(h)
        await h.clock.advance(timedelta(hours=1))  # the scheduler's next round
        assert await recap_row(h) == [{"status": "skipped"}]
        await h.clock.advance(timedelta(hours=1))
        await settled(h)
    assert h.emu.channel_messages(channel) == []
    skipped = [r for r in caplog.records if "skipped the weekly recap" in r.getMessage()]
    assert len(skipped) == 1


async def test_a_recap_up_to_a_day_late_is_still_sent(harness: Harness) -> None:
    h = harness
    await seed(h, h.alice.id, {MON: 3})
    channel = await recap_channel(h)
    await h.stop()  # down over the recap's moment
    await h.clock.set(RECAP_AT + timedelta(hours=23))
    await h.start()
    assert await recap_row(h) == [{"status": "sent"}]
    assert len(h.emu.channel_messages(channel)) == 1
