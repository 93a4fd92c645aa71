"""Saved engagement-rate results (/er views, /er followers, /er history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from storage.database import Database, Row, Tx, from_epoch, placeholders, to_epoch

Basis = Literal["views", "followers"]
Source = Literal["typed", "tiktok"]  # typed by the member, or imported from TikTok

# SQL: a result that counts in statistics (medians, percentiles, the chart, the latest
# figure). A result by views with more interactions than views counts only once the
# member confirmed it. ``{t}`` is the table alias.
COUNTED = (
    "({t}.basis <> 'views' OR {t}.likes + {t}.comments + COALESCE({t}.shares, 0) <= {t}.views "
    "OR {t}.confirmed = 1)"
)


def counted(alias: str) -> str:
    return COUNTED.format(t=alias)


@dataclass(frozen=True)
class NewErResult:
    """One calculation to save. ``rate`` values are percent, unrounded."""

    guild_id: int
    user_id: int
    basis: Basis
    rate: float
    likes: int
    comments: int
    rate_with_saves: float | None = None
    views: int | None = None
    shares: int | None = None
    saves: int | None = None
    posts: int | None = None
    followers: int | None = None
    video_url: str | None = None
    confirmed: bool = False  # the member saved it anyway, knowing the numbers look impossible
    source: Source = "typed"


@dataclass(frozen=True)
class ErResult:
    id: int
    guild_id: int
    user_id: int
    basis: Basis
    rate: float
    rate_with_saves: float | None
    views: int | None
    likes: int
    comments: int
    shares: int | None
    saves: int | None
    posts: int | None
    followers: int | None
    video_url: str | None
    created_at: datetime
    updated_at: datetime
    confirmed: bool = False
    source: Source = "typed"

    @property
    def impossible(self) -> bool:
        """More interactions than views: a typing error, unless the member confirmed it."""
        interactions = self.likes + self.comments + (self.shares or 0)
        return self.basis == "views" and self.views is not None and interactions > self.views

    @property
    def counted(self) -> bool:
        """Whether it counts in statistics (the ``COUNTED`` rule)."""
        return not self.impossible or self.confirmed


@dataclass(frozen=True)
class SaveOutcome:
    result: ErResult
    updated: bool  # True: the video was saved before, and its row now holds the new numbers


_VALUES = (
    "basis",
    "rate",
    "rate_with_saves",
    "views",
    "likes",
    "comments",
    "shares",
    "saves",
    "posts",
    "followers",
    "video_url",
    "confirmed",
    "source",
)


def _record(row: Row) -> ErResult:
    return ErResult(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        basis=row["basis"],
        rate=row["rate"],
        rate_with_saves=row["rate_with_saves"],
        views=row["views"],
        likes=row["likes"],
        comments=row["comments"],
        shares=row["shares"],
        saves=row["saves"],
        posts=row["posts"],
        followers=row["followers"],
        video_url=row["video_url"],
        created_at=from_epoch(row["created_at"]),
        updated_at=from_epoch(row["updated_at"]),
        confirmed=bool(row["confirmed"]),
        source=row["source"],
    )


def _from_new(row_id: int, new: NewErResult, created_at: int, updated_at: int) -> ErResult:
    return ErResult(
        id=row_id,
        **{name: getattr(new, name) for name in ("guild_id", "user_id", *_VALUES)},
        created_at=from_epoch(created_at),
        updated_at=from_epoch(updated_at),
    )


def _values(new: NewErResult) -> tuple[object, ...]:
    return tuple(
        int(new.confirmed) if name == "confirmed" else getattr(new, name) for name in _VALUES
    )


_INSERT = (
    f"INSERT INTO er_results (guild_id, user_id, {', '.join(_VALUES)}, created_at, updated_at) "
    f"VALUES (?, ?, {placeholders(len(_VALUES))}, ?, ?)"
)


async def save_result(
    tx: Tx, new: NewErResult, stamp: int, created_at: int | None = None
) -> tuple[int, int, bool]:
    """``ErRepository.save`` inside a write of the caller's: (row id, created_at, updated).

    ``created_at`` (UTC seconds) dates a new row (default ``stamp``): an imported video's
    result is dated when the video went up.
    """
    values = _values(new)
    params = (new.guild_id, new.user_id, *values, created_at or stamp, stamp)
    existing = None
    if new.video_url is not None:
        existing = await tx.fetch_one(
            "SELECT id, created_at FROM er_results "
            "WHERE guild_id = ? AND user_id = ? AND video_url = ?",
            (new.guild_id, new.user_id, new.video_url),
        )
    if existing is None:
        return await tx.insert(_INSERT, params), created_at or stamp, False
    row_id = int(existing["id"])
    assignments = ", ".join(f"{name} = ?" for name in _VALUES)
    await tx.execute(
        f"UPDATE er_results SET {assignments}, updated_at = ? "
        "WHERE id = ? AND guild_id = ? AND user_id = ?",
        (*values, stamp, row_id, new.guild_id, new.user_id),
    )
    return row_id, int(existing["created_at"]), True


async def save_followers_result(tx: Tx, new: NewErResult, stamp: int) -> int:
    """The member's one ER by followers imported from TikTok, saved or brought up to date
    (dated now: it is the figure of their latest videos), inside the caller's write."""
    existing = await tx.fetch_one(
        "SELECT id FROM er_results WHERE guild_id = ? AND user_id = ? "
        "AND source = 'tiktok' AND basis = 'followers'",
        (new.guild_id, new.user_id),
    )
    if existing is None:
        return await tx.insert(_INSERT, (new.guild_id, new.user_id, *_values(new), stamp, stamp))
    assignments = ", ".join(f"{name} = ?" for name in _VALUES)
    await tx.execute(
        f"UPDATE er_results SET {assignments}, created_at = ?, updated_at = ? WHERE id = ?",
        (*_values(new), stamp, stamp, existing["id"]),
    )
    return int(existing["id"])


class ErRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def save(self, new: NewErResult, now: datetime) -> SaveOutcome:
        """Insert ``new``; for a video saved before, update its row instead (latest numbers win).

        An updated row keeps its ``created_at`` (when the video was first logged) and
        gets a new ``updated_at``.
        """
        stamp = to_epoch(now)
        if new.video_url is None:  # never collides with a saved video: one statement
            params = (new.guild_id, new.user_id, *_values(new), stamp, stamp)
            row_id = await self.db.insert(_INSERT, params, lock=new.guild_id)
            return SaveOutcome(_from_new(row_id, new, stamp, stamp), updated=False)

        async def work(tx: Tx) -> tuple[int, int, bool]:
            return await save_result(tx, new, stamp)

        row_id, created, updated = await self.db.write(work, lock=new.guild_id)
        return SaveOutcome(_from_new(row_id, new, created, stamp), updated=updated)

    async def history(self, guild_id: int, user_id: int, limit: int = 10) -> list[ErResult]:
        """The member's latest ``limit`` results, newest first (counted or not: see ``counted``)."""
        rows = await self.db.read_all(
            "SELECT * FROM er_results WHERE guild_id = ? AND user_id = ? "
            "ORDER BY created_at DESC, id DESC LIMIT ?",
            (guild_id, user_id, limit),
        )
        return [_record(row) for row in rows]

    async def latest(self, guild_id: int, user_id: int) -> ErResult | None:
        """The member's most recently saved or updated result that counts."""
        row = await self.db.read_one(
            "SELECT * FROM er_results AS r WHERE guild_id = ? AND user_id = ? "
            f"AND {counted('r')} ORDER BY updated_at DESC, id DESC LIMIT 1",
            (guild_id, user_id),
        )
        return _record(row) if row is not None else None

    async def count(self, guild_id: int, user_id: int) -> int:
        row = await self.db.read_one(
            "SELECT COUNT(*) FROM er_results WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
        )
        return int(row[0]) if row else 0

    async def export_member(self, guild_id: int, user_id: int) -> list[ErResult]:
        """Every result the member saved in this server, oldest first."""
        rows = await self.db.scan_all(
            "SELECT * FROM er_results WHERE guild_id = ? AND user_id = ? ORDER BY created_at, id",
            (guild_id, user_id),
        )
        return [_record(row) for row in rows]

    async def delete_member(self, guild_id: int, user_id: int) -> int:
        """Delete the member's results in this server; return how many."""
        return await self.db.execute(
            "DELETE FROM er_results WHERE guild_id = ? AND user_id = ?",
            (guild_id, user_id),
            lock=guild_id,
        )
