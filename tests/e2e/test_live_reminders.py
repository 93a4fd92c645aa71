"""LIVE reminders, the "starting now" post and the end of a LIVE, on the harness clock.

Each test moves the injected clock (never sleeping for real) and checks what members
see in the emulator — channel posts, DMs, pings — and the rows left in SQLite.
"""

from __future__ import annotations

import asyncio
import re
import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from storage.live import LiveRepository
from storage.members import MemberRepository
from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness

START = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 2026-12-03 20:00 in Oslo
STARTS = int(START.timestamp())


async def settled(h: Harness) -> None:
    """Wait until the delivery scheduler has finished its round and sleeps again."""
    for _ in range(500):
        if h.clock.asleep("scheduler-live-deliveries"):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the delivery scheduler did not go back to sleep")


async def at(h: Harness, moment: datetime) -> None:
    await h.clock.set(moment)
    await settled(h)


async def schedule(h: Harness, **options: Any) -> dict[str, Any]:
    """LIVE #n through the real commands, hosted by alice; returns the confirmation."""
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id} | options
    preview = await h.slash(h.mod, "live schedule", values)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await settled(h)
    return {"preview": preview, "done": done}


def going_button(message: dict[str, Any]) -> str:
    for row in message["components"]:
        for button in row["components"]:
            if button["custom_id"].endswith(":going"):
                return str(button["custom_id"])
    raise AssertionError("no Going button")


def posts(h: Harness) -> list[dict[str, Any]]:
    """What the bot posted in the LIVE channel after the announcement."""
    return h.emu.channel_messages(h.channel.id)[1:]


def pinged(message: dict[str, Any]) -> set[int]:
    return {int(m) for m in re.findall(r"<@(\d+)>", message["content"])}


def deliveries(h: Harness) -> list[tuple[str, int, str]]:
    rows = h.rows("SELECT kind, offset_minutes, state FROM live_deliveries ORDER BY due_at, id")
    return [(r["kind"], r["offset_minutes"], r["state"]) for r in rows]


async def test_reminders_ping_going_members_dm_hosts_then_start_and_end(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.alice, "Asia/Shanghai", handle="alice.live")
    dm_fan = h.emu.add_member(h.guild.id, name="dmfan")
    quiet = h.emu.add_member(h.guild.id, name="quiet")
    await schedule(h)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    for member in (h.bob, dm_fan, quiet):
        await h.click(member, announcement, going_button(announcement))
    chose = await h.slash(dm_fan, "profile set", {"live_reminders": "dm"})
    assert chose.ephemeral
    await h.slash(quiet, "profile set", {"live_reminders": "off"})
    assert deliveries(h) == [
        ("reminder", 1440, "pending"),
        ("reminder", 15, "pending"),
        ("start", 0, "pending"),
        ("end", 0, "pending"),
        ("prompt", 0, "pending"),
    ]

    await at(h, START - timedelta(hours=24, minutes=1))
    assert posts(h) == []  # not yet
    await at(h, START - timedelta(hours=24))
    [reminder] = posts(h)
    assert pinged(reminder) == {h.bob.id}  # Going, channel pings (the default)
    sent = h.emu.requests_matching("POST", rf"^/channels/{h.channel.id}/messages$")[-1].json
    mentions = sent["allowed_mentions"]
    assert mentions["parse"] == []  # never @everyone, @here or roles
    assert [int(user) for user in mentions["users"]] == [h.bob.id]
    assert not mentions.get("replied_user", False)
    assert str(sent["message_reference"]["message_id"]) == announcement["id"]
    assert sent["nonce"] and sent["enforce_nonce"] is True
    card = reminder["embeds"][0]
    assert card["title"] == "⏰ Reminder: Duet night"
    assert f"<t:{STARTS}:F>" in card["description"] and f"<t:{STARTS}:R>" in card["description"]
    assert f"/channels/{h.guild.id}/{h.channel.id}/{announcement['id']}" in card["description"]
    [host_dm] = h.emu.dm_messages(h.alice.id)  # the host is reminded by DM
    assert host_dm["embeds"][0]["title"] == "⏰ Reminder: Duet night"
    assert len(h.emu.dm_messages(dm_fan.id)) == 1  # chose DMs
    assert h.emu.dm_messages(quiet.id) == []  # chose no reminders
    assert quiet.id not in pinged(reminder)

    await at(h, START - timedelta(minutes=15))
    assert len(posts(h)) == 2
    assert len(h.emu.dm_messages(h.alice.id)) == 2

    await at(h, START)
    started = posts(h)[-1]
    assert started["embeds"][0]["title"] == "🔴 Starting now: Duet night"
    assert "https://www.tiktok.com/@alice.live/live" in started["embeds"][0]["description"]
    assert pinged(started) == {h.bob.id}
    assert len(h.emu.dm_messages(h.alice.id)) == 2  # hosts get no DM when they start

    await at(h, START + timedelta(hours=1))
    assert lives(h)[0]["status"] == "ended"
    ended = h.emu.channel_messages(h.channel.id)[0]
    assert ended["embeds"][0]["title"] == "Ended: Duet night"
    assert all(b["disabled"] for row in ended["components"] for b in row["components"])
    assert deliveries(h) == [
        ("reminder", 1440, "sent"),
        ("reminder", 15, "sent"),
        ("start", 0, "sent"),
        ("end", 0, "sent"),
        ("prompt", 0, "pending"),  # "How did it go?" one hour after the end
    ]
    await at(h, START + timedelta(hours=2))
    assert h.emu.dm_messages(h.alice.id)[-1]["embeds"][0]["title"] == "How did it go? Duet night"
    assert deliveries(h)[-1] == ("prompt", 0, "sent")

    await h.restart()  # nothing is sent twice after a restart
    await at(h, START + timedelta(days=2))
    assert len(posts(h)) == 3
    assert len(h.emu.dm_messages(h.alice.id)) == 3  # two reminders and the prompt


async def test_a_reminder_that_mentions_nobody_says_who_was_reminded_by_dm(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    dm_fan = h.emu.add_member(h.guild.id, name="dmfan")
    await schedule(h, reminders="1h")
    announcement = h.emu.channel_messages(h.channel.id)[0]
    await h.click(dm_fan, announcement, going_button(announcement))
    await h.slash(dm_fan, "profile set", {"live_reminders": "dm"})
    await at(h, START - timedelta(hours=1))
    [reminder] = posts(h)  # nobody takes channel pings: no "for everyone going:" over nobody
    assert (
        reminder["content"]
        == f"⏰ LIVE reminder, sent by DM to <@{h.alice.id}> and <@{dm_fan.id}>."
    )
    sent = h.emu.requests_matching("POST", rf"^/channels/{h.channel.id}/messages$")[-1].json
    assert sent["allowed_mentions"]["parse"] == [] and not sent["allowed_mentions"].get("users")
    assert reminder["embeds"][0]["title"] == "⏰ Reminder: Duet night"
    assert len(h.emu.dm_messages(h.alice.id)) == len(h.emu.dm_messages(dm_fan.id)) == 1
    parts = h.rows("SELECT part, user_id, outcome FROM live_delivery_parts ORDER BY part, user_id")
    assert parts == [
        {"part": "channel", "user_id": 0, "outcome": "sent"},
        *sorted(
            ({"part": "dm", "user_id": u, "outcome": "sent"} for u in (h.alice.id, dm_fan.id)),
            key=lambda row: row["user_id"],
        ),
    ]
    await at(h, START)
    started = posts(h)[-1]
    assert started["content"] == f"🔴 The LIVE is starting; told by DM: <@{dm_fan.id}>."
    assert deliveries(h)[:2] == [("reminder", 60, "sent"), ("start", 0, "sent")]


async def test_a_reminder_for_nobody_at_all_is_the_card_alone(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await h.slash(h.alice, "profile set", {"live_reminders": "off"})
    await schedule(h, reminders="1h")
    await at(h, START - timedelta(hours=1))
    [reminder] = posts(h)
    assert not reminder["content"]  # no ping line, nobody named
    assert reminder["embeds"][0]["title"] == "⏰ Reminder: Duet night"
    assert h.emu.dm_messages(h.alice.id) == []
    assert deliveries(h)[0] == ("reminder", 60, "sent")


async def test_a_closed_dm_falls_back_to_one_channel_mention(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    closed = h.emu.add_member(h.guild.id, name="closed", dm_open=False)
    await schedule(h, host1=closed.id, reminders="1h")
    await at(h, START - timedelta(hours=1))
    [reminder] = posts(h)
    assert pinged(reminder) == {closed.id}
    parts = h.rows("SELECT part, user_id, outcome FROM live_delivery_parts ORDER BY part")
    assert parts == [
        {"part": "channel", "user_id": 0, "outcome": "sent"},
        {"part": "dm", "user_id": closed.id, "outcome": "refused"},
    ]
    dm_attempts = h.emu.requests_matching("POST", r"^/channels/\d+/messages$", status=403)
    assert len(dm_attempts) == 1  # refused once, never retried
    await at(h, START - timedelta(minutes=30))
    assert len(h.emu.requests_matching("POST", r"^/channels/\d+/messages$", status=403)) == 1


@pytest.mark.parametrize("breakage", ["no-permission", "deleted"])
async def test_a_channel_the_bot_lost_reminds_by_dm_and_tells_the_moderator_once(
    harness: Harness, breakage: str
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    announcement = h.emu.channel_messages(h.channel.id)[0]
    await h.click(h.bob, announcement, going_button(announcement))
    if breakage == "deleted":
        h.emu.delete_channel(h.channel.id)
    else:
        h.emu.set_bot_can_send(h.channel.id, False)  # a moderator changed the channel

    await at(h, START - timedelta(hours=1))
    if breakage != "deleted":
        assert posts(h) == []  # Discord refused the channel
    [instead] = h.emu.dm_messages(h.bob.id)  # bob would have been pinged: a DM instead
    assert instead["embeds"][0]["title"] == "⏰ Reminder: Duet night"
    [notice] = h.emu.dm_messages(h.mod.id)
    assert "LIVE #1" in notice["content"] and "/config channel" in notice["content"]
    reason = "no longer exists" if breakage == "deleted" else "not allowed to post"
    assert reason in notice["content"]
    note = "channel: channel-gone" if breakage == "deleted" else "channel: missing-access"
    failed = h.rows("SELECT kind, state, note FROM live_deliveries WHERE state = 'failed'")
    assert failed == [{"kind": "reminder", "state": "failed", "note": note}]

    await at(h, START)  # the "starting now" post fails too: bob by DM, no second notice
    assert [m["embeds"][0]["title"][:1] for m in h.emu.dm_messages(h.bob.id)] == ["⏰", "🔴"]
    assert len(h.emu.dm_messages(h.mod.id)) == 1
    states = h.rows("SELECT kind, state FROM live_deliveries WHERE kind IN ('reminder', 'start')")
    assert [r["state"] for r in states] == ["failed", "failed"]

    info = await h.slash(h.mod, "live info", {"live": 1})
    [field] = [f for f in info.embeds[0]["fields"] if f["name"] == "⚠️ Not delivered"]
    assert field["value"].count("members were reminded by DM") == 2
    seen_by_member = await h.slash(h.bob, "live info", {"live": 1})
    assert all(f["name"] != "⚠️ Not delivered" for f in seen_by_member.embeds[0]["fields"])


async def test_an_overdue_reminder_is_sent_once_after_a_restart(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="24h, 1h, 15m")
    announcement = h.emu.channel_messages(h.channel.id)[0]
    await h.click(h.bob, announcement, going_button(announcement))
    await h.stop()
    await h.clock.set(START - timedelta(minutes=10))  # 24h, 1h and 15m all passed while down
    await h.start()
    await settled(h)
    [catch_up] = posts(h)  # one catch-up message, not three
    assert pinged(catch_up) == {h.bob.id}
    assert f"<t:{STARTS}:R>" in catch_up["embeds"][0]["description"]
    assert deliveries(h)[:3] == [
        ("reminder", 1440, "skipped"),
        ("reminder", 60, "skipped"),
        ("reminder", 15, "sent"),
    ]
    await h.restart()
    await settled(h)
    assert len(posts(h)) == 1


async def test_reminders_of_a_live_that_started_while_down_are_skipped(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    await h.stop()
    await h.clock.set(START + timedelta(minutes=20))
    await h.start()
    await settled(h)
    [started] = posts(h)  # the LIVE is on: only the "starting now" post
    assert started["embeds"][0]["title"].startswith("🔴")
    assert deliveries(h)[0] == ("reminder", 60, "skipped")


async def test_a_crash_after_discord_accepted_sends_no_second_message(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    # Discord takes the reminder, but the bot never hears back: then it is stopped.
    h.emu.lose_next_response("POST", rf"^/channels/{h.channel.id}/messages$")
    await h.clock.set(START - timedelta(hours=1))
    for _ in range(200):
        if h.emu.lost_responses:
            break
        await asyncio.sleep(0.01)
    assert len(posts(h)) == 1
    channel_parts = "SELECT count(*) AS n FROM live_delivery_parts WHERE part = 'channel'"
    assert h.rows(channel_parts)[0]["n"] == 0  # the bot never learnt it was accepted
    await h.restart()
    await settled(h)
    assert len(posts(h)) == 1  # the resend with the same nonce created nothing new
    assert h.emu.nonce_hits == 1
    assert deliveries(h)[0] == ("reminder", 60, "sent")


async def test_rescheduling_after_the_24h_reminder_keeps_the_rest(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="24h, 15m")
    await at(h, START - timedelta(hours=23))
    assert len(posts(h)) == 1  # the 24h reminder
    preview = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-05 20:00"})
    assert "Already sent, not repeated: 1 day before" in preview.text
    assert "15 minutes before the start" in preview.text
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "moved to" in done.text and "Already sent" in done.text
    new_start = START + timedelta(days=2)
    rows = h.rows("SELECT kind, offset_minutes, due_at, state FROM live_deliveries ORDER BY id")
    due = {(r["kind"], r["offset_minutes"]): (r["due_at"], r["state"]) for r in rows}
    assert due[("reminder", 1440)][1] == "sent"
    assert due[("reminder", 15)] == (
        int((new_start - timedelta(minutes=15)).timestamp()),
        "pending",
    )
    assert due[("start", 0)] == (int(new_start.timestamp()), "pending")
    await at(h, START)  # the old start time: nothing
    assert len(posts(h)) == 1
    await at(h, new_start - timedelta(minutes=15))
    assert len(posts(h)) == 2


async def test_a_cancelled_live_sends_nothing(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h)
    ask = await h.slash(h.mod, "live cancel", {"live": 1})
    await h.click(h.mod, ask.message, button_id(ask, "confirm"))
    assert {state for _kind, _offset, state in deliveries(h)} == {"cancelled"}
    await at(h, START + timedelta(days=1))
    assert posts(h) == []
    assert h.emu.dm_messages(h.alice.id) == []


async def test_more_than_100_going_are_split_over_messages(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    live = await LiveRepository(h.db).by_number(h.guild.id, 1)
    assert live is not None
    fans = [h.emu.add_member(h.guild.id, name=f"fan{i}") for i in range(130)]
    for fan in fans:
        await LiveRepository(h.db).set_rsvp(h.guild.id, live.id, fan.id, "going", h.clock.now())
    await at(h, START - timedelta(hours=1))
    messages = posts(h)
    assert len(messages) == 2
    everyone = [user for message in messages for user in pinged(message)]
    assert sorted(everyone) == sorted(fan.id for fan in fans)  # each pinged once
    bodies = [r.json for r in h.emu.requests_matching("POST", rf"^/channels/{h.channel.id}/")]
    for body in bodies[-2:]:
        assert len(body["allowed_mentions"]["users"]) <= 100
        assert len(body["content"]) <= 2000
        assert body["allowed_mentions"]["parse"] == []


async def test_no_channel_configured_announces_where_it_was_scheduled(harness: Harness) -> None:
    h = harness
    result = await schedule(h, reminders="1h")
    assert "where you scheduled it" in result["done"].text
    assert "/config channel" in result["done"].text
    assert lives(h)[0]["channel_id"] == h.channel.id
    await at(h, START - timedelta(hours=1))
    assert len(posts(h)) == 1  # reminders go there too


async def test_a_transient_error_is_retried_and_delivered_once(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    # Rate limited on every try discord.py makes by itself: the delivery is put back.
    h.emu.fail_next(
        "POST", rf"^/channels/{h.channel.id}/messages$", status=429, count=5, retry_after=0.01
    )
    with h.expect_errors():
        await at(h, START - timedelta(hours=1))
    assert posts(h) == []
    [row] = h.rows("SELECT state, attempts FROM live_deliveries WHERE kind = 'reminder'")
    assert row == {"state": "pending", "attempts": 1}
    await at(h, START - timedelta(minutes=59))  # one minute later: tried again
    assert len(posts(h)) == 1
    assert deliveries(h)[0] == ("reminder", 60, "sent")


@pytest.mark.parametrize(
    ("reminders", "expected"),
    [
        ("24x", "not a reminder time I can read"),
        ("none, 1h", "cannot be mixed"),
        ("1h, 60m", "given twice"),
        ("1h, 2h, 3h, 4h, 5h, 6h", "the most is 5"),
        ("2m", "between 5 minutes and 7 days"),
        ("8d", "between 5 minutes and 7 days"),
    ],
)
async def test_bad_reminders_are_refused_and_change_nothing(
    harness: Harness, reminders: str, expected: str
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duet", "when": "2026-12-03 20:00", "reminders": reminders}
    refused = await h.slash(h.mod, "live schedule", values, locale="no")
    assert refused.ephemeral
    refused_en = await h.slash(h.mod, "live schedule", values)
    assert expected in refused_en.text
    assert refused.text != refused_en.text  # in the member's own language
    assert lives(h) == [] and deliveries(h) == []


async def test_a_live_minutes_away_is_saved_without_reminders(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    preview = await h.slash(
        h.mod, "live schedule", {"title": "Pop-up", "when": "in 4 minutes", "reminders": "15m"}
    )
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "No reminders: the LIVE starts sooner" in done.text
    assert [d for d in deliveries(h) if d[0] == "reminder"] == [("reminder", 15, "skipped")]


async def test_none_means_no_reminders_but_still_the_start(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    result = await schedule(h, reminders="none")
    assert "No reminders for this LIVE" in result["done"].text
    assert deliveries(h) == [
        ("start", 0, "pending"),
        ("end", 0, "pending"),
        ("prompt", 0, "pending"),
    ]


async def test_reminder_mode_is_your_own(harness: Harness) -> None:
    h = harness
    chose = await h.slash(h.bob, "profile set", {"live_reminders": "dm"}, locale="zh-CN")
    assert chose.ephemeral
    member = await MemberRepository(h.db).get(h.guild.id, h.bob.id)
    assert member is not None and member.live_reminders == "dm"
    shown = await h.slash(h.bob, "profile show")
    assert "DM" in shown.text


async def test_a_moderator_without_a_timezone_schedules_in_the_servers(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    chosen = await h.slash(h.mod, "config timezone", {"timezone": "Oslo"})
    assert chosen.ephemeral and "Europe/Oslo" in chosen.text
    preview = await h.slash(h.mod, "live schedule", {"title": "Duet", "when": "2026-12-03 20:00"})
    assert "server's timezone, Europe/Oslo" in preview.text
    assert f"<t:{STARTS}:F>" in preview.text  # 20:00 in Oslo
    shown = await h.slash(h.mod, "config show")
    assert "Europe/Oslo" in shown.text
    await set_zone(h, h.mod, "Asia/Shanghai")  # your own zone wins, and no note
    own = await h.slash(h.mod, "live schedule", {"title": "Duet", "when": "2026-12-04 03:00"})
    assert "server's timezone" not in own.text
    assert f"<t:{STARTS}:F>" in own.text  # 03:00 in Shanghai is the same moment


async def test_reminders_still_go_out_when_the_announcement_failed(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    await MemberRepository(h.db).set_reminder_mode(h.guild.id, h.alice.id, "channel", h.clock.now())
    h.emu.fail_next("POST", rf"^/channels/{h.channel.id}/messages$", status=400)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": "Duet", "when": "2026-12-03 20:00", "host1": h.alice.id, "reminders": "1h"},
    )
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Discord refused the announcement" in done.text
    assert lives(h)[0]["announcement_message_id"] is None
    await at(h, START - timedelta(hours=1))
    [reminder] = h.emu.channel_messages(h.channel.id)  # not a reply: there is nothing to reply to
    assert "message_reference" not in reminder
    assert pinged(reminder) == {h.alice.id}  # the host chose channel pings


async def test_the_member_who_cancels_gets_no_dm_about_it_and_info_drops_the_event(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.alice, "Europe/Oslo")
    await schedule(h)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    for member in (h.alice, h.bob):
        await h.click(member, announcement, going_button(announcement))
    ask = await h.slash(h.alice, "live cancel", {"live": 1})  # the host cancels her own LIVE
    done = await h.click(h.alice, ask.message, button_id(ask, "confirm"))
    assert "cancelled" in done.text
    assert h.emu.dm_messages(h.alice.id) == []  # not told about her own change
    assert len(h.emu.dm_messages(h.bob.id)) == 1
    info = await h.slash(h.bob, "live info", {"live": 1})
    assert "discord.com/events/" not in info.text  # the deleted event is not linked


async def test_a_live_saved_without_an_announcement_can_be_announced_later(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    locked = h.emu.add_channel(h.guild.id, name="locked", bot_can_send=False)
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values, channel_id=locked.id)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "/live announce" in done.text
    assert lives(h)[0]["announcement_message_id"] is None
    refused = await h.slash(h.bob, "live announce", {"live": 1})
    assert refused.ephemeral and h.emu.channel_messages(h.channel.id) == []
    await set_channel(h, h.channel.id)
    posted = await h.slash(h.alice, "live announce", {"live": 1})  # a host may
    assert posted.ephemeral and "is up" in posted.text
    [announcement] = h.emu.channel_messages(h.channel.id)
    assert lives(h)[0]["announcement_message_id"] == int(announcement["id"])
    other = h.emu.add_channel(h.guild.id, name="elsewhere")
    await h.slash(h.mod, "live announce", {"live": 1, "channel": other.id})
    assert h.emu.channel_messages(h.channel.id) == []  # the old one is removed
    assert len(h.emu.channel_messages(other.id)) == 1
    await at(h, START - timedelta(hours=24))
    assert len(h.emu.channel_messages(other.id)) == 2  # reminders follow the announcement


async def test_a_live_whose_only_host_deleted_their_data_stays_and_shows_host_left(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h)  # alice hosts
    prompt = await h.slash(h.alice, "privacy delete")
    deleted = await h.click(h.alice, prompt.message, prompt.buttons[0]["custom_id"])
    assert "The LIVEs you hosted stay on the schedule" in deleted.text and "#1" in deleted.text
    assert h.rows("SELECT count(*) AS n FROM live_hosts")[0]["n"] == 0
    info = await h.slash(h.bob, "live info", {"live": 1})
    assert info.ephemeral and "host left" in info.text
    preview = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 20:00"})
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "moved to" in done.text
    [event] = h.emu.scheduled_events(h.guild.id)
    assert str(h.alice.id) not in str(event) and "alice" not in str(event)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    assert f"<@{h.alice.id}>" not in str(announcement["embeds"])


async def test_an_ended_live_cannot_be_moved_or_cancelled(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h)
    await at(h, START + timedelta(hours=1))
    assert lives(h)[0]["status"] == "ended"
    for command, options in (
        ("live reschedule", {"live": 1, "when": "2026-12-10 20:00"}),
        ("live cancel", {"live": 1}),
    ):
        refused = await h.slash(h.mod, command, options)
        assert refused.ephemeral and "cancelled or has ended" in refused.text
    assert lives(h)[0]["status"] == "ended"


@pytest.mark.sqlite_only
async def test_a_reminder_due_while_another_process_holds_the_database_goes_out_once_later(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    blocker = sqlite3.connect(h.db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")  # another process holds SQLite's write lock
    try:
        await h.clock.set(START - timedelta(hours=1))
        for _ in range(600):  # the round gives up on the lock (in real seconds) and pauses
            if h.clock.asleep("scheduler-live-deliveries"):
                break
            await asyncio.sleep(0.01)
    finally:
        blocker.rollback()
        blocker.close()
    await at(h, START - timedelta(minutes=59))  # the pause is over: the round runs again
    assert len(posts(h)) == 1
    assert deliveries(h)[0] == ("reminder", 60, "sent")
    await h.restart()
    await settled(h)
    assert len(posts(h)) == 1
