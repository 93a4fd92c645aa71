"""/post log | remove | list: creators log the videos they published."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import BadInput, NotFound
from bot.i18n import Messages
from bot.parsing import plain_number
from bot.replies import embed, send
from bot.tiktok import normalise_video_url
from bot.timeparse import AmbiguousTime, NonexistentTime, parse_when
from bot.transformers import Link, Name
from bot.types import Interaction, guild_id_of
from bot.ui import ConfirmView
from cogs.streaks import logic
from cogs.streaks.render import mention, past_week_lines, progress_lines
from cogs.streaks.service import Creator, StreakService
from storage.streaks import DuplicateVideo, NewPost, Post

if TYPE_CHECKING:
    from bot.client import CreatorBot


log = logging.getLogger(__name__)

MAX_DAYS_BACK = 30
SAME_MINUTE_TIMEOUT = 120.0  # seconds the "log another one?" question waits for an answer
MAX_WEEKS = 26
_CHOICE_PREFIX = "post:"
_DESCRIPTION_LIMIT = 4000


def when_examples(t: Messages, now: datetime, zone: str) -> str:
    """Examples for ``when`` that are valid right now, joined in the member's language.

    "today 11:00" is an hour that has passed today (left out just after midnight); the
    date is three days ago, always inside the window.
    """
    local_now = now.astimezone(ZoneInfo(zone))
    examples = []
    earlier = local_now.replace(minute=0, second=0, microsecond=0)
    if earlier == local_now.replace(second=0, microsecond=0):
        earlier -= timedelta(hours=1)
    if earlier.date() == local_now.date():
        examples.append(t("post-when-example-today", time=f"{earlier:%H:%M}"))
    examples.append(t("post-when-example-yesterday"))
    examples.append(f"{(local_now - timedelta(days=3)).date():%Y-%m-%d} 21:00")
    examples.append(t("post-when-example-weekday"))
    return t.join((f"`{example}`" for example in examples), style="or")


def parse_posted(
    text: str, now: datetime, zone: str, examples: Callable[[], str] = str
) -> datetime:
    """When a post went up, from what the member typed: the past 30 days, never the future.

    ``examples`` makes the hint of a refusal (only then: most posts are logged as typed).
    """
    local_now = now.astimezone(ZoneInfo(zone))
    default = time(local_now.hour, local_now.minute)
    value = text.strip()[:100]
    try:
        parsed = parse_when(text, now, zone, prefer="past", default_time=default, fold=0)
    except (AmbiguousTime, NonexistentTime):
        raise
    except BadInput as refused:
        if refused.key == "error-time-weekday-mismatch":
            raise  # read, but the day and the date disagree: say so, not "unreadable"
        raise BadInput("post-when-unparsed", value=value, examples=examples()) from None
    if parsed.utc > now:
        raise BadInput("post-when-future", value=value, examples=examples())
    if parsed.utc < now - timedelta(days=MAX_DAYS_BACK):
        raise BadInput("post-when-too-old", value=value, days=MAX_DAYS_BACK, examples=examples())
    return parsed.utc


def post_label(post: Post, t: Messages) -> str:
    """``2026-11-20 21:00 · tiktok.com/@you/video/723…`` (for autocomplete, at most 100)."""
    local = post.posted_at.astimezone(ZoneInfo(post.timezone))
    link = (post.video_url or t("post-no-link")).removeprefix("https://").removeprefix("www.")
    label = f"{local:%Y-%m-%d %H:%M} · {link}"
    return label if len(label) <= 100 else label[:99] + "…"


def _link(post: Post, t: Messages) -> str:
    return post.video_url or t("post-no-link")


@app_commands.guild_only()
class PostCog(
    commands.GroupCog,
    group_name="post",
    group_description="Log the TikTok videos you publish and keep a weekly rhythm",
):
    def __init__(self, bot: CreatorBot, service: StreakService) -> None:
        self.bot = bot
        self.service = service
        super().__init__()

    @app_commands.command(name="log", description="Log a video you published")
    @app_commands.describe(
        video="The TikTok video link (optional, but recommended)",
        when="When you posted, in your timezone (default now): today 18:30, yesterday, fri 21:00",
        private="Only you see the reply (default: the channel sees it)",
    )
    async def log_post(
        self,
        interaction: Interaction,
        video: Link | None = None,
        when: Name | None = None,
        private: bool = False,
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        user_id = interaction.user.id
        url = normalise_video_url(video) if video and video.strip() else None
        creator = await self.service.creator(guild_id, user_id, now)
        posted = now
        if when and when.strip():
            posted = parse_posted(
                when, now, creator.zone, lambda: when_examples(t, now, creator.zone)
            )
        day = logic.local_day(posted, creator.zone)
        new = NewPost(guild_id, user_id, url, posted, creator.zone, day, logic.week_of_day(day))
        repeated = await self.service.same_minute(new)
        if repeated:
            await self._log_if_confirmed(interaction, t, new, repeated[-1], creator, private)
            return
        await self._log(interaction, t, new, now, creator, private)

    async def _log_if_confirmed(
        self,
        interaction: Interaction,
        t: Messages,
        new: NewPost,
        existing: Post,
        creator: Creator,
        private: bool,
    ) -> None:
        """A post at the minute of one already logged, neither with a link of its own: the
        same post typed twice ("上周六 19:00", then "周六 19:00")? Ask before counting it."""
        view = ConfirmView(t, owner_id=new.user_id, timeout=SAME_MINUTE_TIMEOUT)
        view.confirm.label = t("post-same-minute-log")
        view.confirm.style = discord.ButtonStyle.primary
        view.cancel.label = t("post-same-minute-cancel")
        when = discord.utils.format_dt(existing.posted_at, "f")
        question = t("post-same-minute-question", when=when, link=_link(existing, t))
        await send(interaction, question, ephemeral=True, view=view)
        timed_out = await view.wait()
        if timed_out or view.interaction is None:
            try:
                await interaction.edit_original_response(
                    content=t("post-same-minute-timeout"), view=None
                )
            except discord.HTTPException:
                log.debug("could not mark the same-minute question as timed out")
            return
        if not view.value:
            await view.interaction.response.edit_message(
                content=t("post-same-minute-kept", when=when), view=None
            )
            return
        await view.interaction.response.edit_message(
            content=t("post-same-minute-logged", when=when), view=None
        )
        await self._log(view.interaction, t, new, self.bot.clock.now(), creator, private)

    async def _log(
        self,
        interaction: Interaction,
        t: Messages,
        new: NewPost,
        now: datetime,
        creator: Creator,
        private: bool,
    ) -> None:
        """Save the post and answer with the week it counted for."""
        try:
            saved, member = await self.service.log_post_for(new, now, creator)
        except DuplicateVideo as duplicate:
            when_text = discord.utils.format_dt(duplicate.existing.posted_at, "D")
            raise BadInput("post-duplicate", when=when_text) from None
        lines = [
            t(
                "post-logged-at",
                when=discord.utils.format_dt(saved.posted_at, "f"),
                link=_link(saved, t),
            ),
            "",
        ]
        if saved.week < member.creator.week:  # back-logged: show the week it counted for
            lines += past_week_lines(t, member, saved.week)
        else:
            lines += progress_lines(t, member)
        await send(
            interaction, embed=embed(t("post-logged-title"), "\n".join(lines)), ephemeral=private
        )

    @app_commands.command(name="remove", description="Remove a post you logged")
    @app_commands.describe(
        video="The post to remove (pick from your latest)",
        latest="Remove the post you logged last",
    )
    async def remove_post(
        self, interaction: Interaction, video: Link | None = None, latest: bool | None = None
    ) -> None:
        guild_id = guild_id_of(interaction)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        user_id = interaction.user.id
        post: Post | None
        if video and video.strip():
            post = await self._find(guild_id, user_id, video.strip())
            if post is None:
                raise NotFound("post-remove-not-found")
        elif latest:
            recent = await self.service.recent_posts(guild_id, user_id, limit=1)
            if not recent:
                raise NotFound("post-remove-none")
            post = recent[0]
        else:
            raise BadInput("post-remove-needs-one")
        if not await self.service.remove_post(guild_id, user_id, post.id, now):
            raise NotFound("post-remove-not-found")
        member = await self.service.member_streak(guild_id, user_id, now)
        lines = [
            t(
                "post-removed",
                when=discord.utils.format_dt(post.posted_at, "f"),
                link=_link(post, t),
            ),
            "",
            *progress_lines(t, member),
        ]
        await send(
            interaction, embed=embed(t("post-removed-title"), "\n".join(lines)), ephemeral=True
        )

    async def _find(self, guild_id: int, user_id: int, value: str) -> Post | None:
        """A post of the member's from an autocomplete choice or a pasted link."""
        post_id = plain_number(value.removeprefix(_CHOICE_PREFIX))
        if value.startswith(_CHOICE_PREFIX) and post_id is not None:
            return await self.service.find_post(guild_id, user_id, post_id=post_id)
        url = normalise_video_url(value)
        return await self.service.find_post(guild_id, user_id, video_url=url)

    @remove_post.autocomplete("video")
    async def remove_video_choices(
        self, interaction: Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        if interaction.guild_id is None:
            return []
        t = await self.bot.messages_for(interaction)
        query = current.strip().lower()
        posts = await self.service.recent_posts(
            interaction.guild_id, interaction.user.id, limit=100 if query else 25
        )
        choices = []
        for post in posts:
            label = post_label(post, t)
            if query and query not in label.lower() and query not in (post.video_url or ""):
                continue
            choices.append(app_commands.Choice(name=label, value=f"{_CHOICE_PREFIX}{post.id}"))
            if len(choices) == 25:
                break
        return choices

    @app_commands.command(name="list", description="List logged posts of the last weeks")
    @app_commands.describe(
        member="Whose posts (default: yours)", weeks="How many weeks (1–26, default 4)"
    )
    async def list_posts(
        self,
        interaction: Interaction,
        member: discord.Member | None = None,
        weeks: app_commands.Range[int, 1, MAX_WEEKS] = 4,
    ) -> None:
        guild_id = guild_id_of(interaction)
        if not 1 <= weeks <= MAX_WEEKS:
            raise BadInput("post-list-weeks-range", maximum=MAX_WEEKS)
        t = await self.bot.messages_for(interaction)
        now = self.bot.clock.now()
        target = member.id if member is not None else interaction.user.id
        creator = await self.service.creator(guild_id, target, now)
        first = creator.week - logic.WEEK * (weeks - 1)
        posts = await self.service.posts_from_week(guild_id, target, first)
        lines = [t("post-list-heading", member=mention(target), weeks=weeks)]
        if not posts:
            lines.append(t("post-list-empty", weeks=weeks))
        by_week: dict[int, list[Post]] = {}
        for post in posts:
            by_week.setdefault(min(post.week, creator.week), []).append(post)
        shown = 0
        for week in sorted(by_week, reverse=True):
            block = [
                "",
                t(
                    "post-list-week",
                    monday=t.date(logic.monday(week)),
                    bar=logic.progress_bar(len(by_week[week]), creator.goals.goal_for(week)),
                ),
            ]
            block += [
                f"• {discord.utils.format_dt(p.posted_at, 'f')} · {_link(p, t)}"
                for p in by_week[week]
            ]
            if sum(len(line) + 1 for line in lines + block) > _DESCRIPTION_LIMIT:
                lines.append(t("post-list-more", n=len(posts) - shown))
                break
            lines += block
            shown += len(by_week[week])
        await send(interaction, embed=embed(t("post-list-title"), "\n".join(lines)))
