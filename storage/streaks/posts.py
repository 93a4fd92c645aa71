"""Logged posts, weekly counts and the streak summary cache.

Each post stores its local day and week (in the creator's zone when logged), so
weekly counts are a GROUP BY for one creator or a whole server. ``streak_summaries``
caches each creator's streak through their last completed week, with the posts and the
goal of the week after it and that week's span in UTC; any change to a creator's posts
marks their row dirty in the same transaction. While the clock is inside a clean
summary's span, the creator's current and longest streak are plain arithmetic on the
row, so a leaderboard is one SQL pass over the summaries (``board``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from storage.database import (
    ConstraintViolation,
    Database,
    Row,
    Tx,
    from_epoch,
    placeholders,
    to_epoch,
)
from storage.streaks.summaries import FRESH_SUMMARY, Summarise, blank_summary, fresh_values


@dataclass(frozen=True)
class Post:
    id: int
    guild_id: int
    user_id: int
    video_url: str | None
    posted_at: datetime
    timezone: str
    local_day: int
    week: int
    logged_at: datetime


@dataclass(frozen=True)
class NewPost:
    guild_id: int
    user_id: int
    video_url: str | None
    posted_at: datetime
    timezone: str
    local_day: int
    week: int
    source: str = "typed"  # or "tiktok": imported by a sync


class DuplicateVideo(Exception):
    def __init__(self, existing: Post) -> None:
        super().__init__(existing.video_url)
        self.existing = existing


_POST_COLUMNS = "id, guild_id, user_id, video_url, posted_at, timezone, local_day, week, logged_at"
_MARK_DIRTY = (
    "INSERT INTO streak_summaries (guild_id, user_id, dirty, computed_at) VALUES (?, ?, 1, ?) "
    "ON CONFLICT (guild_id, user_id) DO UPDATE SET dirty = 1, version = streak_summaries.version + 1"
)


def _post(row: Row | Mapping[str, Any]) -> Post:
    return Post(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        video_url=row["video_url"],
        posted_at=from_epoch(row["posted_at"]),
        timezone=row["timezone"],
        local_day=row["local_day"],
        week=row["week"],
        logged_at=from_epoch(row["logged_at"]),
    )


_WEEK_COUNTS = "SELECT week, COUNT(*) FROM posts WHERE guild_id = ? AND user_id = ? GROUP BY week"


def _nested(rows: Iterable[Row]) -> dict[int, dict[int, int]]:
    result: dict[int, dict[int, int]] = {}
    for user_id, bucket, count in rows:
        result.setdefault(user_id, {})[bucket] = count
    return result


async def insert_posts(tx: Tx, posts: Sequence[NewPost], stamp: int) -> None:
    """Save ``posts`` inside a write of the caller's; their creators' summaries go dirty
    (the next read rebuilds them). ``stamp``: when they were logged, UTC seconds."""
    if not posts:
        return
    await tx.executemany(
        "INSERT INTO posts (guild_id, user_id, video_url, posted_at, timezone, "
        "local_day, week, logged_at, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                p.guild_id,
                p.user_id,
                p.video_url,
                to_epoch(p.posted_at),
                p.timezone,
                p.local_day,
                p.week,
                stamp,
                p.source,
            )
            for p in posts
        ],
    )
    await tx.executemany(_MARK_DIRTY, sorted({(p.guild_id, p.user_id, stamp) for p in posts}))


class PostQueries:
    """Posts and weekly counts (and, as a post changes them, its creator's summary)."""

    db: Database

    # -- posts ----------------------------------------------------------------------

    async def log_post(self, post: NewPost, now: datetime) -> Post:
        """Save a post; raises ``DuplicateVideo`` when the member logged that video before."""
        saved, _counts = await self._log(post, now, None)
        return saved

    async def log_post_summarised(
        self, post: NewPost, now: datetime, summarise: Summarise
    ) -> tuple[Post, dict[int, int]]:
        """``log_post``, and the creator's summary brought up to date in the same
        transaction (one round trip to the write connection); the post, and the creator's
        posts per week with it.

        ``summarise`` gets a blank summary of the creator and those counts, and returns the
        summary of every week; it must be pure and quick (it runs on the write connection's
        thread). The transaction is the post, a read of the counts, and the summary's upsert.
        """
        saved, counts = await self._log(post, now, summarise)
        assert counts is not None
        return saved, counts

    async def _log(
        self, post: NewPost, now: datetime, summarise: Summarise | None
    ) -> tuple[Post, dict[int, int] | None]:
        # A video logged before is found by the unique index (``posts_video``) and read only
        # then: a new post costs no read of its own for that.
        stamp = to_epoch(now)
        stored = {
            "guild_id": post.guild_id,
            "user_id": post.user_id,
            "video_url": post.video_url,
            "posted_at": to_epoch(post.posted_at),
            "timezone": post.timezone,
            "local_day": post.local_day,
            "week": post.week,
            "logged_at": stamp,
        }

        async def insert(tx: Tx) -> tuple[int, dict[int, int] | None]:
            post_id = await tx.insert(
                "INSERT INTO posts (guild_id, user_id, video_url, posted_at, timezone, "
                "local_day, week, logged_at) VALUES (:guild_id, :user_id, :video_url, "
                ":posted_at, :timezone, :local_day, :week, :logged_at)",
                stored,
            )
            if summarise is None:
                await tx.execute(_MARK_DIRTY, (post.guild_id, post.user_id, stamp))
                return post_id, None
            key = (post.guild_id, post.user_id)
            counts = {week: n for week, n in await tx.fetch_all(_WEEK_COUNTS, key)}
            fresh = summarise(blank_summary(post.user_id), counts)
            await tx.execute(FRESH_SUMMARY, fresh_values(post.guild_id, fresh, stamp))
            return post_id, counts

        try:
            post_id, counts = await self.db.write(insert, lock=post.guild_id)
        except ConstraintViolation:
            assert post.video_url is not None  # only the video index can collide
            existing = await self.find_video(post.guild_id, post.user_id, post.video_url)
            if existing is None:
                raise
            raise DuplicateVideo(existing) from None
        # The row as inserted, through the same mapping as a read of it.
        return _post({"id": post_id, **stored}), counts

    async def bulk_insert(self, posts: Sequence[NewPost], now: datetime) -> None:
        """Many posts at once (imports, benchmarks); their creators' summaries go dirty."""
        stamp = to_epoch(now)

        async def work(tx: Tx) -> None:
            await insert_posts(tx, posts, stamp)

        await self.db.write(work)

    async def get_post(self, guild_id: int, user_id: int, post_id: int) -> Post | None:
        row = await self.db.read_one(
            f"SELECT {_POST_COLUMNS} FROM posts WHERE guild_id = ? AND user_id = ? AND id = ?",
            (guild_id, user_id, post_id),
        )
        return _post(row) if row else None

    async def find_video(self, guild_id: int, user_id: int, video_url: str) -> Post | None:
        row = await self.db.read_one(
            f"SELECT {_POST_COLUMNS} FROM posts "
            "WHERE guild_id = ? AND user_id = ? AND video_url = ?",
            (guild_id, user_id, video_url),
        )
        return _post(row) if row else None

    async def recent_posts(self, guild_id: int, user_id: int, limit: int = 25) -> list[Post]:
        """The member's latest posts, newest first."""
        rows = await self.db.read_all(
            f"SELECT {_POST_COLUMNS} FROM posts WHERE guild_id = ? AND user_id = ? "
            "ORDER BY posted_at DESC, id DESC LIMIT ?",
            (guild_id, user_id, limit),
        )
        return [_post(row) for row in rows]

    async def posts_between(
        self, guild_id: int, user_id: int, start: datetime, end: datetime, *, linkless: bool = False
    ) -> list[Post]:
        """The member's posts published at ``start`` or later and before ``end``, oldest first
        (``linkless``: only those logged without a video link)."""
        without = " AND video_url IS NULL" if linkless else ""
        rows = await self.db.read_all(
            f"SELECT {_POST_COLUMNS} FROM posts WHERE guild_id = ? AND user_id = ? "
            f"AND posted_at >= ? AND posted_at < ?{without} ORDER BY posted_at, id",
            (guild_id, user_id, to_epoch(start), to_epoch(end)),
        )
        return [_post(row) for row in rows]

    async def posts_from_week(self, guild_id: int, user_id: int, week: int) -> list[Post]:
        """The member's posts in ``week`` and later, oldest first."""
        rows = await self.db.read_all(
            f"SELECT {_POST_COLUMNS} FROM posts WHERE guild_id = ? AND user_id = ? AND week >= ? "
            "ORDER BY posted_at, id",
            (guild_id, user_id, week),
        )
        return [_post(row) for row in rows]

    async def remove_post(self, guild_id: int, user_id: int, post_id: int, now: datetime) -> bool:
        """Delete one of the member's own posts; False when there is no such post of theirs."""

        async def work(tx: Tx) -> bool:
            removed = await tx.execute(
                "DELETE FROM posts WHERE guild_id = ? AND user_id = ? AND id = ?",
                (guild_id, user_id, post_id),
            )
            if removed == 0:
                return False
            await tx.execute(_MARK_DIRTY, (guild_id, user_id, to_epoch(now)))
            return True

        return await self.db.write(work, lock=guild_id)

    async def total_posts(self, guild_id: int, user_id: int) -> int:
        row = await self.db.read_one(
            "SELECT COUNT(*) FROM posts WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
        )
        return int(row[0]) if row else 0

    async def week_counts(self, guild_id: int, user_id: int) -> dict[int, int]:
        """Posts per week (key: the local Monday's ordinal) for one creator."""
        rows = await self.db.read_all(_WEEK_COUNTS, (guild_id, user_id))
        return {row[0]: row[1] for row in rows}

    async def day_counts(self, guild_id: int, user_id: int, from_day: int) -> dict[int, int]:
        """Posts per local day from ``from_day`` on, for one creator."""
        rows = await self.db.read_all(
            # A post's week starts at most 6 days before its day: the bound on ``week``
            # lets the (guild, user, week) index skip older posts; ``+local_day`` keeps
            # the planner off the server-wide (guild, day) index.
            "SELECT local_day, COUNT(*) FROM posts WHERE guild_id = ? AND user_id = ? "
            "AND week > ? AND +local_day >= ? GROUP BY local_day",
            (guild_id, user_id, from_day - 7, from_day),
        )
        return {row[0]: row[1] for row in rows}

    async def guild_week_counts(
        self, guild_id: int, user_ids: Sequence[int] | None = None
    ) -> dict[int, dict[int, int]]:
        """Posts per week per creator for a whole server (or some of its creators)."""
        if user_ids is not None and not user_ids:
            return {}
        sql = "SELECT user_id, week, COUNT(*) FROM posts WHERE guild_id = ?"
        params: list[int] = [guild_id]
        if user_ids is not None:
            sql += f" AND user_id IN ({placeholders(len(user_ids))})"
            params.extend(user_ids)
        rows = await self.db.scan_all(sql + " GROUP BY user_id, week", params)
        return _nested(rows)

    async def active_creators(self, guild_id: int, from_week: int) -> list[int]:
        """Creators with posts keyed in ``from_week`` or later."""
        rows = await self.db.scan_all(
            "SELECT DISTINCT user_id FROM posts WHERE guild_id = ? AND week >= ?",
            (guild_id, from_week),
        )
        return sorted(row[0] for row in rows)

    async def month_totals(self, guild_id: int, first: int, last: int) -> dict[int, int]:
        """Posts per creator with a stored local day from ``first`` to ``last``."""
        rows = await self.db.scan_all(
            "SELECT user_id, COUNT(*) FROM posts WHERE guild_id = ? "
            "AND local_day BETWEEN ? AND ? GROUP BY user_id",
            (guild_id, first, last),
        )
        return {row[0]: row[1] for row in rows}

    async def month_counts(
        self, guild_id: int, months: Sequence[tuple[int, int]]
    ) -> dict[int, list[int]]:
        """Posts per creator in each (first day, last day) range, by stored local day."""
        if not months:
            return {}
        sums = ", ".join(
            "SUM(CASE WHEN local_day BETWEEN ? AND ? THEN 1 ELSE 0 END)" for _ in months
        )
        params: list[int] = [bound for month in months for bound in month]
        rows = await self.db.scan_all(
            f"SELECT user_id, {sums} FROM posts WHERE guild_id = ? "
            "AND local_day BETWEEN ? AND ? GROUP BY user_id",
            (
                *params,
                guild_id,
                min(first for first, _ in months),
                max(last for _, last in months),
            ),
        )
        return {row[0]: [int(v or 0) for v in tuple(row)[1:]] for row in rows}
