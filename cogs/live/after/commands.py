"""/live report, /live stats and /live checklist: the commands after (and just before) a LIVE.

A part of the one ``/live`` group (``cogs.live.cog.LiveCog``); the work is done by
``reports.Reports``, ``stats.LiveStats`` and ``checklist.Checklist``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput, NotFound
from bot.timeparse import parse_duration, parse_when
from bot.transformers import Count
from bot.types import Interaction, guild_id_of
from cogs.live.after.logic import parse_watch
from cogs.live.after.reports import MAX_UNSCHEDULED, MIN_UNSCHEDULED
from cogs.live.after.stats import DEFAULT_LAST, MAX_LAST, MIN_LAST
from cogs.live.common.access import choice_label
from storage.live_reports import Figures

if TYPE_CHECKING:
    from datetime import timedelta

    from bot.client import CreatorBot
    from cogs.live.after.room import AfterTheLive
    from cogs.live.common.access import LiveAccess

Counted = Count | None


class AfterCommands(commands.Cog):
    if TYPE_CHECKING:
        bot: CreatorBot
        access: LiveAccess
        after: AfterTheLive

    @app_commands.command(name="report", description="Your numbers from a LIVE's summary")
    @app_commands.describe(
        live="The LIVE's number (#12), for a LIVE scheduled here",
        when="Or: when a LIVE that was never scheduled started, e.g. yesterday 20:00",
        duration="How long that LIVE was: 45m, 1h30 (needed with when)",
        viewers="Total viewers",
        peak_viewers="Most viewers at once",
        new_followers="New followers",
        avg_watch="Average watch time: 2m30s, 150s, 2:30",
        diamonds="Diamonds earned",
        gifters="Gifters",
        likes="Likes",
        comments="Comments",
        shares="Shares",
        member="Report for a guest or co-host (default: you)",
    )
    async def report(
        self,
        interaction: Interaction,
        live: app_commands.Range[int, 1] | None = None,
        when: app_commands.Range[str, 1, 100] | None = None,
        duration: app_commands.Range[str, 1, 32] | None = None,
        viewers: Counted = None,
        peak_viewers: Counted = None,
        new_followers: Counted = None,
        avg_watch: app_commands.Range[str, 1, 32] | None = None,
        diamonds: Counted = None,
        gifters: Counted = None,
        likes: Counted = None,
        comments: Counted = None,
        shares: Counted = None,
        member: discord.Member | None = None,
    ) -> None:
        guild_id = guild_id_of(interaction)
        if (live is None) == (when is None):
            raise BadInput("live-report-live-or-when")
        given = Figures(
            viewers=viewers,
            peak_viewers=peak_viewers,
            new_followers=new_followers,
            avg_watch_seconds=parse_watch(avg_watch) if avg_watch else None,
            diamonds=diamonds,
            gifters=gifters,
            likes=likes,
            comments=comments,
            shares=shares,
        )
        target = (member or interaction.user).id
        if live is not None:
            await self.after.reports.report_scheduled(interaction, guild_id, live, target, given)
            return
        assert when is not None
        zone = await self.access.zone_of(interaction, None)
        started = parse_when(when, self.bot.clock.now(), zone, prefer="past").utc
        length: timedelta | None = None
        if duration:
            length = parse_duration(duration, minimum=MIN_UNSCHEDULED, maximum=MAX_UNSCHEDULED)
        await self.after.reports.report_unscheduled(
            interaction, guild_id, started, length, target, given
        )

    @app_commands.command(name="stats", description="Your LIVEs' numbers, a chart and findings")
    @app_commands.describe(
        member="Whose LIVEs (default: yours)",
        last="How many of the latest LIVEs to list (5-50, default 10)",
        server="The whole server's LIVEs (LIVE moderators)",
    )
    async def stats_(
        self,
        interaction: Interaction,
        member: discord.Member | None = None,
        last: app_commands.Range[int, MIN_LAST, MAX_LAST] = DEFAULT_LAST,
        server: bool = False,
    ) -> None:
        guild_id = guild_id_of(interaction)
        moderator = await self.access.is_moderator(interaction) if server else False
        target = member or interaction.user
        await self.after.stats.show(
            interaction, guild_id, target, last, server=server, moderator=moderator
        )

    @app_commands.command(name="checklist", description="The checklist before going LIVE")
    @app_commands.describe(live="A LIVE you host or guest (#12); leave out for the general list")
    async def checklist(
        self, interaction: Interaction, live: app_commands.Range[int, 1] | None = None
    ) -> None:
        guild_id = guild_id_of(interaction)
        found = None
        if live is not None:
            found = await self.access.lives.by_number(guild_id, live)
            if found is None:
                raise NotFound("live-error-no-number", number=live)
        await self.after.checklist.show(interaction, guild_id, found)

    @report.autocomplete("live")
    @checklist.autocomplete("live")
    async def started_autocomplete(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[int]]:
        """LIVEs of this server that have started, newest first (for the checklist: the
        member's own upcoming ones first)."""
        if interaction.guild_id is None:
            return []
        now = self.bot.clock.now()
        upcoming = interaction.command is not None and interaction.command.name == "checklist"
        found = await self.after.reports.choices(
            interaction.guild_id, interaction.user.id, current, now, upcoming=upcoming
        )
        zone = await self.access.zone_of(interaction, None)
        t = await self.bot.messages_for(interaction)
        return [
            app_commands.Choice(
                name=choice_label(t, number, title, starts, zone)[:100], value=number
            )
            for number, title, starts in found
        ]
