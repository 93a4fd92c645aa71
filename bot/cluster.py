"""How one bot process lives beside the others on one database: its shards, and notices.

A part of ``CreatorBot``. The process settles which shards it runs (``SHARD_COUNT`` and
``SHARD_IDS``, else every shard Discord recommends) and leases them in the database before
it identifies, keeps the leases, identifies as fast as Discord's ``max_concurrency``
allows, and reports each shard's state (``/healthz``, ``/metrics``). What another process
on the database changes is announced with a notice (``announce``) and heard by the
handlers registered for its topic (``on_notice``): docs/scaling.md lists each.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from bot.instance import holder_description
from bot.shards import IdentifyPace, ShardPlan, plan
from storage.database import DatabaseError, ShardsHeld
from storage.guilds import SETTINGS_NOTICE, forget_settings

if TYPE_CHECKING:
    from bot.clock import Clock
    from bot.languages import PublicLanguages
    from bot.settings import Settings
    from storage import Database

log = logging.getLogger("bot.client")


class ClusterMember:
    settings: Settings
    db: Database
    clock: Clock
    public_languages: PublicLanguages
    identify_pace: IdentifyPace
    shard_plan: ShardPlan | None
    _lease_watch: asyncio.Task[None] | None
    _on_notice: dict[str, list[Callable[[str], None]]]

    if TYPE_CHECKING:  # (what discord.py's AutoShardedBot and CreatorBot provide)
        http: Any
        shards: dict[int, Any]

        def is_closed(self) -> bool: ...
        def is_ready(self) -> bool: ...
        async def close(self) -> None: ...
        def _in_background(self, work: Coroutine[Any, Any, None], name: str) -> None: ...

    async def plan_shards(self) -> ShardPlan:
        recommended, _url, limits = await self.http.get_bot_gateway()
        self.identify_pace.max_concurrency = int(limits.get("max_concurrency", 1))
        chosen = plan(self.settings.shard_count, self.settings.shard_ids, recommended)
        holder = f"{chosen.describe()}: {holder_description(self.clock.now())}"
        await self.db.lease_shards(chosen.count, chosen.ids, holder)
        self.shard_plan = chosen
        self._lease_watch = asyncio.create_task(self._watch_leases(holder), name="shard-leases")
        log.info("running %s", chosen.describe())
        return chosen

    async def _watch_leases(self, holder: str, every: float = 10.0) -> None:
        """Keep the shard leases: taken again when their connection was lost; when another
        process took the shards meanwhile, stop rather than run them twice."""
        while not self.is_closed():
            await asyncio.sleep(every)
            if self.shard_plan is None or await self.db.shard_leases_held():
                continue
            try:
                await self.db.lease_shards(self.shard_plan.count, self.shard_plan.ids, holder)
                log.warning("the shard leases were lost and are held again")
            except ShardsHeld as exc:
                log.error("%s; stopping so that no shard runs twice", exc)  # noqa: TRY400
                await self.close()
                return
            except DatabaseError:
                log.warning("the shard leases were lost; trying to hold them again")

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """Identify as fast as Discord allows (max_concurrency buckets), not 5 s apart."""
        await self.identify_pace.wait(shard_id or 0)

    # -- other processes ------------------------------------------------------------------

    def on_notice(self, topic: str, handler: Callable[[str], None]) -> None:
        """Call ``handler(detail)`` when another process announces ``topic`` (and with ""
        when notices may have been missed)."""
        self._on_notice.setdefault(topic, []).append(handler)

    def announce(self, topic: str, detail: str = "") -> None:
        """Tell the other processes on the database that ``topic`` changed (in the
        background; on SQLite there is no other process)."""
        if self.db.backend == "sqlite":
            return

        async def tell() -> None:
            try:
                await self.db.notify(f"{topic}:{detail}")
            except DatabaseError:  # they find out by their slow poll or the cache's age
                log.info("could not tell the other processes that %s changed", topic)

        self._in_background(tell(), f"notify-{topic}")

    def _heard(self, notice: str) -> None:
        topic, _, detail = notice.partition(":")
        topics = list(self._on_notice) if topic == "*" else [topic]
        for name in topics:
            for handler in self._on_notice.get(name, []):
                handler("" if topic == "*" else detail)

    def _follow_other_processes(self) -> None:
        """What this process keeps that another may change: forgotten at its notice."""
        self.on_notice("language", self._language_elsewhere)
        self.on_notice(SETTINGS_NOTICE, self._settings_elsewhere)

    def _settings_elsewhere(self, detail: str) -> None:
        forget_settings(self.db, int(detail) if detail.isdigit() else None)

    def language_changed(self, guild_id: int) -> None:
        """A member's language in a server was stored or deleted: its public language may
        have changed, here and in the other processes."""
        self.public_languages.forget(guild_id)
        self.announce("language", str(guild_id))

    def _language_elsewhere(self, detail: str) -> None:
        if detail.isdigit():
            self.public_languages.forget(int(detail))
        else:
            self.public_languages.forget_all()

    def shard_states(self) -> list[tuple[int, bool, float]]:
        """(shard id, connected, heartbeat latency in seconds) of each shard this process runs."""
        return [
            (shard_id, not info.is_closed() and self.is_ready(), info.latency)
            for shard_id, info in sorted(self.shards.items())
        ]
