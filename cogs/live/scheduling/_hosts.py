"""What scheduling needs to know about hosts: timezone and availability as UTC intervals.

``read`` takes everything in two queries (the members' records, their weekly windows);
the rest is worked out from that, for any stretch of time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.windows import Window, as_window, expand
from cogs.live.scheduling.logic import HostContext, Interval, edge_counts, same_group
from storage.availability import AvailabilityRepository
from storage.database import Database
from storage.live import LiveRepository
from storage.members import Member, MemberRepository


@dataclass(frozen=True)
class Hosts:
    """Some members of one server, as scheduling sees them."""

    user_ids: tuple[int, ...]
    members: Mapping[int, Member]  # those the server has a record of
    windows: Mapping[int, list[Window]]  # weekly availability, of those who set some

    def zone(self, user_id: int) -> str | None:
        member = self.members.get(user_id)
        return member.timezone if member is not None else None

    def contexts(self, start: datetime, end: datetime) -> list[HostContext]:
        """Each host's zone and availability over [start, end) (None when unknown)."""
        contexts = []
        for user in self.user_ids:
            zone = self.zone(user)
            intervals: list[Interval] | None = None
            if zone is not None and self.windows.get(user):
                intervals = expand(self.windows[user], zone, start, end)
            contexts.append(HostContext(user, zone, intervals))
        return contexts


class HostData:
    def __init__(self, db: Database) -> None:
        self.members = MemberRepository(db)
        self.availability = AvailabilityRepository(db)
        self.lives = LiveRepository(db)

    async def read(self, guild_id: int, user_ids: Sequence[int]) -> Hosts:
        members = await self.members.many(guild_id, user_ids)
        stored = await self.availability.windows_for(guild_id, list(user_ids))
        windows = {user: [as_window(w) for w in found] for user, found in stored.items()}
        return Hosts(tuple(user_ids), members, windows)

    async def contexts(
        self, guild_id: int, user_ids: Sequence[int], start: datetime, end: datetime
    ) -> list[HostContext]:
        """Each host's zone and availability over [start, end) (None when unknown)."""
        return (await self.read(guild_id, user_ids)).contexts(start, end)

    async def recent_edge_counts(
        self, guild_id: int, hosts: Hosts, until: datetime
    ) -> dict[int, int]:
        """How often this host group's other LIVEs sat at each host's window edge.

        They are the last 50 not cancelled ones starting before ``until`` (the end of the
        search: LIVEs already scheduled count, so the next suggestion takes turns with
        them) that share at least two of the hosts (see ``logic.same_group``); each is
        compared with the host's *current* weekly windows (an approximation: windows may
        have changed since).
        """
        past = [
            live
            for live in await self.lives.past_with_hosts(guild_id, hosts.user_ids, until)
            if same_group(live.host_ids, hosts.user_ids)
        ]
        if not past:
            return {}
        begin = min(live.starts_at for live in past) - timedelta(days=1)
        finish = max(live.ends_at for live in past) + timedelta(days=1)
        contexts = hosts.contexts(begin, finish)
        intervals = {c.user_id: c.intervals for c in contexts if c.intervals is not None}
        return edge_counts(
            [(live.starts_at, live.ends_at, live.host_ids) for live in past], intervals
        )

    async def busy(
        self, guild_id: int, user_ids: Sequence[int], start: datetime, end: datetime
    ) -> dict[int, list[Interval]]:
        """Each host's scheduled LIVEs that overlap [start, end), as UTC intervals."""
        found: dict[int, list[Interval]] = {}
        for live in await self.lives.overlapping(guild_id, user_ids, start, end):
            for user in live.host_ids:
                found.setdefault(user, []).append((live.starts_at, live.ends_at))
        return found
