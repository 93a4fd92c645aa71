"""Faults a host and Discord throw at the bot: rate limits and 5xx on announcements and
events, the gateway dropping mid-burst. Each is retried or resumed and done once."""

from __future__ import annotations

import asyncio

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness


async def test_rate_limits_and_a_502_on_announcement_and_event_are_retried_once(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    h.emu.fail_next("POST", r"/guilds/\d+/scheduled-events$", status=429, retry_after=0.05)
    h.emu.fail_next("POST", rf"^/channels/{h.channel.id}/messages$", status=429, retry_after=0.05)
    h.emu.fail_next("POST", rf"^/channels/{h.channel.id}/messages$", status=502)
    preview = await h.slash(h.mod, "live schedule", {"title": "Duet", "when": "2026-12-03 20:00"})
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"), timeout=30)
    assert "Saved LIVE #1" in done.text and "⚠️" not in done.text
    assert len(h.emu.scheduled_events(h.guild.id)) == 1  # delivered once
    assert len(h.emu.channel_messages(h.channel.id)) == 1
    [row] = lives(h)
    assert row["event_id"] is not None and row["announcement_message_id"] is not None
    posts = h.emu.requests_matching("POST", rf"^/channels/{h.channel.id}/messages$")
    assert [r.status for r in posts] == [429, 502, 200]


async def test_every_interaction_after_a_gateway_drop_mid_burst_is_answered(
    harness: Harness,
) -> None:
    h = harness
    members = [h.emu.add_member(h.guild.id, name=f"m{i}") for i in range(8)]

    async def one(index: int) -> str:
        result = await h.slash(members[index], "timezone set", {"zone": "Europe/Oslo"})
        return result.text

    first = [asyncio.ensure_future(one(i)) for i in range(4)]
    await h.emu.drop_gateway()  # the connection drops while those are in flight
    second = [asyncio.ensure_future(one(i)) for i in range(4, 8)]  # sent while it is down
    answers = await asyncio.gather(*first, *second)
    assert all("Europe/Oslo" in text for text in answers)
    await h.emu.wait_until_connected(5)
    assert h.emu.resume_count >= 1
    rows = h.rows("SELECT count(*) AS n FROM members WHERE timezone = 'Europe/Oslo'")
    assert rows[0]["n"] == 8
