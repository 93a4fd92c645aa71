"""How a report reads: figures in the member's words, the report card, and the "How did it
go?" prompt with its button."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.text import shown
from cogs.live.after import logic
from cogs.live.after.views import ReportButton, one_button
from storage.live import Live
from storage.live_reports import Figures, Report

if TYPE_CHECKING:
    from bot.i18n import Messages

ROW_FIGURES = ("viewers", "new_followers", "avg_watch_seconds", "diamonds")


def watch(t: Messages, seconds: int) -> str:
    """An average watch time in the member's words: 2 min 30 s, 2 分 30 秒."""
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60:
        return t("live-watch-hours", hours=minutes // 60, minutes=minutes % 60)
    return t("live-watch", minutes=minutes, seconds=rest)


def figure(t: Messages, name: str, value: int | None) -> str:
    if value is None:
        return "—"
    return watch(t, value) if name == "avg_watch_seconds" else t.number(value)


def figure_line(t: Messages, figures: Figures) -> str:
    """One member's numbers on one line: 1,200 viewers · +35 followers · 2 min · 💎 4,000."""
    parts = [
        t(f"live-line-{name}", value=figure(t, name, getattr(figures, name)))
        for name in ROW_FIGURES
        if getattr(figures, name) is not None
    ]
    return " · ".join(parts) or t("live-line-empty")


def report_card(
    t: Messages,
    report: Report,
    live: Live | None,
    earlier: list[Figures],
    changed: list[tuple[str, int | None, int]] | None,
    others: list[Report],
) -> discord.Embed:
    name = (
        t("live-report-title", number=live.number, title=shown(live.title))
        if live is not None
        else t("live-report-title-unscheduled", date=format_dt(report.started_at, "f"))
    )
    figures = report.figures
    compared = logic.medians(figures, earlier)
    lines = [t("live-report-for", member=f"<@{report.user_id}>")]
    for key, value in figures.given().items():
        line = t(f"live-figure-{key}", value=figure(t, key, value))
        if key in compared:
            change = compared[key]
            arrow = "up" if change >= 0 else "down"
            line += " " + t(f"live-median-{arrow}", change=t.percent(abs(change), 0))
        lines.append(line)
    rates = logic.rates(figures, report.duration_minutes)
    if rates.diamonds_per_hour is not None:
        lines.append(t("live-rate-diamonds", value=t.number(rates.diamonds_per_hour, 0)))
    if rates.followers_per_100 is not None:
        lines.append(t("live-rate-followers", value=t.number(rates.followers_per_100, 1)))
    if rates.peak_share is not None:
        lines.append(t("live-rate-peak", value=t.percent(rates.peak_share, 0)))
    if len(earlier) < logic.MIN_EARLIER:
        lines.append(t("live-report-median-later"))
    card = discord.Embed(title=name[:256], description="\n".join(lines)[:4096])
    if changed is not None:
        text = "\n".join(
            t(
                "live-report-change",
                figure=t(f"live-name-{key}"),
                before=figure(t, key, before),
                after=figure(t, key, after),
            )
            for key, before, after in changed
        ) or t("live-report-unchanged")
        card.add_field(name=t("live-report-updated"), value=text[:1024], inline=False)
    if others:
        text = "\n".join(f"<@{r.user_id}>: {figure_line(t, r.figures)}" for r in others)
        card.add_field(name=t("live-report-everyone"), value=text[:1024], inline=False)
    return card


def prompt_card(t: Messages, live: Live) -> discord.Embed:
    card = discord.Embed(
        title=t("live-prompt-title", title=shown(live.title))[:256],
        description=t("live-prompt-body", number=live.number, full=format_dt(live.starts_at, "F")),
    )
    card.set_footer(text=t("live-announce-footer", number=live.number))
    return card


def prompt_view(t: Messages, live: Live) -> discord.ui.View:
    return one_button(ReportButton(live.guild_id, live.id, label=t("live-prompt-button")))


def prompt_message(t: Messages, live: Live) -> tuple[discord.Embed, discord.ui.View]:
    """The "How did it go?" card and its button, as a reminder delivery sends them."""
    return prompt_card(t, live), prompt_view(t, live)
