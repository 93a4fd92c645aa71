"""What the local TikTok knows: accounts and their videos, consent codes and grants."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

# Which scope each field of /v2/user/info/ needs.
USER_FIELDS = {
    "open_id": "user.info.basic",
    "union_id": "user.info.basic",
    "avatar_url": "user.info.basic",
    "avatar_url_100": "user.info.basic",
    "avatar_large_url": "user.info.basic",
    "display_name": "user.info.basic",
    "bio_description": "user.info.profile",
    "profile_deep_link": "user.info.profile",
    "is_verified": "user.info.profile",
    "username": "user.info.profile",
    "follower_count": "user.info.stats",
    "following_count": "user.info.stats",
    "likes_count": "user.info.stats",
    "video_count": "user.info.stats",
}
VIDEO_FIELDS = frozenset(
    {
        "id",
        "create_time",
        "cover_image_url",
        "share_url",
        "video_description",
        "title",
        "duration",
        "height",
        "width",
        "embed_html",
        "embed_link",
        "like_count",
        "comment_count",
        "share_count",
        "view_count",
        "is_aigc",
    }
)
SCOPES = frozenset({*USER_FIELDS.values(), "video.list"})


def _opaque(prefix: str) -> str:
    return f"{prefix}.{secrets.token_urlsafe(36)}"


@dataclass
class Video:
    id: str
    create_time: int  # unix seconds
    title: str
    view_count: int
    like_count: int
    comment_count: int
    share_count: int
    public: bool = True  # private videos are never listed
    duration: int = 21

    def fields(self, username: str, wanted: list[str]) -> dict[str, object]:
        share = (
            f"https://www.tiktok.com/@{username}/video/{self.id}?is_from_webapp=1&sender_device=pc"
        )
        values: dict[str, object] = {
            "id": self.id,
            "create_time": self.create_time,
            "cover_image_url": f"https://p16-sign.tiktokcdn.example/{self.id}.jpeg",
            "share_url": share,
            "video_description": self.title,
            "title": self.title[:150],
            "duration": self.duration,
            "height": 1920,
            "width": 1080,
            "embed_html": f'<blockquote class="tiktok-embed" data-video-id="{self.id}"></blockquote>',
            "embed_link": f"https://www.tiktok.com/player/v1/{self.id}",
            "like_count": self.like_count,
            "comment_count": self.comment_count,
            "share_count": self.share_count,
            "view_count": self.view_count,
            "is_aigc": False,
        }
        return {name: values[name] for name in wanted}


@dataclass
class Account:
    username: str
    display_name: str
    open_id: str = field(default_factory=lambda: "-000" + secrets.token_hex(14))
    union_id: str = field(default_factory=lambda: secrets.token_hex(16))
    follower_count: int = 1000
    following_count: int = 120
    likes_count: int = 25_000
    videos: list[Video] = field(default_factory=list)
    deleted: bool = False

    def user_fields(self, wanted: list[str]) -> dict[str, object]:
        values: dict[str, object] = {
            "open_id": self.open_id,
            "union_id": self.union_id,
            "avatar_url": f"https://p16-sign.tiktokcdn.example/{self.username}.jpeg",
            "avatar_url_100": f"https://p16-sign.tiktokcdn.example/{self.username}-100.jpeg",
            "avatar_large_url": f"https://p16-sign.tiktokcdn.example/{self.username}-l.jpeg",
            "display_name": self.display_name,
            "bio_description": "",
            "profile_deep_link": f"https://vm.tiktok.com/{self.username}/",
            "is_verified": False,
            "username": self.username,
            "follower_count": self.follower_count,
            "following_count": self.following_count,
            "likes_count": self.likes_count,
            "video_count": sum(1 for v in self.videos if v.public),
        }
        return {name: values[name] for name in wanted}

    def newest_first(self) -> list[Video]:
        return sorted(self.videos, key=lambda v: (v.create_time, v.id), reverse=True)


@dataclass
class AuthCode:
    code: str
    client_key: str
    account: Account
    scopes: tuple[str, ...]
    redirect_uri: str
    challenge: str
    expires_at: datetime
    used: bool = False


@dataclass
class Token:
    value: str
    expires_at: datetime
    grant: Grant
    superseded: bool = False  # a refresh token after it was rotated


@dataclass
class Grant:
    """One consent of one account to the app: its scopes and the tokens issued for it."""

    account: Account
    scopes: tuple[str, ...]
    revoked: bool = False
    access: list[Token] = field(default_factory=list)
    refresh: list[Token] = field(default_factory=list)

    def issue(
        self, now: datetime, access_ttl: timedelta, refresh_ttl: timedelta
    ) -> dict[str, object]:
        """A new access token and a new refresh token; earlier refresh tokens stop working."""
        for old in self.refresh:
            old.superseded = True
        access = Token(_opaque("act"), now + access_ttl, self)
        refresh = Token(_opaque("rft"), now + refresh_ttl, self)
        self.access.append(access)
        self.refresh.append(refresh)
        return {
            "open_id": self.account.open_id,
            "scope": ",".join(self.scopes),
            "access_token": access.value,
            "expires_in": int(access_ttl.total_seconds()),
            "refresh_token": refresh.value,
            "refresh_expires_in": int(refresh_ttl.total_seconds()),
            "token_type": "Bearer",
        }
