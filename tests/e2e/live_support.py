"""Helpers shared by the /live end-to-end tests (seeding members, settings, windows)."""

from __future__ import annotations

from datetime import time
from typing import Any

from sandbox.emulator import InteractionResult
from storage.availability import AvailabilityRepository
from storage.guilds import GuildRepository
from storage.members import MemberRepository
from tests.support.harness import Harness

ALL_WEEK = frozenset(range(7))


async def set_zone(h: Harness, member: Any, zone: str, handle: str | None = None) -> None:
    values: dict[str, Any] = {"timezone": zone}
    if handle:
        values["tiktok_handle"] = handle
    await MemberRepository(h.db).update(h.guild.id, member.id, h.clock.now(), **values)


async def set_channel(h: Harness, channel_id: int | None) -> None:
    await GuildRepository(h.db).update(h.guild.id, h.clock.now(), live_channel_id=channel_id)


async def set_windows(h: Harness, member: Any, start: time, end: time) -> None:
    await AvailabilityRepository(h.db).replace(
        h.guild.id, member.id, [(ALL_WEEK, start, end)], h.clock.now()
    )


def button_id(result: InteractionResult, action: str) -> str:
    for button in result.buttons:
        if str(button.get("custom_id", "")).endswith(f":{action}"):
            return str(button["custom_id"])
    raise AssertionError(f"no {action} button in {result.buttons}")


def lives(h: Harness) -> list[dict[str, Any]]:
    return h.rows("SELECT * FROM lives ORDER BY id")
