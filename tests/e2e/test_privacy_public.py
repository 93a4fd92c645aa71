"""What members see in public about someone who left: the announcements and Discord events
of LIVEs they were on, and the posts about them, once they deleted their data or left the
server. Nothing public keeps their id, name or TikTok handle."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.e2e.test_live_reminders import START, at, going_button
from tests.e2e.test_privacy import rows_naming
from tests.support.harness import Harness


async def schedule(h: Harness, title: str, when: str, *hosts: int) -> dict[str, Any]:
    """A LIVE through the real commands; returns its announcement."""
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    values: dict[str, Any] = {"title": title, "when": when}
    values |= {f"host{n}": host for n, host in enumerate(hosts, start=1)}
    preview = await h.slash(h.mod, "live schedule", values)
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    return h.emu.channel_messages(h.channel.id)[-1]


def event_of(h: Harness, title: str) -> dict[str, Any]:
    [event] = [e for e in h.emu.scheduled_events(h.guild.id) if e["name"] == title]
    return event


async def test_a_host_who_left_the_server_shows_as_host_left_in_the_event(
    harness: Harness,
) -> None:
    h = harness
    await schedule(h, "Duet", "2026-12-03 20:00", h.alice.id, h.bob.id)
    assert event_of(h, "Duet")["entity_metadata"]["location"] == "TikTok LIVE · alice, bob"
    h.emu.remove_member(h.guild.id, h.bob.id)  # bob leaves; his data stays
    preview = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 20:00"})
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    location = event_of(h, "Duet")["entity_metadata"]["location"]
    assert location == "TikTok LIVE · alice, host left"
    assert str(h.bob.id) not in location
    # Leaving the server deletes nothing (/privacy delete does): he is still a host.
    assert h.rows("SELECT user_id FROM live_hosts WHERE user_id = ?", (h.bob.id,))


def public_text(h: Harness) -> str:
    """Everything anyone in the server sees: every message in its channels (embeds and
    buttons included) and every event Discord still lists (not completed)."""
    seen = []
    for channel in h.emu.guilds[h.guild.id].channels.values():
        seen += [json.dumps(message) for message in h.emu.channel_messages(channel.id)]
    seen += [json.dumps(e) for e in h.emu.scheduled_events(h.guild.id) if e["status"] in (1, 2)]
    return "\n".join(seen)


async def test_a_deleted_member_is_gone_from_every_announcement_event_and_post(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.alice, "Europe/Oslo", handle="alice.secret.h")
    await schedule(h, "Duet", "2026-12-03 20:00", h.alice.id, h.bob.id)
    solo = await schedule(h, "Solo", "2026-12-03 22:00", h.bob.id)
    await h.click(h.alice, solo, going_button(solo))  # a mention in the Solo reminder
    await at(h, datetime(2026, 12, 2, 21, 0, tzinfo=UTC))  # Solo's 24-hour reminder
    await at(h, START)  # Duet starts: its last reminder and "starting now", with her handle
    assert event_of(h, "Duet")["status"] == 2  # under way
    seen = public_text(h)
    assert str(h.alice.id) in seen and "alice.secret.h" in seen

    prompt = await h.slash(h.alice, "privacy delete")
    done = await h.click(h.alice, prompt.message, prompt.button("Confirm")["custom_id"])

    seen = public_text(h)
    assert str(h.alice.id) not in seen
    assert "alice.secret.h" not in seen
    assert event_of(h, "Duet")["entity_metadata"]["location"] == "TikTok LIVE · bob"
    duet, solo = h.emu.channel_messages(h.channel.id)[:2]
    assert f"<@{h.bob.id}>" in duet["embeds"][0]["description"]  # bob stays
    assert "Going (0)" in json.dumps(solo["components"])
    left = rows_naming(h, h.guild.id, h.alice.id)
    assert all(count == 0 for count in left.values()), left
    # Two announcements, Duet's event, its 24-hour reminder and "starting now", Solo's reminder.
    assert "6 announcements, events and posts that showed you were drawn again" in done.text
