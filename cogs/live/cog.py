"""/live: suggest a time, schedule with a preview, list, info, cancel, reschedule."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands
from discord.utils import format_dt

from bot.errors import BadInput, NotAllowed, NotFound
from bot.i18n import Messages
from bot.offsets import parse_live_reminders
from bot.replies import defer, send
from bot.scheduler import Scheduler
from bot.text import optional_text
from bot.timeparse import AmbiguousTime, parse_duration, parse_when
from bot.transformers import Timezone
from bot.types import Interaction, guild_id_of
from cogs.live.after_cog import AfterLiveCommands
from cogs.live.after_views import AFTER_LIVE
from cogs.live.after_views import DYNAMIC_ITEMS as AFTER_ITEMS
from cogs.live.delivery import LiveDeliverer
from cogs.live.feed import CalendarFeed
from cogs.live.flow import LiveFlow
from cogs.live.logic import (
    DEFAULT_DURATION,
    MAX_AHEAD,
    MAX_DURATION,
    MAX_SEARCH_DAYS,
    MIN_DURATION,
    Draft,
    clean_title,
    host_problem,
)
from cogs.live.reconcile import reconcile_all
from cogs.live.render import info_embed
from cogs.live.reports import AfterLive
from cogs.live.series import Repeat
from cogs.live.series import problem as series_problem
from cogs.live.stats import LiveStats
from cogs.live.views import DYNAMIC_ITEMS, LIVE
from storage.live import Live

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)
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


@app_commands.guild_only()
class LiveCog(
    AfterLiveCommands,
    commands.GroupCog,
    group_name="live",
    group_description="Group LIVEs: find a time, schedule, RSVP",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.flow = LiveFlow(bot, on_planned=self.wake_scheduler)
        self.lives = self.flow.lives
        self.after = AfterLive(bot, self.lives, self.is_moderator)
        self.stats = LiveStats(bot)
        self.deliverer = LiveDeliverer(bot, self.lives, bot.guild_messages, self.flow.effects.ended)
        self.scheduler = Scheduler(
            "live-deliveries",
            bot.clock,
            self.deliverer.next_due,
            self.deliverer.run_due,
            writable=bot.db.check_writable,
        )
        self.feed = CalendarFeed(bot, self.lives)

    def wake_scheduler(self) -> None:
        self.scheduler.wake()

    async def cog_load(self) -> None:
        self.bot.ports.provide(LIVE, self.flow)
        self.bot.ports.provide(AFTER_LIVE, self.after)
        self.bot.add_dynamic_items(*DYNAMIC_ITEMS, *AFTER_ITEMS)
        self.bot.senders.provide("cogs.live", self.deliverer.kinds())
        self.scheduler.start(self.bot.wait_until_ready)
        if self.bot.web is not None:
            self.bot.web.add("GET", "/calendar/{name}", self.feed.serve)
        self.reconciling = asyncio.create_task(
            self.reconcile_events(self.bot.clock.now()), name="live-reconcile-events"
        )

    async def reconcile_events(self, started: datetime) -> None:
        """Once the servers are known: adopt or delete orphan events (cogs/live/reconcile.py)."""
        await self.bot.wait_until_ready()
        done = await reconcile_all(self.bot, self.lives, started)
        if done.adopted or done.deleted:
            log.info("scheduled events: %d adopted, %d deleted", done.adopted, done.deleted)

    async def cog_unload(self) -> None:
        self.reconciling.cancel()
        await self.scheduler.stop()
        self.bot.senders.withdraw("cogs.live")
        self.bot.remove_dynamic_items(*DYNAMIC_ITEMS, *AFTER_ITEMS)
        self.bot.ports.withdraw(AFTER_LIVE)
        self.bot.ports.withdraw(LIVE)
        self.flow.close()

    # -- who may ---------------------------------------------------------------------------------

    async def is_moderator(self, interaction: Interaction) -> bool:
        permissions = interaction.permissions
        if permissions.manage_events or permissions.administrator:
            return True
        guild_id = guild_id_of(interaction)
        settings = await self.bot.guild_settings.get(guild_id)
        member = interaction.user
        return (
            settings.mod_role_id is not None
            and isinstance(member, discord.Member)
            and member.get_role(settings.mod_role_id) is not None
        )

    async def require_moderator(self, interaction: Interaction) -> None:
        if not await self.is_moderator(interaction):
            raise NotAllowed("live-error-not-moderator")

    async def live_for_change(self, interaction: Interaction, number: int) -> Live:
        """A scheduled LIVE of this server the member may cancel or reschedule."""
        live = await self.find(interaction, number)
        if interaction.user.id not in live.host_ids and not await self.is_moderator(interaction):
            raise NotAllowed("live-error-not-host", number=live.number)
        if live.status != "scheduled":
            raise BadInput("live-error-not-scheduled")
        return live

    async def find(self, interaction: Interaction, number: int) -> Live:
        guild_id = guild_id_of(interaction)
        live = await self.lives.by_number(guild_id, number)
        if live is None:
            raise NotFound("live-error-no-number", number=number)
        return live

    def host_ids(
        self, interaction: Interaction, hosts: list[Host], *, default_self: bool
    ) -> tuple[int, ...]:
        chosen = [h for h in hosts if h is not None]
        if not chosen and default_self:
            chosen = [interaction.user]  # type: ignore[list-item]
        ids = tuple(h.id for h in chosen)
        problem = host_problem(ids, [h.id for h in chosen if h.bot])
        if problem:
            raise BadInput(problem)
        return ids

    def here(self, interaction: Interaction) -> int | None:
        """The channel the command was run in, if the bot may post its announcement there."""
        allowed = interaction.app_permissions
        if interaction.channel_id is None or not (
            allowed.view_channel and allowed.send_messages and allowed.embed_links
        ):
            return None
        return interaction.channel_id

    async def zone_of(self, interaction: Interaction, given: str | None) -> str:
        zone, _note = await self.zone_and_note(interaction, given)
        return zone

    async def zone_and_note(
        self, interaction: Interaction, given: str | None
    ) -> tuple[str, str | None]:
        """The zone typed times are read in: the option, the member's, else the server's
        (UTC when unset); with a line for the preview when it is not the member's own."""
        if given:
            return given, None
        guild_id = guild_id_of(interaction)
        zone = await self.flow.hosts.zone(guild_id, interaction.user.id)
        if zone is not None:
            return zone, None
        server = (await self.bot.guild_settings.get(guild_id)).timezone or "UTC"
        t = await self.bot.messages_for(interaction)
        return server, t("live-zone-server", zone=server)

    # -- suggest ---------------------------------------------------------------------------------

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
        await self.require_moderator(interaction)
        hosts = self.host_ids(
            interaction, [host1, host2, host3, host4, host5, host6], default_self=False
        )
        if not 1 <= within_days <= MAX_SEARCH_DAYS:
            raise BadInput("live-error-within-days", maximum=MAX_SEARCH_DAYS)
        length = _duration(duration)
        now = self.bot.clock.now()
        start = now + timedelta(hours=1)
        if earliest:
            zone = await self.zone_of(interaction, None)
            start = max(parse_when(earliest, now, zone).utc, now)
            if start - now > MAX_AHEAD:  # the limit /live schedule applies
                raise BadInput("live-error-too-far")
        end = start + timedelta(days=within_days)
        await self.flow.suggest(interaction, hosts, length, start, end, within_days)

    # -- schedule --------------------------------------------------------------------------------

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
        alternate_when="A second slot to alternate with, e.g. next week's sat 03:00",
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
        timezone: Timezone | None = None,
        reminders: app_commands.Range[str, 1, 100] | None = None,
        repeat: app_commands.Choice[str] | None = None,
        count: app_commands.Range[int, 2, 26] | None = None,
        until: app_commands.Range[str, 1, 40] | None = None,
        alternate_when: app_commands.Range[str, 1, 100] | None = None,
        guest_slots: app_commands.Range[int, 0, 8] = 0,
    ) -> None:
        await self.require_moderator(interaction)
        guild_id = guild_id_of(interaction)
        if not 0 <= guest_slots <= MAX_GUEST_SLOTS:
            raise BadInput("live-error-guest-slots", maximum=MAX_GUEST_SLOTS)
        offsets = parse_live_reminders(reminders) if reminders is not None else None
        clean = clean_title(title)
        if clean is None:
            raise BadInput("live-error-title")
        hosts = self.host_ids(
            interaction, [host1, host2, host3, host4, host5, host6], default_self=True
        )
        length = _duration(duration)
        zone, zone_note = await self.zone_and_note(interaction, timezone)
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
            fallback_channel_id=self.here(interaction),
            zone_note=zone_note,
            zone=zone,
            repeat=repeat.value if repeat is not None else None,
            count=count,
            guest_slots=guest_slots,
        )
        await self.read_time_then_preview(
            interaction, when, zone, template, until=until, alternate_when=alternate_when
        )

    async def read_time_then_preview(
        self,
        interaction: Interaction,
        when: str,
        zone: str,
        template: Draft,
        *,
        until: str | None = None,
        alternate_when: str | None = None,
    ) -> None:
        now = self.bot.clock.now()
        try:
            parsed = parse_when(when, now, zone)
        except AmbiguousTime as error:
            await self.flow.ask_which(interaction, error, template)
            return
        draft = replace(template, starts_at=parsed.utc, understood=parsed.understood)
        if until or alternate_when or draft.repeat is not None or draft.count is not None:
            draft = self.with_series(draft, zone, now, until, alternate_when)
        await self.flow.preview(interaction, draft)

    def with_series(
        self, draft: Draft, zone: str, now: datetime, until: str | None, alternate: str | None
    ) -> Draft:
        """The draft with its repeat options read and checked (a refusal changes nothing)."""
        last_day = None
        if until is not None:
            try:
                last_day = parse_when(until, now, zone).local.date()
            except BadInput as error:
                if error.key != "error-time-needs-clock":
                    raise
                last_day = parse_when(f"{until} 23:59", now, zone).local.date()
        second = parse_when(alternate, now, zone).utc if alternate is not None else None
        repeat = cast("Repeat | None", draft.repeat)
        problem = series_problem(
            repeat, draft.count, last_day, draft.starts_at, second, now + MAX_AHEAD
        )
        if problem:
            raise BadInput(problem)
        return replace(draft, until=last_day, alternate_starts_at=second)

    # -- reschedule and cancel -------------------------------------------------------------------

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
        timezone: Timezone | None = None,
        reminders: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        found = await self.live_for_change(interaction, live)
        offsets = parse_live_reminders(reminders) if reminders is not None else None
        length = _duration(duration) if duration else found.duration
        zone, zone_note = await self.zone_and_note(interaction, timezone)
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
        await self.read_time_then_preview(interaction, when, zone, template)

    @app_commands.command(name="cancel", description="Cancel a LIVE (asks first)")
    @app_commands.describe(live="The LIVE's number (#12)")
    async def cancel(self, interaction: Interaction, live: app_commands.Range[int, 1]) -> None:
        found = await self.live_for_change(interaction, live)
        await self.flow.ask_cancel(interaction, found)

    # -- list and info ---------------------------------------------------------------------------

    @app_commands.command(name="list", description="Upcoming LIVEs on this server")
    async def list_(self, interaction: Interaction) -> None:
        await self.flow.show_list(interaction, 0, edit=False)

    @app_commands.command(name="info", description="A LIVE's hosts, times, RSVPs and links")
    @app_commands.describe(live="The LIVE's number (#12)")
    async def info(self, interaction: Interaction, live: app_commands.Range[int, 1]) -> None:
        found = await self.find(interaction, live)
        t = await self.bot.messages_for(interaction)
        contexts = await self.flow.hosts.contexts(
            found.guild_id,
            found.host_ids,
            found.starts_at - timedelta(days=1),
            found.ends_at + timedelta(days=1),
        )
        counts = await self.lives.rsvp_counts(found.guild_id, found.id)
        going = await self.lives.rsvp_users(found.guild_id, found.id, "going")
        card = info_embed(t, found, contexts, counts, going)
        if found.guest_slots:
            signed = await self.lives.guests(found.guild_id, found)
            names = ", ".join(f"<@{u}>" for u in signed.guests) or t("live-guests-none")
            card.add_field(
                name=t("live-guests-title", taken=len(signed.guests), slots=found.guest_slots),
                value=t("live-guests-value", guests=names, waiting=len(signed.waiting))[:1024],
                inline=False,
            )
        if found.series_id is not None:
            shows = await self.lives.in_series(found.guild_id, found.series_id)
            lines = [
                ("▶ " if show.id == found.id else "")
                + f"#{show.number} {format_dt(show.starts_at, 'f')} · {t(f'live-status-{show.status}')}"
                for show in shows
            ]
            card.add_field(
                name=t("live-info-series", position=found.series_position or 0, count=len(shows)),
                value="\n".join(lines)[:1024],
                inline=False,
            )
        await send(interaction, embed=card, ephemeral=True)

    # -- announcing again -------------------------------------------------------------------------

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
        found = await self.live_for_change(interaction, live)
        t = await self.bot.messages_for(interaction)
        settings = await self.bot.guild_settings.get(found.guild_id)
        target = (
            (channel.id if channel is not None else None)
            or found.channel_id
            or settings.live_channel_id
            or self.here(interaction)
        )
        if target is None:
            raise BadInput("live-problem-no-channel")
        await defer(interaction, ephemeral=True, thinking=True)
        await send(interaction, await self.flow.effects.announce(t, found, target), ephemeral=True)

    # -- guests and calendars ----------------------------------------------------------------------

    @app_commands.command(name="guests", description="A LIVE's guests and waitlist")
    @app_commands.describe(
        live="The LIVE's number (#12)",
        remove="Take this member off the guests or the waitlist (hosts and LIVE moderators)",
    )
    async def guests(
        self,
        interaction: Interaction,
        live: app_commands.Range[int, 1],
        remove: discord.Member | None = None,
    ) -> None:
        found = await self.find(interaction, live)
        if not found.guest_slots:
            raise BadInput("live-guest-none", number=found.number)
        may_change = interaction.user.id in found.host_ids or await self.is_moderator(interaction)
        await self.flow.signups.show_or_remove(interaction, found, remove, may_change)

    @app_commands.command(
        name="calendar", description="A calendar file of one LIVE or all upcoming"
    )
    @app_commands.describe(live="The LIVE's number (#12); leave out for every upcoming LIVE")
    async def calendar(
        self, interaction: Interaction, live: app_commands.Range[int, 1] | None = None
    ) -> None:
        t = await self.bot.messages_for(interaction)
        if live is not None:
            chosen = [await self.find(interaction, live)]
        else:
            chosen = await self.lives.upcoming(
                guild_id_of(interaction), self.bot.clock.now(), limit=100
            )
        await self.flow.signups.calendar(interaction, chosen, t)

    # -- autocomplete ------------------------------------------------------------------------------

    @info.autocomplete("live")
    @cancel.autocomplete("live")
    @reschedule.autocomplete("live")
    @guests.autocomplete("live")
    @announce.autocomplete("live")
    @calendar.autocomplete("live")
    async def live_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        if interaction.guild_id is None:
            return []
        now = self.bot.clock.now()
        zone = await self.flow.hosts.zone(interaction.guild_id, interaction.user.id) or "UTC"
        found = await self.lives.search(interaction.guild_id, current, now, limit=25)
        t = await self.bot.messages_for(interaction)
        choices = []
        for live in found:
            local = live.starts_at.astimezone(ZoneInfo(zone))
            status = t(f"live-status-{live.status}")
            mark = "" if live.status == "scheduled" else t("live-choice-status", status=status)
            name = f"#{live.number} · {live.title[:60]} · {local:%Y-%m-%d %H:%M} {zone if zone == 'UTC' else local.tzname()}{mark}"
            choices.append(app_commands.Choice(name=name[:100], value=live.number))
        return choices

    # -- /profile show ------------------------------------------------------------------------------

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        """The next LIVE the member hosts, and their last reported LIVE's numbers."""
        lines = []
        live = await self.lives.next_hosted(guild_id, user_id, self.bot.clock.now())
        if live is not None:
            lines.append(
                t(
                    "live-profile-line",
                    number=live.number,
                    title=live.title,
                    relative=format_dt(live.starts_at, "R"),
                )
            )
        reported = await self.after.profile_line(guild_id, user_id, t)
        if reported is not None:
            lines.append(reported)
        return "\n".join(lines) or None
