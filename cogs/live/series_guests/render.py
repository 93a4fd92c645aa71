"""Texts of a series in a reply: one line per show, with its week (so a week without a
show stands out) and each host's local time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from discord.utils import format_dt

from cogs.live.series_guests.recurrence import Occurrence

if TYPE_CHECKING:
    from bot.i18n import Messages


def series_lines(
    t: Messages,
    found: Sequence[Occurrence],
    zones: dict[int, str],
    shifts: dict[int, list[int]],
    *,
    window: int,
) -> list[str]:
    """One line per occurrence with its week and each host's local time; DST moves and gap
    moves said."""
    lines = []
    for occurrence in found:
        hosts = " · ".join(
            t(
                "live-slot-host",
                host=f"<@{user}>",
                weekday=t.weekday(occurrence.starts_at.astimezone(ZoneInfo(zone)), "short"),
                time=t.time(occurrence.starts_at.astimezone(ZoneInfo(zone))),
            )
            for user, zone in zones.items()
        )
        week = t("live-series-week", monday=t.skeleton(occurrence.week, "MMMd"))
        line = f"{occurrence.index + 1}. {week} · {format_dt(occurrence.starts_at, 'F')}"
        if hosts:
            line += f" — {hosts}"
        if occurrence.moved_to is not None:
            line += " " + t("live-series-moved", time=t.time(occurrence.moved_to))
        if occurrence.index in shifts:
            moved = ", ".join(f"<@{user}>" for user in shifts[occurrence.index])
            line += " " + t("live-series-dst", hosts=moved)
        lines.append(line)
    if len(found) > window:
        lines.append(t("live-series-events", window=window))
    return lines
