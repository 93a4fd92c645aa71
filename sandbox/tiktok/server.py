"""The local TikTok: Login Kit's consent page, the OAuth endpoints and the Display API, on
127.0.0.1, as TikTok documents them (see README.md), on an injected clock.

    async with FakeTikTok(clock=clock, redirect_uris=[callback]) as tiktok:
        ana = tiktok.add_account("ana.cria", "Ana", follower_count=9_700)
        tiktok.add_video(ana, clock.now() - timedelta(days=1), view_count=12_000)
        tiktok.consent_as(ana)  # the next consent page approves at once (a test's browser)
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable
from datetime import datetime
from types import TracebackType
from typing import Any, Literal, Self

from aiohttp import web

from sandbox.tiktok import consent
from sandbox.tiktok.api import ApiEndpoints
from sandbox.tiktok.models import Account, Grant, Video
from sandbox.tiktok.oauth import OAuthEndpoints
from sandbox.tiktok.state import (
    DEFAULT_CLIENT_KEY,
    DEFAULT_CLIENT_SECRET,
    ApiFailure,
    Consent,
    Fault,
    OAuthFailure,
    Seen,
    log_id,
)
from sandbox.tiktok.webhooks import WebhookDelivery, deliver, signed_delivery

__all__ = ["DEFAULT_CLIENT_KEY", "DEFAULT_CLIENT_SECRET", "FakeTikTok"]


class FakeTikTok(OAuthEndpoints, ApiEndpoints):
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
                    "log_id": log_id(),
                },
                status=failure.status,
            )
        self.seen.append(Seen(request.method, path, response.status, grant_type))
        return response
