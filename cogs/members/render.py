"""The /profile card: one embed built from plain records (no database, no clock)."""

from __future__ import annotations

from datetime import datetime

import discord
from discord.utils import format_dt

from bot.benchmarks import BenchmarkSet, tier_label
from bot.i18n import Messages
from bot.replies import embed
from bot.text import shown
from bot.tiktok import profile_url
from cogs.members.logic import effective_goal, tier_position, zone_now
from storage.guilds import GuildSettings
from storage.members import Member


def _updated(t: Messages, value: str, when: datetime | None) -> str:
    if when is None:
        return value
    return f"{value}\n{t('profile-updated', when=format_dt(when, 'R'))}"


def followers_text(t: Messages, followers: int, benchmark: BenchmarkSet) -> str:
    count = t.number(followers)
    title = benchmark.title.get(t.locale)
    position = tier_position(benchmark, followers)
    if position.place == "none" or position.tier is None:
        return t("profile-followers-no-tiers", followers=count, set=title)
    if position.place == "below":
        return t(
            "profile-followers-below",
            followers=count,
            set=title,
            minimum=t.compact(position.tier.min),
        )
    if position.place == "above":
        return t("profile-followers-above", followers=count, set=title)
    return t(
        "profile-followers-tier", followers=count, tier=tier_label(t, position.tier), set=title
    )


def profile_card(
    t: Messages,
    *,
    name: str,
    member: Member | None,
    settings: GuildSettings,
    benchmark: BenchmarkSet,
    now: datetime,
    extra_lines: list[str],
) -> discord.Embed:
    """The member's profile as an embed, in ``t``'s language."""
    record = member or Member(guild_id=settings.guild_id, user_id=0)
    card = embed(t("profile-title", member=name))
    unset = t("profile-not-set")

    if record.tiktok_handle:
        handle = t(
            "profile-tiktok-value",
            handle=shown(record.tiktok_handle),
            url=profile_url(record.tiktok_handle),
        )
        card.add_field(
            name=t("profile-field-tiktok"), value=_updated(t, handle, record.tiktok_updated_at)
        )
    else:
        card.add_field(name=t("profile-field-tiktok"), value=unset)

    if record.followers is not None:
        text = followers_text(t, record.followers, benchmark)
        card.add_field(
            name=t("profile-field-followers"),
            value=_updated(t, text, record.followers_updated_at),
        )
    else:
        card.add_field(name=t("profile-field-followers"), value=unset)

    if record.timezone:
        here = zone_now(record.timezone, now)
        text = t(
            "profile-timezone-value",
            zone=record.timezone,
            offset=here.offset,
            weekday=t.weekday(here.local),
            time=t.time(here.local),
        )
        card.add_field(
            name=t("profile-field-timezone"), value=_updated(t, text, record.timezone_updated_at)
        )
    else:
        card.add_field(name=t("profile-field-timezone"), value=t("profile-timezone-unset"))

    goal, is_default = effective_goal(record.weekly_goal, settings.default_weekly_goal)
    goal_text = t("profile-goal-default" if is_default else "profile-goal-value", goal=goal)
    card.add_field(
        name=t("profile-field-goal"),
        value=goal_text if is_default else _updated(t, goal_text, record.weekly_goal_updated_at),
    )

    card.add_field(
        name=t("profile-field-reminders"),
        value=t(f"profile-reminders-{record.live_reminders or 'channel'}"),
    )

    if extra_lines:
        card.add_field(
            name=t("profile-field-activity"), value="\n".join(extra_lines)[:1024], inline=False
        )
    return card
