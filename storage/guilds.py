"""Server settings: language, channels, LIVE moderator role, reminder defaults; whether the
bot is still in the server (``left_at``: see ``mark_left``); what the calendar feed reads
(``feed``)."""

from __future__ import annotations

import json
import logging
import time
import weakref
from dataclasses import dataclass
from datetime import datetime

from storage.database import Database, DatabaseError, Tx, from_epoch, placeholders, to_epoch

log = logging.getLogger(__name__)

# Reminders before a LIVE when a server set none of its own: 24 hours and 15 minutes.
DEFAULT_REMINDER_OFFSETS: tuple[int, ...] = (1440, 15)


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    language: str | None = None
    live_channel_id: int | None = None
    recap_channel_id: int | None = None
    mod_role_id: int | None = None
    reminder_offsets: tuple[int, ...] = DEFAULT_REMINDER_OFFSETS
    default_weekly_goal: int = 3
    benchmark_set: str | None = None
    timezone: str | None = None  # IANA name; None = UTC
    calendar_secret: str | None = None  # the calendar feed's address secret
    # When the bot left the server (GUILD_DELETE); None while it is there. Set, the server's
    # data waits RETENTION_DAYS for a re-invite, then is purged; nothing public is served.
    left_at: datetime | None = None


@dataclass(frozen=True)
class FeedSource:
    """What the calendar feed reads with its secret, in one indexed read."""

    guild_id: int
    reminder_offsets: list[int]  # the server's default reminders (the feed's alarms)
    lives_revision: int  # raised by every change of one of the server's LIVEs
    left: bool  # the bot left the server: no feed


_COLUMNS = {
    "language",
    "live_channel_id",
    "recap_channel_id",
    "mod_role_id",
    "reminder_offsets",
    "default_weekly_goal",
    "benchmark_set",
    "timezone",
    "calendar_secret",
}


# Nearly every command reads its server's settings, which change rarely: each process keeps
# them, per database, for at most this long. A change made through ``GuildRepository`` (or a
# server's data deleted) forgets the server's entry here at once and tells the other
# processes (the ``settings`` notice, which calls ``forget_settings``); the age bounds what a
# notice that never arrived can cost.
SETTINGS_KEPT_SECONDS = 60.0
SETTINGS_KEPT_MOST = 5_000  # servers kept at once: past it, the old copies are dropped
SETTINGS_NOTICE = "settings"


class _Kept:
    """One database's kept settings. ``generation`` moves with every forgetting, so a read
    that was under way meanwhile (it may have read the old row) is not kept."""

    def __init__(self) -> None:
        self.entries: dict[int, tuple[float, GuildSettings]] = {}
        self.generation = 0

    def drop_older_than(self, moment: float) -> None:
        """Drop the copies read before ``moment``; all of them when that frees too little
        (every copy is young: a burst across many servers)."""
        self.entries = {key: hit for key, hit in self.entries.items() if hit[0] >= moment}
        if len(self.entries) >= SETTINGS_KEPT_MOST * 3 // 4:
            self.entries.clear()


_kept: weakref.WeakKeyDictionary[Database, _Kept] = weakref.WeakKeyDictionary()


def _kept_for(db: Database) -> _Kept:
    kept = _kept.get(db)
    if kept is None:
        kept = _kept[db] = _Kept()
    return kept


def forget_settings(db: Database, guild_id: int | None = None) -> None:
    """Forget what this process keeps of a server's settings (of every server's: None)."""
    kept = _kept_for(db)
    kept.generation += 1
    if guild_id is None:
        kept.entries.clear()
    else:
        kept.entries.pop(guild_id, None)


async def settings_changed(db: Database, guild_id: int) -> None:
    """After a committed change of a server's settings (or their deletion): forget them
    here, and tell the other processes on the database to."""
    forget_settings(db, guild_id)
    try:
        await db.notify(f"{SETTINGS_NOTICE}:{guild_id}")
    except DatabaseError:  # they read it again when their copy is SETTINGS_KEPT_SECONDS old
        log.info("could not tell the other processes that server %s's settings changed", guild_id)


class GuildRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get(self, guild_id: int) -> GuildSettings:
        """The server's settings, or the defaults when it never changed any (kept: see
        ``SETTINGS_KEPT_SECONDS``)."""
        kept = _kept_for(self.db)
        now = time.monotonic()
        hit = kept.entries.get(guild_id)
        if hit is not None and now - hit[0] < SETTINGS_KEPT_SECONDS:
            return hit[1]
        generation = kept.generation
        settings = await self._read(guild_id)
        if kept.generation == generation:
            if len(kept.entries) >= SETTINGS_KEPT_MOST:
                kept.drop_older_than(now - SETTINGS_KEPT_SECONDS)
            kept.entries[guild_id] = (now, settings)
        return settings

    async def _read(self, guild_id: int) -> GuildSettings:
        row = await self.db.read_one("SELECT * FROM guild_settings WHERE guild_id = ?", (guild_id,))
        if row is None:
            return GuildSettings(guild_id=guild_id)
        offsets = json.loads(row["reminder_offsets"]) if row["reminder_offsets"] else None
        return GuildSettings(
            guild_id=guild_id,
            language=row["language"],
            live_channel_id=row["live_channel_id"],
            recap_channel_id=row["recap_channel_id"],
            mod_role_id=row["mod_role_id"],
            reminder_offsets=tuple(offsets) if offsets is not None else DEFAULT_REMINDER_OFFSETS,
            default_weekly_goal=row["default_weekly_goal"],
            benchmark_set=row["benchmark_set"],
            timezone=row["timezone"],
            calendar_secret=row["calendar_secret"],
            left_at=from_epoch(row["left_at"]),
        )

    async def language(self, guild_id: int) -> str | None:
        return (await self.get(guild_id)).language

    async def update(self, guild_id: int, now: datetime, **values: object) -> GuildSettings:
        """Set some columns (others keep their value); returns the new settings."""
        unknown = set(values) - _COLUMNS
        if unknown:
            raise ValueError(f"unknown guild settings: {sorted(unknown)}")
        if "reminder_offsets" in values and values["reminder_offsets"] is not None:
            values["reminder_offsets"] = json.dumps(values["reminder_offsets"])
        names = sorted(values)
        assignments = ", ".join(f"{name} = excluded.{name}" for name in names)
        columns = ", ".join(["guild_id", "updated_at", *names])
        marks = placeholders(len(names) + 2)
        await self.db.execute(
            f"INSERT INTO guild_settings ({columns}) VALUES ({marks}) "
            f"ON CONFLICT (guild_id) DO UPDATE SET updated_at = excluded.updated_at"
            + (f", {assignments}" if assignments else ""),
            (guild_id, to_epoch(now), *(values[name] for name in names)),
        )
        await settings_changed(self.db, guild_id)
        return await self.get(guild_id)

    async def calendar_secret(
        self, guild_id: int, now: datetime, fresh: str, *, rotate: bool = False
    ) -> str:
        """The calendar feed's secret: the one the server has, else ``fresh`` saved as it
        (``rotate``: ``fresh`` replaces it). One transaction, so managers asking at once
        all get the one that was saved."""

        async def work(tx: Tx) -> tuple[str, bool]:
            row = await tx.fetch_one(
                "SELECT calendar_secret FROM guild_settings WHERE guild_id = ?", (guild_id,)
            )
            if row is not None and row["calendar_secret"] and not rotate:
                return str(row["calendar_secret"]), False
            await tx.execute(
                "INSERT INTO guild_settings (guild_id, updated_at, calendar_secret) "
                "VALUES (?, ?, ?) ON CONFLICT (guild_id) DO UPDATE SET "
                "updated_at = excluded.updated_at, calendar_secret = excluded.calendar_secret",
                (guild_id, to_epoch(now), fresh),
            )
            return fresh, True

        secret, saved = await self.db.write(work, lock=guild_id)
        if saved:
            await settings_changed(self.db, guild_id)
        return secret

    async def feed(self, secret: str) -> FeedSource | None:
        """The server whose calendar feed has this secret, with what its feed depends on
        (an index lookup), or None."""
        row = await self.db.read_one(
            "SELECT guild_id, reminder_offsets, lives_revision, left_at FROM guild_settings "
            "WHERE calendar_secret = ?",
            (secret,),
        )
        if row is None:
            return None
        offsets = json.loads(row["reminder_offsets"]) if row["reminder_offsets"] else None
        return FeedSource(
            guild_id=int(row["guild_id"]),
            reminder_offsets=offsets if offsets is not None else list(DEFAULT_REMINDER_OFFSETS),
            lives_revision=int(row["lives_revision"]),
            left=row["left_at"] is not None,
        )

    # -- servers that leave ---------------------------------------------------------------

    async def mark_left(self, guild_id: int, now: datetime) -> None:
        """The bot left the server, or was removed (GUILD_DELETE without ``unavailable``):
        from ``now`` its data waits for a re-invite, and its calendar feed stops. A second
        GUILD_DELETE keeps the first moment (the retention runs from it). A server that never
        changed a setting gets its row here, so the purge finds it."""
        stamp = to_epoch(now)
        await self.db.execute(
            "INSERT INTO guild_settings (guild_id, updated_at, left_at) VALUES (?, ?, ?) "
            "ON CONFLICT (guild_id) DO UPDATE SET updated_at = excluded.updated_at, "
            "left_at = COALESCE(guild_settings.left_at, excluded.left_at), "
            "claimed_by = NULL, claimed_until = NULL",
            (guild_id, stamp, stamp),
            lock=guild_id,
        )
        await settings_changed(self.db, guild_id)

    async def mark_present(self, guild_id: int) -> datetime | None:
        """The bot is in the server (a GUILD_CREATE: invited back, or seen at start-up). A
        server that had left keeps its data (the purge, under the same server lock, looks
        again before it deletes); returns when it had left, or None when it had not."""
        row = await self.db.read_one(
            "SELECT left_at FROM guild_settings WHERE guild_id = ?", (guild_id,)
        )
        if row is None or row["left_at"] is None:
            return None  # the usual case, read without a write

        async def work(tx: Tx) -> datetime | None:
            found = await tx.fetch_one(
                "SELECT left_at FROM guild_settings WHERE guild_id = ?", (guild_id,)
            )
            if found is None or found["left_at"] is None:
                return None
            await tx.execute(
                "UPDATE guild_settings SET left_at = NULL, claimed_by = NULL, "
                "claimed_until = NULL WHERE guild_id = ?",
                (guild_id,),
            )
            return from_epoch(int(found["left_at"]))

        left = await self.db.write(work, lock=guild_id)
        if left is not None:
            await settings_changed(self.db, guild_id)
        return left

    async def left_at(self, guild_id: int) -> datetime | None:
        """When the bot left the server, or None while it is there (a read by key)."""
        row = await self.db.read_one(
            "SELECT left_at FROM guild_settings WHERE guild_id = ?", (guild_id,)
        )
        return from_epoch(row["left_at"]) if row is not None else None
