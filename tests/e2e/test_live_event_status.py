"""Discord starts an EXTERNAL scheduled event at its start time and completes it at its end
time by itself; the emulator does the same on its clock, so a past LIVE's event is not left
"Scheduled" and stops counting toward the 100-event limit."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import discord

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness

START = datetime(2026, 12, 3, 19, 0, tzinfo=UTC)  # 2026-12-03 20:00 in Oslo


async def schedule(h: Harness, when: str, title: str) -> str:
    await set_zone(h, h.mod, "Europe/Oslo")
    options = {"title": title, "when": when, "duration": "1h", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", options)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    return done.text


async def bot_sees(h: Harness, event_id: int, status: discord.EventStatus) -> None:
    """Until the bot's own cache holds the status Discord sent it over the gateway."""
    for _ in range(500):
        guild = h.bot.get_guild(h.guild.id)
        event = guild.get_scheduled_event(event_id) if guild is not None else None
        if event is not None and event.status is status:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"the bot never saw event {event_id} become {status}")


async def test_the_event_goes_active_at_its_start_and_completes_at_its_end(
    harness: Harness,
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, "2026-12-03 20:00", "Duet night")
    [event] = h.emu.scheduled_events(h.guild.id)
    event_id = int(event["id"])
    changes: list[tuple[str, Any]] = []
    h.emu.observers.append(lambda kind, data: changes.append((kind, data.get("status"))))

    await h.clock.set(START - timedelta(minutes=1))
    assert [e["status"] for e in h.emu.scheduled_events(h.guild.id)] == [1]  # Scheduled

    await h.clock.set(START)
    await bot_sees(h, event_id, discord.EventStatus.active)
    assert [e["status"] for e in h.emu.scheduled_events(h.guild.id)] == [2]  # Live now
    assert ("event", 2) in changes  # the sandbox page is told, as a Discord client would be

    await h.clock.set(START + timedelta(hours=1))
    await bot_sees(h, event_id, discord.EventStatus.completed)
    assert [e["status"] for e in h.emu.scheduled_events(h.guild.id)] == [3]  # Ended
    assert ("event", 3) in changes


async def test_a_clock_jump_past_the_end_starts_and_completes_it(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, "2026-12-03 20:00", "Duet night")
    [event] = h.emu.scheduled_events(h.guild.id)
    await h.clock.set(START + timedelta(days=5))
    await bot_sees(h, int(event["id"]), discord.EventStatus.completed)
    assert [e["status"] for e in h.emu.scheduled_events(h.guild.id)] == [3]


async def test_an_ended_live_frees_its_place_under_the_event_limit(harness: Harness) -> None:
    h = harness
    h.emu.max_scheduled_events = 1
    await set_channel(h, h.channel.id)
    await schedule(h, "2026-12-03 20:00", "First")
    await h.clock.set(START + timedelta(hours=2))  # the first LIVE is over
    text = await schedule(h, "2026-12-10 20:00", "Second")
    assert "100" not in text  # no word of the event limit
    assert all(row["event_id"] is not None for row in lives(h))
    statuses = sorted(e["status"] for e in h.emu.scheduled_events(h.guild.id))
    assert statuses == [1, 3]
