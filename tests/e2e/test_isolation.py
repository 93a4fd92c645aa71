"""One server never reaches another's data: a member of server B tries server A's LIVEs,
posts, windows and results by number, id, link, crafted custom_id and autocomplete."""

from __future__ import annotations

from typing import Any

from sandbox.emulator import DEFAULT_MEMBER_PERMISSIONS, MANAGE_EVENTS, MANAGE_GUILD
from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness


async def server_a(h: Harness) -> dict[str, Any]:
    """Server A with a LIVE (guests, RSVPs), posts, availability and ER results of alice."""
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    values = {
        "title": "Secret show",
        "when": "2026-12-03 20:00",
        "host1": h.alice.id,
        "guest_slots": 2,
    }
    preview = await h.slash(h.mod, "live schedule", values)
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await h.slash(h.alice, "post log", {"when": "2026-11-22 20:00"})
    await h.slash(h.alice, "availability set", {"days": "mon-fri", "from": "18:00", "to": "22:00"})
    await h.slash(
        h.alice,
        "er views",
        {"views": "50000", "likes": "4500", "comments": "300", "shares": "200"},
    )
    return h.emu.channel_messages(h.channel.id)[0]


async def test_server_b_cannot_reach_server_as_data(harness: Harness) -> None:
    h = harness
    announcement = await server_a(h)
    live_id = lives(h)[0]["id"]
    other = h.emu.add_guild(name="Elsewhere")
    channel = h.emu.add_channel(other.id, name="general")
    stranger = h.emu.add_member(
        other.id,
        name="stranger",
        permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_EVENTS | MANAGE_GUILD,
    )
    h.emu.add_member(other.id, h.alice.id, name="alice")  # alice is in both servers
    await h.emu.wait_until_connected(5)
    before = h.rows("SELECT count(*) AS n FROM live_rsvps")[0]["n"], lives(h)

    async def as_stranger(command: str, options: dict[str, Any]) -> str:
        result = await h.slash(stranger, command, options, guild=other, channel_id=channel.id)
        return result.text

    for command, options in (
        ("live info", {"live": 1}),
        ("live cancel", {"live": 1}),
        ("live reschedule", {"live": 1, "when": "2026-12-04 20:00"}),
        ("live guests", {"live": 1}),
        ("live calendar", {"live": 1}),
        ("live announce", {"live": 1}),
    ):
        text = await as_stranger(command, options)
        assert "Secret show" not in text, command
        assert "no LIVE #1" in text, command  # the number does not exist in server B
    assert "Secret show" not in await as_stranger("live list", {})
    for command, options in (
        ("post list", {"member": h.alice.id}),
        ("availability show", {"member": h.alice.id}),
        ("er history", {"member": h.alice.id}),
        ("streak show", {"member": h.alice.id}),
    ):
        text = await as_stranger(command, options)
        assert "18:00" not in text and "10.00%" not in text, command

    choices = await h.emu.autocomplete(other.id, stranger.id, "live info", {}, "live")
    assert all("Secret" not in str(choice["name"]) for choice in choices)

    # Server A's buttons, crafted into a message of server B
    forged = {
        "id": announcement["id"],
        "channel_id": str(channel.id),
        "components": announcement["components"],
    }
    for custom_id in (
        f"live:rsvp:{live_id}:going",
        f"live:guest:{live_id}",
        f"live:ics:{live_id}",
    ):
        result = await h.emu.click(other.id, stranger.id, forged, custom_id, allow_invalid=True)
        assert result.ephemeral, custom_id
        assert not result.files, custom_id
        assert "Secret show" not in result.text, custom_id
        assert "no longer exists on this server" in result.text, custom_id
    after = h.rows("SELECT count(*) AS n FROM live_rsvps")[0]["n"], lives(h)
    assert after == before
    assert h.rows("SELECT count(*) AS n FROM live_guests")[0]["n"] == 0
