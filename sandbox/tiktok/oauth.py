"""Login Kit's consent page and TikTok's OAuth endpoints: authorize, token, revoke."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from sandbox.tiktok import consent
from sandbox.tiktok.models import SCOPES, Account, AuthCode, Grant
from sandbox.tiktok.state import (
    ACCESS_TTL,
    CODE_TTL,
    REFRESH_TTL,
    OAuthFailure,
    TikTokState,
)


class OAuthEndpoints(TikTokState):
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
