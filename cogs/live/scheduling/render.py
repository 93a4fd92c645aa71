"""Texts and embeds of the scheduling replies (previews, slots, list, info)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.replies import embed
from bot.text import shown
from bot.timezones import format_offset
from cogs.live.common.announcement import guests_field
from cogs.live.common.logic import Draft, event_url, message_url
from cogs.live.scheduling.logic import NIGHT_END, NIGHT_START, HostContext, LiveWarning
from cogs.live.scheduling.slots import Slot, SlotSearch
from storage.deliveries import Delivery
from storage.live import Guests, Live, Rsvp

if TYPE_CHECKING:
    from bot.i18n import Messages


def local_moment(t: Messages, moment: datetime, zone: str) -> str:
    """``Thursday, Dec 3, 2026, 20:00 (Europe/Oslo)`` in the reader's language."""
    local = moment.astimezone(ZoneInfo(zone))
    return t(
        "live-local-time",
        weekday=t.weekday(local),
        date=t.date(local),
        time=t.time(local),
        zone=zone,
    )


def understood(t: Messages, local: datetime, zone: str) -> str:
    """How a typed time was read, in the reader's words: ``local_moment``, with the UTC
    offset when that wall time happens twice (the clocks go back)."""
    text = local_moment(t, local, zone)
    if local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset():
        text += f" ({format_offset(local.utcoffset() or timedelta(0))})"
    return text


def wall_text(t: Messages, wall: datetime) -> str:
    """A wall time (naive, or read in its own zone) in the reader's words: ``Oct 25, 2026
    2:30 AM``, ``25. okt. 2026 02:30``."""
    return f"{t.date(wall)} {t.time(wall)}"


def host_lines(t: Messages, moment: datetime, hosts: Sequence[HostContext]) -> str:
    if not hosts:  # every host deleted their data: the LIVE stays, moderators may change it
        return t("live-host-left")
    lines = []
    for host in hosts:
        when = local_moment(t, moment, host.zone) if host.zone else t("live-host-no-timezone")
        lines.append(t("live-host-line", host=f"<@{host.user_id}>", when=when))
    return "\n".join(lines)


def warning_line(t: Messages, warning: LiveWarning) -> str:
    if warning.kind == "outside":
        return t("live-warn-outside", host=f"<@{warning.user_id}>")
    if warning.kind == "night":
        assert warning.local is not None
        return t(
            "live-warn-night",
            host=f"<@{warning.user_id}>",
            time=t.time(warning.local),
            minutes=int(warning.night.total_seconds() // 60),
            night_start=t.time(NIGHT_START),
            night_end=t.time(NIGHT_END),
        )
    if warning.kind == "clash":
        assert warning.clash is not None
        return t(
            "live-warn-clash",
            hosts=", ".join(f"<@{user}>" for user in warning.clash.host_ids),
            number=warning.clash.number,
            title=shown(warning.clash.title),
            when=format_dt(warning.clash.starts_at, "F"),
        )
    return t("live-warn-soon")


def preview_embed(
    t: Messages,
    draft: Draft,
    hosts: Sequence[HostContext],
    warnings: Sequence[LiveWarning],
    channel_id: int | None,
    *,
    old_start: datetime | None = None,
    minutes_to_expire: int,
    reminders: Sequence[str] = (),
    series: Sequence[str] = (),
    language: str | None = None,
) -> discord.Embed:
    """The preview of a LIVE (or of its new time); ``language``: the line saying which
    language its announcement will be posted in."""
    minutes = int(draft.duration.total_seconds() // 60)
    if draft.live_id is None:
        title = t("live-preview-title", title=shown(draft.title))
    else:
        title = t("live-preview-reschedule-title", title=shown(draft.title))
    lines = [
        t(
            "live-preview-when",
            full=format_dt(draft.starts_at, "F"),
            relative=format_dt(draft.starts_at, "R"),
            minutes=minutes,
        )
    ]
    if old_start is not None:
        lines.append(t("live-preview-was", full=format_dt(old_start, "F")))
    if draft.understood:
        lines.append(t("live-preview-understood", understood=draft.understood))
    if draft.zone_note:
        lines.append(draft.zone_note)
    card = embed(title, "\n".join(lines))
    card.add_field(
        name=t("live-preview-hosts"),
        value=host_lines(t, draft.starts_at, hosts)[:1024],
        inline=False,
    )
    if warnings:
        text = "\n".join(f"⚠️ {warning_line(t, w)}" for w in warnings)
        card.add_field(name=t("live-preview-warnings"), value=text[:1024], inline=False)
    if draft.live_id is None:
        where = (
            t("live-preview-channel", channel=f"<#{channel_id}>")
            if channel_id is not None
            else t("live-preview-here", channel=f"<#{draft.fallback_channel_id}>")
            if draft.fallback_channel_id is not None
            else t("live-preview-no-channel")
        )
        if language and (channel_id is not None or draft.fallback_channel_id is not None):
            where += "\n" + language
        card.add_field(name=t("live-preview-announcement"), value=where, inline=False)
    if reminders:
        card.add_field(
            name=t("live-preview-reminders"), value="\n".join(reminders)[:1024], inline=False
        )
    for index, chunk in enumerate(chunk_lines(series, 1024)):
        name = t("live-preview-series") if index == 0 else "\u200b"
        card.add_field(name=name, value=chunk, inline=False)
    card.set_footer(text=t("live-preview-footer", minutes=minutes_to_expire))
    return card


def slot_line(t: Messages, index: int, slot: Slot, zones: dict[int, str]) -> str:
    hosts = " · ".join(
        t(
            "live-slot-host",
            host=f"<@{user}>",
            weekday=t.weekday(slot.start.astimezone(ZoneInfo(zones[user])), "short"),
            time=t.time(slot.start.astimezone(ZoneInfo(zones[user]))),
        )
        for user in slot.available
        if user in zones
    )
    line = t(
        "live-slot-line",
        n=index + 1,
        full=format_dt(slot.start, "F"),
        relative=format_dt(slot.start, "R"),
    )
    line += f"\n{hosts}" if hosts else ""
    if slot.missing:
        missing = " · ".join(
            t(
                "live-slot-host",
                host=f"<@{user}>",
                weekday=t.weekday(slot.start.astimezone(ZoneInfo(zones[user])), "short"),
                time=t.time(slot.start.astimezone(ZoneInfo(zones[user]))),
            )
            if user in zones
            else f"<@{user}>"
            for user in slot.missing
        )
        line += "\n" + t("live-slot-missing", hosts=missing)
    if slot.edge_hosts:
        line += "\n" + t("live-slot-edge", hosts=" · ".join(f"<@{u}>" for u in slot.edge_hosts))
    return line


def suggestion_embed(
    t: Messages,
    search: SlotSearch,
    zones: dict[int, str],
    minutes: int,
    days: int,
    turns: Mapping[int, int] | None = None,
) -> tuple[discord.Embed, list[Slot]]:
    """The reply to /live suggest, and the slots its buttons stand for; ``turns``: how often
    each host was at the edge of their free time in the group's other LIVEs, said when
    any was (the slots take turns)."""
    slots = search.common or search.partial
    if search.common:
        header = t("live-suggest-found", count=len(slots), minutes=minutes, days=days)
    elif slots:
        header = t("live-suggest-none-common", minutes=minutes, days=days)
    else:
        header = t("live-suggest-nothing", minutes=minutes, days=days)
    parts = [header, *(slot_line(t, i, s, zones) for i, s in enumerate(slots))]
    if not search.common and search.overlap is not None:
        start, end = search.overlap
        parts.append(
            t(
                "live-suggest-overlap",
                minutes=int((end - start).total_seconds() // 60),
                full=format_dt(start, "F"),
                until=format_dt(end, "t"),
            )
        )
    if slots and turns and any(turns.values()):
        listed = [u for u in zones if u not in search.unknown]
        counts = t.join(
            t("live-suggest-turn", host=f"<@{u}>", count=turns.get(u, 0)) for u in listed
        )
        parts.append(t("live-suggest-turns", counts=counts))
    if search.unknown:
        parts.append(t("live-suggest-unknown", hosts=", ".join(f"<@{u}>" for u in search.unknown)))
    card = embed(t("live-suggest-title"), "\n\n".join(parts)[:4096])
    if slots:
        card.set_footer(text=t("live-suggest-footer"))
    return card, slots


def info_embed(
    t: Messages,
    live: Live,
    contexts: Sequence[HostContext],
    counts: dict[Rsvp, int],
    going: list[int],
    guests: Guests | None = None,
    shows: Sequence[Live] = (),
) -> discord.Embed:
    """/live info: when, hosts in their time, RSVPs, links; the guests when the LIVE takes
    some, and the shows of its series."""
    status = t(f"live-status-{live.status}")
    card = embed(
        t("live-info-title", number=live.number, title=shown(live.title)),
        t(
            "live-info-when",
            full=format_dt(live.starts_at, "F"),
            relative=format_dt(live.starts_at, "R"),
            minutes=int(live.duration.total_seconds() // 60),
            status=status,
        )
        + (f"\n\n{live.description}" if live.description else ""),
    )
    card.add_field(
        name=t("live-preview-hosts"),
        value=host_lines(t, live.starts_at, contexts)[:1024],
        inline=False,
    )
    rsvps = t(
        "live-announce-counts",
        going=counts["going"],
        maybe=counts["maybe"],
        cant=counts["cant"],
    )
    if going:
        rsvps += "\n" + t("live-info-going", names=", ".join(f"<@{u}>" for u in going[:40]))
    card.add_field(name=t("live-announce-rsvps"), value=rsvps[:1024], inline=False)
    links = []
    if live.event_id is not None and live.status == "scheduled":  # a cancelled LIVE's event is gone
        links.append(t("live-info-event", url=event_url(live.guild_id, live.event_id)))
    if live.channel_id is not None and live.announcement_message_id is not None:
        links.append(
            t(
                "live-info-announcement",
                url=message_url(live.guild_id, live.channel_id, live.announcement_message_id),
            )
        )
    card.add_field(
        name=t("live-info-links"),
        value="\n".join(links) or t("live-info-no-links"),
        inline=False,
    )
    if guests is not None:
        name, value = guests_field(t, live, guests)
        card.add_field(name=name, value=value, inline=False)
    if shows:
        lines = [
            ("▶ " if show.id == live.id else "")
            + f"#{show.number} {format_dt(show.starts_at, 'f')} · {t(f'live-status-{show.status}')}"
            for show in shows
        ]
        card.add_field(
            name=t("live-info-series", position=live.series_position or 0, count=len(shows)),
            value="\n".join(lines)[:1024],
            inline=False,
        )
    return card


def add_undelivered(t: Messages, card: discord.Embed, failed: Sequence[Delivery]) -> None:
    """For moderators in /live info: what the bot could not deliver, and why."""
    reasons = {
        "channel: missing-access": t("live-info-undelivered-missing-access"),
        "channel: channel-gone": t("live-info-undelivered-channel-gone"),
    }
    lines = [
        t(
            "live-info-undelivered-line",
            when=format_dt(d.due_at, "f"),
            reason=reasons.get(d.note or "", discord.utils.escape_markdown(d.note or "?")),
        )
        for d in failed
    ]
    if lines:
        card.add_field(name=t("live-info-undelivered"), value="\n".join(lines)[:1024], inline=False)


def list_embed(
    t: Messages, lives: Sequence[Live], page: int, pages: int, total: int
) -> discord.Embed:
    if not lives:
        body = t("live-list-empty")
    else:
        body = "\n".join(
            t(
                "live-list-line",
                number=live.number,
                title=shown(live.title),
                full=format_dt(live.starts_at, "F"),
                relative=format_dt(live.starts_at, "R"),
                hosts=", ".join(f"<@{u}>" for u in live.host_ids),
            )
            for live in lives
        )
    card = embed(t("live-list-title"), body)
    if pages > 1:
        card.set_footer(text=t("live-list-page", page=page + 1, pages=pages, total=total))
    return card


def chunk_lines(lines: Sequence[str], limit: int) -> list[str]:
    """``lines`` joined into as few texts of at most ``limit`` characters as they fit in."""
    chunks: list[str] = []
    current = ""
    for line in lines:
        line = line[:limit]
        if current and len(current) + 1 + len(line) > limit:
            chunks.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    if current:
        chunks.append(current)
    return chunks
