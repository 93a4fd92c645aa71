"""A crash between creating a LIVE's Discord event and saving its id leaves no orphan:
the next start adopts the event (cancel then removes it) or deletes what no LIVE owns."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness


async def scheduled_live(h: Harness, title: str = "Duet night") -> int:
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    preview = await h.slash(h.mod, "live schedule", {"title": title, "when": "2026-12-03 20:00"})
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    [event] = h.emu.scheduled_events(h.guild.id)
    return int(event["id"])


def write(h: Harness, sql: str) -> None:
    h.execute(sql)


async def restart_and_reconcile(h: Harness) -> None:
    """A start after the crash, waiting for the start-up check of the events."""
    await h.stop()
    await h.start()
    task = h.bot.get_cog("LiveCog").reconciling  # type: ignore[union-attr]
    await task


async def test_an_event_whose_id_was_never_saved_is_adopted(harness: Harness) -> None:
    h = harness
    event_id = await scheduled_live(h)
    write(h, "UPDATE lives SET event_id = NULL")  # the crash came before the id was saved
    await restart_and_reconcile(h)
    assert lives(h)[0]["event_id"] == event_id
    ask = await h.slash(h.mod, "live cancel", {"live": 1})
    await h.click(h.mod, ask.message, button_id(ask, "confirm"))
    assert h.emu.scheduled_events(h.guild.id) == []


async def test_an_event_no_live_records_is_deleted(harness: Harness) -> None:
    h = harness
    await scheduled_live(h)
    # cancelled while the event's deletion failed, then the bot died: nothing owns it now
    write(h, "UPDATE lives SET status = 'cancelled', event_id = NULL")
    await restart_and_reconcile(h)
    assert h.emu.scheduled_events(h.guild.id) == []


async def test_recorded_events_are_left_alone(harness: Harness) -> None:
    h = harness
    event_id = await scheduled_live(h)
    await restart_and_reconcile(h)
    assert [int(e["id"]) for e in h.emu.scheduled_events(h.guild.id)] == [event_id]
    assert h.emu.requests_matching("DELETE", r"/scheduled-events/") == []


async def test_a_restart_during_a_live_keeps_its_event(harness: Harness) -> None:
    h = harness
    event_id = await scheduled_live(h)
    h.emu.event_start_lag = timedelta(minutes=5)  # Discord has not started the event yet
    await h.stop()
    await h.clock.set(datetime(2026, 12, 3, 19, 2, tzinfo=UTC))  # 20:02 in Oslo: LIVE on
    await h.start()
    await h.bot.get_cog("LiveCog").reconciling  # type: ignore[union-attr]
    [event] = h.emu.scheduled_events(h.guild.id)
    assert int(event["id"]) == event_id and event["status"] == 1  # still scheduled, not gone
    assert h.emu.requests_matching("DELETE", r"/scheduled-events/") == []
    assert lives(h)[0]["event_id"] == event_id
