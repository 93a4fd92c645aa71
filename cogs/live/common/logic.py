"""Pure pieces every room of /live shares: a LIVE not yet saved, links, the event location.

No discord, no clock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from storage.live import NewLive

LOCATION_MAX = 100


@dataclass(frozen=True)
class Draft:
    """A LIVE not yet saved (or a new time for a saved one, when ``live_id`` is set)."""

    guild_id: int
    scheduler_id: int
    title: str
    description: str | None
    starts_at: datetime
    duration: timedelta
    host_ids: tuple[int, ...]
    channel_id: int | None  # the command's override; None = the server's LIVE channel
    understood: str | None = None  # how the typed time was read
    live_id: int | None = None
    reminder_offsets: tuple[int, ...] | None = None  # minutes before; None = server defaults
    # where the command was run, when the bot may post there: the announcement goes there
    # if neither the command nor the server names a LIVE channel
    fallback_channel_id: int | None = None
    zone_note: str | None = None  # whose timezone the typed time was read in, when not yours
    zone: str | None = None  # the zone the time was read in (a series keeps its wall time there)
    repeat: str | None = None  # "weekly" or "biweekly": a recurring show
    count: int | None = None  # occurrences of the series, the first included
    until: date | None = None  # or: the last day an occurrence may fall on (in ``zone``)
    alternate_starts_at: datetime | None = None  # the first occurrence of the second slot
    guest_slots: int = 0
    scheduler_locale: str | None = None  # the language the bot speaks with the scheduler


def new_live(draft: Draft, starts_at: datetime, channel_id: int | None) -> NewLive:
    """The LIVE a confirmed draft saves, starting at ``starts_at`` (one show of a series)."""
    return NewLive(
        guild_id=draft.guild_id,
        title=draft.title,
        description=draft.description,
        starts_at=starts_at,
        duration=draft.duration,
        host_ids=draft.host_ids,
        channel_id=channel_id,
        created_by_user_id=draft.scheduler_id,
        reminder_offsets=draft.reminder_offsets,
        guest_slots=draft.guest_slots,
    )


def location(names: Sequence[str]) -> str:
    """``TikTok LIVE · @a, @b`` cut to Discord's 100 characters (ending in …)."""
    text = "TikTok LIVE" + (" · " + ", ".join(names) if names else "")
    if len(text) <= LOCATION_MAX:
        return text
    return text[: LOCATION_MAX - 1].rstrip(" ,") + "…"


def mentions(user_ids: Sequence[int]) -> str:
    return ", ".join(f"<@{user_id}>" for user_id in user_ids)


def message_url(guild_id: int, channel_id: int, message_id: int) -> str:
    return f"https://discord.com/channels/{guild_id}/{channel_id}/{message_id}"


def event_url(guild_id: int, event_id: int) -> str:
    return f"https://discord.com/events/{guild_id}/{event_id}"
