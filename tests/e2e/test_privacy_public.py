"""What members see in public about someone who left: the announcements and Discord events
of LIVEs they were on, and the posts about them, once they deleted their data or left the
server. Nothing public keeps their id, name or TikTok handle."""

from __future__ import annotations

from typing import Any

from tests.e2e.live_support import button_id, set_channel, set_zone
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
