"""The local TikTok keeps to TikTok's documented behaviour (sandbox/tiktok/README.md)."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import aiohttp
import pytest

from sandbox.tiktok import Account, FakeTikTok
from tests.support.clock import DEFAULT_NOW, ManualClock

REDIRECT = "https://bot.example.org/tiktok/callback"
VERIFIER = "v" * 64


@dataclass
class Local:
    fake: FakeTikTok
    clock: ManualClock
    http: aiohttp.ClientSession
    ana: Account

    async def call(self, method: str, path: str, **kwargs: Any) -> tuple[int, dict[str, Any]]:
        async with self.http.request(method, self.fake.base_url + path, **kwargs) as response:
            return response.status, await response.json()

    async def authorize(
        self,
        challenge: str,
        scopes: str = "user.info.basic,user.info.stats,video.list",
        redirect_uri: str = REDIRECT,
    ) -> aiohttp.ClientResponse:
        query = {
            "client_key": self.fake.client_key,
            "scope": scopes,
            "response_type": "code",
            "redirect_uri": redirect_uri,
            "state": "s1",
            "code_challenge": challenge,
            "code_challenge_method": "S256",
        }
        return await self.http.get(
            f"{self.fake.auth_url}?{urlencode(query)}", allow_redirects=False
        )

    async def code(self, challenge: str | None = None, scopes: list[str] | None = None) -> str:
        self.fake.consent_as(self.ana, scopes)
        response = await self.authorize(challenge or hashlib.sha256(VERIFIER.encode()).hexdigest())
        assert response.status == 302
        query = parse_qs(urlsplit(response.headers["Location"]).query)
        assert query["state"] == ["s1"]
        return query["code"][0]

    def form(self, **values: str) -> dict[str, str]:
        return {
            "client_key": self.fake.client_key,
            "client_secret": self.fake.client_secret,
            **values,
        }

    async def exchange(self, code: str, verifier: str = VERIFIER) -> tuple[int, dict[str, Any]]:
        form = self.form(
            grant_type="authorization_code",
            code=code,
            redirect_uri=REDIRECT,
            code_verifier=verifier,
        )
        return await self.call("POST", "/v2/oauth/token/", data=form)

    async def tokens(self, scopes: list[str] | None = None) -> dict[str, Any]:
        status, body = await self.exchange(await self.code(scopes=scopes))
        assert status == 200, body
        return body


@pytest.fixture
async def local() -> AsyncIterator[Local]:
    clock = ManualClock(DEFAULT_NOW)
    async with (
        FakeTikTok(clock=clock, redirect_uris=[REDIRECT]) as fake,
        aiohttp.ClientSession() as http,
    ):
        ana = fake.add_account("ana.cria", "Ana", follower_count=9_700)
        yield Local(fake, clock, http, ana)


async def test_consent_needs_an_exactly_registered_redirect_uri(local: Local) -> None:
    response = await local.authorize("a" * 64, redirect_uri=REDIRECT + "/")
    assert response.status == 400 and "Location" not in response.headers
    page = await local.authorize("a" * 64)
    assert page.status == 200 and "Authorize" in await page.text()
    bad_scope = await local.authorize("a" * 64, scopes="user.info.basic,everything")
    assert parse_qs(urlsplit(bad_scope.headers["Location"]).query)["error"] == ["invalid_scope"]


async def test_the_challenge_is_hex_and_codes_work_once(local: Local) -> None:
    rfc = base64.urlsafe_b64encode(hashlib.sha256(VERIFIER.encode()).digest()).rstrip(b"=").decode()
    status, body = await local.exchange(await local.code(challenge=rfc))
    assert (status, body["error"]) == (400, "invalid_request")
    assert body["error_description"] == "Code verifier or code challenge is invalid."
    code = await local.code()
    status, body = await local.exchange(code)
    assert status == 200 and body["token_type"] == "Bearer"
    assert body["expires_in"] == 7200 and body["refresh_expires_in"] == 180 * 86400
    assert body["scope"] == "user.info.basic,user.info.stats,video.list"
    status, again = await local.exchange(code)
    assert (status, again["error"]) == (400, "invalid_grant")


async def test_token_requests_are_form_encoded_with_the_apps_secret(local: Local) -> None:
    code = await local.code()
    status, body = await local.call(
        "POST",
        "/v2/oauth/token/",
        json=local.form(
            grant_type="authorization_code",
            code=code,
            redirect_uri=REDIRECT,
            code_verifier=VERIFIER,
        ),
    )
    assert (status, body["error"]) == (400, "invalid_request")
    status, body = await local.call(
        "POST",
        "/v2/oauth/token/",
        data=local.form(client_secret="wrong", grant_type="authorization_code", code=code),
    )
    assert (status, body["error"]) == (401, "invalid_client")


async def test_refresh_rotates_and_access_tokens_last_two_hours(local: Local) -> None:
    tokens = await local.tokens()
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    status, _ = await local.call("GET", "/v2/user/info/?fields=open_id", headers=bearer)
    assert status == 200
    await local.clock.advance(timedelta(hours=2))
    status, body = await local.call("GET", "/v2/user/info/?fields=open_id", headers=bearer)
    assert (status, body["error"]["code"]) == (401, "access_token_invalid")
    form = local.form(grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    status, fresh = await local.call("POST", "/v2/oauth/token/", data=form)
    assert status == 200 and fresh["refresh_token"] != tokens["refresh_token"]
    status, body = await local.call("POST", "/v2/oauth/token/", data=form)
    assert (status, body["error"]) == (400, "invalid_grant")  # the old one stopped working
    await local.call("POST", "/v2/oauth/revoke/", data=local.form(token=fresh["access_token"]))
    status, body = await local.call(
        "GET",
        "/v2/user/info/?fields=open_id",
        headers={"Authorization": f"Bearer {fresh['access_token']}"},
    )
    assert body["error"]["code"] == "access_token_invalid"


async def test_user_info_gives_the_fields_asked_for_within_the_scopes(local: Local) -> None:
    tokens = await local.tokens(scopes=["user.info.basic"])
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    status, body = await local.call(
        "GET", "/v2/user/info/?fields=open_id,display_name", headers=bearer
    )
    assert status == 200 and body["error"]["code"] == "ok" and body["error"]["log_id"]
    assert body["data"]["user"] == {"open_id": local.ana.open_id, "display_name": "Ana"}
    status, body = await local.call("GET", "/v2/user/info/?fields=follower_count", headers=bearer)
    assert body["error"]["code"] == "scope_permission_missed"
    status, body = await local.call("GET", "/v2/user/info/?fields=open_id,nonsense", headers=bearer)
    assert (status, body["error"]["code"]) == (400, "invalid_params")
    status, body = await local.call("POST", "/v2/video/list/?fields=id", headers=bearer, json={})
    assert (status, body["error"]["code"]) == (401, "scope_not_authorized")


async def test_video_pages(local: Local) -> None:
    for n in range(45):
        local.fake.add_video(local.ana, DEFAULT_NOW - timedelta(hours=n + 1), public=n % 4 != 3)
    bearer = {"Authorization": f"Bearer {(await local.tokens())['access_token']}"}
    path = "/v2/video/list/?fields=id,create_time"
    status, body = await local.call("POST", path, headers=bearer, json={"max_count": 21})
    assert (status, body["error"]["code"]) == (400, "invalid_params")
    seen: list[int] = []
    cursor = None
    short_page_with_more = False
    while True:
        request: dict[str, Any] = {"max_count": 20} | ({"cursor": cursor} if cursor else {})
        status, body = await local.call("POST", path, headers=bearer, json=request)
        assert status == 200
        page = body["data"]
        times = [v["create_time"] for v in page["videos"]]
        assert times == sorted(times, reverse=True)
        seen += times
        short_page_with_more |= len(times) < 20 and page["has_more"]
        if not page["has_more"]:
            break
        assert page["cursor"] < (cursor or 10**15)
        cursor = page["cursor"]
    public = sorted((v.create_time for v in local.ana.videos if v.public), reverse=True)
    assert seen == public and short_page_with_more


async def test_past_600_a_minute_an_endpoint_answers_429(local: Local) -> None:
    local.fake.limits.per_minute = 3
    bearer = {"Authorization": f"Bearer {(await local.tokens())['access_token']}"}
    statuses = []
    for _ in range(4):
        status, body = await local.call("GET", "/v2/user/info/?fields=open_id", headers=bearer)
        statuses.append(status)
    assert statuses == [200, 200, 200, 429] and body["error"]["code"] == "rate_limit_exceeded"
    status, _ = await local.call("POST", "/v2/video/list/?fields=id", headers=bearer, json={})
    assert status == 200  # per endpoint
    await local.clock.advance(timedelta(seconds=61))
    status, _ = await local.call("GET", "/v2/user/info/?fields=open_id", headers=bearer)
    assert status == 200
