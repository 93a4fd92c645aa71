"""One sync of a member's TikTok numbers: read everything first, then save it in one
transaction (``TikTokRepository.save_sync``), so a TikTok that fails halfway leaves nothing
half-saved. The caller claims the connection before and hands in the claimed row; a sync
that could not be saved gives the claim back (``release_sync``) as the caller says.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from typing import Any, TypeVar

from bot.clock import Clock
from cogs.streaks import logic as streak_logic
from cogs.streaks.service import MemberStreak, StreakService
from cogs.tiktok import logic
from cogs.tiktok.client import TikTokClient, TokenRejected, VideoPage
from cogs.tiktok.tokens import TokenKeeper
from storage.er import NewErResult
from storage.members import MemberRepository
from storage.streaks import NewPost
from storage.tiktok import Connection, ImportedVideo, SyncBatch, TikTokRepository

log = logging.getLogger(__name__)
T = TypeVar("T")
MAX_PAGES = logic.MAX_VIDEOS // logic.PAGE_SIZE + 5  # short pages included


class ClaimLost(Exception):
    """Another process took the connection over while this sync ran; it saved nothing."""


@dataclass(frozen=True)
class SyncReport:
    connection: Connection
    videos: tuple[logic.Numbers, ...]
    new: int
    updated: int
    posts_added: int
    posts_known: int
    followers_before: int | None
    followers: int | None
    follower_rate: Fraction | None
    streak_before: MemberStreak
    streak: MemberStreak

    @property
    def videos_shared(self) -> bool:
        return self.connection.has("video.list")

    @property
    def stats_shared(self) -> bool:
        return self.connection.has("user.info.stats")


def numbers_of(raw: dict[str, Any], handle: str | None) -> logic.Numbers | None:
    """A video of /v2/video/list/ as numbers (None for an entry without id or time)."""
    video_id, created = raw.get("id"), raw.get("create_time")
    if not isinstance(video_id, str | int) or not isinstance(created, int) or created <= 0:
        return None

    def count(name: str) -> int:
        value = raw.get(name)
        return max(int(value), 0) if isinstance(value, int) else 0

    share = raw.get("share_url")
    title = raw.get("title") or raw.get("video_description")
    return logic.Numbers(
        video_id=str(video_id),
        url=logic.video_url(str(video_id), share if isinstance(share, str) else None, handle),
        title=str(title) if title else None,
        posted_at=datetime.fromtimestamp(created, UTC),
        views=count("view_count"),
        likes=count("like_count"),
        comments=count("comment_count"),
        shares=count("share_count"),
    )


class SyncService:
    def __init__(
        self,
        repo: TikTokRepository,
        keeper: TokenKeeper,
        client: TikTokClient,
        streaks: StreakService,
        members: MemberRepository,
        clock: Clock,
    ) -> None:
        self.repo = repo
        self.keeper = keeper
        self.client = client
        self.streaks = streaks
        self.members = members
        self.clock = clock

    async def _with_token(self, connection: Connection, call: Callable[[str], Awaitable[T]]) -> T:
        """``call`` with an access token; once more with a fresh one if TikTok refuses it."""
        access = await self.keeper.access_token(connection.id)
        try:
            return await call(access)
        except TokenRejected:
            access = await self.keeper.access_token(connection.id, refused=access)
            return await call(access)

    async def _page(self, cursor: int | None, token: str) -> VideoPage:
        return await self.client.video_page(token, cursor)

    async def read_videos(
        self, connection: Connection, since: datetime, handle: str | None
    ) -> list[logic.Numbers]:
        """The member's public videos from ``since`` on, newest first, at most 100."""
        found: list[logic.Numbers] = []
        seen: set[str] = set()
        cursor: int | None = None
        for _ in range(MAX_PAGES):
            page = await self._with_token(connection, functools.partial(self._page, cursor))
            for raw in page.videos:
                video = numbers_of(raw, handle)
                if video is None or video.video_id in seen:
                    continue
                if video.posted_at < since:
                    return found  # (newest first: the rest are older still)
                seen.add(video.video_id)
                found.append(video)
                if len(found) >= logic.MAX_VIDEOS:
                    return found
            moved = page.cursor is not None and (cursor is None or page.cursor < cursor)
            if not page.has_more or not moved:
                break
            cursor = page.cursor
        return found

    async def run(self, connection: Connection, next_sync_at: datetime | None = None) -> SyncReport:
        """Sync the claimed ``connection`` (its ``claim`` set); ``next_sync_at`` moves its
        daily slot in the same transaction. Raises TikTok's errors, ``ConnectionBroken``,
        ``NotConnected``, or ``ClaimLost``; then nothing was saved."""
        assert connection.claim is not None
        now = self.clock.now()
        guild_id, user_id = connection.guild_id, connection.user_id
        stats = connection.has("user.info.stats")
        user = await self._with_token(connection, lambda t: self.client.user_info(t, stats=stats))
        followers = user.get("follower_count") if stats else None
        followers = followers if isinstance(followers, int) and followers >= 0 else None
        display_name = user.get("display_name")
        videos: list[logic.Numbers] = []
        if connection.has("video.list"):
            since = logic.read_since(now, connection.last_sync_at)
            videos = await self.read_videos(connection, since, connection.handle)
        handle = next(
            (h for h in (logic.handle_from(v.url) for v in videos) if h), connection.handle
        )
        member = await self.members.get(guild_id, user_id)
        before_followers = member.followers if member is not None else None
        creator = await self.streaks.creator(guild_id, user_id, now)
        before = await self.streaks.member_streak(guild_id, user_id, now, creator=creator)
        basis_followers = followers if followers is not None else before_followers
        results: dict[str, NewErResult] = {}
        posts: dict[str, NewPost] = {}
        for video in videos:
            rate = video.rate
            if connection.sync_er and rate is not None:
                results[video.video_id] = NewErResult(
                    guild_id=guild_id,
                    user_id=user_id,
                    basis="views",
                    rate=float(rate),
                    views=video.views,
                    likes=video.likes,
                    comments=video.comments,
                    shares=video.shares,
                    followers=basis_followers,
                    video_url=video.url,
                    source="tiktok",
                )
            if connection.sync_posts:
                day = streak_logic.local_day(video.posted_at, creator.zone)
                posts[video.video_id] = NewPost(
                    guild_id,
                    user_id,
                    video.url,
                    video.posted_at,
                    creator.zone,
                    day,
                    streak_logic.week_of_day(day),
                    source="tiktok",
                )
        by_followers = logic.follower_rate(basis_followers, videos)
        followers_result = None
        if connection.sync_er and by_followers is not None and basis_followers is not None:
            rate, counted = by_followers
            latest = sorted(videos, key=lambda v: v.posted_at, reverse=True)[:counted]
            followers_result = NewErResult(
                guild_id=guild_id,
                user_id=user_id,
                basis="followers",
                rate=float(rate),
                likes=sum(v.likes for v in latest),
                comments=sum(v.comments for v in latest),
                posts=counted,
                followers=basis_followers,
                source="tiktok",
            )
        saved = await self.repo.save_sync(
            SyncBatch(
                connection_id=connection.id,
                guild_id=guild_id,
                user_id=user_id,
                claim=connection.claim,
                now=now,
                videos=[
                    ImportedVideo(
                        v.video_id,
                        v.url,
                        v.title,
                        v.posted_at,
                        v.views,
                        v.likes,
                        v.comments,
                        v.shares,
                    )
                    for v in videos
                ],
                results=results,
                posts=posts,
                followers_result=followers_result,
                followers=followers if connection.sync_followers else None,
                display_name=display_name if isinstance(display_name, str) else None,
                handle=handle,
                next_sync_at=next_sync_at,
            )
        )
        if not saved.saved:
            raise ClaimLost
        if saved.posts_added:
            await self.streaks.refresh_summary(guild_id, user_id, now)
        after = await self.streaks.member_streak(guild_id, user_id, now)
        fresh = await self.repo.connection_by_id(connection.id)
        return SyncReport(
            connection=fresh or connection,
            videos=tuple(videos),
            new=len(saved.new_videos),
            updated=len(saved.updated_videos),
            posts_added=saved.posts_added,
            posts_known=saved.posts_known,
            followers_before=before_followers,
            followers=followers,
            follower_rate=by_followers[0] if by_followers is not None else None,
            streak_before=before,
            streak=after,
        )
