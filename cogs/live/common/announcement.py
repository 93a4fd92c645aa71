"""A LIVE's announcement as members see it: the card and the buttons under it.

Built from what is passed in (the RSVP counts, the guests); ``public.PublicSide`` reads
them and posts or edits the message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.replies import embed
from bot.text import shown
from cogs.live.common.logic import mentions
from cogs.live.common.views import CalendarButton, GuestButton, RsvpButton
from storage.live import RSVP_CHOICES, Guests, Live, Rsvp

if TYPE_CHECKING:
    from bot.i18n import Messages


def announcement_embed(
    t: Messages, live: Live, counts: dict[Rsvp, int], guests: Guests | None = None
) -> discord.Embed:
    cancelled = live.status == "cancelled"
    ended = live.status == "ended"
    title_key = (
        "live-announce-cancelled-title"
        if cancelled
        else "live-announce-ended-title"
        if ended
        else "live-announce-title"
    )
    title = t(title_key, title=shown(live.title))
    lines = [
        t(
            "live-announce-when",
            full=format_dt(live.starts_at, "F"),
            relative=format_dt(live.starts_at, "R"),
            minutes=int(live.duration.total_seconds() // 60),
        ),
        t("live-announce-hosts", hosts=mentions(live.host_ids) or t("live-host-left")),
    ]
    if live.description:
        lines += ["", live.description]
    if cancelled:
        lines = [t("live-announce-cancelled"), "", *lines]
    elif ended:
        lines = [t("live-announce-ended"), "", *lines]
    card = embed(title, "\n".join(lines))
    card.add_field(
        name=t("live-announce-rsvps"),
        value=t(
            "live-announce-counts",
            going=counts["going"],
            maybe=counts["maybe"],
            cant=counts["cant"],
        ),
    )
    if live.guest_slots:
        name, value = guests_field(t, live, guests or Guests((), ()))
        card.add_field(name=name, value=value, inline=False)
    card.set_footer(text=t("live-announce-footer", number=live.number))
    return card


def guests_field(t: Messages, live: Live, signed: Guests) -> tuple[str, str]:
    """(name, value) of the field of guests and the waitlist (the announcement's, /live info's)."""
    names = mentions(list(signed.guests)) or t("live-guests-none")
    value = t("live-guests-value", guests=names, waiting=len(signed.waiting))
    return t("live-guests-title", taken=len(signed.guests), slots=live.guest_slots), value[:1024]


def announcement_view(
    t: Messages, live: Live, counts: dict[Rsvp, int], guests: Guests | None = None
) -> discord.ui.View:
    view = discord.ui.View(timeout=None)
    closed = live.status != "scheduled"
    for choice in RSVP_CHOICES:
        label = t(f"live-rsvp-{choice}", count=counts[choice])
        view.add_item(RsvpButton(live.id, choice, label=label, disabled=closed))
    if live.guest_slots:
        taken = len(guests.guests) if guests is not None else 0
        label = t("live-guest-join", taken=taken, slots=live.guest_slots)
        view.add_item(GuestButton(live.id, label=label, disabled=closed))
    if not closed:
        view.add_item(CalendarButton(live.id, label=t("live-calendar-button")))
    return view
