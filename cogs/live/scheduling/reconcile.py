"""At start-up: the bot's own scheduled events that the database does not know.

A LIVE is saved before its Discord event is created, and the event's id is saved after.
A crash (kill -9, power loss) between the two leaves an event no command would ever move
or cancel. On the next start each server's events are listed once: an event the bot
created before this start, still upcoming, whose id no LIVE still on (upcoming, or in
progress until it ends) records, is

- adopted by the upcoming LIVE with the same title and start whose own event is missing
  (its id is saved, so cancel and reschedule reach it again), or else
- deleted, as nothing in the database stands behind it any more.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import discord

from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)

UPCOMING_LIMIT = 1000  # far more upcoming LIVEs than Discord allows events (100)


@dataclass
class Reconciled:
    adopted: int = 0
    deleted: int = 0


def _matches(live: Live, event: discord.ScheduledEvent) -> bool:
    return live.title == event.name and live.starts_at == event.start_time


async def reconcile_guild(
    bot: CreatorBot, lives: LiveRepository, guild: discord.Guild, started: datetime
) -> Reconciled:
    """Adopt or delete ``guild``'s orphan events made by the bot before ``started``."""
    assert bot.user is not None
    done = Reconciled()
    now = bot.clock.now()
    events = await guild.fetch_scheduled_events(with_counts=False)
    existing = {event.id for event in events}
    upcoming = await lives.upcoming(guild.id, now, limit=UPCOMING_LIMIT)
    known = await lives.event_ids(guild.id)  # upcoming and in progress alike
    without_event = [live for live in upcoming if live.event_id not in existing]
    for event in events:
        if (
            event.creator_id != bot.user.id
            or event.id in known
            or event.status is not discord.EventStatus.scheduled
            or discord.utils.snowflake_time(event.id) > started  # a command's, made just now
        ):
            continue
        owner = next((live for live in without_event if _matches(live, event)), None)
        if owner is not None:
            without_event.remove(owner)
            await lives.set_discord(
                guild.id,
                owner.id,
                now,
                event_id=event.id,
                channel_id=owner.channel_id,
                announcement_message_id=owner.announcement_message_id,
            )
            log.info(
                "adopted scheduled event %s for LIVE %s in guild %s", event.id, owner.id, guild.id
            )
            done.adopted += 1
            continue
        await event.delete()
        log.info("deleted scheduled event %s in guild %s: no LIVE records it", event.id, guild.id)
        done.deleted += 1
    return done


async def reconcile_all(bot: CreatorBot, lives: LiveRepository, started: datetime) -> Reconciled:
    """Every server, one after the other; a server Discord refuses is logged and skipped."""
    total = Reconciled()
    for guild in list(bot.guilds):
        try:
            done = await reconcile_guild(bot, lives, guild, started)
        except discord.HTTPException as exc:
            log.warning("could not check the scheduled events of guild %s: %s", guild.id, exc)
            continue
        total.adopted += done.adopted
        total.deleted += done.deleted
    return total
