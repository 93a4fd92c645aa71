"""The subscribable calendar feed: ``GET /calendar/<secret>.ics`` on the bot's web server.

Off unless the web server is (``WEB_PORT``, or its older name ``CALENDAR_PORT``). Each server's feed address carries a random
secret (``/config calendar`` shows it to managers and can rotate it); an unknown or
rotated secret gets a bare 404 that says nothing about which servers exist. The feed
holds the server's LIVEs of the last 30 days and every upcoming one, with the same
stable UIDs as the files from ``/live calendar``, so a calendar app updates its entries.
"""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from cogs.live.scheduling.ics import calendar_file
from storage.live import LiveRepository

if TYPE_CHECKING:
    from aiohttp import web

    from bot.client import CreatorBot

log = logging.getLogger(__name__)
SECRET = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
PAST = timedelta(days=30)


def feed_path(secret: str) -> str:
    return f"/calendar/{secret}.ics"


class CalendarFeed:
    def __init__(self, bot: CreatorBot, lives: LiveRepository) -> None:
        self.bot = bot
        self.lives = lives

    async def serve(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        name = request.match_info["name"]
        secret = name.removesuffix(".ics")
        if not name.endswith(".ics") or not SECRET.match(secret):
            raise web.HTTPNotFound()
        guild_id = await self.bot.guild_settings.by_calendar_secret(secret)
        if guild_id is None:
            raise web.HTTPNotFound()
        now = self.bot.clock.now()
        lives = await self.lives.window(guild_id, now - PAST, limit=500)
        settings = await self.bot.guild_settings.get(guild_id)
        guild = self.bot.get_guild(guild_id)
        data = calendar_file(
            lives,
            now=now,
            default_offsets=settings.reminder_offsets,
            name=guild.name if guild is not None else "CreatorPulse LIVEs",
        )
        return web.Response(body=data, content_type="text/calendar", charset="utf-8")
