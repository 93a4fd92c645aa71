"""The local TikTok: Login Kit's consent page, the OAuth endpoints and the Display API, on
127.0.0.1, as TikTok documents them (see README.md), on an injected clock.

    async with FakeTikTok(clock=clock, redirect_uris=[callback]) as tiktok:
        ana = tiktok.add_account("ana.cria", "Ana", follower_count=9_700)
        tiktok.add_videos(ana, 30, now=clock.now())
        tiktok.consent_as(ana)  # the next consent page approves at once (a test's browser)
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import secrets
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Literal, Protocol, Self
from urllib.parse import urlencode

from aiohttp import web

from sandbox.tiktok import consent
from sandbox.tiktok.models import (
    SCOPES,
    USER_FIELDS,
    VIDEO_FIELDS,
    Account,
    AuthCode,
    Grant,
    Token,
    Video,
)
from sandbox.tiktok.webhooks import WebhookDelivery, deliver, signed_delivery

log = logging.getLogger(__name__)

ACCESS_TTL = timedelta(hours=2)  # "Manage OAuth access tokens", 2026-11-05
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


class FakeTikTok:
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

    # -- life cycle -----------------------------------------------------------------------

    @property
    def auth_url(self) -> str:
        return f"{self.base_url}/v2/auth/authorize/"

    def application(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024, middlewares=[self._middleware])
        app.router.add_get("/v2/auth/authorize/", self._authorize_page)
        app.router.add_post("/v2/auth/authorize/", self._authorize_decision)
        app.router.add_post("/v2/oauth/token/", self._token)
        app.router.add_post("/v2/oauth/revoke/", self._revoke)
        app.router.add_get("/v2/user/info/", self._user_info)
        app.router.add_post("/v2/video/list/", self._video_list)
        return app

    async def start(self) -> None:
        self._runner = web.AppRunner(self.application(), access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.host, self.wanted_port).start()
        self.base_url = f"http://{self.host}:{self._runner.addresses[0][1]}"

    async def close(self) -> None:
        self._released.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- the world ------------------------------------------------------------------------

    def add_account(self, username: str, display_name: str, **values: Any) -> Account:
        account = Account(username=username, display_name=display_name, **values)
        self.accounts[username] = account
        return account

    def add_video(self, account: Account, created: datetime, **values: Any) -> Video:
        numbers = {"view_count": 10_000, "like_count": 800, "comment_count": 40, "share_count": 20}
        video = Video(
            id=str(values.pop("id", 7_300_000_000_000_000_000 + next(self._video_ids) * 7919)),
            create_time=int(created.timestamp()),
            title=str(values.pop("title", f"Video {len(account.videos) + 1}")),
            **{**numbers, **values},
        )
        account.videos.append(video)
        return video

    def consent_as(
        self, account: Account | None, scopes: Iterable[str] | None = None, *, refuse: bool = False
    ) -> None:
        """The next consent page is answered at once, as ``account`` would (a test's browser)."""
        self.next_consent = Consent(account, tuple(scopes) if scopes is not None else None, refuse)

    def fail(self, path: str, kind: int | Literal["timeout"] = 500, times: int = 1) -> None:
        self.faults.append(Fault(path, kind, times))

    def heal(self) -> None:
        """No more faults; requests left without an answer get one now."""
        self.faults.clear()
        self._released.set()
        self._released = asyncio.Event()

    def grants_of(self, account: Account) -> list[Grant]:
        return [g for g in self.grants if g.account is account]

    def refreshes(self) -> int:
        return sum(1 for s in self.seen if s.grant_type == "refresh_token" and s.status == 200)

    def calls(self, path: str) -> int:
        return sum(1 for s in self.seen if s.path == path)

    def deauthorize(self, account: Account, reason: int = 1) -> WebhookDelivery | None:
        """The member removes the app in TikTok (or, ``reason`` 2, deletes the account): its
        tokens stop working; the signed ``authorization.removed`` event to send, if the app
        has a callback URL."""
        for grant in self.grants_of(account):
            grant.revoked = True
        if reason == 2:
            account.deleted = True
        if self.webhook_url is None:
            return None
        return self.event(account, "authorization.removed", {"reason": reason})

    def event(self, account: Account, event: str, content: dict[str, Any]) -> WebhookDelivery:
        assert self.webhook_url is not None
        body = {
            "client_key": self.client_key,
            "event": event,
            "create_time": int(self.clock.now().timestamp()),
            "user_openid": account.open_id,
            "content": json.dumps(content),
        }
        return signed_delivery(self.webhook_url, body, self.client_secret, self.clock.now())

    async def deliver(self, delivery: WebhookDelivery) -> int:
        return await deliver(delivery)

    # -- plumbing -------------------------------------------------------------------------

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Any) -> web.StreamResponse:
        path = request.path
        grant_type = None
        try:
            await self._fault(path)
            self._count(path)
            if path == "/v2/oauth/token/" and request.content_type == consent.FORM:
                grant_type = str((await request.post()).get("grant_type") or "")
            response = await handler(request)
        except ApiFailure as failure:
            response = self._envelope(None, failure.status, failure.code, failure.message)
        except OAuthFailure as failure:
            response = web.json_response(
                {
                    "error": failure.error,
                    "error_description": failure.description,
                    "log_id": _log_id(),
                },
                status=failure.status,
            )
        self.seen.append(Seen(request.method, path, response.status, grant_type))
        return response

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
                "error": {"code": code, "message": message, "log_id": _log_id()},
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

    # -- consent (Login Kit) --------------------------------------------------------------

    async def _authorize_page(self, request: web.Request) -> web.StreamResponse:
        q = request.query
        if q.get("client_key") != self.client_key:
            return consent.error_page("client_key", "The app is not known (client_key).")
        redirect_uri = q.get("redirect_uri", "")
        if redirect_uri not in self.redirect_uris:
            return consent.error_page("redirect_uri", "redirect_uri is not registered for the app.")
        state = q.get("state", "")
        problem = _authorize_problem(q.get("response_type"), q.get("scope"), q)
        if problem is not None:
            return _back(
                redirect_uri, {"error": problem[0], "error_description": problem[1], "state": state}
            )
        asked = tuple(s for s in q["scope"].split(",") if s)
        chosen, self.next_consent = self.next_consent, None
        if chosen is not None:
            if chosen.refuse or chosen.account is None:
                return _refused(redirect_uri, state)
            scopes = chosen.scopes if chosen.scopes is not None else asked
            return self._approve(chosen.account, q, [s for s in asked if s in scopes])
        return consent.page(q, asked, list(self.accounts.values()))

    async def _authorize_decision(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        params = {k: str(v) for k, v in form.items() if k in consent.CARRIED}
        redirect_uri = params.get("redirect_uri", "")
        if params.get("client_key") != self.client_key or redirect_uri not in self.redirect_uris:
            return consent.error_page("redirect_uri", "redirect_uri is not registered for the app.")
        asked = tuple(s for s in params.get("scope", "").split(",") if s)
        if _authorize_problem(params.get("response_type"), params.get("scope"), params):
            return consent.error_page("request", "The authorization request is invalid.")
        account = self.accounts.get(str(form.get("account") or ""))
        if form.get("decision") != "allow" or account is None:
            return _refused(redirect_uri, params.get("state", ""))
        ticked = {str(v) for v in form.getall("granted", [])}
        return self._approve(account, params, [s for s in asked if s in ticked])

    def _approve(self, account: Account, q: Any, scopes: list[str]) -> web.StreamResponse:
        code = AuthCode(
            code=secrets.token_urlsafe(48),
            client_key=self.client_key,
            account=account,
            scopes=tuple(scopes),
            redirect_uri=q["redirect_uri"],
            challenge=q["code_challenge"],
            expires_at=self.clock.now() + CODE_TTL,
        )
        self.codes[code.code] = code
        return _back(
            code.redirect_uri,
            {"code": code.code, "scopes": ",".join(scopes), "state": q.get("state", "")},
        )

    # -- tokens ---------------------------------------------------------------------------

    async def _oauth_form(self, request: web.Request) -> dict[str, str]:
        if request.content_type != consent.FORM:
            raise OAuthFailure(
                400, "invalid_request", "Content-Type must be application/x-www-form-urlencoded."
            )
        form = {k: str(v) for k, v in (await request.post()).items()}
        if form.get("client_key") != self.client_key or not secrets.compare_digest(
            form.get("client_secret", ""), self.client_secret
        ):
            raise OAuthFailure(401, "invalid_client", "Client key or secret is invalid.")
        return form

    async def _token(self, request: web.Request) -> web.StreamResponse:
        form = await self._oauth_form(request)
        now = self.clock.now()
        kind = form.get("grant_type")
        if kind == "authorization_code":
            code = self.codes.get(form.get("code", ""))
            if code is None or code.used or code.expires_at <= now:
                raise OAuthFailure(400, "invalid_grant", "Authorization code is expired.")
            code.used = True  # (one exchange per code, whatever comes of it)
            if form.get("redirect_uri") != code.redirect_uri:
                raise OAuthFailure(400, "invalid_grant", "Redirect URI does not match.")
            verifier = form.get("code_verifier", "")
            if hashlib.sha256(verifier.encode()).hexdigest() != code.challenge:
                raise OAuthFailure(
                    400, "invalid_request", "Code verifier or code challenge is invalid."
                )
            if code.account.deleted:
                raise OAuthFailure(400, "invalid_grant", "The account is not available.")
            grant = Grant(code.account, code.scopes)
            self.grants.append(grant)
            return web.json_response(grant.issue(now, ACCESS_TTL, REFRESH_TTL))
        if kind == "refresh_token":
            token = self._find(form.get("refresh_token", ""), "refresh")
            if (
                token is None
                or token.superseded
                or token.expires_at <= now
                or token.grant.revoked
                or token.grant.account.deleted
            ):
                raise OAuthFailure(400, "invalid_grant", "Refresh token is invalid or expired.")
            return web.json_response(token.grant.issue(now, ACCESS_TTL, REFRESH_TTL))
        raise OAuthFailure(400, "unsupported_grant_type", "The grant type is not supported.")

    async def _revoke(self, request: web.Request) -> web.StreamResponse:
        form = await self._oauth_form(request)
        token = self._find(form.get("token", ""), "access")
        if token is None:
            raise OAuthFailure(400, "invalid_request", "The token is invalid.")
        token.grant.revoked = True
        return web.json_response({})

    # -- the Display API ------------------------------------------------------------------

    def _fields(self, request: web.Request, known: Iterable[str]) -> list[str]:
        wanted = [f for f in request.query.get("fields", "").split(",") if f]
        if not wanted or any(f not in known for f in wanted):
            raise ApiFailure(400, "invalid_params", "The fields parameter is invalid.")
        return wanted

    async def _user_info(self, request: web.Request) -> web.StreamResponse:
        grant = self._access(request, "user.info.basic")
        wanted = self._fields(request, USER_FIELDS)
        missing = [f for f in wanted if USER_FIELDS[f] not in grant.scopes]
        if missing:
            raise ApiFailure(
                403,
                "scope_permission_missed",
                f"The fields {','.join(missing)} need a scope the user did not authorize.",
            )
        return self._envelope({"user": grant.account.user_fields(wanted)})

    async def _video_list(self, request: web.Request) -> web.StreamResponse:
        grant = self._access(request, "video.list")
        wanted = self._fields(request, VIDEO_FIELDS)
        try:
            body = json.loads(await request.text() or "{}")
        except ValueError:
            raise ApiFailure(400, "invalid_params", "The request body is not JSON.") from None
        now_ms = int(self.clock.now().timestamp() * 1000)
        cursor, count = body.get("cursor", now_ms), body.get("max_count", 10)
        if not _whole(cursor) or not _whole(count) or not 1 <= count <= 20 or cursor < 0:
            raise ApiFailure(400, "invalid_params", "cursor or max_count is invalid.")
        older = [v for v in grant.account.newest_first() if v.create_time * 1000 < cursor]
        page = older[:count]
        # Private videos take a place on the page but are never shown, so a page may hold
        # fewer videos than asked for while more follow.
        shown = [v.fields(grant.account.username, wanted) for v in page if v.public]
        return self._envelope(
            {
                "videos": shown,
                "cursor": page[-1].create_time * 1000 if page else cursor,
                "has_more": len(older) > len(page),
            }
        )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _log_id() -> str:
    return secrets.token_hex(16).upper()


def _authorize_problem(
    response_type: str | None, scope: str | None, q: Any
) -> tuple[str, str] | None:
    if response_type != "code":
        return "unsupported_response_type", "response_type must be code."
    asked = [s for s in (scope or "").split(",") if s]
    if not asked or any(s not in SCOPES for s in asked):
        return "invalid_scope", "The scope is invalid."
    if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
        return "invalid_request", "Code verifier or code challenge is invalid."
    return None


def _back(redirect_uri: str, params: dict[str, str]) -> web.StreamResponse:
    return web.Response(status=302, headers={"Location": f"{redirect_uri}?{urlencode(params)}"})


def _refused(redirect_uri: str, state: str) -> web.StreamResponse:
    return _back(
        redirect_uri,
        {
            "error": "access_denied",
            "error_description": "The user denied the authorization.",
            "state": state,
        },
    )
