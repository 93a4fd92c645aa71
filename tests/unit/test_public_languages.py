"""The server-wide count of members' languages is read once per change, not once per post."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.languages import KEEP, WINDOW, PublicLanguages
from storage import Database
from storage.guilds import GuildRepository
from storage.locales import LocaleRepository
from tests.support.clock import DEFAULT_NOW, ManualClock

GUILD = 1


class CountingLocales(LocaleRepository):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self.counted = 0

    async def most_used(self, guild_id: int, since: datetime) -> list[tuple[str, int]]:
        self.counted += 1
        return await super().most_used(guild_id, since)


async def test_the_count_is_kept_until_a_change_or_an_hour(db: Database) -> None:
    clock = ManualClock(DEFAULT_NOW)
    locales = CountingLocales(db)
    languages = PublicLanguages(GuildRepository(db), locales, clock)
    await locales.seen(GUILD, 10, "zh-CN", clock.now())
    for _ in range(5):
        assert await languages.of(GUILD) == ("zh-CN", "members")
    assert locales.counted == 1
    await locales.seen(GUILD, 11, "no", clock.now())
    await locales.seen(GUILD, 12, "no", clock.now())
    assert await languages.of(GUILD) == ("zh-CN", "members")  # not told yet: kept
    languages.forget(GUILD)
    assert await languages.of(GUILD) == ("no", "members")
    assert locales.counted == 2
    await clock.advance(WINDOW - timedelta(minutes=30))
    assert await languages.of(GUILD) == ("no", "members")  # an hour passed: counted again
    assert locales.counted == 3
    await locales.seen(GUILD, 10, "zh-CN", clock.now())  # stored elsewhere: nobody told
    await clock.advance(timedelta(minutes=45))  # the two Norwegians have left the window
    assert await languages.of(GUILD) == ("no", "members")  # kept, for an hour at most
    await clock.advance(KEEP - timedelta(minutes=45))
    assert await languages.of(GUILD) == ("zh-CN", "members")
    assert locales.counted == 4


async def test_the_setting_is_read_every_time(db: Database) -> None:
    clock = ManualClock(DEFAULT_NOW)
    settings = GuildRepository(db)
    languages = PublicLanguages(settings, LocaleRepository(db), clock)
    assert await languages.of(GUILD) == ("en-US", "default")
    await settings.update(GUILD, clock.now(), language="no")
    assert await languages.of(GUILD) == ("no", "set")
