"""After the LIVE: the numbers members report per LIVE, and their pre-LIVE checklist ticks.

A report belongs to one member and one LIVE: a scheduled LIVE (``live_id``) or one the
bot never saw (``live_id`` NULL, the member's own start and length). Figures are
optional; a second report of the same LIVE updates the first.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import datetime

from storage.database import Database, Row, Tx, from_epoch, placeholders, to_epoch

FIGURES = (
    "viewers",
    "peak_viewers",
    "new_followers",
    "avg_watch_seconds",
    "diamonds",
    "gifters",
    "likes",
    "comments",
    "shares",
)
HISTORY_LIMIT = 2000  # /live stats reads at most this many of the latest reports
_COLUMNS = (
    "id, guild_id, user_id, live_id, started_at, duration_minutes, "
    + ", ".join(FIGURES)
    + ", reported_by_user_id, created_at, updated_at"
)


@dataclass(frozen=True)
class Figures:
    """What TikTok's LIVE summary screen shows; ``None`` = not reported."""

    viewers: int | None = None
    peak_viewers: int | None = None
    new_followers: int | None = None
    avg_watch_seconds: int | None = None
    diamonds: int | None = None
    gifters: int | None = None
    likes: int | None = None
    comments: int | None = None
    shares: int | None = None

    def given(self) -> dict[str, int]:
        return {f.name: v for f in fields(self) if (v := getattr(self, f.name)) is not None}

    def merged(self, newer: Figures) -> Figures:
        """These figures with every one ``newer`` gives replaced."""
        return replace(self, **newer.given())


@dataclass(frozen=True)
class Report:
    id: int
    guild_id: int
    user_id: int
    live_id: int | None
    started_at: datetime
    duration_minutes: int
    figures: Figures
    reported_by_user_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class HistoryRow:
    """One LIVE in /live stats: a member's own report, or a server LIVE with its reports
    added up. ``others``: who else was on it (hosts and guests; for a server LIVE, everyone
    who reported); ``group``: whether more than one member was on it."""

    key: int
    started_at: datetime
    duration_minutes: int
    viewers: int | None
    new_followers: int | None
    avg_watch_seconds: int | None
    diamonds: int | None
    others: tuple[int, ...]
    group: bool


def _report(row: Row) -> Report:
    return Report(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        live_id=row["live_id"],
        started_at=from_epoch(row["started_at"]),
        duration_minutes=row["duration_minutes"],
        figures=Figures(**{name: row[name] for name in FIGURES}),
        reported_by_user_id=row["reported_by_user_id"],
        created_at=from_epoch(row["created_at"]),
        updated_at=from_epoch(row["updated_at"]),
    )


def _history_head(
    row: Row,
) -> tuple[int, datetime, int, int | None, int | None, int | None, int | None]:
    """(key, start, minutes, viewers, new followers, watch, diamonds) of a history query row."""
    return (row[0], from_epoch(row[2]), row[3], row[4], row[5], row[6], row[7])


def _total(values: Iterable[int | None]) -> int | None:
    """The sum of the figures given; ``None`` when nobody gave one."""
    known = [v for v in values if v is not None]
    return sum(known) if known else None


# The members on each LIVE the subquery names: its hosts, and its guests within the slots.
_CREW = (
    "SELECT h.live_id, h.user_id FROM live_hosts AS h WHERE h.guild_id = ? AND h.live_id IN ({ids}) "
    "UNION SELECT g.live_id, g.user_id FROM live_guests AS g JOIN lives AS l ON l.id = g.live_id "
    "WHERE g.guild_id = ? AND g.live_id IN ({ids}) AND (SELECT COUNT(*) FROM live_guests AS e "
    "WHERE e.live_id = g.live_id AND e.seq < g.seq) < l.guest_slots"
)


class LiveReportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reports -----------------------------------------------------------------------------

    async def get(
        self, guild_id: int, user_id: int, live_id: int | None, started_at: datetime
    ) -> Report | None:
        """The member's report of a scheduled LIVE, or of the unscheduled one at ``started_at``."""
        if live_id is not None:
            row = await self.db.read_one(
                f"SELECT {_COLUMNS} FROM live_reports WHERE guild_id = ? AND live_id = ? "
                "AND user_id = ?",
                (guild_id, live_id, user_id),
            )
        else:
            row = await self.db.read_one(
                f"SELECT {_COLUMNS} FROM live_reports WHERE guild_id = ? AND user_id = ? "
                "AND started_at = ? AND live_id IS NULL",
                (guild_id, user_id, to_epoch(started_at)),
            )
        return _report(row) if row is not None else None

    async def save(
        self,
        guild_id: int,
        user_id: int,
        live_id: int | None,
        started_at: datetime,
        duration_minutes: int,
        figures: Figures,
        reported_by: int,
        now: datetime,
    ) -> Report:
        """Write the member's report of that LIVE (its whole figures), new or updated."""
        values = [getattr(figures, name) for name in FIGURES]
        stamp = to_epoch(now)
        by = reported_by if reported_by != user_id else None
        if live_id is not None:
            where, key = "live_id = ? AND user_id = ?", (live_id, user_id)
        else:
            where, key = (
                "user_id = ? AND started_at = ? AND live_id IS NULL",
                (
                    user_id,
                    to_epoch(started_at),
                ),
            )
        sets = ", ".join(f"{name} = ?" for name in FIGURES)
        marks = ", ".join("?" for _ in FIGURES)

        async def work(tx: Tx) -> None:
            changed = await tx.execute(
                f"UPDATE live_reports SET {sets}, duration_minutes = ?, reported_by_user_id = ?, "
                f"updated_at = ? WHERE guild_id = ? AND {where}",
                (*values, duration_minutes, by, stamp, guild_id, *key),
            )
            if changed == 0:
                await tx.execute(
                    f"INSERT INTO live_reports (guild_id, user_id, live_id, started_at, "
                    f"duration_minutes, {', '.join(FIGURES)}, reported_by_user_id, created_at, "
                    f"updated_at) VALUES (?, ?, ?, ?, ?, {marks}, ?, ?, ?)",
                    (
                        guild_id,
                        user_id,
                        live_id,
                        to_epoch(started_at),
                        duration_minutes,
                        *values,
                        by,
                        stamp,
                        stamp,
                    ),
                )

        await self.db.write(work, lock=guild_id)
        saved = await self.get(guild_id, user_id, live_id, started_at)
        assert saved is not None
        return saved

    async def for_live(self, guild_id: int, live_id: int) -> list[Report]:
        """Every member's report of one LIVE, first reported first."""
        rows = await self.db.read_all(
            f"SELECT {_COLUMNS} FROM live_reports WHERE guild_id = ? AND live_id = ? "
            "ORDER BY created_at, id",
            (guild_id, live_id),
        )
        return [_report(row) for row in rows]

    async def earlier(self, guild_id: int, user_id: int, before: datetime) -> list[Figures]:
        """The member's figures of LIVEs that started before ``before`` (for their medians)."""
        rows = await self.db.scan_all(
            f"SELECT {', '.join(FIGURES)} FROM live_reports WHERE guild_id = ? AND user_id = ? "
            "AND started_at < ?",
            (guild_id, user_id, to_epoch(before)),
        )
        return [Figures(**{name: row[name] for name in FIGURES}) for row in rows]

    async def summary(self, guild_id: int, user_id: int) -> tuple[Report | None, int]:
        """The member's latest report and how many LIVEs they reported (one read: the count
        rides on the latest row)."""
        row = await self.db.read_one(
            f"SELECT {_COLUMNS}, COUNT(*) OVER () AS reported FROM live_reports "
            "WHERE guild_id = ? AND user_id = ? ORDER BY started_at DESC LIMIT 1",
            (guild_id, user_id),
        )
        if row is None:
            return None, 0
        return _report(row), int(row["reported"])

    # -- /live stats -------------------------------------------------------------------------

    async def _crews(self, guild_id: int, live_ids: Sequence[int]) -> dict[int, set[int]]:
        """Who was on each of these LIVEs: hosts, and guests within the slots."""
        ids = sorted(set(live_ids))
        if not ids:
            return {}
        marks = placeholders(len(ids))
        rows = await self.db.scan_all(_CREW.format(ids=marks), (guild_id, *ids, guild_id, *ids))
        crews: dict[int, set[int]] = {}
        for live_id, user_id in rows:
            crews.setdefault(live_id, set()).add(user_id)
        return crews

    async def member_history(
        self, guild_id: int, user_id: int, *, limit: int = HISTORY_LIMIT
    ) -> list[HistoryRow]:
        """The member's latest reports, oldest first, each with who else was on that LIVE."""
        rows = await self.db.scan_all(
            "SELECT id, live_id, started_at, duration_minutes, viewers, new_followers, "
            "avg_watch_seconds, diamonds FROM live_reports WHERE guild_id = ? AND user_id = ? "
            "ORDER BY started_at DESC, id DESC LIMIT ?",
            (guild_id, user_id, limit),
        )
        crews = await self._crews(guild_id, [row[1] for row in rows if row[1] is not None])
        history = []
        for row in reversed(rows):
            others = tuple(sorted(crews.get(row[1], set()) - {user_id}))
            history.append(HistoryRow(*_history_head(row), others, bool(others)))
        return history

    async def server_history(
        self, guild_id: int, *, limit: int = HISTORY_LIMIT
    ) -> list[HistoryRow]:
        """The LIVEs of the server's latest ``limit`` reports, oldest first, each member's
        figures added up (average watch time averaged); a LIVE with more than one member on
        it is a group. Read from one covering index."""
        rows = await self.db.scan_all(
            "SELECT id, live_id, started_at, duration_minutes, viewers, new_followers, "
            "avg_watch_seconds, diamonds, user_id FROM live_reports WHERE guild_id = ? "
            "ORDER BY started_at DESC LIMIT ?",
            (guild_id, limit),
        )
        lives: dict[int, list[Row]] = {}
        for row in reversed(rows):
            lives.setdefault(row[1] if row[1] is not None else -row[0], []).append(row)
        crews = await self._crews(guild_id, [key for key in lives if key > 0])
        history = []
        for key, reported in lives.items():
            first = reported[0]
            reporters = tuple(sorted({r[8] for r in reported}))
            size = max(len(crews.get(key, ())), len(reporters))
            watch = [r[6] for r in reported if r[6] is not None]
            history.append(
                HistoryRow(
                    key=first[0],
                    started_at=from_epoch(min(r[2] for r in reported)),
                    duration_minutes=max(r[3] for r in reported),
                    viewers=_total(r[4] for r in reported),
                    new_followers=_total(r[5] for r in reported),
                    avg_watch_seconds=sum(watch) // len(watch) if watch else None,
                    diamonds=_total(r[7] for r in reported),
                    others=reporters,
                    group=size > 1,
                )
            )
        history.sort(key=lambda h: (h.started_at, h.key))
        return history

    async def choices(
        self, guild_id: int, user_id: int, query: str, now: datetime, *, upcoming: bool
    ) -> list[tuple[int, str, datetime]]:
        """(number, title, start) of LIVEs for autocomplete, by number prefix or title: those
        that have started, newest first; or (``upcoming``) the member's own not yet over."""
        text = query.strip().lstrip("#").strip()
        where, params = "1 = 1", []
        if text.isdigit():
            where, params = "CAST(number AS TEXT) LIKE ?", [f"{text}%"]
        elif text:
            escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where, params = "lower(title) LIKE ? ESCAPE '\\'", [f"%{escaped}%"]
        stamp = to_epoch(now)
        if upcoming:
            order = (
                "status = 'scheduled' AND starts_at + duration_minutes * 60 >= ? AND id IN "
                "(SELECT live_id FROM live_hosts WHERE guild_id = ? AND user_id = ? UNION "
                "SELECT live_id FROM live_guests WHERE guild_id = ? AND user_id = ?) "
                "ORDER BY starts_at LIMIT 25"
            )
            extra: list[object] = [stamp, guild_id, user_id, guild_id, user_id]
        else:
            order = "status != 'cancelled' AND starts_at <= ? ORDER BY starts_at DESC LIMIT 25"
            extra = [stamp]
        rows = await self.db.scan_all(
            f"SELECT number, title, starts_at FROM lives WHERE guild_id = ? AND {where} AND {order}",
            (guild_id, *params, *extra),
        )
        return [(row[0], row[1], from_epoch(row[2])) for row in rows]

    # -- the checklist -----------------------------------------------------------------------

    async def ticks(self, guild_id: int, user_id: int, live_id: int) -> set[str]:
        rows = await self.db.read_all(
            "SELECT item FROM live_checklist_ticks WHERE guild_id = ? AND user_id = ? "
            "AND live_id = ?",
            (guild_id, user_id, live_id),
        )
        return {row[0] for row in rows}

    async def toggle_tick(
        self, guild_id: int, user_id: int, live_id: int, item: str, now: datetime
    ) -> bool:
        """Tick an item, or untick it when it was ticked; whether it is ticked now."""

        async def work(tx: Tx) -> bool:
            removed = await tx.execute(
                "DELETE FROM live_checklist_ticks WHERE guild_id = ? AND user_id = ? "
                "AND live_id = ? AND item = ?",
                (guild_id, user_id, live_id, item),
            )
            if removed:
                return False
            await tx.execute(
                "INSERT INTO live_checklist_ticks (guild_id, user_id, live_id, item, ticked_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (guild_id, user_id, live_id, item, to_epoch(now)),
            )
            return True

        return await self.db.write(work, lock=guild_id)
