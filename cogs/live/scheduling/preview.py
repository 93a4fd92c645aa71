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
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord

from bot.errors import BadInput
from bot.replies import defer, send
from bot.timeparse import AmbiguousTime, NonexistentTime, parse_when
from bot.types import Interaction, guild_id_of
from cogs.live.common.logic import Draft
from cogs.live.common.public import PublicSide
from cogs.live.reminders.logic import plan
from cogs.live.reminders.planning import ReminderPlans, reminder_lines
from cogs.live.scheduling._hosts import HostData
from cogs.live.scheduling._pending import TIMEOUT, PendingSteps
from cogs.live.scheduling.logic import MAX_AHEAD, Clash, warnings_for, when_problem
from cogs.live.scheduling.render import preview_embed, suggestion_embed, understood, wall_text
from cogs.live.scheduling.slots import HostInput, find_slots
from cogs.live.scheduling.views import ButtonSpec, MenuSpec
from cogs.live.series_guests.options import with_series
from cogs.live.series_guests.recurrence import EVENT_WINDOW, local_shifts, occurrences_for
from cogs.live.series_guests.render import series_lines
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages

MAX_ZONES = 25  # Discord's limit of a select menu's options


def in_own_words(t: Messages, error: AmbiguousTime | NonexistentTime, zone: str) -> BadInput:
    """A DST refusal of a typed time with its times of day written the reader's way (the
    parser names them ``2026-10-25 02:30``, ``03:00``)."""
    if isinstance(error, AmbiguousTime):
        wall = error.earlier.astimezone(ZoneInfo(zone))
        return BadInput(error.key, **(error.args_ | {"when": wall_text(t, wall)}))
    typed = datetime.fromisoformat(str(error.args_["when"]))
    return BadInput(
        error.key,
        **(error.args_ | {"when": wall_text(t, typed), "suggestion": t.time(error.suggestion)}),
    )


class Preview:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        hosts: HostData,
        pending: PendingSteps,
        plans: ReminderPlans,
        series: SeriesSteps,
        public: PublicSide,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.public = public
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

        Hosts' weekly windows become UTC intervals date by date (DST-safe); the group's
        other LIVEs (held or scheduled) steer the ranking away from putting the same host at
        the edge of their window again, and a host's scheduled LIVEs are never offered over.
        """
        guild_id = guild_id_of(interaction)
        await defer(interaction, ephemeral=True, thinking=True)
        known = await self.hosts.read(guild_id, hosts)
        contexts = known.contexts(start, end)
        counts = await self.hosts.recent_edge_counts(guild_id, known, end)
        search = find_slots(
            [HostInput(c.user_id, c.zone, c.intervals) for c in contexts],
            length,
            start,
            end,
            recent_edge_counts=counts,
            busy=await self.hosts.busy(guild_id, hosts, start, end),
        )
        t = await self.bot.messages_for(interaction)
        zones = {c.user_id: c.zone for c in contexts if c.zone is not None}
        minutes = int(length.total_seconds() // 60)
        card, slots = suggestion_embed(t, search, zones, minutes, within_days, counts)
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
            scheduler_locale=t.locale,
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
        edit: bool = False,
    ) -> None:
        """The typed time (and a series' options) read in ``zone``, then the preview
        (``edit``: in place of the step the member answered)."""
        now = self.bot.clock.now()
        t = await self.bot.messages_for(interaction)
        try:
            parsed = parse_when(when, now, zone)
        except AmbiguousTime as error:
            typed = (when, until, alternate_when)
            await self.ask_which(interaction, error, template, zone, typed, edit=edit)
            return
        except NonexistentTime as error:
            raise in_own_words(t, error, zone) from None
        draft = replace(
            template, starts_at=parsed.utc, understood=understood(t, parsed.local, zone)
        )
        draft = self.series_read(t, draft, zone, until, alternate_when)
        await self.preview(interaction, draft, edit=edit)

    async def time_chosen(
        self,
        interaction: Interaction,
        template: Draft,
        start: datetime,
        typed: tuple[str, str | None, str | None],
    ) -> None:
        """Which of the two moments of a doubled wall time was meant, answered: a series'
        options read against it, then the preview in place of the question."""
        t = await self.bot.messages_for(interaction)
        _when, until, alternate_when = typed
        draft = replace(template, starts_at=start)
        draft = self.series_read(t, draft, draft.zone or "UTC", until, alternate_when)
        await self.preview(interaction, draft, edit=True)

    def series_read(
        self, t: Messages, draft: Draft, zone: str, until: str | None, alternate: str | None
    ) -> Draft:
        """The draft with a series' options read and checked (``with_series``), when it has
        any; a refusal changes nothing."""
        if not (until or alternate or draft.repeat is not None or draft.count is not None):
            return draft
        now = self.bot.clock.now()
        try:
            return with_series(
                t, draft, zone, now, now + MAX_AHEAD, until=until, alternate=alternate
            )
        except (AmbiguousTime, NonexistentTime) as error:
            raise in_own_words(t, error, zone) from None

    async def ask_zone(
        self,
        interaction: Interaction,
        typed: str,
        candidates: Sequence[str],
        template: Draft,
        *,
        when: str,
        until: str | None = None,
        alternate_when: str | None = None,
    ) -> None:
        """A ``timezone`` that could mean several (``CET``): its matches to pick from, as
        its autocomplete lists them, then the time is read in the one picked."""
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        listed = [
            (z, label) for z, label in self.bot.zone_choices(typed, now, t) if z in candidates
        ]
        if not listed:
            listed = [(z, z) for z in sorted(candidates)[:MAX_ZONES]]
        menu = MenuSpec(t("live-zone-pick-placeholder"), tuple(listed[:MAX_ZONES]))
        pending = self.pending.open(
            "zone",
            interaction,
            [ButtonSpec("cancel", t("button-cancel"))],
            draft=template,
            menu=menu,
            typed=(when, until, alternate_when),
        )
        content = t("live-zone-pick", value=typed.strip()[:100])
        if len(candidates) > len(menu.options):
            content += "\n" + t(
                "live-zone-pick-more", shown=len(menu.options), total=len(candidates)
            )
        await self.pending.show(interaction, pending, content=content)

    async def ask_which(
        self,
        interaction: Interaction,
        error: AmbiguousTime,
        template: Draft,
        zone: str,
        typed: tuple[str, str | None, str | None],
        *,
        edit: bool = False,
    ) -> None:
        """A wall time that happens twice: two buttons, then the normal preview (``typed``:
        the command's when, until and alternate_when, read again against the answer)."""
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
            "dst",
            interaction,
            buttons,
            draft=replace(template, zone=zone),
            choices=(error.earlier, error.later),
            typed=typed,
        )
        question = in_own_words(t, error, zone)
        await self.pending.show(
            interaction, pending, content=t(question.key, **question.shown_args()), edit=edit
        )

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
            reminders=reminder_lines(t, planned, sent, offsets, headed=True),
            series=series,
            language=await self.language_line(t, draft) if draft.live_id is None else None,
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

    async def language_line(self, t: Messages, draft: Draft) -> str:
        """Which language the announcement will be posted in, and why (as ``PublicSide``
        will post it: the server's public language, else the scheduler's)."""
        locale, why = await self.public.language(
            draft.guild_id, draft.scheduler_id, draft.scheduler_locale
        )
        return t("live-preview-language", language=t(f"live-language-{locale}"), why=why)
