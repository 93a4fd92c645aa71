"""Members' weekly availability windows (``/availability``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from storage.database import Database, Row, Tx, from_epoch, placeholders, to_epoch


@dataclass(frozen=True)
class StoredWindow:
    """One saved window: on each day of ``days`` (0 = Monday) from ``start`` to ``end`` local."""

    id: int
    guild_id: int
    user_id: int
    days: frozenset[int]
    start: time
    end: time  # end <= start: passes midnight
    created_at: datetime


def _mask(days: frozenset[int]) -> int:
    return sum(1 << day for day in days)


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def _record(row: Row) -> StoredWindow:
    start, end = row["start_minute"], row["end_minute"]
    return StoredWindow(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        days=frozenset(day for day in range(7) if row["days"] >> day & 1),
        start=time(start // 60, start % 60),
        end=time(end // 60, end % 60),
        created_at=from_epoch(row["created_at"]),
    )


_COLUMNS = "id, guild_id, user_id, days, start_minute, end_minute, created_at"


class AvailabilityRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def windows(self, guild_id: int, user_id: int) -> list[StoredWindow]:
        """The member's windows, by first day then start time."""
        rows = await self.db.read_all(
            f"SELECT {_COLUMNS} FROM availability_windows WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return _sorted([_record(row) for row in rows])

    async def windows_for(
        self, guild_id: int, user_ids: Sequence[int]
    ) -> dict[int, list[StoredWindow]]:
        """Windows of several members; members without any are left out."""
        if not user_ids:
            return {}
        marks = placeholders(len(user_ids))
        rows = await self.db.read_all(
            f"SELECT {_COLUMNS} FROM availability_windows WHERE guild_id = ? "
            f"AND user_id IN ({marks})",
            (guild_id, *user_ids),
        )
        found: dict[int, list[StoredWindow]] = {}
        for row in rows:
            record = _record(row)
            found.setdefault(record.user_id, []).append(record)
        return {user: _sorted(windows) for user, windows in found.items()}

    async def get(self, guild_id: int, user_id: int, window_id: int) -> StoredWindow | None:
        row = await self.db.read_one(
            f"SELECT {_COLUMNS} FROM availability_windows "
            "WHERE guild_id = ? AND user_id = ? AND id = ?",
            (guild_id, user_id, window_id),
        )
        return _record(row) if row is not None else None

    async def replace(
        self,
        guild_id: int,
        user_id: int,
        windows: Sequence[tuple[frozenset[int], time, time]],
        now: datetime,
    ) -> list[StoredWindow]:
        """Make the member's windows exactly ``windows`` (days, start, end) in one transaction.

        Windows that stay the same keep their row (and id); others are removed or added.
        """
        return await self.change(guild_id, user_id, lambda _current: windows, now)

    async def change(
        self,
        guild_id: int,
        user_id: int,
        edit: Callable[[list[StoredWindow]], Sequence[tuple[frozenset[int], time, time]]],
        now: datetime,
    ) -> list[StoredWindow]:
        """Read the member's windows, let ``edit`` say what they become, and save that.

        All in one transaction, so two changes at once both count (the second ``edit``
        sees the first one's result). An exception from ``edit`` changes nothing.
        """
        stamp = to_epoch(now)

        async def work(tx: Tx) -> None:
            rows = await tx.fetch_all(
                f"SELECT {_COLUMNS} FROM availability_windows WHERE guild_id = ? AND user_id = ?",
                (guild_id, user_id),
            )
            current = _sorted([_record(row) for row in rows])
            wanted = {
                (_mask(days), _minute(start), _minute(end)) for days, start, end in edit(current)
            }
            existing = {(_mask(w.days), _minute(w.start), _minute(w.end)): w.id for w in current}
            stale = [(ident,) for shape, ident in existing.items() if shape not in wanted]
            await tx.executemany("DELETE FROM availability_windows WHERE id = ?", stale)
            await tx.executemany(
                "INSERT INTO availability_windows "
                "(guild_id, user_id, days, start_minute, end_minute, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (guild_id, user_id, days, start, end, stamp)
                    for days, start, end in sorted(wanted - set(existing))
                ],
            )

        await self.db.write(work, lock=guild_id)
        return await self.windows(guild_id, user_id)

    async def delete(self, guild_id: int, user_id: int, window_id: int) -> bool:
        """Remove one of the member's windows; False when it is not theirs (or gone)."""
        changed = await self.db.execute(
            "DELETE FROM availability_windows WHERE guild_id = ? AND user_id = ? AND id = ?",
            (guild_id, user_id, window_id),
        )
        return changed > 0

    async def clear(self, guild_id: int, user_id: int) -> int:
        """Remove all the member's windows; the number removed."""
        return await self.db.execute(
            "DELETE FROM availability_windows WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )


def _sorted(windows: list[StoredWindow]) -> list[StoredWindow]:
    return sorted(windows, key=lambda w: (min(w.days), _minute(w.start), w.id))
