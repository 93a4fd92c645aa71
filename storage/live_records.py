"""Group LIVEs as the repositories hand them out: a LIVE with its hosts, what a moderator
confirmed, a series, a LIVE's guests and waitlist."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

Status = Literal["scheduled", "cancelled", "ended"]
Rsvp = Literal["going", "maybe", "cant"]
RSVP_CHOICES: tuple[Rsvp, ...] = ("going", "maybe", "cant")
MAX_DURATION_SECONDS = 720 * 60  # the schema's longest LIVE
LIVE_COLUMNS = (
    "id, guild_id, number, title, description, starts_at, duration_minutes, status, "
    "channel_id, announcement_message_id, event_id, series_id, created_by_user_id, "
    "created_at, updated_at, reminder_offsets, series_position, guest_slots"
)


@dataclass(frozen=True)
class Live:
    id: int
    guild_id: int
    number: int
    title: str
    description: str | None
    starts_at: datetime
    duration: timedelta
    status: Status
    channel_id: int | None
    announcement_message_id: int | None
    event_id: int | None
    series_id: int | None
    created_by_user_id: int | None
    created_at: datetime
    updated_at: datetime
    host_ids: tuple[int, ...]
    reminder_offsets: tuple[int, ...] | None = None  # minutes; None = the server's defaults
    series_position: int | None = None  # 1-based within its series
    guest_slots: int = 0

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + self.duration


@dataclass(frozen=True)
class LiveChoice:
    """What an autocomplete shows of a LIVE (``LiveReads.search``): no hosts to read."""

    number: int
    title: str
    starts_at: datetime
    status: Status


@dataclass(frozen=True)
class NewLive:
    """What a scheduler confirmed; the repository adds the number and the stamps."""

    guild_id: int
    title: str
    description: str | None
    starts_at: datetime
    duration: timedelta
    host_ids: tuple[int, ...]
    channel_id: int | None
    created_by_user_id: int | None
    series_id: int | None = None
    reminder_offsets: tuple[int, ...] | None = None  # minutes; None = the server's defaults
    guest_slots: int = 0


@dataclass(frozen=True)
class NewSeries:
    guild_id: int
    interval_weeks: int
    zone: str
    alternating: bool
    created_by_user_id: int | None


@dataclass(frozen=True)
class Guests:
    """A LIVE's guests (in sign-up order, at most its slots) and who waits, in order."""

    guests: tuple[int, ...]
    waiting: tuple[int, ...]


def offsets_json(offsets: Sequence[int] | None) -> str | None:
    return None if offsets is None else json.dumps(list(offsets))


def offsets_from_json(value: str | None) -> tuple[int, ...] | None:
    return None if value is None else tuple(int(m) for m in json.loads(value))
