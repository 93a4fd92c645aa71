"""/tiktok's pure rules: consent links, webhook signatures, which videos a sync reads, the
daily slot, and the figures of a sync's summary. No discord, no clock, no network."""

from __future__ import annotations

import hashlib
import hmac
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from urllib.parse import urlencode, urlsplit

from cogs.er import logic as er

SCOPES = ("user.info.basic", "user.info.stats", "video.list")
STATE_LIFETIME = timedelta(minutes=10)
FIRST_SYNC_DAYS = 90  # the first sync reads this far back...
MAX_VIDEOS = 100  # ...and at most this many videos
REFRESH_DAYS = 30  # later syncs read this far back too: a video's numbers grow for weeks
FOLLOWER_ER_VIDEOS = 10  # ER by followers over the latest this many videos
PAGE_SIZE = 20  # TikTok's largest page of /v2/video/list/
SIGNATURE_TOLERANCE = timedelta(minutes=5)  # webhook timestamps further off are refused
TITLE_LIMIT = 60
DAY = timedelta(days=1)
# A daily sync run late (after downtime) is not followed by another within this long.
MIN_GAP = timedelta(hours=12)


# -- consent ------------------------------------------------------------------------------


def code_challenge(verifier: str) -> str:
    """TikTok's PKCE challenge: the *hex* SHA-256 of the verifier (not RFC 7636's base64url)."""
    return hashlib.sha256(verifier.encode("ascii")).hexdigest()


def state_hash(state: str) -> str:
    """What is stored of a consent link's state (or a browser's cookie): its SHA-256."""
    return hashlib.sha256(state.encode("utf-8")).hexdigest()


def authorize_url(
    auth_url: str, client_key: str, redirect_uri: str, state: str, challenge: str
) -> str:
    query = urlencode(
        {
            "client_key": client_key,
            "scope": ",".join(SCOPES),
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "state": state,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
    )
    return f"{auth_url}{'&' if '?' in auth_url else '?'}{query}"


def granted(scopes: str) -> tuple[str, ...]:
    """The scopes a token response (or a callback) says were granted, known ones only."""
    return tuple(s for s in (p.strip() for p in scopes.split(",")) if s in SCOPES)


# -- webhooks -----------------------------------------------------------------------------


def signature_valid(header: str, body: bytes, secret: str, now: datetime) -> bool:
    """``TikTok-Signature: t=<seconds>,s=<hex>``: HMAC-SHA256 of ``"{t}.{body}"`` keyed with
    the client secret, compared in constant time; a ``t`` more than 5 minutes off is refused
    (a replay)."""
    parts = dict(p.split("=", 1) for p in header.split(",") if "=" in p)
    stamp, given = parts.get("t", "").strip(), parts.get("s", "").strip()
    if not stamp.isdigit() or not given or len(stamp) > 12:
        return False
    moment = datetime.fromtimestamp(int(stamp), UTC)
    if abs(now - moment) > SIGNATURE_TOLERANCE:
        return False
    expected = hmac.new(secret.encode(), f"{stamp}.".encode() + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given.lower())


# -- what a sync reads --------------------------------------------------------------------


def read_since(now: datetime, last_sync: datetime | None) -> datetime:
    """How far back a sync reads: 90 days the first time; later, back to the last sync and
    at least 30 days (to bring the numbers of recent videos up to date)."""
    if last_sync is None:
        return now - timedelta(days=FIRST_SYNC_DAYS)
    return min(last_sync, now - timedelta(days=REFRESH_DAYS))


def handle_from(share_url: str) -> str | None:
    """The @name in a video's share link (``https://www.tiktok.com/@name/video/123?...``)."""
    path = urlsplit(share_url).path
    first = path.split("/")[1] if path.count("/") >= 1 else ""
    name = first.removeprefix("@")
    if (
        first.startswith("@")
        and 2 <= len(name) <= 24
        and all(c.isalnum() or c in "._" for c in name)
    ):
        return name
    return None


def video_url(video_id: str, share_url: str | None, handle: str | None) -> str:
    """The video's canonical link, as ``/post log`` and ``/er views`` store a pasted one."""
    name = handle_from(share_url or "") or handle
    if name and video_id.isdigit():
        return f"https://www.tiktok.com/@{name}/video/{video_id}"
    parts = urlsplit(share_url or "")
    return f"{parts.scheme}://{parts.netloc}{parts.path}" if parts.netloc else f"tiktok:{video_id}"


def cut(text: str | None, limit: int = TITLE_LIMIT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- the summary --------------------------------------------------------------------------


@dataclass(frozen=True)
class Numbers:
    video_id: str
    url: str
    title: str | None
    posted_at: datetime
    views: int
    likes: int
    comments: int
    shares: int

    @property
    def rate(self) -> Fraction | None:
        """ER by views, or None for a video nobody has watched yet."""
        if self.views < 1:
            return None
        return er.rate_by_views(self.views, self.likes, self.comments, self.shares)


def median_rate(videos: Sequence[Numbers]) -> float | None:
    rates = [float(r) for r in (v.rate for v in videos) if r is not None]
    return statistics.median(rates) if rates else None


def best(videos: Sequence[Numbers]) -> Numbers | None:
    """The video with the highest ER by views (the newest of equals)."""
    rated = [v for v in videos if v.rate is not None]
    return max(rated, key=lambda v: (v.rate, v.posted_at), default=None)


def follower_rate(followers: int | None, videos: Sequence[Numbers]) -> tuple[Fraction, int] | None:
    """ER by followers over the latest 10 videos, as /er followers computes it: (rate, posts)."""
    latest = sorted(videos, key=lambda v: v.posted_at, reverse=True)[:FOLLOWER_ER_VIDEOS]
    if not followers or followers < 1 or not latest:
        return None
    likes = sum(v.likes for v in latest)
    comments = sum(v.comments for v in latest)
    return er.rate_by_followers(followers, len(latest), likes, comments), len(latest)


# -- the daily sync -----------------------------------------------------------------------


def slot(connection_id: int) -> timedelta:
    """The member's moment of the day (UTC) for the daily sync, spread evenly over the day."""
    digest = hashlib.sha256(f"tiktok-daily-{connection_id}".encode()).digest()
    return timedelta(seconds=int.from_bytes(digest[:4], "big") % 86_400)


def next_slot(after: datetime, connection_id: int) -> datetime:
    """The first daily slot strictly after ``after``."""
    midnight = datetime(after.year, after.month, after.day, tzinfo=UTC)
    moment = midnight + slot(connection_id)
    while moment <= after:
        moment += DAY
    return moment


def next_daily(now: datetime, connection_id: int) -> datetime:
    """The daily slot after a sync at ``now``: at least 12 hours on, so a sync run late (the
    bot was down) is not followed by another within hours."""
    return next_slot(now + MIN_GAP, connection_id)


def backoff(failures: int) -> timedelta:
    """How long a daily sync waits after ``failures`` failed tries in a row (TikTok down):
    30 minutes, doubling, at most 6 hours."""
    return min(timedelta(minutes=30) * 2 ** max(failures - 1, 0), timedelta(hours=6))
