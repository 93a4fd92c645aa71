"""The cards of a reminder and of the "starting now" post, in the reader's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord.utils import format_dt

from bot.text import shown
from cogs.live.common.logic import message_url
from cogs.live.reminders.logic import mention_line
from storage.live import Live

if TYPE_CHECKING:
    from bot.i18n import Messages


def tiktok_live_url(handle: str) -> str:
    return f"https://www.tiktok.com/@{handle}/live"


def _card(t: Messages, live: Live, title: str, lines: list[str]) -> discord.Embed:
    if live.channel_id is not None and live.announcement_message_id is not None:
        url = message_url(live.guild_id, live.channel_id, live.announcement_message_id)
        lines.append(t("live-reminder-link", url=url))
    card = discord.Embed(title=title[:256], description="\n".join(lines)[:4096])
    card.set_footer(text=t("live-announce-footer", number=live.number))
    return card


def _when(live: Live) -> dict[str, object]:
    return {"full": format_dt(live.starts_at, "F"), "relative": format_dt(live.starts_at, "R")}


def reminder_card(t: Messages, live: Live) -> discord.Embed:
    lines = [
        t("live-reminder-body", **_when(live)),
        t("live-announce-hosts", hosts=mention_line(list(live.host_ids)) or t("live-host-left")),
    ]
    return _card(t, live, t("live-reminder-title", title=shown(live.title)), lines)


def start_card(t: Messages, live: Live, handles: dict[int, str]) -> discord.Embed:
    """ "Starting now", with the TikTok LIVE link of each host whose handle is known."""
    lines = [t("live-start-body", **_when(live))]
    lines += [
        t("live-start-host", host=f"<@{host}>", url=tiktok_live_url(handles[host]))
        for host in live.host_ids
        if host in handles
    ]
    return _card(t, live, t("live-start-title", title=shown(live.title)), lines)
