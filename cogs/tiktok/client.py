"""TikTok's OAuth endpoints and Display API over HTTP (aiohttp), with their errors sorted
into what the bot does about them. Tokens go in request bodies and headers only, never in
an exception, a log line or a URL."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import aiohttp

from cogs.tiktok.logic import PAGE_SIZE, granted

log = logging.getLogger(__name__)

USER_FIELDS_BASIC = ("open_id", "display_name")
USER_FIELDS_STATS = ("follower_count", "video_count")
VIDEO_FIELDS = (
    "id",
    "create_time",
    "title",
    "video_description",
    "share_url",
    "view_count",
    "like_count",
    "comment_count",
    "share_count",
)


class TikTokError(Exception):
    """Something TikTok answered (or did not): the message is safe to log."""


class TikTokUnavailable(TikTokError):
    """TikTok did not answer usefully (5xx, a timeout, no connection): try again later."""


class TikTokRateLimited(TikTokError):
    """429: too many requests this minute; wait before the next one."""


class TokenRejected(TikTokError):
    """The access token was refused (expired early, or revoked)."""


class GrantRefused(TikTokError):
    """The code or the refresh token was refused (``invalid_grant``): connect again."""


class ScopeMissing(TikTokError):
    """The member did not grant what this needs."""


class TikTokRefused(TikTokError):
    """Any other refusal (a bad request, the app's key or secret): not the member's doing."""


@dataclass(frozen=True)
class TokenSet:
    open_id: str
    scopes: tuple[str, ...]
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    refresh_expires_at: datetime

    def __repr__(self) -> str:  # never the tokens
        return f"TokenSet(open_id={self.open_id!r}, scopes={self.scopes!r})"


@dataclass(frozen=True)
class VideoPage:
    videos: list[dict[str, Any]]
    cursor: int | None
    has_more: bool


class TikTokClient:
    def __init__(
        self, client_key: str, client_secret: str, api_base_url: str, *, timeout: float = 10.0
    ) -> None:
        self.client_key = client_key
        self._secret = client_secret
        self.api_base_url = api_base_url.rstrip("/")
        self.timeout = timeout
        self._session: aiohttp.ClientSession | None = None

    def __repr__(self) -> str:
        return f"TikTokClient({self.api_base_url!r})"

    async def open(self) -> None:
        if self._session is None:
            self._session = aiohttp.ClientSession(headers={"User-Agent": "CreatorPulse"})

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            raise TikTokUnavailable("the TikTok client is closed")
        return self._session

    # -- requests -------------------------------------------------------------------------

    async def _call(
        self,
        method: str,
        path: str,
        *,
        params: dict[str, str] | None = None,
        form: dict[str, str] | None = None,
        json: dict[str, Any] | None = None,
        token: str | None = None,
    ) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        try:
            async with self.session.request(
                method,
                self.api_base_url + path,
                params=params,
                data=form,
                json=json,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
                allow_redirects=False,
            ) as response:
                status = response.status
                try:
                    body = await response.json(content_type=None)
                except ValueError:
                    body = None
        except (TimeoutError, aiohttp.ClientError) as exc:
            raise TikTokUnavailable(f"{path}: {type(exc).__name__}") from None
        if status == 429:
            raise TikTokRateLimited(f"{path}: 429")
        if status >= 500 or not isinstance(body, dict):
            raise TikTokUnavailable(f"{path}: HTTP {status}")
        return status, body

    async def _oauth(self, path: str, form: dict[str, str]) -> dict[str, Any]:
        status, body = await self._call(
            "POST",
            path,
            form={"client_key": self.client_key, "client_secret": self._secret, **form},
        )
        error = body.get("error")
        if error or status >= 400:
            text = f"{path}: {error or status} ({str(body.get('error_description', ''))[:200]})"
            if error == "invalid_grant":
                raise GrantRefused(text)
            raise TikTokRefused(text)
        return body

    def _tokens(self, body: dict[str, Any], now: datetime) -> TokenSet:
        try:
            return TokenSet(
                open_id=str(body["open_id"]),
                scopes=granted(str(body.get("scope", ""))),
                access_token=str(body["access_token"]),
                access_expires_at=now + timedelta(seconds=int(body["expires_in"])),
                refresh_token=str(body["refresh_token"]),
                refresh_expires_at=now + timedelta(seconds=int(body["refresh_expires_in"])),
            )
        except (KeyError, TypeError, ValueError):
            raise TikTokUnavailable("the token response was incomplete") from None

    async def _api(
        self,
        method: str,
        path: str,
        token: str,
        fields: tuple[str, ...],
        json: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        _status, body = await self._call(
            method, path, params={"fields": ",".join(fields)}, json=json, token=token
        )
        found = body.get("error")
        error: dict[str, Any] = found if isinstance(found, dict) else {}
        code = str(error.get("code", "ok"))
        if code == "ok":
            data = body.get("data")
            return data if isinstance(data, dict) else {}
        text = f"{path}: {code} (log id {str(error.get('log_id', ''))[:40]})"
        if code == "access_token_invalid":
            raise TokenRejected(text)
        if code in ("scope_not_authorized", "scope_permission_missed"):
            raise ScopeMissing(text)
        if code == "rate_limit_exceeded":
            raise TikTokRateLimited(text)
        if code == "internal_error":
            raise TikTokUnavailable(text)
        raise TikTokRefused(text)

    # -- OAuth ----------------------------------------------------------------------------

    async def exchange_code(
        self, code: str, verifier: str, redirect_uri: str, now: datetime
    ) -> TokenSet:
        body = await self._oauth(
            "/v2/oauth/token/",
            {
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
        )
        return self._tokens(body, now)

    async def refresh(self, refresh_token: str, now: datetime) -> TokenSet:
        body = await self._oauth(
            "/v2/oauth/token/", {"grant_type": "refresh_token", "refresh_token": refresh_token}
        )
        return self._tokens(body, now)

    async def revoke(self, access_token: str) -> None:
        await self._oauth("/v2/oauth/revoke/", {"token": access_token})

    # -- the Display API --------------------------------------------------------------------

    async def user_info(self, token: str, *, stats: bool) -> dict[str, Any]:
        fields = USER_FIELDS_BASIC + (USER_FIELDS_STATS if stats else ())
        data = await self._api("GET", "/v2/user/info/", token, fields)
        user = data.get("user")
        return user if isinstance(user, dict) else {}

    async def video_page(self, token: str, cursor: int | None) -> VideoPage:
        body: dict[str, Any] = {"max_count": PAGE_SIZE}
        if cursor is not None:
            body["cursor"] = cursor
        data = await self._api("POST", "/v2/video/list/", token, VIDEO_FIELDS, json=body)
        videos = [v for v in data.get("videos") or [] if isinstance(v, dict)]
        next_cursor = data.get("cursor")
        return VideoPage(
            videos=videos,
            cursor=next_cursor if isinstance(next_cursor, int) else None,
            has_more=bool(data.get("has_more")),
        )
