"""The steps between a /live command and its effects: suggest, preview, choose, confirm.

A step waiting for its member is a ``Pending`` (see ``pending.py``) whose buttons
carry its token; ``press`` routes a press to the step it belongs to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.errors import BadInput, NotFound
from bot.parsing import plain_number
from bot.replies import defer, send
from bot.text import optional_text
from bot.timeparse import AmbiguousTime
from bot.types import Interaction, guild_id_of
from cogs.live import announce
from cogs.live.effects import Effects
from cogs.live.hosts import HostData
from cogs.live.logic import (
    PAGE_SIZE,
    Clash,
    Draft,
    clamp_page,
    clean_title,
    page_count,
    warnings_for,
    when_problem,
)
from cogs.live.pending import TIMEOUT, Pending, PendingSteps
from cogs.live.reminders import plan as plan_reminders
from cogs.live.render import list_embed, preview_embed, series_lines, suggestion_embed
from cogs.live.series import EVENT_WINDOW, local_shifts, occurrences_for, shift_wall
from cogs.live.signups import Signups
from cogs.live.slots import HostInput, find_slots
from cogs.live.views import ButtonSpec, TitleModal, list_view, rsvp_view
from storage.live import Live, LiveRepository, Rsvp

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)


class LiveFlow:
    """Every /live step after the command checks; what the /live buttons call (``LiveButtons``)."""

    def __init__(self, bot: CreatorBot, on_planned: Callable[[], None] = lambda: None) -> None:
        self.bot = bot
        self.lives = LiveRepository(bot.db)
        self.hosts = HostData(bot.db)
        self.steps = PendingSteps(bot)
        self.effects = Effects(bot, self.lives, self.hosts, on_planned)
        self.signups = Signups(bot, self.lives, self.effects)

    def close(self) -> None:
        self.steps.close()

    async def press(self, interaction: Interaction, token: str, action: str) -> None:
        t = await self.bot.messages_for(interaction)
        pending = self.steps.get(token)
        if (
            pending is None
            or self.bot.clock.now() >= pending.expires_at
            or pending.guild_id != interaction.guild_id
        ):
            await interaction.response.send_message(t("live-preview-expired"), ephemeral=True)
            return
        if interaction.user.id != pending.owner_id:
            await interaction.response.send_message(t("error-not-your-button"), ephemeral=True)
            return
        if action == "cancel":
            self.steps.drop(pending)
            await interaction.response.edit_message(
                content=t("live-step-dropped"), embed=None, view=None
            )
        elif pending.kind == "preview" and action in ("confirm", "later"):
            await self.confirm_preview(interaction, pending, later=action == "later")
        elif pending.kind == "cancel" and action in ("confirm", "later"):
            await self.confirm_cancel(interaction, pending, later=action == "later")
        elif pending.kind == "dst" and action in ("early", "late") and pending.draft:
            self.steps.drop(pending)
            start = pending.choices[0 if action == "early" else 1]
            await self.preview(interaction, replace(pending.draft, starts_at=start), edit=True)
        elif pending.kind == "suggest" and action.startswith("s"):
            index = plain_number(action[1:], digits=2)
            if index is None or index >= len(pending.choices):
                raise BadInput("live-preview-expired")
            await interaction.response.send_modal(TitleModal(t, token, index))
        else:
            await interaction.response.send_message(t("live-preview-expired"), ephemeral=True)

    # -- suggest -------------------------------------------------------------------------------

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
        pending = self.steps.open(
            "suggest", interaction, buttons, draft=template, choices=tuple(s.start for s in slots)
        )
        await self.steps.show(interaction, pending, card=card)

    # -- preview ------------------------------------------------------------------------------

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
            sent = await self.effects.sent_offsets(draft.guild_id, draft.live_id)
        offsets = await self.effects.offsets_for(draft)
        planned = plan_reminders(draft.starts_at, draft.duration, offsets, now)
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
            reminders=self.effects.reminder_lines(t, planned, sent, offsets),
            series=series,
        )
        buttons = [
            ButtonSpec("confirm", t("button-confirm"), discord.ButtonStyle.success),
            ButtonSpec("cancel", t("button-cancel")),
        ]
        if draft.live_id is not None and await self.has_later(draft.guild_id, draft.live_id):
            buttons = [
                ButtonSpec("confirm", t("live-move-this"), discord.ButtonStyle.success),
                ButtonSpec("later", t("live-move-later"), discord.ButtonStyle.primary),
                ButtonSpec("cancel", t("button-cancel")),
            ]
        pending = self.steps.open("preview", interaction, buttons, draft=draft)
        await self.steps.show(interaction, pending, card=card, edit=edit)

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
        pending = self.steps.open(
            "dst", interaction, buttons, draft=template, choices=(error.earlier, error.later)
        )
        await self.steps.show(interaction, pending, content=t(error.key, **error.args_))

    async def slot_titled(
        self, interaction: Interaction, token: str, index: int, title: str, description: str | None
    ) -> None:
        pending = self.steps.get(token)
        if pending is None or pending.draft is None or self.bot.clock.now() >= pending.expires_at:
            raise BadInput("live-preview-expired")
        clean = clean_title(title)
        if clean is None:
            raise BadInput("live-error-title")
        text = optional_text(description)
        draft = replace(
            pending.draft, title=clean, description=text, starts_at=pending.choices[index]
        )
        await self.preview(interaction, draft)

    # -- confirmed -----------------------------------------------------------------------------

    async def has_later(self, guild_id: int, live_id: int) -> bool:
        """Whether a LIVE is in a series that has scheduled shows after it."""
        return bool(await self.later_shows(guild_id, live_id))

    async def later_shows(self, guild_id: int, live_id: int) -> list[Live]:
        live = await self.lives.get(guild_id, live_id)
        if live is None or live.series_id is None or live.series_position is None:
            return []
        shows = await self.lives.in_series(guild_id, live.series_id, scheduled_from=live.starts_at)
        return [s for s in shows if (s.series_position or 0) > live.series_position]

    async def confirm_preview(
        self, interaction: Interaction, pending: Pending, *, later: bool = False
    ) -> None:
        self.steps.drop(pending)
        t = await self.bot.messages_for(interaction)
        draft = pending.draft
        assert draft is not None
        problem = when_problem(draft.starts_at, self.bot.clock.now())
        if problem:
            await interaction.response.edit_message(content=t(problem), embed=None, view=None)
            return
        await defer(interaction)
        if draft.live_id is None:
            text = await self.effects.publish(interaction.guild, t, draft)
        else:
            shows = await self.later_shows(draft.guild_id, draft.live_id) if later else []
            before = await self.lives.get(draft.guild_id, draft.live_id)
            text = await self.effects.reschedule(interaction.guild, t, draft)
            if shows and before is not None and before.series_id is not None:
                zone = await self.lives.series_zone(draft.guild_id, before.series_id) or "UTC"
                moved = 0
                for show in shows:
                    start = shift_wall(show.starts_at, before.starts_at, draft.starts_at, zone)
                    if when_problem(start, self.bot.clock.now()):
                        continue
                    follow = replace(
                        draft,
                        live_id=show.id,
                        title=show.title,
                        starts_at=start,
                        reminder_offsets=show.reminder_offsets,
                    )
                    await self.effects.reschedule(interaction.guild, t, follow)
                    moved += 1
                text += "\n" + t("live-moved-later", count=moved)
        await interaction.edit_original_response(content=text[:2000], embed=None, view=None)

    async def ask_cancel(self, interaction: Interaction, live: Live) -> None:
        t = await self.bot.messages_for(interaction)
        going = len(await self.lives.rsvp_users(live.guild_id, live.id, "going"))
        buttons = [
            ButtonSpec("confirm", t("live-cancel-button"), discord.ButtonStyle.danger),
            ButtonSpec("cancel", t("live-cancel-keep")),
        ]
        if await self.has_later(live.guild_id, live.id):
            buttons = [
                ButtonSpec("confirm", t("live-cancel-this"), discord.ButtonStyle.danger),
                ButtonSpec("later", t("live-cancel-later"), discord.ButtonStyle.danger),
                ButtonSpec("cancel", t("live-cancel-keep")),
            ]
        pending = self.steps.open("cancel", interaction, buttons, live_id=live.id)
        content = t(
            "live-cancel-question",
            number=live.number,
            title=live.title,
            full=format_dt(live.starts_at, "F"),
            going=going,
        )
        await self.steps.show(interaction, pending, content=content)

    async def confirm_cancel(
        self, interaction: Interaction, pending: Pending, *, later: bool = False
    ) -> None:
        self.steps.drop(pending)
        t = await self.bot.messages_for(interaction)
        assert pending.live_id is not None
        live = await self.lives.get(pending.guild_id, pending.live_id)
        if live is None or live.status != "scheduled":
            await interaction.response.edit_message(
                content=t("live-error-not-scheduled"), view=None
            )
            return
        await defer(interaction)
        shows = await self.later_shows(live.guild_id, live.id) if later else []
        text = await self.effects.cancel(interaction.guild, t, live, interaction.user.id)
        for show in shows:
            await self.effects.cancel(interaction.guild, t, show, interaction.user.id)
        if shows:
            text += "\n" + t("live-cancelled-later", count=len(shows))
        if live.series_id is not None:
            upcoming = await self.lives.in_series(
                live.guild_id, live.series_id, scheduled_from=self.bot.clock.now()
            )
            await self.effects.series.advance(interaction.guild, upcoming, [])
        await interaction.edit_original_response(content=text[:2000], embed=None, view=None)

    # -- list and RSVP -------------------------------------------------------------------------

    async def show_list(self, interaction: Interaction, page: int, *, edit: bool) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        total = await self.lives.count_upcoming(guild_id, now)
        page = clamp_page(page, total)
        lives = await self.lives.upcoming(guild_id, now, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
        pages = page_count(total)
        card = list_embed(t, lives, page, pages, total)
        view = list_view(t, page, pages)
        if edit:
            await interaction.response.edit_message(embed=card, view=view)
        else:
            await send(interaction, embed=card, view=view, ephemeral=True)

    async def guest(self, interaction: Interaction, live_id: int) -> None:
        await self.signups.press(interaction, live_id)

    async def calendar(self, interaction: Interaction, live_id: int) -> None:
        await self.signups.calendar_button(interaction, live_id)

    async def rsvp(self, interaction: Interaction, live_id: int, choice: Rsvp) -> None:
        t = await self.bot.messages_for(interaction)
        if interaction.guild_id is None:
            raise NotFound("live-error-not-found")
        live = await self.lives.get(interaction.guild_id, live_id)
        if live is None:
            raise NotFound("live-error-not-found")
        if live.status == "cancelled":
            raise BadInput("live-rsvp-cancelled", number=live.number)
        now = self.bot.clock.now()
        if live.status == "ended" or live.ends_at <= now:
            raise BadInput("live-rsvp-over", number=live.number)
        await self.lives.set_rsvp(live.guild_id, live.id, interaction.user.id, choice, now)
        counts = await self.lives.rsvp_counts(live.guild_id, live.id)
        gt = await self.bot.guild_messages(live.guild_id)
        signed = await announce.guests_of(self.bot, live)
        await interaction.response.edit_message(
            embed=announce.announcement_embed(gt, live, counts, signed),
            view=rsvp_view(gt, live, counts, signed),
        )
        try:
            await interaction.followup.send(
                t(f"live-rsvp-done-{choice}", number=live.number, title=live.title), ephemeral=True
            )
        except discord.HTTPException:
            log.debug("could not confirm the RSVP of %s privately", interaction.user.id)
