"""The texts and embeds of /tiktok: status, a sync's summary, the connect reply."""

from __future__ import annotations

from datetime import datetime
from fractions import Fraction

import discord

from bot.i18n import Messages
from bot.replies import embed
from cogs.er.logic import round_half_up
from cogs.streaks import logic as streak_logic
from cogs.tiktok import logic
from cogs.tiktok.sync import SyncReport
from storage.tiktok import Connection
from storage.tiktok.connections import SWITCHES

SCOPE_KEYS = {
    "user.info.basic": "tiktok-scope-basic",
    "user.info.stats": "tiktok-scope-stats",
    "video.list": "tiktok-scope-videos",
}


def pct(t: Messages, value: Fraction | float) -> str:
    return t.percent(round_half_up(Fraction(value)))


def name_of(connection: Connection, *, markdown: bool = True) -> str:
    """The account as the member knows it: its display name, its @handle, or both (escaped
    for Discord's markdown unless ``markdown`` is False, for a web page)."""
    escape = discord.utils.escape_markdown if markdown else str
    name = escape(connection.display_name or "")
    if connection.handle:
        handle = escape(f"@{connection.handle}")
        return f"{name} ({handle})" if name else handle
    return name or connection.open_id[:12]


def when(moment: datetime) -> str:
    return discord.utils.format_dt(moment, "f")


def status_lines(t: Messages, connection: Connection) -> list[str]:
    lines = [
        t("tiktok-status-connected", name=name_of(connection), since=when(connection.connected_at))
    ]
    if connection.status == "broken":
        lines.append(
            t("tiktok-status-broken", when=when(connection.status_at or connection.connected_at))
        )
    elif connection.status == "removed":
        reason = connection.status_reason if connection.status_reason in range(6) else 0
        lines.append(
            t(
                "tiktok-status-removed",
                when=when(connection.status_at or connection.connected_at),
                reason=t(f"tiktok-removed-reason-{reason}"),
            )
        )
    if connection.last_sync_at is not None:
        lines.append(
            t(
                "tiktok-status-last-sync",
                when=discord.utils.format_dt(connection.last_sync_at, "R"),
                videos=connection.last_sync_videos or 0,
            )
        )
    else:
        lines.append(t("tiktok-status-never"))
    if connection.status == "active" and connection.daily_sync and connection.next_sync_at:
        lines.append(
            t(
                "tiktok-status-next",
                when=when(connection.next_sync_at),
                relative=discord.utils.format_dt(connection.next_sync_at, "R"),
            )
        )
    shared = [t(SCOPE_KEYS[s]) for s in logic.SCOPES if connection.has(s)]
    lines.append(t("tiktok-status-shared", scopes=t.join(shared)))
    lines += scope_notes(t, connection)
    lines.append("")
    lines.append(t("tiktok-status-switches"))
    for switch in SWITCHES:
        mark = "✅" if connection.switched_on(switch) else "⬜"
        lines.append(f"{mark} {t(f'tiktok-switch-{switch}')}")
    return lines


def scope_notes(t: Messages, connection: Connection) -> list[str]:
    notes = []
    if not connection.has("video.list"):
        notes.append(t("tiktok-note-no-videos"))
    if not connection.has("user.info.stats"):
        notes.append(t("tiktok-note-no-stats"))
    return notes


def status_embed(t: Messages, connection: Connection) -> discord.Embed:
    return embed(t("tiktok-status-title"), "\n".join(status_lines(t, connection)))


def summary_embed(t: Messages, report: SyncReport) -> discord.Embed:
    c = report.connection
    lines = [t("tiktok-sync-account", name=name_of(c))]
    if report.videos_shared:
        lines.append(
            t("tiktok-sync-read", videos=len(report.videos), new=report.new, updated=report.updated)
        )
    median = logic.median_rate(report.videos)
    if median is not None:
        lines.append(t("tiktok-sync-median", rate=pct(t, median)))
    top = logic.best(report.videos)
    if top is not None and top.rate is not None:
        title = discord.utils.escape_markdown(logic.cut(top.title)) or t("tiktok-untitled")
        title = title.replace("[", "(").replace("]", ")")
        lines.append(t("tiktok-sync-best", title=title, url=top.url, rate=pct(t, top.rate)))
    if report.followers is not None and c.sync_followers:
        if report.followers_before is not None and report.followers_before != report.followers:
            lines.append(
                t(
                    "tiktok-sync-followers-change",
                    before=t.number(report.followers_before),
                    after=t.number(report.followers),
                )
            )
        else:
            lines.append(t("tiktok-sync-followers", after=t.number(report.followers)))
    if report.follower_rate is not None and c.sync_er:
        counted = min(len(report.videos), logic.FOLLOWER_ER_VIDEOS)
        lines.append(
            t("tiktok-sync-follower-rate", posts=counted, rate=pct(t, report.follower_rate))
        )
    if c.sync_posts and report.videos_shared:
        lines.append(t("tiktok-sync-posts", added=report.posts_added))
        if report.posts_known:
            lines.append(t("tiktok-sync-posts-known", known=report.posts_known))
        s, before = report.streak.streak, report.streak_before.streak
        change = s.current - before.current
        lines.append(
            t(
                "tiktok-sync-streak",
                streak=s.current,
                change=f" (+{change})" if change > 0 else "",
                bar=streak_logic.progress_bar(s.posts_this_week, s.goal),
            )
        )
    notes = scope_notes(t, c)
    if notes:
        lines += ["", *notes]
    card = embed(t("tiktok-sync-title"), "\n".join(lines))
    card.set_footer(text=t("tiktok-sync-footer"))
    return card


def connected_text(
    t: Messages, connection: Connection, followers: int | None, videos: int | None
) -> str:
    lines = [t("tiktok-connected", name=name_of(connection))]
    if followers is not None:
        lines.append(t("tiktok-connected-followers", followers=t.number(followers)))
    if connection.has("video.list"):
        key = "tiktok-connected-reading" if videos is not None else "tiktok-connected-reading-some"
        lines.append(t(key, videos=videos or 0, days=logic.FIRST_SYNC_DAYS, most=logic.MAX_VIDEOS))
    lines += scope_notes(t, connection)
    return "\n".join(lines)
