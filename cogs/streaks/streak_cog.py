"""/streak show | goal | leaderboard, the profile line, and the recap/nudge loop."""

from __future__ import annotations

import io
import logging
from datetime import date
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.charts import chart_font, fonts_known
from bot.errors import BadInput
from bot.goals import GOAL_MAX, GOAL_MIN, goal_in_range
from bot.i18n import Messages
from bot.render import render_png
from bot.replies import defer, deferred_if_slow, embed, send
from bot.types import Interaction, guild_id_of
from cogs.streaks import logic
from cogs.streaks.heatmap import WEEKS_SHOWN, draw_heatmap
from cogs.streaks.recap import StreakScheduler
from cogs.streaks.render import mention, moment, progress_lines, weeks
from cogs.streaks.service import Board, StreakService
from cogs.streaks.views import NUDGES, NudgeButton, nudge_view

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)

TOP = 10
BOARDS = [
    app_commands.Choice(
        name=app_commands.locale_str("Current streak", key="streak-choice-current"),
        value="current",
    ),
    app_commands.Choice(
        name=app_commands.locale_str("Longest streak", key="streak-choice-longest"),
        value="longest",
    ),
    app_commands.Choice(
        name=app_commands.locale_str("Posts this month", key="streak-choice-posts_this_month"),
        value="posts_this_month",
    ),
]


def chart_labels(t: Messages, english: Messages) -> tuple[list[str], list[str], str | None]:
    """Weekday labels (Monday first, as the calendar's rows), legend labels and the font.

    In the member's language when an installed font can draw it, else in English.
    """

    def labels(m: Messages) -> tuple[list[str], list[str]]:
        days = [m.weekday(date.fromordinal(1 + i), "short") for i in range(7)]  # 0001-01-01: Mon
        legend = [m("streak-legend-post"), m("streak-legend-kept"), m("streak-legend-frozen")]
        return days, legend

    days, legend = labels(t)
    drawable, family = chart_font(days + legend)
    if not drawable:
        days, legend = labels(english)
    return days, legend, family


@app_commands.guild_only()
class StreakCog(
    commands.GroupCog,
    group_name="streak",
    group_description="Weekly posting streaks, goals and the leaderboard",
):
    def __init__(self, bot: CreatorBot, service: StreakService) -> None:
        self.bot = bot
        self.service = service
        self.scheduler = StreakScheduler(bot, service)
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.ports.provide(NUDGES, self)
        self.bot.add_dynamic_items(NudgeButton)
        self.scheduler.start()

    async def cog_unload(self) -> None:
        await self.scheduler.stop()
        self.bot.remove_dynamic_items(NudgeButton)
        self.bot.ports.withdraw(NUDGES)

    async def set_nudges(self, guild_id: int, user_id: int, enabled: bool, locale: str) -> None:
        await self.service.set_nudges(guild_id, user_id, enabled, locale, self.bot.clock.now())
        self.scheduler.wake()

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        """``/profile show``: current streak and this week's progress."""
        member = await self.service.member_streak(guild_id, user_id, self.bot.clock.now())
        if member.total_posts == 0:
            return None
        s = member.streak
        return t(
            "streak-profile-line",
            current=weeks(t, s.current),
            bar=logic.progress_bar(s.posts_this_week, s.goal),
        )

    @app_commands.command(
        name="show", description="Streak, freezes and a calendar of the last 26 weeks"
    )
    @app_commands.describe(
        member="Whose streak (default: yours)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def show(
        self, interaction: Interaction, member: discord.Member | None = None, private: bool = False
    ) -> None:
        guild_id = guild_id_of(interaction)
        await defer(interaction, ephemeral=private)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        target = member.id if member is not None else interaction.user.id
        data = await self.service.member_streak(guild_id, target, now)
        s, zone = data.streak, data.creator.zone
        first = s.week - logic.WEEK * (WEEKS_SHOWN - 1)
        days = await self.service.day_counts(guild_id, target, first)
        await fonts_known()  # which font can label it (learnt beside the start)
        day_labels, legend, family = chart_labels(t, self.bot.messages("en-US"))
        png = await render_png(
            draw_heatmap,
            days,
            s.week,
            logic.local_day(now, zone),
            frozenset(data.trace.kept),
            frozenset(data.trace.frozen),
            day_labels,
            legend,
            font_family=family,
        )
        lines = [t("streak-show-heading", member=mention(target))]
        if data.total_posts == 0:
            lines.append(t("streak-no-posts"))
        recent_frozen = sorted(w for w in data.trace.frozen if w >= first)
        if recent_frozen:
            listed = t.enumerate(t.date(logic.monday(w)) for w in recent_frozen)
            lines.append(t("streak-frozen-weeks", weeks=listed))
        lines.append(t("streak-freeze-rule"))
        if not data.creator.zone_set:
            lines.append(t("streak-zone-hint"))
        card = embed(t("streak-show-title"), "\n".join(lines))
        card.add_field(name=t("streak-current"), value=weeks(t, s.current))
        card.add_field(name=t("streak-longest"), value=weeks(t, s.longest))
        card.add_field(
            name=t("streak-freezes"),
            value=t("streak-freezes-value", n=s.freezes, max=logic.MAX_FREEZES),
        )
        card.add_field(
            name=t("streak-week-field"), value=logic.progress_bar(s.posts_this_week, s.goal)
        )
        end, relative = moment(logic.week_end(s.week, zone))
        card.add_field(name=t("streak-deadline"), value=f"{end}\n{relative}")
        card.add_field(name=t("streak-total"), value=t.number(data.total_posts))
        card.set_image(url="attachment://streak.png")
        view = None
        if target == interaction.user.id:
            enabled = await self.service.nudges_enabled(guild_id, target)
            view = nudge_view(t, target, enabled)
        await send(
            interaction,
            embed=card,
            file=discord.File(io.BytesIO(png), filename="streak.png"),
            view=view,
        )

    @app_commands.command(name="goal", description="Set your weekly posting goal")
    @app_commands.describe(posts_per_week="Posts per week (1–21)")
    async def goal(
        self, interaction: Interaction, posts_per_week: app_commands.Range[int, GOAL_MIN, GOAL_MAX]
    ) -> None:
        guild_id = guild_id_of(interaction)
        if not goal_in_range(posts_per_week):
            raise BadInput("streak-goal-range", maximum=GOAL_MAX)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        members = self.service.members
        first = not await members.goal_changes(guild_id, interaction.user.id)
        await members.set_weekly_goal(guild_id, interaction.user.id, posts_per_week, now)
        data = await self.service.member_streak(guild_id, interaction.user.id, now)
        key = "streak-goal-set-first" if first else "streak-goal-set"
        lines = [t(key, goal=posts_per_week), "", *progress_lines(t, data)]
        await send(interaction, "\n".join(lines), ephemeral=True)

    @app_commands.command(name="leaderboard", description="The server's streak leaderboard")
    @app_commands.describe(by="What to rank by")
    @app_commands.choices(by=BOARDS)
    async def leaderboard(
        self, interaction: Interaction, by: app_commands.Choice[str] | None = None
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        board: Board = "current"
        if by is not None and by.value in ("current", "longest", "posts_this_month"):
            board = by.value  # type: ignore[assignment]
        # usually a few milliseconds; the first board after a week turned in a big server
        # folds every creator's summary forward
        values = await deferred_if_slow(
            interaction, self.service.leaderboard(guild_id, board, self.bot.clock.now())
        )
        ranking = logic.ranked(values)
        name_key = {"current": "streak-choice-current", "longest": "streak-choice-longest"}
        title = t("streak-lb-title", board=t(name_key.get(board, "streak-choice-posts_this_month")))

        def shown(value: int) -> str:
            return t("streak-posts", n=value) if board == "posts_this_month" else weeks(t, value)

        lines = [
            t("streak-lb-line", rank=rank, member=mention(user), value=shown(value))
            for rank, user, value in ranking[:TOP]
        ]
        if not ranking:
            has_posts = bool(values) or await self.service.has_creators(guild_id)
            lines.append(t("streak-lb-empty-board" if has_posts else "streak-lb-empty"))
        else:
            mine = next((r for r in ranking if r[1] == interaction.user.id), None)
            lines.append("")
            if mine is None:
                lines.append(t("streak-lb-you-unranked"))
            else:
                lines.append(
                    t("streak-lb-you", rank=mine[0], total=len(ranking), value=shown(mine[2]))
                )
        await send(interaction, embed=embed(title, "\n".join(lines)))
