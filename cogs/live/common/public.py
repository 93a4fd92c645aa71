"""The public side of a LIVE: its announcement message, its Discord scheduled event, and
DMs to members about it.

Every call to Discord here is allowed to fail: the LIVE is saved either way, and the
failure comes back as a catalog key saying what could not be done and how to fix it.
``PublicSide`` reads what an announcement shows (RSVP counts, guests, the server's
language) through its repositories; callers hand it the LIVE.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.text import shown
from cogs.live.common.announcement import announcement_embed, announcement_view
from cogs.live.common.logic import location
from storage.live import Guests, Live, LiveRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

log = logging.getLogger(__name__)
EVENT_CAP_CODE = 30038


def when(live: Live) -> dict[str, object]:
    """The catalog arguments that name a LIVE and its time."""
    return {
        "number": live.number,
        "title": shown(live.title),
        "full": format_dt(live.starts_at, "F"),
        "relative": format_dt(live.starts_at, "R"),
    }


def problem_lines(t: Messages, problems: list[str], channel_id: int | None) -> list[str]:
    """One warning line per problem key, naming the channel concerned."""
    channel = f"<#{channel_id}>" if channel_id else "—"
    return [f"⚠️ {t(key, channel=channel)}" for key in problems]


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


_EVENT_PROBLEMS: dict[type[discord.HTTPException], str | None] = {
    discord.NotFound: "live-problem-event-gone",
    discord.Forbidden: "live-problem-event-forbidden",
}


async def _event(guild: discord.Guild, event_id: int) -> discord.ScheduledEvent:
    found = guild.get_scheduled_event(event_id)
    return found if found is not None else await guild.fetch_scheduled_event(event_id)


class PublicSide:
    def __init__(self, bot: CreatorBot, lives: LiveRepository, members: MemberRepository) -> None:
        self.bot = bot
        self.lives = lives
        self.members = members

    # -- the announcement ---------------------------------------------------------------

    async def language(
        self, guild_id: int, actor_id: int | None = None, actor_locale: str | None = None
    ) -> tuple[str, str]:
        """(locale, why) of an announcement: the server's public language (``bot.languages``);
        with nothing to go on yet, that of the member posting it (``actor_locale``, the
        language the bot speaks with them), whose own is remembered only after their command."""
        locale, why = await self.bot.public_language(guild_id, actor_id)
        if why == "default" and actor_locale is not None:
            return actor_locale, "actor"
        return locale, why

    async def card(
        self,
        live: Live,
        guests: Guests | None = None,
        actor_id: int | None = None,
        actor_locale: str | None = None,
    ) -> tuple[discord.Embed, discord.ui.View]:
        """The announcement as it stands: the server's language, RSVP counts, guests."""
        locale, _why = await self.language(live.guild_id, actor_id, actor_locale)
        t = self.bot.messages(locale)
        counts = await self.lives.rsvp_counts(live.guild_id, live.id)
        if guests is None and live.guest_slots:
            guests = await self.lives.guests(live.guild_id, live)
        return announcement_embed(t, live, counts, guests), announcement_view(
            t, live, counts, guests
        )

    async def post(
        self,
        live: Live,
        channel_id: int,
        actor_id: int | None = None,
        actor_locale: str | None = None,
    ) -> tuple[int | None, str | None]:
        """Post the announcement in ``channel_id``: (message id, None) or (None, problem key).
        ``actor_id``, ``actor_locale``: whose language decides when the server's members are
        split evenly or none has used the bot yet."""
        channel = self.bot.get_partial_messageable(channel_id, guild_id=live.guild_id)
        with calling_discord(
            "post the announcement",
            live,
            "live-problem-announce-failed",
            {
                discord.NotFound: "live-problem-channel-gone",
                discord.Forbidden: "live-problem-channel-forbidden",
            },
        ) as outcome:
            card, view = await self.card(live, actor_id=actor_id, actor_locale=actor_locale)
            message = await channel.send(
                embed=card, view=view, allowed_mentions=discord.AllowedMentions.none()
            )
            return message.id, None
        return None, outcome.problem

    async def refresh(self, live: Live) -> str | None:
        """Bring the announcement up to date (time, status, counts); a problem key on failure."""
        if live.channel_id is None or live.announcement_message_id is None:
            return None
        channel = self.bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
        message = channel.get_partial_message(live.announcement_message_id)
        with calling_discord(
            "edit the announcement",
            live,
            "live-problem-announce-failed",
            {discord.NotFound: "live-problem-announcement-gone"},
        ) as outcome:
            card, view = await self.card(live)
            await message.edit(embed=card, view=view)
        return outcome.problem

    async def remove(self, live: Live) -> None:
        """Remove a LIVE's old announcement after a new one was posted (gone already is fine)."""
        if live.channel_id is None or live.announcement_message_id is None:
            return
        channel = self.bot.get_partial_messageable(live.channel_id, guild_id=live.guild_id)
        try:
            await channel.get_partial_message(live.announcement_message_id).delete()
        except discord.HTTPException as error:
            log.info("could not remove the old announcement of LIVE %s: %s", live.id, error)

    # -- the scheduled event ------------------------------------------------------------

    async def place_event(
        self, guild: discord.Guild | None, live: Live, problems: list[str]
    ) -> int | None:
        """Create the LIVE's event, or move it (a new one when it was deleted); its id."""
        if guild is None:
            return live.event_id
        place = await self.event_location(guild, live)
        event_id = live.event_id
        problem = (
            await self.update_event(guild, live, place) if event_id else "live-problem-event-gone"
        )
        if problem == "live-problem-event-gone":
            event_id, problem = await self.create_event(guild, live, place)
        if problem:
            problems.append(problem)
        return event_id

    async def event_location(self, guild: discord.Guild, live: Live) -> str:
        """The event's location: TikTok handles where known, else display names; a host who
        is no longer in the server is "host left" (in the server's language), never an id."""
        known = await self.members.handles(live.guild_id, live.host_ids)
        names = []
        gone: str | None = None
        for user_id in live.host_ids:
            if user_id in known:
                names.append(f"@{known[user_id]}")
                continue
            user: discord.abc.User | None = guild.get_member(user_id)
            if user is None:
                try:
                    user = await guild.fetch_member(user_id)
                except discord.NotFound:  # left the server: their name is not shown
                    user = None
                except discord.HTTPException:  # Discord could not say: a name it had
                    user = self.bot.get_user(user_id)
            if user is None:
                if gone is None:
                    gone = (await self.bot.guild_messages(live.guild_id))("live-location-host-left")
                names.append(gone)
            else:
                names.append(user.display_name)
        return location(names)

    async def create_event(
        self, guild: discord.Guild, live: Live, place: str
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

    async def update_event(self, guild: discord.Guild, live: Live, place: str) -> str | None:
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

    async def relocate_event(self, guild: discord.Guild, live: Live) -> bool:
        """Bring only the event's location up to date (its hosts changed); whether it was
        changed (a failure is logged)."""
        if live.event_id is None:
            return False
        place = await self.event_location(guild, live)
        with calling_discord(
            "update the location of the event", live, "live-problem-event-failed", _EVENT_PROBLEMS
        ):
            event = await _event(guild, live.event_id)
            if event.location != place:
                await event.edit(location=place)
                return True
        return False

    async def delete_event(self, guild: discord.Guild, live: Live) -> str | None:
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

    # -- DMs ------------------------------------------------------------------------------

    async def tell(
        self, guild_id: int, user_ids: list[int], key: str, **args: object
    ) -> tuple[int, int]:
        """DM ``key`` to each member in their own language: (sent, could not send); closed
        DMs are skipped without fuss."""
        sent = failed = 0
        for user_id in user_ids:
            t = await self.bot.member_messages(guild_id, user_id)
            try:
                channel = await self.bot.create_dm(discord.Object(user_id))
                await channel.send(t(key, **args))
            except discord.HTTPException:
                failed += 1
            else:
                sent += 1
        return sent, failed

    async def refresh_and_tell(
        self, live: Live, key: str, problems: list[str], actor_id: int | None = None
    ) -> tuple[int, int]:
        """Bring the announcement up to date and DM ``key`` to Going members, except the one
        who made the change: (sent, failed)."""
        if problem := await self.refresh(live):
            problems.append(problem)
        going = await self.lives.rsvp_users(live.guild_id, live.id, "going")
        told = [user for user in going if user != actor_id]
        return await self.tell(live.guild_id, told, key, **when(live))
