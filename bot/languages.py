"""The language of a server's public posts, with its one server-wide read kept between changes.

Posts everyone sees (announcements, reminders, the weekly recap) use the language set
with ``/config language``; when none is set, the language most of the server's members
used with the bot in the last 30 days; on a tie, that of the member whose action causes
the post; else English. The setting is one indexed read and is read every time. Counting
the members' languages reads every member seen in the window, so the count is kept per
server and read again only when it may have changed: when this process stores or
deletes a member's language in that server (``forget``), and at the latest after
``KEEP`` (members leave the 30-day window as time passes).

A member's language is stored by the process that answers their commands; it tells the
other processes on the database (``CreatorBot.language_changed``, a notice), so a count
another process keeps (for a delivery it claimed) is dropped too; ``KEEP`` bounds a count
whose notice was missed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.clock import Clock
from bot.i18n import DEFAULT_LOCALE
from storage.guilds import GuildRepository
from storage.locales import LocaleRepository

WINDOW = timedelta(days=30)  # the members' languages that count
KEEP = timedelta(hours=1)  # the longest a count is kept without a change seen


@dataclass(frozen=True)
class _Count:
    ranked: list[tuple[str, int]]  # (locale, members), most used first
    read_at: datetime


class PublicLanguages:
    def __init__(self, settings: GuildRepository, locales: LocaleRepository, clock: Clock) -> None:
        self.settings = settings
        self.locales = locales
        self.clock = clock
        self._counts: dict[int, _Count] = {}
        self._changes: dict[int, int] = {}  # per server, how many changes were seen

    async def of(self, guild_id: int, actor_id: int | None = None) -> tuple[str, str]:
        """(locale, why): ``set``, ``members``, ``actor`` or ``default``."""
        chosen = await self.settings.language(guild_id)
        if chosen:
            return chosen, "set"
        ranked = await self.ranked(guild_id)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0], "members"
        if actor_id is not None and (own := await self.locales.of(guild_id, actor_id)):
            return own, "actor"
        return DEFAULT_LOCALE, "default"

    async def ranked(self, guild_id: int) -> list[tuple[str, int]]:
        now = self.clock.now()
        kept = self._counts.get(guild_id)
        if kept is not None and kept.read_at <= now < kept.read_at + KEEP:
            return kept.ranked
        changes = self._changes.get(guild_id, 0)
        ranked = await self.locales.most_used(guild_id, now - WINDOW)
        if self._changes.get(guild_id, 0) == changes:  # no change arrived during the read
            self._counts[guild_id] = _Count(ranked, now)
        return ranked

    def forget_all(self) -> None:
        """Count every server again (changes may have been missed)."""
        for guild_id in list(self._counts):
            self.forget(guild_id)

    def forget(self, guild_id: int) -> None:
        """A member's language in this server was stored or deleted: count again next time."""
        self._counts.pop(guild_id, None)
        self._changes[guild_id] = self._changes.get(guild_id, 0) + 1
