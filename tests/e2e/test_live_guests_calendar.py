"""Guest sign-ups with a waitlist, and calendar files of LIVEs."""

from __future__ import annotations

import re
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from icalendar import Calendar

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.e2e.test_live_reminders import START, at, settled
from tests.support.harness import Harness


async def announced(h: Harness, **options: Any) -> dict[str, Any]:
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Multi-guest night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values | options)
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await settled(h)
    return h.emu.channel_messages(h.channel.id)[0]


def custom_id(message: dict[str, Any], prefix: str) -> str:
    for row in message["components"]:
        for button in row["components"]:
            if str(button.get("custom_id", "")).startswith(prefix):
                return str(button["custom_id"])
    raise AssertionError(f"no {prefix} button")


def guest_rows(h: Harness) -> list[int]:
    return [r["user_id"] for r in h.rows("SELECT user_id FROM live_guests ORDER BY seq")]


async def test_guests_fill_the_slots_then_wait_and_the_first_waiting_is_promoted(
    harness: Harness,
) -> None:
    h = harness
    announcement = await announced(h, guest_slots=1)
    join = custom_id(announcement, "live:guest:")
    first = await h.click(h.bob, announcement, join)
    assert "You are a guest of LIVE #1" in first.followups[0]["content"]
    assert "Join as guest (1/1)" in str(first.message["components"])
    carol = h.emu.add_member(h.guild.id, name="carol")
    waiting = await h.click(carol, announcement, join)
    assert "number 1 on the waitlist" in waiting.followups[0]["content"]
    assert guest_rows(h) == [h.bob.id, carol.id]
    shown = await h.slash(h.alice, "live guests", {"live": 1})
    assert f"<@{h.bob.id}>" in shown.text and f"Waitlist, in order: <@{carol.id}>" in shown.text

    await h.restart()  # the sign-ups and the button survive a restart
    withdrawn = await h.click(h.bob, announcement, join)
    assert "no longer signed up" in withdrawn.followups[0]["content"]
    [promoted] = h.emu.dm_messages(carol.id)
    assert "you are now a guest of LIVE #1" in promoted["content"]
    assert guest_rows(h) == [carol.id]

    await at(h, START - timedelta(hours=24))
    assert len(h.emu.dm_messages(carol.id)) == 2  # guests are reminded like hosts, by DM


async def test_hosts_remove_guests_plain_members_may_not(harness: Harness) -> None:
    h = harness
    announcement = await announced(h, guest_slots=2)
    await h.click(h.bob, announcement, custom_id(announcement, "live:guest:"))
    refused = await h.slash(h.bob, "live guests", {"live": 1, "remove": h.bob.id})
    assert refused.ephemeral and guest_rows(h) == [h.bob.id]
    removed = await h.slash(h.alice, "live guests", {"live": 1, "remove": h.bob.id})
    assert "was taken off LIVE #1" in removed.text
    assert guest_rows(h) == []
    again = await h.slash(h.alice, "live guests", {"live": 1, "remove": h.bob.id})
    assert again.ephemeral and "not signed up" in again.text


async def test_sign_up_closes_at_the_start_and_hosts_cannot_sign_up(harness: Harness) -> None:
    h = harness
    announcement = await announced(h, guest_slots=2)
    join = custom_id(announcement, "live:guest:")
    host = await h.click(h.alice, announcement, join)
    assert host.ephemeral and "You host this LIVE" in host.text
    await h.clock.set(START + timedelta(minutes=1))
    late = await h.click(h.bob, announcement, join)
    assert late.ephemeral and "closed" in late.text
    assert guest_rows(h) == []


async def test_guest_slots_over_eight_are_refused(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    result = await h.emu.slash(
        h.guild.id,
        h.mod.id,
        "live schedule",
        {"title": "Big", "when": "2026-12-03 20:00", "guest_slots": 9},
        channel_id=h.channel.id,
        allow_invalid=True,  # a forged payload: Discord's client would stop at 8
    )
    assert result.ephemeral and lives(h) == []


async def test_calendar_file_has_stable_uids_the_link_and_an_alarm(harness: Harness) -> None:
    h = harness
    announcement = await announced(h, reminders="1h, 15m")
    first = await h.slash(h.bob, "live calendar", {"live": 1})
    assert first.ephemeral
    [(name, data)] = first.files
    assert name == "live-1.ics"
    calendar = Calendar.from_ical(data)
    [event] = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Multi-guest night"
    assert event.decoded("dtstart") == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)
    assert f"/channels/{h.guild.id}/{h.channel.id}/{announcement['id']}" in str(event["url"])
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("trigger") == -timedelta(minutes=15)
    again = await h.click(h.bob, announcement, custom_id(announcement, "live:ics:"))
    [(_name, data)] = again.files
    reparsed = Calendar.from_ical(data)
    assert [str(e["uid"]) for e in reparsed.walk("VEVENT")] == [str(event["uid"])]


async def test_calendar_of_another_servers_live_is_not_found(harness: Harness) -> None:
    h = harness
    await announced(h)
    other = h.emu.add_guild(name="Other")
    h.emu.add_channel(other.id, name="general")
    stranger = h.emu.add_member(other.id, name="stranger")
    await h.bot.tree.sync(guild=None)
    result = await h.slash(stranger, "live calendar", {"live": 1}, guild=other)
    assert result.ephemeral and result.files == []


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_the_calendar_feed_serves_the_right_secret_and_404s_the_rest(
    harness: Harness,
) -> None:
    h = harness
    off = await h.slash(h.mod, "config calendar")
    assert off.ephemeral and "CALENDAR_PORT" in off.text
    port = free_port()
    h.settings_overrides["calendar_port"] = port
    await h.restart()
    await announced(h)
    shown = await h.slash(h.mod, "config calendar")
    [url] = re.findall(r"http://\S+\.ics", shown.text)
    assert url.startswith(f"http://127.0.0.1:{port}/calendar/")
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            assert response.status == 200
            assert response.content_type == "text/calendar"
            feed = Calendar.from_ical(await response.read())
        [event] = feed.walk("VEVENT")
        assert str(event["uid"]) == f"live-{h.guild.id}-{lives(h)[0]['id']}@creatorpulse"
        rotated = await h.slash(h.mod, "config calendar", {"rotate": True})
        [new_url] = re.findall(r"http://\S+\.ics", rotated.text)
        assert new_url != url
        for wrong in (url, url.replace("/calendar/", "/calendar/x"), f"http://127.0.0.1:{port}/"):
            async with session.get(wrong) as response:
                assert response.status == 404
                assert "VCALENDAR" not in await response.text()
        async with session.get(new_url) as response:
            assert response.status == 200
    config = next(c for c in h.emu.commands() if c["name"] == "config")
    assert int(config["default_member_permissions"]) == 32  # Manage Server: managers only
