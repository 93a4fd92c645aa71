"""RSVP buttons (also after a restart), /live cancel and /live reschedule."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness


async def scheduled(h: Harness, **options: Any) -> dict[str, Any]:
    """Schedule LIVE #n through the real commands; returns its announcement message."""
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id} | options
    preview = await h.slash(h.mod, "live schedule", values)
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    return h.emu.channel_messages(h.channel.id)[-1]


def rsvp_id(message: dict[str, Any], choice: str) -> str:
    for row in message["components"]:
        for button in row["components"]:
            if button["custom_id"].endswith(f":{choice}"):
                return str(button["custom_id"])
    raise AssertionError(choice)


def labels(message: dict[str, Any]) -> list[str]:
    """The RSVP buttons' labels (the announcement's other buttons left out)."""
    return [
        b["label"]
        for row in message["components"]
        for b in row["components"]
        if str(b.get("custom_id", "")).startswith("live:rsvp:")
    ]


async def test_rsvp_counts_update_and_survive_a_restart(harness: Harness) -> None:
    h = harness
    announcement = await scheduled(h)
    live_id = lives(h)[0]["id"]
    assert rsvp_id(announcement, "going") == f"live:rsvp:{live_id}:going"
    going = await h.click(h.bob, announcement, rsvp_id(announcement, "going"))
    assert going.callback_type == 7
    assert "You're going" in going.text
    assert labels(going.message) == ["Going (1)", "Maybe (0)", "Can't (0)"]

    await h.restart()
    maybe = await h.click(h.mod, announcement, rsvp_id(announcement, "maybe"))
    assert labels(maybe.message) == ["Going (1)", "Maybe (1)", "Can't (0)"]
    assert "Going: 1 · Maybe: 1 · Can't: 0" in maybe.text
    changed = await h.click(h.bob, announcement, rsvp_id(announcement, "cant"), locale="no")
    assert "kan ikke" in changed.text
    assert labels(changed.message) == ["Going (0)", "Maybe (1)", "Can't (1)"]
    rows = h.rows("SELECT user_id, status FROM live_rsvps ORDER BY user_id")
    assert sorted((r["user_id"], r["status"]) for r in rows) == sorted(
        [(h.bob.id, "cant"), (h.mod.id, "maybe")]
    )


async def test_cancel_removes_event_marks_announcement_and_dms_going(harness: Harness) -> None:
    h = harness
    announcement = await scheduled(h)
    closed = h.emu.add_member(h.guild.id, name="closed", dm_open=False)
    for member in (h.bob, closed):
        await h.click(member, announcement, rsvp_id(announcement, "going"))
    stranger = await h.slash(h.bob, "live cancel", {"live": 1})
    assert stranger.ephemeral and "hosts and LIVE moderators" in stranger.text

    ask = await h.slash(h.alice, "live cancel", {"live": 1})  # alice hosts it
    assert ask.ephemeral and "2 members said Going" in ask.text
    assert lives(h)[0]["status"] == "scheduled"
    done = await h.click(h.alice, ask.message, button_id(ask, "confirm"))
    assert "is cancelled" in done.text and "DMs sent to Going members: 1" in done.text
    assert "couldn't reach: 1" in done.text
    assert lives(h)[0]["status"] == "cancelled"
    assert h.emu.scheduled_events(h.guild.id) == []
    assert h.emu.requests_matching("DELETE", r"scheduled-events/\d+")
    edited = h.emu.messages[int(announcement["id"])]
    assert edited["embeds"][0]["title"].startswith("CANCELLED")
    assert all(b["disabled"] for row in edited["components"] for b in row["components"])
    [dm] = h.emu.dm_messages(h.bob.id)
    assert "Duet night" in dm["content"] and "cancelled" in dm["content"]
    assert h.emu.dm_messages(closed.id) == []

    late = await h.click(h.mod, announcement, rsvp_id(announcement, "going"), allow_invalid=True)
    assert late.ephemeral and "was cancelled" in late.text
    again = await h.slash(h.mod, "live cancel", {"live": 1})
    assert again.ephemeral and "not scheduled any more" in again.text


async def test_reschedule_moves_event_and_announcement_and_dms_going(harness: Harness) -> None:
    h = harness
    announcement = await scheduled(h)
    await h.click(h.bob, announcement, rsvp_id(announcement, "going"))
    preview = await h.slash(
        h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 21:00", "duration": "2h"}
    )
    new = int(datetime(2026, 12, 4, 20, 0, tzinfo=UTC).timestamp())
    old = int(datetime(2026, 12, 3, 19, 0, tzinfo=UTC).timestamp())
    assert preview.ephemeral and f"<t:{new}:F>" in preview.text and f"<t:{old}:F>" in preview.text
    assert lives(h)[0]["starts_at"] == old
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "moved to" in done.text and "DMs sent to Going members: 1" in done.text
    [row] = lives(h)
    assert row["starts_at"] == new and row["duration_minutes"] == 120
    [patch] = h.emu.requests_matching("PATCH", r"scheduled-events/\d+")
    start = datetime.fromisoformat(patch.json["scheduled_start_time"])
    end = datetime.fromisoformat(patch.json["scheduled_end_time"])
    assert int(start.timestamp()) == new and (end - start).total_seconds() == 7200
    edited = h.emu.messages[int(announcement["id"])]
    assert f"<t:{new}:F>" in edited["embeds"][0]["description"]
    assert labels(edited) == ["Going (1)", "Maybe (0)", "Can't (0)"]
    [dm] = h.emu.dm_messages(h.bob.id)
    assert f"<t:{new}:F>" in dm["content"]


async def test_reschedule_refusals(harness: Harness) -> None:
    h = harness
    await scheduled(h)
    other = await h.slash(h.bob, "live reschedule", {"live": 1, "when": "2026-12-05 20:00"})
    assert other.ephemeral and "hosts and LIVE moderators" in other.text
    missing = await h.slash(h.mod, "live reschedule", {"live": 7, "when": "2026-12-05 20:00"})
    assert missing.ephemeral and "no LIVE #7" in missing.text
    past = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-11-01 20:00"})
    assert past.ephemeral and "already passed" in past.text
    assert lives(h)[0]["starts_at"] == int(datetime(2026, 12, 3, 19, 0, tzinfo=UTC).timestamp())


@pytest.mark.parametrize(
    ("cancel_delay", "slow"),
    [
        (0.0, None),
        (0.01, None),
        (-0.01, None),
        # Discord answers the first event call with a 429: the other press lands while
        # the first one is between its database change and its Discord calls.
        (0.1, "PATCH"),
        (-0.1, "DELETE"),
    ],
)
async def test_cancel_racing_reschedule_leaves_discord_agreeing_with_the_database(
    harness: Harness, cancel_delay: float, slow: str | None
) -> None:
    """Confirm a reschedule and a cancel of one LIVE at about the same moment.

    Whichever wins, the event, the announcement and the Going member's last DM say what
    the database says. A negative delay starts the cancel first.
    """
    h = harness
    announcement = await scheduled(h)
    await h.click(h.bob, announcement, rsvp_id(announcement, "going"))
    move = await h.slash(h.mod, "live reschedule", {"live": 1, "when": "2026-12-04 21:00"})
    ask = await h.slash(h.mod, "live cancel", {"live": 1})
    if slow is not None:
        h.emu.fail_next(slow, r"scheduled-events/\d+", retry_after=0.4)

    async def after(delay: float, coro: Any) -> Any:
        await asyncio.sleep(delay)
        return await coro

    await asyncio.gather(
        after(max(0.0, -cancel_delay), h.click(h.mod, move.message, button_id(move, "confirm"))),
        after(max(0.0, cancel_delay), h.click(h.mod, ask.message, button_id(ask, "confirm"))),
    )
    [row] = lives(h)
    active = [e for e in h.emu.scheduled_events(h.guild.id) if e["status"] in (1, 2)]
    edited = h.emu.messages[int(announcement["id"])]
    last_dm = h.emu.dm_messages(h.bob.id)[-1]["content"]
    if row["status"] == "cancelled":
        assert active == []
        assert edited["embeds"][0]["title"].startswith("CANCELLED")
        assert "cancelled" in last_dm
    else:
        new = int(datetime(2026, 12, 4, 20, 0, tzinfo=UTC).timestamp())
        assert row["status"] == "scheduled" and row["starts_at"] == new
        assert len(active) == 1 and active[0]["id"] == str(row["event_id"])
        assert not edited["embeds"][0]["title"].startswith("CANCELLED")
        assert f"<t:{new}:F>" in last_dm
