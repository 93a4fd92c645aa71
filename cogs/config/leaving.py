"""Servers that leave: their data kept ``RETENTION_DAYS`` for a re-invite, then purged once.

When the bot leaves a server or is removed from it, Discord sends GUILD_DELETE without
``unavailable`` (discord.py's ``on_guild_remove``) to the process that runs the server's
shard; a server that is only unavailable (an outage) sends ``on_guild_unavailable`` and
changes nothing. The process notes when it left (``GuildRepository.mark_left``): from then
its calendar feed answers 404 and nothing scheduled is sent for it. When the bot is in the
server again (``on_guild_join``: invited back; ``on_guild_available``: seen at start-up)
the note is taken back and the server carries on with all its data.

Once the retention is over, the purge deletes every row of the server. It is scheduled work
of the kind ``purge`` (``bot.deliveries``), run by any process: claimed with a lease on the
server's row and done in one transaction that looks again first (``storage.servers``), so
it happens exactly once across processes and restarts, and never after a re-invite.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.deliveries import Kind
from bot.hooks import MemberDataHolder
from bot.scheduler import Scheduler
from storage.database import DatabaseError
from storage.servers import ServerData

if TYPE_CHECKING:
    from bot.client import CreatorBot

log = logging.getLogger(__name__)

FEATURE = "cogs.config"
KINDS: tuple[Kind, ...] = ("purge",)
# With nothing due, look again this often: another process may have noted a server that left.
IDLE = timedelta(hours=1)


async def undo_elsewhere(bot: CreatorBot, servers: ServerData, guild_id: int) -> None:
    """Before a server's rows go: what features keep outside the database for its members is
    undone, as for a member's own delete (TikTok is asked to end the bot's access)."""
    holders = [c for _n, c in sorted(bot.cogs.items()) if isinstance(c, MemberDataHolder)]
    if not holders:
        return
    for user_id in await servers.members(guild_id):
        for holder in holders:
            try:
                await holder.before_member_deleted(guild_id, user_id)
            except Exception:
                log.exception("%s could not undo its part before a deletion", type(holder).__name__)


class ServersThatLeave:
    def __init__(self, bot: CreatorBot) -> None:
        self.bot = bot
        self.servers = ServerData(bot.db)
        self._loop = Scheduler(
            "server-purge",
            bot.clock,
            self.next_due,
            self.run_due,
            idle=IDLE,
            writable=bot.db.check_writable,
        )

    @property
    def retention(self) -> timedelta:
        return timedelta(days=self.bot.settings.retention_days)

    def start(self) -> None:
        self.bot.senders.provide(FEATURE, KINDS)
        self._loop.start(self.bot.wait_until_ready)

    async def stop(self) -> None:
        await self._loop.stop()
        with contextlib.suppress(DatabaseError):  # else the claims run out by themselves
            await self.servers.release(self.bot.worker_id)
        self.bot.senders.withdraw(FEATURE)

    # -- what Discord tells this process -------------------------------------------------

    async def left(self, guild_id: int) -> None:
        """GUILD_DELETE without ``unavailable``: the bot is no longer in the server."""
        try:
            await self.bot.guild_settings.mark_left(guild_id, self.bot.clock.now())
        except DatabaseError as error:
            log.warning("could not note that the bot left guild %s: %s", guild_id, error)
            return
        log.info(
            "left guild %s: its data is kept for %d days in case the bot is invited back",
            guild_id,
            self.bot.settings.retention_days,
        )
        self._loop.wake()

    async def present(self, guild_id: int) -> None:
        """The bot is in the server (invited back, or seen at start-up)."""
        try:
            gone_since = await self.bot.guild_settings.mark_present(guild_id)
        except DatabaseError as error:
            log.warning("could not note that the bot is in guild %s: %s", guild_id, error)
            return
        if gone_since is not None:
            log.info(
                "back in guild %s, which it left %s: its data was kept",
                guild_id,
                gone_since.isoformat(),
            )

    # -- the purge -------------------------------------------------------------------------

    async def next_due(self) -> datetime | None:
        return await self.servers.next_due(self.retention)

    async def run_due(self, now: datetime) -> None:
        """Claim the servers whose retention is over and purge each, until none is left."""
        worker, lease = self.bot.worker_id, self.bot.settings.claim_lease_seconds
        while not self._loop.stopping and (
            claimed := await self.servers.claim_due(now, self.retention, worker, lease)
        ):
            for claim in claimed:
                if claim.taken_from not in (None, worker):
                    log.info(
                        "took over the purge of guild %s from %s, whose claim ran out",
                        claim.guild_id,
                        claim.taken_from,
                    )
                if await self.bot.guild_settings.left_at(claim.guild_id) is None:
                    continue  # back meanwhile: the purge below would find it so too
                await undo_elsewhere(self.bot, self.servers, claim.guild_id)
                counts = await self.servers.purge(claim.guild_id, worker, now, self.retention)
                if counts is None:  # back meanwhile, or another process has it now
                    log.info("did not purge guild %s: it is no longer due here", claim.guild_id)
                    continue
                log.info(
                    "purged guild %s, which the bot left %s: %d rows deleted",
                    claim.guild_id,
                    claim.left_at.isoformat(),
                    sum(counts.values()),
                )
