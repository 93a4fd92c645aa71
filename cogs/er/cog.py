"""/er views, /er followers, /er history: engagement rates, compared and remembered.

Results are answered publicly: members post them to compare notes with the community,
the numbers are their own (typed by them), and the channel sees the formula. Errors
are ephemeral (the tree answers them). The history's "no data" hint is ephemeral too.
"""

from __future__ import annotations

import io
import logging
from dataclasses import replace
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.charts import fonts_known
from bot.errors import BadInput, NotFound
from bot.i18n import Messages
from bot.render import render_png
from bot.replies import defer, embed, send
from bot.text import shown
from bot.tiktok import normalise_video_url
from bot.transformers import Count, Link
from bot.types import Interaction, guild_id_of
from cogs.er import logic, render
from cogs.er.chart import draw_history
from cogs.er.views import SaveAnywayView
from storage.er import ErRepository, NewErResult
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.benchmarks import BenchmarkSet
    from bot.client import CreatorBot


log = logging.getLogger(__name__)


@app_commands.guild_only()
class ErCog(
    commands.GroupCog,
    group_name="er",
    group_description="Engagement rate: calculate, compare and track it",
):
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.results = ErRepository(bot.db)
        self.members = MemberRepository(bot.db)
        self.texts: render.TextCache = {}  # benchmark labels per locale (a few dozen at most)
        super().__init__()

    # -- helpers -------------------------------------------------------------------------

    async def _benchmark(self, guild_id: int) -> BenchmarkSet:
        settings = await self.bot.guild_settings.get(guild_id)
        return self.bot.benchmarks.get(settings.benchmark_set)

    async def _profile_followers(self, guild_id: int, user_id: int) -> int | None:
        member = await self.members.get(guild_id, user_id)
        return member.followers if member is not None else None

    # -- /er views -----------------------------------------------------------------------

    @app_commands.command(name="views", description="Engagement rate of one video, by views")
    @app_commands.describe(
        views="Views of the video (e.g. 50K)",
        likes="Likes (e.g. 4.5K)",
        comments="Comments",
        shares="Shares",
        saves="Saves (optional): shown as a second figure including saves",
        video="Link to the TikTok video (optional; the same video again updates its result)",
        followers="Your followers (optional; defaults to your profile)",
        save="Save this result to your history (default: yes)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def views(
        self,
        interaction: Interaction,
        views: Count,
        likes: Count,
        comments: Count,
        shares: Count,
        saves: Count | None = None,
        video: Link | None = None,
        followers: Count | None = None,
        save: bool = True,
        private: bool = False,
    ) -> None:
        guild_id = guild_id_of(interaction)
        if views < 1:
            raise BadInput("er-error-views-zero")
        video_url = normalise_video_url(video) if video else None
        if followers is None:
            followers = await self._profile_followers(guild_id, interaction.user.id)
        t = await self.bot.messages_for(interaction)
        rate = logic.rate_by_views(views, likes, comments, shares)
        with_saves = (
            logic.rate_by_views(views, likes, comments, shares, saves)
            if saves is not None
            else None
        )
        benchmark = await self._benchmark(guild_id)
        comparison = (
            logic.compare(rate, "views", followers, benchmark) if followers is not None else None
        )
        new = NewErResult(
            guild_id=guild_id,
            user_id=interaction.user.id,
            basis="views",
            rate=float(rate),
            rate_with_saves=float(with_saves) if with_saves is not None else None,
            views=views,
            likes=likes,
            comments=comments,
            shares=shares,
            saves=saves,
            followers=followers,
            video_url=video_url,
        )
        impossible = logic.more_interactions_than_views(views, likes, comments, shares)
        updated = False
        if save and not impossible:
            outcome = await self.results.save(new, self.bot.clock.now())
            updated = outcome.updated

        number, percent = t.number, t.percent
        lines = [
            t(
                "er-headline-views",
                rate=render.pct(t, rate),
                interactions=likes + comments + shares,
            ),
            t(
                "er-formula",
                formula=logic.views_formula(views, likes, comments, shares, number, percent),
            ),
        ]
        if impossible:
            lines.append(t("er-warning-interactions"))
        card = embed(t("er-title-views"), "\n".join(lines))
        if with_saves is not None and saves is not None:
            card.add_field(
                name=t("er-with-saves"),
                value=t(
                    "er-with-saves-value",
                    rate=render.pct(t, with_saves),
                    formula=logic.views_formula(
                        views, likes, comments, shares, number, percent, saves=saves
                    ),
                ),
                inline=False,
            )
        if video_url:
            card.add_field(name=t("er-video"), value=video_url, inline=False)
        render.benchmark_field(
            t, card, comparison, benchmark, followers, self.texts, impossible=impossible
        )
        if save and impossible:
            card.set_footer(text=t("er-not-saved-impossible"))
            view = self._save_anyway(t, card, new)
            await send(interaction, embed=card, view=view, ephemeral=private)
            return
        card.set_footer(text=render.saved_footer(t, save, updated))
        await send(interaction, embed=card, ephemeral=private)

    def _save_anyway(self, t: Messages, card: discord.Embed, new: NewErResult) -> SaveAnywayView:
        """A button that saves ``new`` as confirmed and updates the card's footer."""

        async def on_save(interaction: Interaction) -> None:
            outcome = await self.results.save(replace(new, confirmed=True), self.bot.clock.now())
            card.set_footer(text=t("er-updated" if outcome.updated else "er-saved-anyway"))
            await interaction.response.edit_message(embed=card, view=None)

        return SaveAnywayView(t, owner_id=new.user_id, on_save=on_save)

    # -- /er followers -------------------------------------------------------------------

    @app_commands.command(
        name="followers", description="Engagement rate over several posts, by followers"
    )
    @app_commands.describe(
        followers="Your followers (e.g. 20K)",
        posts="How many posts the totals cover (1-1000)",
        likes="Total likes over those posts",
        comments="Total comments over those posts",
        save="Save this result to your history (default: yes)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def followers(
        self,
        interaction: Interaction,
        followers: Count,
        posts: app_commands.Range[int, 1, logic.MAX_POSTS],
        likes: Count,
        comments: Count,
        save: bool = True,
        private: bool = False,
    ) -> None:
        guild_id = guild_id_of(interaction)
        if followers < 1:
            raise BadInput("er-error-followers-zero")
        if not 1 <= posts <= logic.MAX_POSTS:  # Discord enforces it too; never trust that alone
            raise BadInput("er-error-posts-range", maximum=logic.MAX_POSTS)
        t = await self.bot.messages_for(interaction)
        rate = logic.rate_by_followers(followers, posts, likes, comments)
        benchmark = await self._benchmark(guild_id)
        comparison = logic.compare(rate, "followers", followers, benchmark)
        updated = False
        if save:
            outcome = await self.results.save(
                NewErResult(
                    guild_id=guild_id,
                    user_id=interaction.user.id,
                    basis="followers",
                    rate=float(rate),
                    likes=likes,
                    comments=comments,
                    posts=posts,
                    followers=followers,
                ),
                self.bot.clock.now(),
            )
            updated = outcome.updated
        per_post = logic.round_half_up(logic.interactions_per_post(posts, likes, comments), 0)
        lines = [
            t("er-headline-followers", rate=render.pct(t, rate), interactions=int(per_post)),
            t(
                "er-formula",
                formula=logic.followers_formula(
                    followers, posts, likes, comments, t.number, t.percent
                ),
            ),
        ]
        card = embed(t("er-title-followers"), "\n".join(lines))
        render.benchmark_field(t, card, comparison, benchmark, followers, self.texts)
        card.set_footer(text=render.saved_footer(t, save, updated))
        await send(interaction, embed=card, ephemeral=private)

    # -- /er history ---------------------------------------------------------------------

    @app_commands.command(name="history", description="Your saved engagement rates, with a chart")
    @app_commands.describe(
        member="Whose history (default: yours)",
        limit="How many of the latest results (1-50, default 10)",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def history(
        self,
        interaction: Interaction,
        member: discord.Member | None = None,
        limit: app_commands.Range[int, 1, logic.MAX_HISTORY] = 10,
        private: bool = False,
    ) -> None:
        guild_id = guild_id_of(interaction)
        if not 1 <= limit <= logic.MAX_HISTORY:
            raise BadInput("er-error-limit-range", maximum=logic.MAX_HISTORY)
        target = member or interaction.user
        # One indexed read (well under a millisecond) before deferring, so that "no data"
        # can still be an ephemeral hint: a public defer cannot turn ephemeral afterwards.
        results = await self.results.history(guild_id, target.id, limit)
        if not results:
            if target.id == interaction.user.id:
                raise NotFound("er-history-empty-self")
            raise NotFound("er-history-empty-other", member=shown(target.display_name))
        await defer(interaction, thinking=True, ephemeral=private)
        t = await self.bot.messages_for(interaction)
        total = await self.results.count(guild_id, target.id)
        followers = await self._profile_followers(guild_id, target.id)
        if followers is None:
            followers = next((r.followers for r in results if r.followers is not None), None)
        benchmark = await self._benchmark(guild_id)
        card = render.history_card(t, shown(target.display_name), results, total)
        await fonts_known()  # which font can label it (learnt beside the start)
        chart_t = render.chart_messages(t, self.bot.messages("en-US"))
        png = await render_png(
            draw_history,
            render.chart_series(chart_t, results),
            render.chart_reference(chart_t, benchmark, followers),
            render.chart_text(chart_t),
        )
        card.set_image(url="attachment://er-history.png")
        await send(
            interaction,
            embed=card,
            file=discord.File(io.BytesIO(png), "er-history.png"),
            ephemeral=private,
        )

    # -- /profile show ------------------------------------------------------------------

    async def profile_line(self, guild_id: int, user_id: int, t: Messages) -> str | None:
        """ "Latest ER: 10.00% by views (<date>)", or None before the first saved result."""
        latest = await self.results.latest(guild_id, user_id)
        if latest is None:
            return None
        return t(
            "er-profile-line",
            rate=render.pct(t, latest.rate),
            basis=t(f"er-basis-{latest.basis}"),
            date=discord.utils.format_dt(latest.updated_at, "d"),
        )
