"""Reply text shared by /post, /streak, the recap and the nudge."""

from __future__ import annotations

from datetime import datetime

import discord

from bot.i18n import Messages
from cogs.streaks import logic
from cogs.streaks.service import MemberStreak


def mention(user_id: int) -> str:
    """A mention that names the member; allowed mentions are none, so nobody is pinged."""
    return f"<@{user_id}>"


def weeks(t: Messages, n: int) -> str:
    return t("streak-weeks", n=n)


def moment(dt: datetime) -> tuple[str, str]:
    return discord.utils.format_dt(dt, "F"), discord.utils.format_dt(dt, "R")


def progress_lines(t: Messages, member: MemberStreak) -> list[str]:
    """This week's bar, the streak, and what is left before the week ends."""
    s = member.streak
    end, relative = moment(logic.week_end(s.week, member.creator.zone))
    lines = [
        t("streak-this-week", bar=logic.progress_bar(s.posts_this_week, s.goal)),
        t("streak-line", current=weeks(t, s.current), longest=weeks(t, s.longest)),
    ]
    if s.kept_this_week:
        lines.append(t("streak-kept", end=end, relative=relative))
    else:
        lines.append(t("streak-left", left=s.left_this_week, end=end, relative=relative))
    if not member.creator.zone_set:
        lines.append(t("streak-zone-hint"))
    return lines


def past_week_lines(t: Messages, member: MemberStreak, week: int) -> list[str]:
    """A completed week's bar and whether it was kept, then the streak as it is now."""
    goals = member.creator.goals
    posts = member.counts.get(week, 0)
    goal = goals.goal_for(week)
    s = member.streak
    lines = [
        t(
            "streak-past-week",
            monday=t.date(logic.monday(week)),
            bar=logic.progress_bar(posts, goal),
        ),
        t("streak-past-week-kept" if posts >= goal else "streak-past-week-missed"),
        t("streak-line", current=weeks(t, s.current), longest=weeks(t, s.longest)),
        t("streak-this-week", bar=logic.progress_bar(s.posts_this_week, s.goal)),
    ]
    if not member.creator.zone_set:
        lines.append(t("streak-zone-hint"))
    return lines


def joined(t: Messages, members: list[int], limit: int = 30) -> str:
    """Mentions separated by commas, the rest summarised (``…and 12 more``)."""
    shown = t.enumerate(mention(u) for u in members[:limit])
    if len(members) > limit:
        shown += " " + t("streak-recap-more", n=len(members) - limit)
    return shown
