"""/live suggest, schedule, reschedule, cancel, list, info, announce and calendar.

A part of the one ``/live`` group (``cogs.live.cog.LiveCog``): the commands check their
options and who may use them, then hand over to the steps (``preview``, ``steps``),
``listing``, ``effects`` and ``calendar`` (made in ``room.Scheduling``). ``/live calendar``
is a part of its own, so that it follows ``/live guests`` in the list Discord shows.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput
from bot.offsets import parse_live_reminders
from bot.replies import defer, send
from bot.text import optional_text
from bot.timeparse import parse_duration, parse_when
from bot.transformers import timezone_choices
from bot.types import Interaction, guild_id_of
from cogs.live.common.logic import Draft
from cogs.live.scheduling.logic import (
    DEFAULT_DURATION,
    MAX_AHEAD,
    MAX_DURATION,
    MAX_SEARCH_DAYS,
    MIN_DURATION,
    clean_title,
    host_problem,
)
from cogs.live.scheduling.render import add_undelivered, info_embed
from storage.deliveries import DeliveryRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from cogs.live.common.access import LiveAccess
    from cogs.live.scheduling.room import Scheduling


Host = discord.Member | None
MAX_GUEST_SLOTS = 8
REPEAT_CHOICES = [
    app_commands.Choice(
        name=app_commands.locale_str("weekly", key="live-choice-weekly"), value="weekly"
    ),
    app_commands.Choice(
        name=app_commands.locale_str("every 2 weeks", key="live-choice-biweekly"), value="biweekly"
    ),
]


def _duration(text: str | None) -> timedelta:
    if text is None or not text.strip():
        return DEFAULT_DURATION
    return parse_duration(text, minimum=MIN_DURATION, maximum=MAX_DURATION)


def host_ids(interaction: Interaction, hosts: list[Host], *, default_self: bool) -> tuple[int, ...]:
    chosen = [h for h in hosts if h is not None]
    if not chosen and default_self:
        chosen = [interaction.user]  # type: ignore[list-item]
    ids = tuple(h.id for h in chosen)
    problem = host_problem(ids, [h.id for h in chosen if h.bot])
    if problem:
        raise BadInput(problem)
    return ids


def here(interaction: Interaction) -> int | None:
    """The channel the command was run in, if the bot may post its announcement there."""
    allowed = interaction.app_permissions
    if interaction.channel_id is None or not (
        allowed.view_channel and allowed.send_messages and allowed.embed_links
    ):
        return None
    return interaction.channel_id


class SchedulingCommands(commands.Cog):
    if TYPE_CHECKING:
        bot: CreatorBot
        access: LiveAccess
        scheduling: Scheduling

    # -- suggest ---------------------------------------------------------------------------

    @app_commands.command(name="suggest", description="Find times when every host is available")
    @app_commands.describe(
        host1="First host",
        duration="How long: 45m, 1h30 (default 60 minutes; 15 minutes to 12 hours)",
        host2="Second host",
        host3="Third host",
        host4="Fourth host",
        host5="Fifth host",
        host6="Sixth host",
        within_days="Search this many days ahead (1–28, default 7)",
        earliest="Not before this time: tomorrow 18:00, fri 8pm (default: in one hour)",
    )
    async def suggest(
        self,
        interaction: Interaction,
        host1: discord.Member,
        duration: app_commands.Range[str, 1, 32] | None = None,
        host2: Host = None,
        host3: Host = None,
        host4: Host = None,
        host5: Host = None,
        host6: Host = None,
        within_days: app_commands.Range[int, 1, MAX_SEARCH_DAYS] = 7,
        earliest: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        await self.access.require_moderator(interaction)
        hosts = host_ids(
            interaction, [host1, host2, host3, host4, host5, host6], default_self=False
        )
        if not 1 <= within_days <= MAX_SEARCH_DAYS:
            raise BadInput("live-error-within-days", maximum=MAX_SEARCH_DAYS)
        length = _duration(duration)
        now = self.bot.clock.now()
        start = now + timedelta(hours=1)
        if earliest:
            zone = await self.access.zone_of(interaction, None)
            start = max(parse_when(earliest, now, zone).utc, now)
            if start - now > MAX_AHEAD:  # the limit /live schedule applies
                raise BadInput("live-error-too-far")
        end = start + timedelta(days=within_days)
        await self.scheduling.preview.suggest(interaction, hosts, length, start, end, within_days)

    # -- schedule --------------------------------------------------------------------------

    @app_commands.command(name="schedule", description="Schedule a group LIVE (preview first)")
    @app_commands.describe(
        title="Title of the LIVE (1–100 characters)",
        when="When: 2026-12-03 20:00, tomorrow 20:00, fri 8pm, in 2h (your timezone)",
        duration="How long: 45m, 1h30 (default 60 minutes; 15 minutes to 12 hours)",
        host1="First host (default: you)",
        host2="Second host",
        host3="Third host",
        host4="Fourth host",
        host5="Fifth host",
        host6="Sixth host",
        description="What the LIVE is about (up to 1000 characters)",
        channel="Announce in this channel instead of the server's LIVE channel",
        timezone="Read the time in this timezone instead of yours",
        reminders="Reminders: 24h, 1h, 15m or none",
        repeat="Repeat the show weekly or every 2 weeks",
        count="How many shows in all, the first included (2-26)",
        until="Or: repeat until this date, e.g. 2027-03-31",
        alternate_when="A second slot taking turns, one show a week: sat 03:00 is the week after",
        guest_slots="Guest spots members can sign up for (0-8); the rest wait",
    )
    @app_commands.choices(repeat=REPEAT_CHOICES)
    async def schedule(
        self,
        interaction: Interaction,
        title: app_commands.Range[str, 1, 100],
        when: app_commands.Range[str, 1, 100],
        duration: app_commands.Range[str, 1, 32] | None = None,
        host1: Host = None,
        host2: Host = None,
        host3: Host = None,
        host4: Host = None,
        host5: Host = None,
        host6: Host = None,
        description: app_commands.Range[str, 1, 1000] | None = None,
        channel: discord.TextChannel | None = None,
        timezone: app_commands.Range[str, 1, 100] | None = None,
        reminders: app_commands.Range[str, 1, 100] | None = None,
        repeat: app_commands.Choice[str] | None = None,
        count: app_commands.Range[int, 2, 26] | None = None,
        until: app_commands.Range[str, 1, 40] | None = None,
        alternate_when: app_commands.Range[str, 1, 100] | None = None,
        guest_slots: app_commands.Range[int, 0, 8] = 0,
    ) -> None:
        await self.access.require_moderator(interaction)
        guild_id = guild_id_of(interaction)
        if not 0 <= guest_slots <= MAX_GUEST_SLOTS:
            raise BadInput("live-error-guest-slots", maximum=MAX_GUEST_SLOTS)
        offsets = parse_live_reminders(reminders) if reminders is not None else None
        clean = clean_title(title)
        if clean is None:
            raise BadInput("live-error-title")
        hosts = host_ids(interaction, [host1, host2, host3, host4, host5, host6], default_self=True)
        length = _duration(duration)
        named, candidates = self.named_zone(timezone)
        zone, zone_note = await self.access.zone_and_note(interaction, named)
        template = Draft(
            guild_id=guild_id,
            scheduler_id=interaction.user.id,
            title=clean,
            description=optional_text(description),
            starts_at=self.bot.clock.now(),
            duration=length,
            host_ids=hosts,
            channel_id=channel.id if channel is not None else None,
            reminder_offsets=offsets,
            fallback_channel_id=here(interaction),
            zone_note=zone_note,
            zone=zone,
            repeat=repeat.value if repeat is not None else None,
            count=count,
            guest_slots=guest_slots,
            scheduler_locale=(await self.bot.messages_for(interaction)).locale,
        )
        if candidates:
            assert timezone is not None
            await self.scheduling.preview.ask_zone(
                interaction,
                timezone,
                candidates,
                template,
                when=when,
                until=until,
                alternate_when=alternate_when,
            )
            return
        await self.scheduling.preview.read_time_then_preview(
            interaction, when, zone, template, until=until, alternate_when=alternate_when
        )

    # -- reschedule and cancel -------------------------------------------------------------

    @app_commands.command(
        name="reschedule", description="Move a LIVE to another time (preview first)"
    )
    @app_commands.describe(
        live="The LIVE's number (#12)",
        when="The new time: tomorrow 20:00, fri 8pm (your timezone)",
        duration="New length: 45m, 1h30 (default: keep it)",
        timezone="Read the time in this timezone instead of yours",
        reminders="New reminders: 24h, 15m or none",
    )
    async def reschedule(
        self,
        interaction: Interaction,
        live: app_commands.Range[int, 1],
        when: app_commands.Range[str, 1, 100],
        duration: app_commands.Range[str, 1, 32] | None = None,
        timezone: app_commands.Range[str, 1, 100] | None = None,
        reminders: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        found = await self.access.live_for_change(interaction, live)
        offsets = parse_live_reminders(reminders) if reminders is not None else None
        length = _duration(duration) if duration else found.duration
        named, candidates = self.named_zone(timezone)
        zone, zone_note = await self.access.zone_and_note(interaction, named)
        template = Draft(
            guild_id=found.guild_id,
            scheduler_id=interaction.user.id,
            title=found.title,
            description=found.description,
            starts_at=found.starts_at,
            duration=length,
            host_ids=found.host_ids,
            channel_id=found.channel_id,
            live_id=found.id,
            reminder_offsets=offsets if offsets is not None else found.reminder_offsets,
            zone_note=zone_note,
        )
        if candidates:
            assert timezone is not None
            await self.scheduling.preview.ask_zone(
                interaction, timezone, candidates, template, when=when
            )
            return
        await self.scheduling.preview.read_time_then_preview(interaction, when, zone, template)

    @app_commands.command(name="cancel", description="Cancel a LIVE (asks first)")
    @app_commands.describe(live="The LIVE's number (#12)")
    async def cancel(self, interaction: Interaction, live: app_commands.Range[int, 1]) -> None:
        found = await self.access.live_for_change(interaction, live)
        await self.scheduling.steps.ask_cancel(interaction, found)

    # -- list and info ---------------------------------------------------------------------

    @app_commands.command(name="list", description="Upcoming LIVEs on this server")
    async def list_(self, interaction: Interaction) -> None:
        await self.scheduling.listing.show_list(interaction, 0, edit=False)

    @app_commands.command(name="info", description="A LIVE's hosts, times, RSVPs and links")
    @app_commands.describe(live="The LIVE's number (#12)")
    async def info(self, interaction: Interaction, live: app_commands.Range[int, 1]) -> None:
        found = await self.access.find(interaction, live)
        lives = self.access.lives
        t = await self.bot.messages_for(interaction)
        contexts = await self.scheduling.hosts.contexts(
            found.guild_id,
            found.host_ids,
            found.starts_at - timedelta(days=1),
            found.ends_at + timedelta(days=1),
        )
        counts = await lives.rsvp_counts(found.guild_id, found.id)
        going = await lives.rsvp_users(found.guild_id, found.id, "going")
        guests = await lives.guests(found.guild_id, found) if found.guest_slots else None
        shows = (
            await lives.in_series(found.guild_id, found.series_id)
            if found.series_id is not None
            else []
        )
        card = info_embed(t, found, contexts, counts, going, guests, shows)
        if await self.access.may_change(interaction, found):  # what went wrong, to moderators
            deliveries = await DeliveryRepository(self.bot.db).for_live(found.guild_id, found.id)
            add_undelivered(t, card, [d for d in deliveries if d.state == "failed"])
        await send(interaction, embed=card, ephemeral=True)

    # -- announcing again ------------------------------------------------------------------

    @app_commands.command(name="announce", description="Post a LIVE's announcement (again)")
    @app_commands.describe(
        live="The LIVE's number (#12)",
        channel="Post it here (default: the LIVE's channel, else the server's, else this one)",
    )
    async def announce(
        self,
        interaction: Interaction,
        live: app_commands.Range[int, 1],
        channel: discord.TextChannel | None = None,
    ) -> None:
        found = await self.access.live_for_change(interaction, live)
        t = await self.bot.messages_for(interaction)
        settings = await self.bot.guild_settings.get(found.guild_id)
        target = (
            (channel.id if channel is not None else None)
            or found.channel_id
            or settings.live_channel_id
            or here(interaction)
        )
        if target is None:
            raise BadInput("live-problem-no-channel")
        await defer(interaction, ephemeral=True, thinking=True)
        await send(
            interaction, await self.scheduling.effects.announce(t, found, target), ephemeral=True
        )

    # -- autocomplete ----------------------------------------------------------------------

    def named_zone(self, typed: str | None) -> tuple[str | None, list[str]]:
        """What a ``timezone`` option names: (the zone, []); (None, the zones it could mean),
        which the member then picks from; (None, []) when left out. Unknown: refused."""
        if not typed or not typed.strip():
            return None, []
        now = self.bot.clock.now()
        zone, candidates = self.bot.zones(now).resolve(typed, now)
        if zone is None and not candidates:
            raise BadInput("error-timezone-unknown", value=typed.strip()[:100])
        return zone, candidates

    @schedule.autocomplete("timezone")
    @reschedule.autocomplete("timezone")
    async def timezone_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        """The same choices as ``/timezone set``'s."""
        return await timezone_choices(interaction, current)

    @info.autocomplete("live")
    @cancel.autocomplete("live")
    @reschedule.autocomplete("live")
    @announce.autocomplete("live")
    async def live_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        return await self.access.live_choices(interaction, current)


class CalendarCommands(commands.Cog):
    if TYPE_CHECKING:
        bot: CreatorBot
        access: LiveAccess
        scheduling: Scheduling

    @app_commands.command(
        name="calendar", description="A calendar file of one LIVE or all upcoming"
    )
    @app_commands.describe(live="The LIVE's number (#12); leave out for every upcoming LIVE")
    async def calendar(
        self, interaction: Interaction, live: app_commands.Range[int, 1] | None = None
    ) -> None:
        t = await self.bot.messages_for(interaction)
        if live is not None:
            chosen = [await self.access.find(interaction, live)]
        else:
            chosen = await self.access.lives.upcoming(
                guild_id_of(interaction), self.bot.clock.now(), limit=100
            )
        await self.scheduling.calendars.send_file(interaction, chosen, t)

    @calendar.autocomplete("live")
    async def calendar_live_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        return await self.access.live_choices(interaction, current)
