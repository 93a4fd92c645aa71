"""The subscribable calendar feed: ``GET /calendar/<secret>.ics`` on the bot's web server.

Off unless the web server is (``WEB_PORT``, or its older name ``CALENDAR_PORT``). Each
server's feed address carries a random secret (``/config calendar`` shows it to managers
and can rotate it); an unknown or rotated secret, and the feed of a server the bot left,
get a bare 404 that says nothing about which servers exist. The feed holds the server's
LIVEs of the last 30 days and the upcoming ones, at most ``MOST`` (the file says so when
there are more), with the same stable UIDs as the files from ``/live calendar``, so a
calendar app updates its entries.

The address faces the open internet, so answering it costs the bot little whoever asks:

- Each request reads the server's settings by the secret (one indexed read), with its
  LIVEs' revision (``storage.guilds.FeedSource``: every change of one of its LIVEs, by any
  process, raises it in the same transaction).
- The file built for a server is kept (``FeedFiles``) with the revision, default reminders
  and name it was built from, until one of them moves or its first LIVE leaves the 30-day
  window; requests in between get the kept file, or ``304 Not Modified`` for its ``ETag``
  (a hash of the file, the same in every process) or ``Last-Modified``.
- A file is built off the event loop (the LIVEs read off the loop, the iCalendar text in a
  thread), once for all the requests that wait for it, at most ``BUILDS_AT_ONCE`` at a
  time; past ``WAITING_MOST`` servers waiting, a request gets ``503`` with ``Retry-After``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from typing import TYPE_CHECKING

from cogs.live.scheduling.ics import calendar_file
from storage.live import LiveRepository

if TYPE_CHECKING:
    from aiohttp import web

    from bot.client import CreatorBot
    from storage.guilds import FeedSource

log = logging.getLogger(__name__)
SECRET = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
PAST = timedelta(days=30)
MOST = 500  # LIVEs in one feed
BUILDS_AT_ONCE = 2
WAITING_MOST = 32  # servers whose file is being built or waits to be
KEPT_BYTES = 32 * 1024 * 1024  # the files kept, all servers together
DEFAULT_NAME = "CreatorPulse LIVEs"

# (server, secret): a rotated secret never finds the file of the one before.
Key = tuple[int, str]
# What a file was built from: the LIVEs' revision, the default reminders, the server's name.
Source = tuple[int, tuple[int, ...], str]


def feed_path(secret: str) -> str:
    return f"/calendar/{secret}.ics"


@dataclass(frozen=True)
class FeedFile:
    source: Source
    body: bytes
    etag: str
    last_modified: datetime | None  # the newest change of a LIVE in it
    stale_at: datetime | None  # when its first LIVE leaves the window (None: no LIVE)

    def fresh(self, source: Source, now: datetime) -> bool:
        return self.source == source and (self.stale_at is None or now < self.stale_at)


class FeedFiles:
    """The files built, the least recently served dropped first past ``KEPT_BYTES``."""

    def __init__(self, most_bytes: int = KEPT_BYTES) -> None:
        self.most_bytes = most_bytes
        self._files: OrderedDict[Key, FeedFile] = OrderedDict()
        self._bytes = 0

    def get(self, key: Key) -> FeedFile | None:
        found = self._files.get(key)
        if found is not None:
            self._files.move_to_end(key)
        return found

    def put(self, key: Key, file: FeedFile) -> None:
        old = self._files.pop(key, None)
        if old is not None:
            self._bytes -= len(old.body)
        self._files[key] = file
        self._bytes += len(file.body)
        while self._bytes > self.most_bytes and len(self._files) > 1:
            _key, dropped = self._files.popitem(last=False)
            self._bytes -= len(dropped.body)


class CalendarFeed:
    def __init__(self, bot: CreatorBot, lives: LiveRepository) -> None:
        self.bot = bot
        self.lives = lives
        self.files = FeedFiles()
        self._building: dict[Key, tuple[Source, asyncio.Task[FeedFile]]] = {}
        self._gate: asyncio.Semaphore | None = None

    async def serve(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        name = request.match_info["name"]
        secret = name.removesuffix(".ics")
        if not name.endswith(".ics") or not SECRET.match(secret):
            return self._not_found()
        found = await self.bot.guild_settings.feed(secret)
        if found is None or found.left:
            return self._not_found()
        guild = self.bot.get_guild(found.guild_id)
        source: Source = (
            found.lives_revision,
            tuple(found.reminder_offsets),
            guild.name if guild is not None else DEFAULT_NAME,
        )
        key = (found.guild_id, secret)
        file = self.files.get(key)
        if file is None or not file.fresh(source, self.bot.clock.now()):
            building = self._building.get(key)
            if building is None or building[0] != source:
                if len(self._building) >= WAITING_MOST:
                    self.bot.metrics.feed("busy")
                    raise web.HTTPServiceUnavailable(headers={"Retry-After": "30"})
                task = asyncio.create_task(self._build(key, source, found), name="calendar-feed")
                self._building[key] = building = (source, task)
                task.add_done_callback(lambda _done: self._built(key, task))
            file = await asyncio.shield(building[1])
        return self._answer(request, file)

    def _not_found(self) -> web.StreamResponse:
        from aiohttp import web

        self.bot.metrics.feed("not_found")
        return web.Response(status=404, text="404: Not Found")

    def _built(self, key: Key, task: asyncio.Task[FeedFile]) -> None:
        if self._building.get(key, (None, None))[1] is task:
            del self._building[key]
        if not task.cancelled() and task.exception() is not None:
            log.warning("the calendar feed of server %s could not be built", key[0])

    async def _build(self, key: Key, source: Source, found: FeedSource) -> FeedFile:
        if self._gate is None:
            self._gate = asyncio.Semaphore(BUILDS_AT_ONCE)
        async with self._gate:
            now = self.bot.clock.now()
            lives = await self.lives.window(found.guild_id, now - PAST, limit=MOST + 1)
            description = None
            if len(lives) > MOST:
                lives = lives[:MOST]
                t = await self.bot.guild_messages(found.guild_id)
                description = t("live-feed-more", count=MOST, last=t.date(lives[-1].starts_at))
            body = await asyncio.to_thread(
                calendar_file,
                lives,
                default_offsets=found.reminder_offsets,
                name=source[2],
                description=description,
            )
        self.bot.metrics.feed_built()
        file = FeedFile(
            source=source,
            body=body,
            etag='"' + hashlib.sha256(body).hexdigest()[:32] + '"',
            last_modified=max((live.updated_at for live in lives), default=None),
            stale_at=lives[0].starts_at + PAST if lives else None,
        )
        self.files.put(key, file)
        return file

    def _answer(self, request: web.Request, file: FeedFile) -> web.StreamResponse:
        from aiohttp import web

        headers = {"ETag": file.etag, "Cache-Control": "private, no-cache"}
        if file.last_modified is not None:
            headers["Last-Modified"] = format_datetime(file.last_modified, usegmt=True)
        if not_modified(request, file):
            self.bot.metrics.feed("not_modified")
            return web.Response(status=304, headers=headers)
        self.bot.metrics.feed("full")
        return web.Response(
            body=file.body, content_type="text/calendar", charset="utf-8", headers=headers
        )


def not_modified(request: web.Request, file: FeedFile) -> bool:
    """RFC 9110's conditions: ``If-None-Match`` when sent (weak comparison), else
    ``If-Modified-Since`` against the file's ``Last-Modified``."""
    matches = request.headers.get("If-None-Match")
    if matches is not None:
        tags = {tag.strip().removeprefix("W/") for tag in matches.split(",")}
        return "*" in tags or file.etag in tags
    since = request.headers.get("If-Modified-Since")
    if since is None or file.last_modified is None:
        return False
    try:
        moment = parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False
    if moment.tzinfo is None:
        return False
    return file.last_modified.replace(microsecond=0) <= moment
