"""The buttons of a step waiting for its member (``StepButtons``), and what confirming does:
a preview becomes a saved or moved LIVE, a cancel question a cancelled one.

Each button says what it is (``views.py``); every press is first checked against its
step: gone (expired, or from before a restart), of another server, or not the member's.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.errors import BadInput
from bot.replies import defer
from bot.text import optional_text, shown
from bot.types import Interaction
from cogs.live.scheduling._pending import Pending, PendingSteps
from cogs.live.scheduling.effects import Effects
from cogs.live.scheduling.logic import clean_title, when_problem
from cogs.live.scheduling.preview import Preview
from cogs.live.scheduling.views import ButtonSpec, TitleModal
from cogs.live.series_guests.recurrence import shift_wall
from cogs.live.series_guests.steps import SeriesSteps
from storage.live import Live, LiveRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot


class Steps:
    def __init__(
        self,
        bot: CreatorBot,
        lives: LiveRepository,
        pending: PendingSteps,
        preview: Preview,
        effects: Effects,
        series: SeriesSteps,
    ) -> None:
        self.bot = bot
        self.lives = lives
        self.pending = pending
        self.preview = preview
        self.effects = effects
        self.series = series

    async def _own(self, interaction: Interaction, token: str) -> Pending | None:
        """The member's own step behind a button, or None once answered that it is gone."""
        t = await self.bot.messages_for(interaction)
        pending = self.pending.get(token)
        if (
            pending is None
            or self.bot.clock.now() >= pending.expires_at
            or pending.guild_id != interaction.guild_id
        ):
            await interaction.response.send_message(t("live-preview-expired"), ephemeral=True)
            return None
        if interaction.user.id != pending.owner_id:
            await interaction.response.send_message(t("error-not-your-button"), ephemeral=True)
            return None
        return pending

    async def _expired(self, interaction: Interaction) -> None:
        t = await self.bot.messages_for(interaction)
        await interaction.response.send_message(t("live-preview-expired"), ephemeral=True)

    # -- the buttons ---------------------------------------------------------------------

    async def confirm(self, interaction: Interaction, token: str, *, later: bool) -> None:
        pending = await self._own(interaction, token)
        if pending is None:
            return
        if pending.kind == "preview":
            await self.confirm_preview(interaction, pending, later=later)
        elif pending.kind == "cancel":
            await self.confirm_cancel(interaction, pending, later=later)
        else:
            await self._expired(interaction)

    async def drop(self, interaction: Interaction, token: str) -> None:
        pending = await self._own(interaction, token)
        if pending is None:
            return
        self.pending.drop(pending)
        t = await self.bot.messages_for(interaction)
        await interaction.response.edit_message(
            content=t("live-step-dropped"), embed=None, view=None
        )

    async def choose_time(self, interaction: Interaction, token: str, *, earlier: bool) -> None:
        pending = await self._own(interaction, token)
        if pending is None:
            return
        if pending.kind != "dst" or pending.draft is None:
            await self._expired(interaction)
            return
        self.pending.drop(pending)
        start = pending.choices[0 if earlier else 1]
        await self.preview.time_chosen(interaction, pending.draft, start, pending.typed)

    async def pick_slot(self, interaction: Interaction, token: str, index: int) -> None:
        pending = await self._own(interaction, token)
        if pending is None:
            return
        if pending.kind != "suggest":
            await self._expired(interaction)
            return
        if index >= len(pending.choices):
            raise BadInput("live-preview-expired")
        t = await self.bot.messages_for(interaction)
        await interaction.response.send_modal(TitleModal(t, token, index))

    async def pick_zone(self, interaction: Interaction, token: str, zone: str) -> None:
        pending = await self._own(interaction, token)
        if pending is None:
            return
        if pending.kind != "zone" or pending.draft is None or pending.menu is None:
            await self._expired(interaction)
            return
        if zone not in {value for value, _label in pending.menu.options}:
            raise BadInput("error-timezone-unknown", value=zone[:100])  # not one it offered
        self.pending.drop(pending)
        when, until, alternate_when = pending.typed
        template = replace(pending.draft, zone=zone, zone_note=None)
        await self.preview.read_time_then_preview(
            interaction,
            when,
            zone,
            template,
            until=until,
            alternate_when=alternate_when,
            edit=True,
        )

    async def slot_titled(
        self, interaction: Interaction, token: str, index: int, title: str, description: str | None
    ) -> None:
        pending = self.pending.get(token)
        if pending is None or pending.draft is None or self.bot.clock.now() >= pending.expires_at:
            raise BadInput("live-preview-expired")
        clean = clean_title(title)
        if clean is None:
            raise BadInput("live-error-title")
        text = optional_text(description)
        draft = replace(
            pending.draft, title=clean, description=text, starts_at=pending.choices[index]
        )
        await self.preview.preview(interaction, draft)

    # -- confirmed -----------------------------------------------------------------------

    async def confirm_preview(
        self, interaction: Interaction, pending: Pending, *, later: bool = False
    ) -> None:
        self.pending.drop(pending)
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
            shows = await self.series.later_shows(draft.guild_id, draft.live_id) if later else []
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
        if await self.series.has_later(live.guild_id, live.id):
            buttons = [
                ButtonSpec("confirm", t("live-cancel-this"), discord.ButtonStyle.danger),
                ButtonSpec("later", t("live-cancel-later"), discord.ButtonStyle.danger),
                ButtonSpec("cancel", t("live-cancel-keep")),
            ]
        pending = self.pending.open("cancel", interaction, buttons, live_id=live.id)
        content = t(
            "live-cancel-question",
            number=live.number,
            title=shown(live.title),
            full=format_dt(live.starts_at, "F"),
            going=going,
        )
        await self.pending.show(interaction, pending, content=content)

    async def confirm_cancel(
        self, interaction: Interaction, pending: Pending, *, later: bool = False
    ) -> None:
        self.pending.drop(pending)
        t = await self.bot.messages_for(interaction)
        assert pending.live_id is not None
        live = await self.lives.get(pending.guild_id, pending.live_id)
        if live is None or live.status != "scheduled":
            await interaction.response.edit_message(
                content=t("live-error-not-scheduled"), view=None
            )
            return
        await defer(interaction)
        shows = await self.series.later_shows(live.guild_id, live.id) if later else []
        text = await self.effects.cancel(interaction.guild, t, live, interaction.user.id)
        for show in shows:
            await self.effects.cancel(interaction.guild, t, show, interaction.user.id)
        if shows:
            text += "\n" + t("live-cancelled-later", count=len(shows))
        await self.series.advance_from(interaction.guild, live, [])
        await interaction.edit_original_response(content=text[:2000], embed=None, view=None)
