"""What /live needs to know about hosts: timezone, availability as UTC intervals, handle."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from bot.windows import Window, as_window, expand
from cogs.live.logic import HostContext, Interval, edge_counts, same_group
from storage.availability import AvailabilityRepository
from storage.database import Database
from storage.live import LiveRepository
from storage.members import MemberRepository


class HostData:
    def __init__(self, db: Database) -> None:
        self.members = MemberRepository(db)
        self.availability = AvailabilityRepository(db)
        self.lives = LiveRepository(db)

    async def zone(self, guild_id: int, user_id: int) -> str | None:
        """One member's timezone, when they set one."""
        return (await self.members.timezones(guild_id, [user_id])).get(user_id)

    async def windows(self, guild_id: int, user_ids: Sequence[int]) -> dict[int, list[Window]]:
        stored = await self.availability.windows_for(guild_id, list(user_ids))
        return {user: [as_window(w) for w in found] for user, found in stored.items()}

    async def contexts(
        self, guild_id: int, user_ids: Sequence[int], start: datetime, end: datetime
    ) -> list[HostContext]:
        """Each host's zone and availability over [start, end) (None when unknown)."""
        zones = await self.members.timezones(guild_id, list(user_ids))
        windows = await self.windows(guild_id, user_ids)
        contexts = []
        for user in user_ids:
            zone = zones.get(user)
            intervals: list[Interval] | None = None
            if zone is not None and windows.get(user):
                intervals = expand(windows[user], zone, start, end)
            contexts.append(HostContext(user, zone, intervals))
        return contexts

    async def handles(self, guild_id: int, user_ids: Sequence[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for user in user_ids:
            member = await self.members.get(guild_id, user)
            if member is not None and member.tiktok_handle:
                found[user] = member.tiktok_handle.lstrip("@")
        return found

    async def recent_edge_counts(
        self, guild_id: int, user_ids: Sequence[int], now: datetime
    ) -> dict[int, int]:
        """How often this host group's earlier LIVEs sat at each host's window edge.

        Earlier LIVEs are the last 50 not cancelled ones that share at least two of the
        hosts (see ``logic.same_group``); each is compared with the host's *current*
        weekly windows (an approximation: windows may have changed since).
        """
        past = [
            live
            for live in await self.lives.past_with_hosts(guild_id, user_ids, now)
            if same_group(live.host_ids, user_ids)
        ]
        if not past:
            return {}
        begin = min(live.starts_at for live in past) - timedelta(days=1)
        finish = max(live.ends_at for live in past) + timedelta(days=1)
        contexts = await self.contexts(guild_id, user_ids, begin, finish)
        intervals = {c.user_id: c.intervals for c in contexts if c.intervals is not None}
        return edge_counts(
            [(live.starts_at, live.ends_at, live.host_ids) for live in past], intervals
        )
