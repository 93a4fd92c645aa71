"""/profile set and /profile show."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput
from bot.goals import GOAL_MAX, GOAL_MIN, goal_in_range
from bot.hooks import ProfileContributor
from bot.replies import send
from bot.text import shown
from bot.tiktok import normalise_handle
from bot.transformers import Count
from bot.types import Interaction, guild_id_of
from cogs.members.render import profile_card
from storage.members import REMINDER_MODES, Member, MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages


log = logging.getLogger(__name__)

REMINDER_CHOICES = [
    app_commands.Choice(
        name=app_commands.locale_str(label, key=f"profile-choice-reminders-{mode}"), value=mode
    )
    for mode, label in (
        ("channel", "A ping in the LIVE channel"),
        ("dm", "A direct message"),
        ("off", "No reminders"),
    )
]


@app_commands.guild_only()
class ProfileCog(
    commands.GroupCog,
    group_name="profile",
    group_description="Your TikTok handle, followers and weekly posting goal",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.members = MemberRepository(bot.db)
        # the features that add a line, found again only when the loaded cogs change: an
        # isinstance check against a Protocol walks the protocol's members every time (it
        # was a tenth of /profile show's loop time)
        self._contributors: tuple[tuple[str, ...], list[ProfileContributor]] = ((), [])
        super().__init__()

    @app_commands.command(
        name="set", description="Set your TikTok handle, followers or weekly goal"
    )
    @app_commands.describe(
        tiktok="Your TikTok handle or profile link, e.g. @your.name",
        followers="Your follower count, e.g. 12.5K or 1.2万",
        weekly_goal="How many posts a week you aim for (1-21)",
        live_reminders="How you are reminded of LIVEs you are going to",
    )
    @app_commands.choices(live_reminders=REMINDER_CHOICES)
    async def set_profile(
        self,
        interaction: Interaction,
        tiktok: app_commands.Range[str, 1, 200] | None = None,
        followers: Count | None = None,
        weekly_goal: app_commands.Range[int, GOAL_MIN, GOAL_MAX] | None = None,
        live_reminders: app_commands.Choice[str] | None = None,
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        if tiktok is None and followers is None and weekly_goal is None and live_reminders is None:
            await send(interaction, t("profile-set-nothing"), ephemeral=True)
            return
        # Check everything before writing anything: a bad value changes nothing.
        handle = normalise_handle(tiktok) if tiktok is not None else None
        if weekly_goal is not None and not goal_in_range(weekly_goal):
            raise BadInput("profile-error-goal", value=str(weekly_goal))
        mode = live_reminders.value if live_reminders is not None else None
        if mode is not None and mode not in REMINDER_MODES:
            raise BadInput("profile-error-reminders")
        now = self.bot.clock.now()
        values: dict[str, object] = {}
        if handle is not None:
            values["tiktok_handle"] = handle
        if followers is not None:
            values["followers"] = followers
        if values:
            await self.members.update(guild_id, interaction.user.id, now, **values)
        if weekly_goal is not None:
            await self.members.set_weekly_goal(guild_id, interaction.user.id, weekly_goal, now)
        if mode is not None:
            await self.members.set_reminder_mode(guild_id, interaction.user.id, mode, now)
        card, _record = await self._card(t, guild_id, interaction.user)
        await send(interaction, t("profile-set-done"), embed=card, ephemeral=True)

    @app_commands.command(name="show", description="Show a member's creator profile")
    @app_commands.describe(
        member="Whose profile to show (you, if left out)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def show(
        self, interaction: Interaction, member: discord.Member | None = None, private: bool = False
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        target = member or interaction.user
        card, record = await self._card(t, guild_id, target)
        hint = None
        if record is None:
            own = target.id == interaction.user.id
            hint = t("profile-empty-self" if own else "profile-empty-other", member=target.mention)
        await send(interaction, hint, embed=card, ephemeral=private)

    async def _card(
        self, t: Messages, guild_id: int, target: discord.Member | discord.User
    ) -> tuple[discord.Embed, Member | None]:
        """The profile card, and the member's own record (None: nothing set yet). Its reads
        are independent, so they go to the database together."""
        settings, record, extra_lines = await asyncio.gather(
            self.bot.guild_settings.get(guild_id),
            self.members.get(guild_id, target.id),
            self._contributed_lines(t, guild_id, target.id),
        )
        card = profile_card(
            t,
            name=shown(target.display_name),
            member=record,
            settings=settings,
            benchmark=self.bot.benchmarks.get(settings.benchmark_set),
            now=self.bot.clock.now(),
            extra_lines=extra_lines,
        )
        return card, record

    async def _contributed_lines(self, t: Messages, guild_id: int, user_id: int) -> list[str]:
        """One line from every feature that has something to say (latest ER, streak, next
        LIVE), asked together, in the features' order."""
        loaded = tuple(self.bot.cogs)
        if self._contributors[0] != loaded:
            found: list[ProfileContributor] = [
                cog
                for cog in sorted(self.bot.cogs.values(), key=lambda c: c.qualified_name)
                if isinstance(cog, ProfileContributor)
            ]
            self._contributors = (loaded, found)

        async def line_of(cog: ProfileContributor) -> str | None:
            try:
                return await cog.profile_line(guild_id, user_id, t)
            except Exception:
                # One broken feature must not take the whole profile down.
                log.exception("profile line of %s failed", type(cog).__name__)
                return None

        lines = await asyncio.gather(*(line_of(cog) for cog in self._contributors[1]))
        return [line for line in lines if line]
