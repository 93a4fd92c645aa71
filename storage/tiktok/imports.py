"""One sync saved in one transaction, and disconnecting.

A sync fetches everything from TikTok first and only then writes: the videos it read, their
results by views (one per video, updated by later syncs), the ER by followers, a post per
new video, the member's followers, and the connection's next daily slot, all or none. A
process that lost its claim meanwhile (its lease ran out and another took over) saves
nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from storage.database import Database, Tx, to_epoch
from storage.er import NewErResult, save_followers_result, save_result
from storage.members import update_fields
from storage.streaks.posts import NewPost, insert_posts


@dataclass(frozen=True)
class ImportedVideo:
    video_id: str
    video_url: str
    title: str | None
    posted_at: datetime
    views: int
    likes: int
    comments: int
    shares: int


@dataclass(frozen=True)
class SyncBatch:
    connection_id: int
    guild_id: int
    user_id: int
    claim: str
    now: datetime
    videos: Sequence[ImportedVideo] = ()
    results: Mapping[str, NewErResult] = field(default_factory=dict)  # by video id
    posts: Mapping[str, NewPost] = field(default_factory=dict)  # by video id, if new
    followers_result: NewErResult | None = None
    followers: int | None = None  # for the member's profile
    display_name: str | None = None
    handle: str | None = None  # the connection's; the profile's too when it has none
    next_sync_at: datetime | None = None  # the next daily slot (None: unchanged)


@dataclass(frozen=True)
class SyncSaved:
    saved: bool  # False: the claim was lost, nothing was written
    new_videos: tuple[str, ...] = ()
    updated_videos: tuple[str, ...] = ()
    posts_added: int = 0
    posts_known: int = 0  # new videos already in the posting log (same link or minute)


async def _video(tx: Tx, batch: SyncBatch, video: ImportedVideo, stamp: int) -> bool:
    """Save one video's numbers; True when it is new."""
    numbers = (video.title, video.views, video.likes, video.comments, video.shares, stamp)
    changed = await tx.execute(
        "UPDATE tiktok_videos SET title = ?, views = ?, likes = ?, comments = ?, shares = ?, "
        "synced_at = ? WHERE guild_id = ? AND user_id = ? AND video_id = ?",
        (*numbers, batch.guild_id, batch.user_id, video.video_id),
    )
    if changed:
        return False
    await tx.execute(
        "INSERT INTO tiktok_videos (title, views, likes, comments, shares, synced_at, "
        "guild_id, user_id, video_id, video_url, posted_at, first_synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            *numbers,
            batch.guild_id,
            batch.user_id,
            video.video_id,
            video.video_url,
            to_epoch(video.posted_at),
            stamp,
        ),
    )
    return True


async def _logged(tx: Tx, post: NewPost) -> bool:
    """Whether the posting log has this video already: its link, or a post that minute."""
    minute = to_epoch(post.posted_at) // 60 * 60
    row = await tx.fetch_one(
        "SELECT 1 FROM posts WHERE guild_id = ? AND user_id = ? "
        "AND (video_url = ? OR (posted_at >= ? AND posted_at < ?)) LIMIT 1",
        (post.guild_id, post.user_id, post.video_url, minute, minute + 60),
    )
    return row is not None


class ImportQueries:
    db: Database

    async def save_sync(self, batch: SyncBatch) -> SyncSaved:
        stamp = to_epoch(batch.now)
        member = (batch.guild_id, batch.user_id)

        async def work(tx: Tx) -> SyncSaved:
            held = await tx.fetch_one(
                "SELECT 1 FROM tiktok_connections WHERE id = ? AND sync_claim = ?",
                (batch.connection_id, batch.claim),
            )
            if held is None:
                return SyncSaved(saved=False)
            new: list[str] = []
            updated: list[str] = []
            for video in batch.videos:
                (new if await _video(tx, batch, video, stamp) else updated).append(video.video_id)
                result = batch.results.get(video.video_id)
                if result is not None:
                    await save_result(tx, result, stamp, created_at=to_epoch(video.posted_at))
            if batch.followers_result is not None:
                await save_followers_result(tx, batch.followers_result, stamp)
            posts = []
            for video_id in new:
                post = batch.posts.get(video_id)
                if post is not None and not await _logged(tx, post):
                    posts.append(post)
            await insert_posts(tx, posts, stamp)
            profile: dict[str, object] = {}
            if batch.followers is not None:
                profile["followers"] = batch.followers
            if batch.handle is not None:
                row = await tx.fetch_one(
                    "SELECT tiktok_handle FROM members WHERE guild_id = ? AND user_id = ?", member
                )
                if row is None or row["tiktok_handle"] is None:
                    profile["tiktok_handle"] = batch.handle
            if profile:
                await update_fields(tx, *member, stamp, profile)
            next_at = to_epoch(batch.next_sync_at) if batch.next_sync_at is not None else None
            await tx.execute(
                "UPDATE tiktok_connections SET last_sync_at = ?, last_sync_videos = ?, "
                "display_name = COALESCE(?, display_name), handle = COALESCE(?, handle), "
                "next_sync_at = COALESCE(?, next_sync_at), sync_failures = 0, "
                "sync_claim = NULL, sync_claimed_until = NULL WHERE id = ?",
                (
                    stamp,
                    len(batch.videos),
                    batch.display_name,
                    batch.handle,
                    next_at,
                    batch.connection_id,
                ),
            )
            new_posts = len(posts)
            return SyncSaved(
                True, tuple(new), tuple(updated), new_posts, len(batch.posts) - new_posts
            )

        return await self.db.write(work, lock=batch.guild_id)

    async def disconnect(
        self, guild_id: int, user_id: int, *, delete_imports: bool
    ) -> dict[str, int] | None:
        """Delete the connection and its tokens; with ``delete_imports`` also what its syncs
        imported (results, posts, the videos read). Rows deleted per table; None when the
        member had no connection."""
        key = (guild_id, user_id)

        async def work(tx: Tx) -> dict[str, int] | None:
            counts = {
                "tiktok_connections": await tx.execute(
                    "DELETE FROM tiktok_connections WHERE guild_id = ? AND user_id = ?", key
                )
            }
            if not counts["tiktok_connections"]:
                return None
            if delete_imports:
                counts["er_results"] = await tx.execute(
                    "DELETE FROM er_results WHERE guild_id = ? AND user_id = ? "
                    "AND source = 'tiktok'",
                    key,
                )
                counts["posts"] = await tx.execute(
                    "DELETE FROM posts WHERE guild_id = ? AND user_id = ? AND source = 'tiktok'",
                    key,
                )
                counts["tiktok_videos"] = await tx.execute(
                    "DELETE FROM tiktok_videos WHERE guild_id = ? AND user_id = ?", key
                )
                if counts["posts"]:
                    await tx.execute(
                        "UPDATE streak_summaries SET dirty = 1, version = version + 1 "
                        "WHERE guild_id = ? AND user_id = ?",
                        key,
                    )
            return counts

        return await self.db.write(work, lock=guild_id)
