"""/availability set, show and clear: weekly windows in the member's own timezone.

Replies are ephemeral: they are about one member's week and, for /availability show,
tailored to the viewer's timezone. Windows are stored merged (see bot.windows.merge_windows).
"""

from __future__ import annotations

import logging
from datetime import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput, NotFound
from bot.parsing import plain_number
from bot.replies import embed, send
from bot.timeparse import parse_clock, parse_days
from bot.types import Interaction, guild_id_of
from bot.ui import ConfirmView
from bot.windows import Window, as_window, clock_minute, convert_windows, merge_windows
from cogs.availability.render import clock, format_window, window_lines
from storage.availability import AvailabilityRepository, StoredWindow
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)

MAX_WINDOWS = 25  # what one autocomplete list (and one embed field) can show


@app_commands.guild_only()
class AvailabilityCog(
    commands.GroupCog,
    group_name="availability",
    group_description="When you are free for group LIVEs, as weekly windows",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.windows = AvailabilityRepository(bot.db)
        self.members = MemberRepository(bot.db)
        super().__init__()

    async def _zone(self, guild_id: int, user_id: int) -> str | None:
        member = await self.members.get(guild_id, user_id)
        return member.timezone if member is not None else None

    # -- /availability set -------------------------------------------------------------

    @app_commands.command(name="set", description="Add a weekly window when you are free")
    @app_commands.rename(from_="from")
    @app_commands.describe(
        days="Days the window starts on: mon-fri, sat,sun, daily, tue, 周一至周五, man-fre",
        from_="Start, in your timezone: 18:00, 8pm, kl 20, 晚上8点",
        to="End, in your timezone: 22:00, 10pm; may pass midnight (22:00 to 02:00)",
    )
    async def set_window(
        self,
        interaction: Interaction,
        days: app_commands.Range[str, 1, 100],
        from_: app_commands.Range[str, 1, 40],
        to: app_commands.Range[str, 1, 40],
    ) -> None:
        guild_id = guild_id_of(interaction)
        user_id = interaction.user.id
        zone = await self._zone(guild_id, user_id)
        if zone is None:
            raise BadInput("availability-error-no-timezone")
        weekdays = parse_days(days)
        start = clock_minute(parse_clock(from_))
        end = clock_minute(parse_clock(to))
        t = await self.bot.messages_for(interaction)
        if start == end:
            raise BadInput("availability-error-same-time", value=clock(start, t))
        added = Window(weekdays, start, end)

        def with_added(current: list[StoredWindow]) -> list[tuple[frozenset[int], time, time]]:
            merged = merge_windows([*(as_window(w) for w in current), added])
            if len(merged) > MAX_WINDOWS:
                raise BadInput("availability-error-too-many", maximum=MAX_WINDOWS)
            return [(w.days, w.start, w.end) for w in merged]

        # Read, merge and save in one transaction: two at once both count.
        saved = await self.windows.change(guild_id, user_id, with_added, self.bot.clock.now())
        log.info("availability of %s in %s: %d windows", user_id, guild_id, len(saved))
        card = embed(
            t("availability-set-title", zone=zone),
            t("availability-set-done", window=format_window(added, t)),
        )
        card.add_field(
            name=t("availability-your-windows", zone=zone),
            value=window_lines([as_window(w) for w in saved], t),
            inline=False,
        )
        await send(interaction, embed=card, ephemeral=True)

    # -- /availability show ------------------------------------------------------------

    @app_commands.command(
        name="show", description="A member's weekly windows, in their time and yours"
    )
    @app_commands.describe(member="Whose availability to show (default: yours)")
    async def show(self, interaction: Interaction, member: discord.Member | None = None) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        target = member or interaction.user
        own = target.id == interaction.user.id
        stored = await self.windows.windows(guild_id, target.id)
        if not stored:
            text = (
                t("availability-show-none-self")
                if own
                else t("availability-show-none", member=target.mention)
            )
            await send(interaction, text, ephemeral=True)
            return
        windows = [as_window(w) for w in stored]
        zone = await self._zone(guild_id, target.id)
        viewer_zone = zone if own else await self._zone(guild_id, interaction.user.id)
        # One heading for one's own windows (the field's); another member is named first.
        who = None if own else t("availability-show-member", member=target.mention)
        card = embed(t("availability-show-title"), who)
        if zone is None:
            heading = t("availability-show-no-zone")
        elif own:
            heading = t("availability-your-windows", zone=zone)
        else:
            heading = t("availability-show-local", zone=zone)
        card.add_field(
            name=heading,
            value=window_lines(windows, t),
            inline=False,
        )
        if zone and viewer_zone and viewer_zone != zone:
            converted = convert_windows(windows, zone, viewer_zone, self.bot.clock.now())
            card.add_field(
                name=t("availability-show-viewer", zone=viewer_zone),
                value=window_lines(converted, t),
                inline=False,
            )
            card.set_footer(text=t("availability-show-dst-note"))
        await send(interaction, embed=card, ephemeral=True)

    # -- /availability clear -----------------------------------------------------------

    @app_commands.command(name="clear", description="Remove one of your windows, or all of them")
    @app_commands.describe(window="The window to remove (leave empty to remove all)")
    async def clear(
        self, interaction: Interaction, window: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        guild_id = guild_id_of(interaction)
        user_id = interaction.user.id
        t = await self.bot.messages_for(interaction)
        if window is not None:
            await self._clear_one(interaction, t, guild_id, user_id, window)
            return
        existing = await self.windows.windows(guild_id, user_id)
        if not existing:
            await send(interaction, t("availability-clear-nothing"), ephemeral=True)
            return
        view = ConfirmView(t, owner_id=user_id)
        question = t("availability-clear-confirm", count=len(existing))
        await send(
            interaction,
            question + "\n" + window_lines([as_window(w) for w in existing], t, limit=1800),
            ephemeral=True,
            view=view,
        )
        timed_out = await view.wait()
        if timed_out or view.interaction is None:
            try:
                await interaction.edit_original_response(
                    content=t("availability-clear-timeout"), view=None
                )
            except discord.HTTPException:
                log.debug("could not mark the clear-all question as timed out")
            return
        if not view.value:
            await view.interaction.response.edit_message(
                content=t("availability-clear-kept"), view=None
            )
            return
        removed = await self.windows.clear(guild_id, user_id)
        log.info("availability of %s in %s cleared (%d windows)", user_id, guild_id, removed)
        await view.interaction.response.edit_message(
            content=t("availability-clear-all-done", count=removed), view=None
        )

    async def _clear_one(
        self, interaction: Interaction, t: Messages, guild_id: int, user_id: int, value: str
    ) -> None:
        text = value.strip()
        window_id = plain_number(text)
        stored = (
            await self.windows.get(guild_id, user_id, window_id) if window_id is not None else None
        )
        if stored is None or not await self.windows.delete(guild_id, user_id, stored.id):
            raise NotFound("availability-error-window-unknown", value=text[:100])
        remaining = [as_window(w) for w in await self.windows.windows(guild_id, user_id)]
        reply = t("availability-clear-one-done", window=format_window(as_window(stored), t))
        reply += "\n" + (
            window_lines(remaining, t, limit=1800)
            if remaining
            else t("availability-clear-none-left")
        )
        await send(interaction, reply, ephemeral=True)

    @clear.autocomplete("window")
    async def window_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        t = await self.bot.messages_for(interaction)
        query = current.strip().casefold()
        choices = []
        for stored in await self.windows.windows(interaction.guild_id, interaction.user.id):
            label = format_window(as_window(stored), t)
            if not query or query in label.casefold():
                choices.append(app_commands.Choice(name=label[:100], value=str(stored.id)))
        return choices[:25]

    # -- /profile show -----------------------------------------------------------------

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        stored = await self.windows.windows(guild_id, user_id)
        if not stored:
            return None
        labels = [format_window(as_window(w), t) for w in stored[:3]]
        text = "; ".join(labels) + ("; …" if len(stored) > 3 else "")
        return t("availability-profile-line", windows=text)
