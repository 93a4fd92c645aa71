"""Who may run what, generated from the synced command tree.

Every leaf command is in ``MATRIX``; a new command missing from it fails the test, so it
cannot be forgotten. Each command that changes shared state, run by a plain member (the
payload forged past Discord's own permission check), is refused with nothing changed;
run by a member with the right permission it is accepted.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.support.commands import leaves, snapshot
from tests.support.harness import Harness

OWN = "own"  # the member's own data, or a read: any member
MANAGER = "manager"  # Manage Server
MODERATOR = "moderator"  # Manage Events or the LIVE moderator role (or a host of the LIVE)

MATRIX: dict[str, str] = {
    "about": OWN,
    "availability clear": OWN,
    "availability set": OWN,
    "availability show": OWN,
    "benchmark lookup": OWN,
    "benchmark sets": OWN,
    "benchmark table": OWN,
    "benchmark use": MANAGER,
    "config calendar": MANAGER,
    "config channel": MANAGER,
    "config language": MANAGER,
    "config modrole": MANAGER,
    "config reminders": MANAGER,
    "config show": MANAGER,
    "config timezone": MANAGER,
    "er followers": OWN,
    "er history": OWN,
    "er views": OWN,
    "live announce": MODERATOR,
    "live calendar": OWN,
    "live cancel": MODERATOR,
    "live checklist": OWN,  # the member's own ticks
    "live guests": OWN,  # a read; its remove option is for hosts and LIVE moderators
    "live info": OWN,
    "live list": OWN,
    "live report": OWN,  # the member's own figures of a LIVE
    "live reschedule": MODERATOR,
    "live schedule": MODERATOR,
    "live stats": OWN,  # a read (the server view is for LIVE moderators)
    "live suggest": MODERATOR,
    "post list": OWN,
    "post log": OWN,
    "post remove": OWN,
    "privacy delete": OWN,
    "privacy export": OWN,
    "profile set": OWN,
    "profile show": OWN,
    "streak goal": OWN,
    "streak leaderboard": OWN,
    "streak show": OWN,
    "tiktok connect": OWN,  # the member's own TikTok account, for everything under /tiktok
    "tiktok disconnect": OWN,
    "tiktok status": OWN,
    "tiktok sync": OWN,
    "timezone set": OWN,
    "timezone show": OWN,
}

# Valid options for each shared-state command ("CHANNEL", "HOST" filled in per test).
OPTIONS: dict[str, dict[str, Any]] = {
    "benchmark use": {"set": "modash-2025"},
    "config calendar": {},
    "config channel": {"kind": "live", "channel": "CHANNEL"},
    "config language": {"language": "no"},
    "config modrole": {},
    "config reminders": {"offsets": "2h"},
    "config show": {},
    "config timezone": {"timezone": "Europe/Oslo"},
    "live announce": {"live": 1},
    "live cancel": {"live": 1},
    "live reschedule": {"live": 1, "when": "2026-12-04 20:00"},
    "live schedule": {"title": "Q&A", "when": "2026-12-03 20:00"},
    "live suggest": {"host1": "HOST"},
}
REFUSALS = (
    "Only server managers",
    "Only members with the Manage Server permission",
    "needs the Manage Events permission",
    "hosts and LIVE moderators",
    "You need the Manage Server permission",
)


async def test_every_command_is_in_the_matrix(harness: Harness) -> None:
    synced = {leaf.path for leaf in leaves(harness.emu.commands())}
    assert synced - set(MATRIX) == set(), "add these commands to MATRIX"
    assert set(MATRIX) - synced == set(), "MATRIX names commands that no longer exist"
    shared = {path for path, who in MATRIX.items() if who != OWN}
    assert shared == set(OPTIONS)


async def a_live_hosted_by_bob(h: Harness) -> None:
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod, "live schedule", {"title": "Duet", "when": "2026-12-03 20:00", "host1": h.bob.id}
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))


def filled(h: Harness, command: str) -> dict[str, Any]:
    values = {"CHANNEL": h.channel.id, "HOST": h.bob.id}
    return {k: values.get(v, v) if isinstance(v, str) else v for k, v in OPTIONS[command].items()}


@pytest.mark.parametrize("command", sorted(OPTIONS))
async def test_shared_state_commands_refuse_a_plain_member(harness: Harness, command: str) -> None:
    h = harness
    await a_live_hosted_by_bob(h)
    before = snapshot(h)
    result = await h.slash(h.alice, command, filled(h, command), allow_invalid=True)
    assert result.ephemeral
    assert any(refusal in result.text for refusal in REFUSALS), result.text
    assert not result.buttons
    assert snapshot(h) == before


@pytest.mark.parametrize("command", sorted(OPTIONS))
async def test_shared_state_commands_accept_the_right_permission(
    harness: Harness, command: str
) -> None:
    h = harness
    await a_live_hosted_by_bob(h)
    result = await h.slash(h.mod, command, filled(h, command))
    assert result.text
    assert not any(refusal in result.text for refusal in REFUSALS), result.text
