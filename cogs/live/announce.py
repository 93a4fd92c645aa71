"""The public side of a LIVE: the announcement message and the Discord scheduled event.

Every call to Discord here is allowed to fail: the LIVE is saved either way, and the
failure comes back as a catalog key saying what could not be done and how to fix it.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.replies import embed
from cogs.live.logic import location
from cogs.live.views import rsvp_view
from storage.live import Guests, Live, LiveRepository, Rsvp

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)
EVENT_CAP_CODE = 30038


def mentions(user_ids: tuple[int, ...] | list[int]) -> str:
    return ", ".join(f"<@{user_id}>" for user_id in user_ids)


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
    title = t(title_key, title=live.title)
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
        signed = guests or Guests((), ())
        names = mentions(list(signed.guests)) or t("live-guests-none")
        value = t("live-guests-value", guests=names, waiting=len(signed.waiting))
        card.add_field(
            name=t("live-guests-title", taken=len(signed.guests), slots=live.guest_slots),
            value=value[:1024],
            inline=False,
        )
    card.set_footer(text=t("live-announce-footer", number=live.number))
    return card


async def guests_of(bot: CreatorBot, live: Live) -> Guests | None:
    if not live.guest_slots:
        return None
    return await LiveRepository(bot.db).guests(live.guild_id, live)


async def event_location(
    bot: CreatorBot, guild: discord.Guild | None, live: Live, handles: dict[int, str]
) -> str:
    """The event's location: TikTok handles where known, else display names."""
    names = []
    for user_id in live.host_ids:
        if user_id in handles:
            names.append(f"@{handles[user_id]}")
            continue
        user: discord.abc.User | None = guild.get_member(user_id) if guild is not None else None
        if user is None and guild is not None:
            try:
                user = await guild.fetch_member(user_id)
            except discord.HTTPException:
                user = bot.get_user(user_id)
        names.append(user.display_name if user is not None else str(user_id))
    return location(names)


@dataclass
class Outcome:
    """What a ``calling_discord`` block ended with: a problem key, or None when all went well."""

    problem: str | None = None


@contextlib.contextmanager
def calling_discord(
    doing: str,
    live: Live,
    failed: str,
    known: Mapping[type[discord.HTTPException], str | None],
    codes: Mapping[int, str] | None = None,
) -> Iterator[Outcome]:
    """Turn Discord's refusal inside the block into a problem key instead of an error.

    ``known`` maps an exception class (checked in order) to its key, ``None`` meaning
    "fine as it is"; ``codes`` maps Discord JSON error codes to keys; anything else is
    logged and becomes ``failed``.
    """
    outcome = Outcome()
    try:
        yield outcome
    except discord.HTTPException as exc:
        for kind, key in known.items():
            if isinstance(exc, kind):
                outcome.problem = key
                return
        if codes and exc.code in codes:
            outcome.problem = codes[exc.code]
            return
        log.warning("could not %s of LIVE %s: %s", doing, live.id, exc)
        outcome.problem = failed


async def create_event(
    guild: discord.Guild, live: Live, place: str
) -> tuple[int | None, str | None]:
    """(event id, None) or (None, problem key)."""
    with calling_discord(
        "create the scheduled event",
        live,
        "live-problem-event-failed",
        {discord.Forbidden: "live-problem-event-forbidden"},
        {EVENT_CAP_CODE: "live-problem-event-cap"},
    ) as outcome:
        event = await guild.create_scheduled_event(
            name=live.title,
            description=live.description or discord.utils.MISSING,
            start_time=live.starts_at,
            end_time=live.ends_at,
            entity_type=discord.EntityType.external,
            privacy_level=discord.PrivacyLevel.guild_only,
            location=place,
        )
        return event.id, None
    return None, outcome.problem


async def _event(guild: discord.Guild, event_id: int) -> discord.ScheduledEvent:
    found = guild.get_scheduled_event(event_id)
    return found if found is not None else await guild.fetch_scheduled_event(event_id)


_EVENT_PROBLEMS: dict[type[discord.HTTPException], str | None] = {
    discord.NotFound: "live-problem-event-gone",
    discord.Forbidden: "live-problem-event-forbidden",
}


async def update_event(guild: discord.Guild, live: Live, place: str) -> str | None:
    """Move the event to the LIVE's time; a problem key on failure."""
    if live.event_id is None:
        return "live-problem-no-event"
    with calling_discord(
        "update the scheduled event", live, "live-problem-event-failed", _EVENT_PROBLEMS
    ) as outcome:
        event = await _event(guild, live.event_id)
        await event.edit(
            name=live.title,
            start_time=live.starts_at,
            end_time=live.ends_at,
            location=place,
        )
    return outcome.problem


async def delete_event(guild: discord.Guild, live: Live) -> str | None:
    if live.event_id is None:
        return None
    with calling_discord(
        "delete the scheduled event",
        live,
        "live-problem-event-failed",
        _EVENT_PROBLEMS | {discord.NotFound: None},  # already gone: what we wanted
    ) as outcome:
        event = await _event(guild, live.event_id)
        await event.delete()
    return outcome.problem


async def post_announcement(
    bot: CreatorBot, t: Messages, live: Live, channel_id: int, counts: dict[Rsvp, int]
) -> tuple[int | None, str | None]:
    """(message id, None) or (None, problem key)."""
    channel = bot.get_partial_messageable(channel_id, guild_id=live.guild_id)
    with calling_discord(
        "post the announcement",
        live,
        "live-problem-announce-failed",
        {
            discord.NotFound: "live-problem-channel-gone",
            discord.Forbidden: "live-problem-channel-forbidden",
        },
    ) as outcome:
        signed = await guests_of(bot, live)
        message = await channel.send(
            embed=announcement_embed(t, live, counts, signed),
            view=rsvp_view(t, live, counts, signed),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        return message.id, None
    return None, outcome.problem


async def edit_announcement(
    bot: CreatorBot, t: Messages, live: Live, counts: dict[Rsvp, int]
) -> str | None:
    """Bring the announcement up to date (time, status, counts); a problem key on failure."""
    if live.channel_id is None or live.announcement_message_id is None:
        return None
    channel = bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
    message = channel.get_partial_message(live.announcement_message_id)
    with calling_discord(
        "edit the announcement",
        live,
        "live-problem-announce-failed",
        {discord.NotFound: "live-problem-announcement-gone"},
    ) as outcome:
        signed = await guests_of(bot, live)
        await message.edit(
            embed=announcement_embed(t, live, counts, signed),
            view=rsvp_view(t, live, counts, signed),
        )
    return outcome.problem


async def delete_announcement(bot: CreatorBot, live: Live) -> None:
    """Remove a LIVE's old announcement after a new one was posted (gone already is fine)."""
    if live.channel_id is None or live.announcement_message_id is None:
        return
    channel = bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
    try:
        await channel.get_partial_message(live.announcement_message_id).delete()
    except discord.HTTPException as error:
        log.info("could not remove the old announcement of LIVE %s: %s", live.id, error)
