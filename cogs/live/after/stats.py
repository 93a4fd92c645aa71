"""/live stats: a member's (or the server's) last LIVEs, a chart, and findings in plain words.

The history (the latest 2,000 reports at most) is read off the event loop, the findings
are computed over all of it, and the chart is drawn in a worker thread, all after the
interaction was deferred.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord.utils import format_dt

from bot.charts import cjk_family, fonts_known
from bot.errors import BadInput, NotAllowed
from bot.render import render_png
from bot.replies import defer, send
from bot.text import shown
from cogs.live.after.findings import MIN_LIVES, Entry, Finding, findings
from cogs.live.after.render import figure
from cogs.live.after.stats_chart import Point, StatsText, draw_stats
from storage.live_reports import HistoryRow, LiveReportRepository
from storage.members import MemberRepository

if TYPE_CHECKING:
    from bot.client import CreatorBot
    from bot.i18n import Messages
    from bot.types import Interaction

MIN_LAST, MAX_LAST, DEFAULT_LAST = 5, 50, 10
CHART = "live-stats.png"
MONDAY = date(2024, 1, 1)


@dataclass(frozen=True)
class Stats:
    rows: list[HistoryRow]  # every reported LIVE, oldest first
    findings: list[Finding]


def compute(history: list[HistoryRow], zone: str) -> Stats:
    entries = [Entry(r.started_at, r.viewers, r.new_followers, r.others, r.group) for r in history]
    return Stats(history, findings(entries, zone))


def lives_count(t: Messages, count: int) -> str:
    return t("live-stats-rests-on", count=count)


def finding_line(t: Messages, found: Finding) -> str:
    rests = lives_count(t, found.rests_on)
    if found.kind == "weekday":
        day = t.weekday(MONDAY + timedelta(days=found.value))
        return t(
            "live-finding-weekday",
            weekday=day,
            viewers=t.number(found.figure, 0),
            overall=t.number(found.other, 0),
            rests=rests,
        )
    if found.kind == "hour":
        return t(
            "live-finding-hour",
            hour=t.time(time(found.value)),
            viewers=t.number(found.figure, 0),
            overall=t.number(found.other, 0),
            rests=rests,
        )
    if found.kind == "group":
        return t(
            "live-finding-group",
            group=t.number(found.figure, 1),
            solo=t.number(found.other, 1),
            rests=rests,
        )
    if found.kind == "partner":
        return t(
            "live-finding-partner",
            member=f"<@{found.value}>",
            gained=t.number(found.figure, 0),
            rests=rests,
        )
    arrow = "up" if found.figure >= 0 else "down"
    return t(
        f"live-finding-trend-{arrow}",
        change=t.percent(abs(found.figure), 0),
        before=t.number(found.other, 0),
        rests=rests,
    )


def row_line(t: Messages, row: HistoryRow) -> str:
    kind = (
        t("live-stats-group", members=t.enumerate(f"<@{u}>" for u in row.others))
        if row.group and row.others
        else t("live-stats-group-plain")
        if row.group
        else t("live-stats-solo")
    )
    parts = [format_dt(row.started_at, "d"), kind]
    for name in ("viewers", "new_followers", "avg_watch_seconds", "diamonds"):
        value = getattr(row, name)
        if value is not None:
            parts.append(t(f"live-line-{name}", value=figure(t, name, value)))
    return " · ".join(parts)


def stats_card(t: Messages, title: str, stats: Stats, last: int) -> discord.Embed:
    shown = list(reversed(stats.rows[-last:]))
    lines = [t("live-stats-count", shown=len(shown), count=len(stats.rows))]
    lines += [row_line(t, row) for row in shown]
    card = discord.Embed(title=title[:256], description="\n".join(lines)[:4096])
    if stats.findings:
        text = "\n".join(f"• {finding_line(t, f)}" for f in stats.findings)
    else:
        text = t("live-stats-no-findings", minimum=MIN_LIVES)
    card.add_field(name=t("live-stats-findings"), value=text[:1024], inline=False)
    return card


def chart_points(t: Messages, rows: Sequence[HistoryRow], zone: str) -> list[Point]:
    tz = ZoneInfo(zone)
    return [
        Point(t.skeleton(r.started_at.astimezone(tz), "MMMd"), r.viewers, r.new_followers, r.group)
        for r in rows
    ]


def chart_text(t: Messages, title: str) -> StatsText:
    return StatsText(
        title=title,
        viewers=t("live-chart-viewers"),
        followers=t("live-chart-followers"),
        solo=t("live-chart-solo"),
        group=t("live-chart-group"),
        font_family=cjk_family() if t.locale == "zh-CN" else None,
    )


class LiveStats:
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.reports = LiveReportRepository(bot.db)
        self.members = MemberRepository(bot.db)

    async def zone(self, guild_id: int, user_id: int) -> str:
        member = await self.members.get(guild_id, user_id)
        if member is not None and member.timezone:
            return member.timezone
        return (await self.bot.guild_settings.get(guild_id)).timezone or "UTC"

    async def history(self, guild_id: int, user_id: int, server: bool) -> list[HistoryRow]:
        if server:
            return await self.reports.server_history(guild_id)
        return await self.reports.member_history(guild_id, user_id)

    async def show(
        self,
        interaction: Interaction,
        guild_id: int,
        target: discord.abc.User,
        last: int,
        *,
        server: bool,
        moderator: bool,
    ) -> None:
        if not MIN_LAST <= last <= MAX_LAST:
            raise BadInput("live-stats-last-range", minimum=MIN_LAST, maximum=MAX_LAST)
        if server and not moderator:
            raise NotAllowed("live-stats-server-moderators")
        await defer(interaction, ephemeral=True, thinking=True)
        t = await self.bot.messages_for(interaction)
        history = await self.history(guild_id, target.id, server)
        if not history:
            key = "live-stats-empty-server" if server else "live-stats-empty"
            await send(interaction, content=t(key, member=f"<@{target.id}>"), ephemeral=True)
            return
        # Weekdays and hours in the member's own time; the server's in the reader's.
        zone = await self.zone(guild_id, interaction.user.id if server else target.id)
        stats = compute(history, zone)
        title = (
            t("live-stats-title-server")
            if server
            else t("live-stats-title", member=target.display_name)
        )
        card = stats_card(t, shown(title), stats, last)
        await fonts_known()  # which font can label it (learnt beside the start)
        chart_t = t if t.locale != "zh-CN" or cjk_family() else self.bot.messages("en-US")
        reader_zone = await self.zone(guild_id, interaction.user.id)
        png = await render_png(
            draw_stats,
            chart_points(chart_t, stats.rows[-last:], reader_zone),
            chart_text(chart_t, title),
        )
        card.set_image(url=f"attachment://{CHART}")
        await send(
            interaction, embed=card, file=discord.File(io.BytesIO(png), CHART), ephemeral=True
        )
