"""From a /live command's options to a preview waiting for its member: the suggested
slots, the DST chooser, the preview itself (with its warnings, reminders and the shows of
a series).

A step waiting for its member is a ``Pending`` (see ``_pending.py``) whose buttons carry
its token; ``steps.Steps`` answers them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

import discord

from bot.errors import BadInput
from bot.replies import defer, send
from bot.timeparse import AmbiguousTime, parse_when
from bot.types import Interaction, guild_id_of
from cogs.live.common.logic import Draft
from cogs.live.reminders.logic import plan
from cogs.live.reminders.planning import ReminderPlans, reminder_lines
from cogs.live.scheduling._hosts import HostData
from cogs.live.scheduling._pending import TIMEOUT, PendingSteps
from cogs.live.scheduling.logic import MAX_AHEAD, Clash, warnings_for, when_problem
from cogs.live.scheduling.render import preview_embed, suggestion_embed
from cogs.live.scheduling.slots import HostInput, find_slots
from cogs.live.scheduling.views import ButtonSpec
from cogs.live.series_guests.recurrence import (
    EVENT_WINDOW,
    Repeat,
    local_shifts,
    occurrences_for,
)
from cogs.live.series_guests.recurrence import problem as series_problem
from cogs.live.series_guests.render import series_lines
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot


class Preview:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        hosts: HostData,
        pending: PendingSteps,
        plans: ReminderPlans,
        series: SeriesSteps,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.hosts = hosts
        self.pending = pending
        self.plans = plans
        self.series = series

    # -- suggest -------------------------------------------------------------------------

    async def suggest(
        self,
        interaction: Interaction,
        hosts: Sequence[int],
        length: timedelta,
        start: datetime,
        end: datetime,
        within_days: int,
    ) -> None:
        """Search [start, end) for ``hosts`` and answer with up to five slots to pick from.

        Hosts' weekly windows become UTC intervals date by date (DST-safe); earlier LIVEs
        of the same host group steer the ranking away from putting the same host at the
        edge of their window again.
        """
        guild_id = guild_id_of(interaction)
        now = self.bot.clock.now()
        await defer(interaction, ephemeral=True, thinking=True)
        known = await self.hosts.read(guild_id, hosts)
        contexts = known.contexts(start, end)
        counts = await self.hosts.recent_edge_counts(guild_id, known, now)
        search = find_slots(
            [HostInput(c.user_id, c.zone, c.intervals) for c in contexts],
            length,
            start,
            end,
            recent_edge_counts=counts,
        )
        t = await self.bot.messages_for(interaction)
        zones = {c.user_id: c.zone for c in contexts if c.zone is not None}
        minutes = int(length.total_seconds() // 60)
        card, slots = suggestion_embed(t, search, zones, minutes, within_days)
        if not slots:
            await send(interaction, embed=card, ephemeral=True)
            return
        template = Draft(
            guild_id=guild_id,
            scheduler_id=interaction.user.id,
            title="",
            description=None,
            starts_at=slots[0].start,
            duration=length,
            host_ids=tuple(hosts),
            channel_id=None,
        )
        buttons = [
            ButtonSpec(f"s{i}", t("live-suggest-pick", n=i + 1), discord.ButtonStyle.primary)
            for i in range(len(slots))
        ]
        pending = self.pending.open(
            "suggest", interaction, buttons, draft=template, choices=tuple(s.start for s in slots)
        )
        await self.pending.show(interaction, pending, card=card)

    # -- the typed time ------------------------------------------------------------------

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
            await self.ask_which(interaction, error, template)
            return
        draft = replace(template, starts_at=parsed.utc, understood=parsed.understood)
        if until or alternate_when or draft.repeat is not None or draft.count is not None:
            draft = self.with_series(draft, zone, now, until, alternate_when)
        await self.preview(interaction, draft)

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

    async def ask_which(
        self, interaction: Interaction, error: AmbiguousTime, template: Draft
    ) -> None:
        """A wall time that happens twice: two buttons, then the normal preview."""
        t = await self.bot.messages_for(interaction)
        buttons = [
            ButtonSpec(
                "early",
                t("live-dst-earlier", offset=error.args_["earlier_offset"]),
                discord.ButtonStyle.primary,
            ),
            ButtonSpec(
                "late",
                t("live-dst-later", offset=error.args_["later_offset"]),
                discord.ButtonStyle.primary,
            ),
            ButtonSpec("cancel", t("button-cancel")),
        ]
        pending = self.pending.open(
            "dst", interaction, buttons, draft=template, choices=(error.earlier, error.later)
        )
        await self.pending.show(interaction, pending, content=t(error.key, **error.shown_args()))

    # -- the preview ---------------------------------------------------------------------

    async def preview(self, interaction: Interaction, draft: Draft, *, edit: bool = False) -> None:
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        problem = when_problem(draft.starts_at, now)
        if problem:
            raise BadInput(problem)
        end = draft.starts_at + draft.duration
        hosts = await self.hosts.contexts(
            draft.guild_id,
            draft.host_ids,
            draft.starts_at - timedelta(days=1),
            end + timedelta(days=1),
        )
        overlapping = await self.lives.overlapping(
            draft.guild_id, draft.host_ids, draft.starts_at, end, exclude_live_id=draft.live_id
        )
        clashes = [
            Clash(
                live.number,
                live.title,
                live.starts_at,
                tuple(h for h in live.host_ids if h in draft.host_ids),
            )
            for live in overlapping
        ]
        warnings = warnings_for(draft.starts_at, draft.duration, now, hosts, clashes)
        settings = await self.bot.guild_settings.get(draft.guild_id)
        old_start = None
        sent: list[int] = []
        if draft.live_id is not None:
            saved = await self.lives.get(draft.guild_id, draft.live_id)
            old_start = saved.starts_at if saved else None
            sent = await self.plans.sent_offsets(draft.guild_id, draft.live_id)
        offsets = await self.plans.offsets_for(draft)
        planned = plan(draft.starts_at, draft.duration, offsets, now)
        series: list[str] = []
        if draft.repeat is not None and draft.live_id is None:
            found = occurrences_for(draft)
            if when_problem(found[-1].starts_at, now):
                raise BadInput("live-series-until-range")
            zones = {c.user_id: c.zone for c in hosts if c.zone is not None}
            shifts = local_shifts(found, zones, alternating=draft.alternate_starts_at is not None)
            series = series_lines(t, found, zones, shifts, window=EVENT_WINDOW)
        card = preview_embed(
            t,
            draft,
            hosts,
            warnings,
            draft.channel_id or settings.live_channel_id,
            old_start=old_start,
            minutes_to_expire=int(TIMEOUT.total_seconds() // 60),
            reminders=reminder_lines(t, planned, sent, offsets),
            series=series,
        )
        buttons = [
            ButtonSpec("confirm", t("button-confirm"), discord.ButtonStyle.success),
            ButtonSpec("cancel", t("button-cancel")),
        ]
        if draft.live_id is not None and await self.series.has_later(draft.guild_id, draft.live_id):
            buttons = [
                ButtonSpec("confirm", t("live-move-this"), discord.ButtonStyle.success),
                ButtonSpec("later", t("live-move-later"), discord.ButtonStyle.primary),
                ButtonSpec("cancel", t("button-cancel")),
            ]
        pending = self.pending.open("preview", interaction, buttons, draft=draft)
        await self.pending.show(interaction, pending, card=card, edit=edit)
