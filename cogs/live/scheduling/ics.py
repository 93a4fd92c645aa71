"""LIVEs as an iCalendar file (RFC 5545), built with the icalendar library.

Each LIVE keeps one UID for its whole life (``live-<server>-<id>@creatorpulse``), so
importing a newer file updates the calendar entry instead of adding a second one; a
cancelled LIVE is exported with STATUS:CANCELLED so calendars drop it. Each event's DTSTAMP
is when the LIVE last changed (RFC 5545 for a calendar without METHOD), so the same LIVEs
always make the same file. Every file holds the UTC time zone (every time in it is UTC):
RFC 5545 wants a calendar to hold at least one component, and strict calendar apps refuse
an empty one, such as the feed of a server without LIVEs.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from cogs.live.common.logic import message_url
from storage.live import Live

PRODUCT = "-//CreatorPulse//LIVE calendar//EN"
EPOCH = datetime(1970, 1, 1)  # noqa: DTZ001 - a VTIMEZONE's onsets are local times


def uid(live: Live) -> str:
    return f"live-{live.guild_id}-{live.id}@creatorpulse"


def calendar_file(
    lives: Sequence[Live],
    *,
    default_offsets: Sequence[int],
    name: str,
    description: str | None = None,
) -> bytes:
    """The LIVEs as one ``.ics`` file: each links to its announcement, when there is one,
    and alarms at its last reminder (the server's ``default_offsets`` when it has none).
    ``description``: what the calendar says of itself (RFC 7986 and X-WR-CALDESC)."""
    # Imported here: most processes never build a calendar, and it is memory kept for good.
    from icalendar import Alarm, Calendar, Event, Timezone, TimezoneStandard

    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name[:100])
    if description:
        calendar.add("description", description)
        calendar.add("x-wr-caldesc", description)
    utc = Timezone()
    utc.add("tzid", "UTC")
    standard = TimezoneStandard()
    standard.add("dtstart", EPOCH)
    standard.add("tzoffsetfrom", timedelta(0))
    standard.add("tzoffsetto", timedelta(0))
    standard.add("tzname", "UTC")
    utc.add_component(standard)
    calendar.add_component(utc)
    for live in lives:
        event = Event()
        event.add("uid", uid(live))
        event.add("dtstamp", live.updated_at)
        event.add("last-modified", live.updated_at)
        event.add("dtstart", live.starts_at)
        event.add("dtend", live.ends_at)
        event.add("summary", live.title)
        link = (
            message_url(live.guild_id, live.channel_id, live.announcement_message_id)
            if live.channel_id is not None and live.announcement_message_id is not None
            else None
        )
        description = "\n\n".join(filter(None, [live.description, link]))
        if description:
            event.add("description", description)
        if link:
            event.add("url", link)
        event.add("status", "CANCELLED" if live.status == "cancelled" else "CONFIRMED")
        minutes = min(live.reminder_offsets or default_offsets or [0])
        if minutes:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", live.title)
            alarm.add("trigger", -timedelta(minutes=minutes))
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
