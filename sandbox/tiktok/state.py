"""What the local TikTok holds (its app, accounts, codes, grants, faults, what it saw) and
the helpers its endpoints share: the response envelope, bearer tokens, the rate limit."""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol

from aiohttp import web

from sandbox.tiktok.models import Account, AuthCode, Grant, Token

ACCESS_TTL = timedelta(hours=2)  # TikTok's documented lifetimes (older pages said 24 h / 365 d)
REFRESH_TTL = timedelta(days=180)
CODE_TTL = timedelta(minutes=10)
RATE_WINDOW = timedelta(minutes=1)
DEFAULT_CLIENT_KEY = "sbawcreatorpulse"
DEFAULT_CLIENT_SECRET = "fake-tiktok-client-secret-for-local-use"  # noqa: S105 - local only


class Clock(Protocol):
    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Consent:
    """What the person at the consent page does: approve as ``account`` with ``scopes``
    ticked (None: every scope asked for), or refuse."""

    account: Account | None
    scopes: tuple[str, ...] | None = None
    refuse: bool = False


@dataclass
class Fault:
    """The next ``times`` requests to paths starting with ``path`` fail: an HTTP status
    (500, 503) or a ``timeout`` (no answer until the fault is cleared or the server closes)."""

    path: str
    kind: int | Literal["timeout"]
    times: int


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    status: int
    grant_type: str | None = None


class ApiFailure(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class OAuthFailure(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


@dataclass
class _Limits:
    per_minute: int
    seen: dict[str, deque[datetime]] = field(default_factory=dict)


class TikTokState:
    def __init__(
        self,
        *,
        clock: Clock,
        client_key: str = DEFAULT_CLIENT_KEY,
        client_secret: str = DEFAULT_CLIENT_SECRET,
        redirect_uris: Iterable[str] = (),
        rate_limit: int = 600,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.clock = clock
        self.client_key = client_key
        self.client_secret = client_secret
        self.redirect_uris = set(redirect_uris)  # registered in the app, matched exactly
        self.webhook_url: str | None = None  # the app's callback URL for events
        self.host, self.wanted_port = host, port
        self.accounts: dict[str, Account] = {}
        self.codes: dict[str, AuthCode] = {}
        self.grants: list[Grant] = []
        self.limits = _Limits(rate_limit)
        self.faults: list[Fault] = []
        self.seen: list[Seen] = []
        self.next_consent: Consent | None = None
        self._video_ids = itertools.count(1)
        self._released = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    async def _fault(self, path: str) -> None:
        """Fail the request as a switched-on fault says (once per ``times``)."""
        fault = next((f for f in self.faults if path.startswith(f.path) and f.times), None)
        if fault is None:
            return
        fault.times -= 1
        if fault.kind == "timeout":
            await self._released.wait()  # no answer until healed (the client times out)
        status = fault.kind if isinstance(fault.kind, int) else 503
        raise ApiFailure(status, "internal_error", "Something went wrong.")

    def _count(self, path: str) -> None:
        """600 requests a minute per endpoint (a sliding window on the clock); 429 past it."""
        now = self.clock.now()
        window = self.limits.seen.setdefault(path, deque())
        while window and window[0] <= now - RATE_WINDOW:
            window.popleft()
        if len(window) >= self.limits.per_minute:
            raise ApiFailure(429, "rate_limit_exceeded", "Too many requests, please retry later.")
        window.append(now)

    def _envelope(
        self, data: dict[str, Any] | None, status: int = 200, code: str = "ok", message: str = ""
    ) -> web.Response:
        return web.json_response(
            {
                "data": data if data is not None else {},
                "error": {"code": code, "message": message, "log_id": log_id()},
            },
            status=status,
        )

    def _access(self, request: web.Request, scope: str) -> Grant:
        header = request.headers.get("Authorization", "")
        value = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        token = self._find(value, "access")
        if token is None or token.expires_at <= self.clock.now() or token.grant.revoked:
            raise ApiFailure(
                401,
                "access_token_invalid",
                "The access token is invalid or not found in the request.",
            )
        if scope not in token.grant.scopes:
            raise ApiFailure(
                401, "scope_not_authorized", "The user did not authorize the scope required."
            )
        return token.grant

    def _find(self, value: str, kind: Literal["access", "refresh"]) -> Token | None:
        if not value:
            return None
        for grant in self.grants:
            for token in grant.access if kind == "access" else grant.refresh:
                if secrets.compare_digest(token.value, value):
                    return token
        return None


def log_id() -> str:
    return secrets.token_hex(16).upper()
