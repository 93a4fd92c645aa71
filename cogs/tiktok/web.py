"""TikTok's side of the bot's web server: where consent links start, where TikTok sends
members back, and where TikTok's signed events arrive. The only public surface of /tiktok,
so it is bounded: bodies of at most 64 KiB (the server's cap), no detail of any error in a
response, nothing stored for an unknown, expired, used or foreign link.

- ``GET /tiktok/connect?state=…``: the link in the member's /tiktok connect reply. The
  first browser to open it gets a cookie bound to the link (only its SHA-256 is stored)
  and is sent on to TikTok's consent page with a PKCE challenge; the link cannot be opened
  again, in this browser or another.
- ``GET /tiktok/callback``: TikTok sends the browser back. The state is taken (once, and
  gone whatever comes of it), the cookie must be the one given to the browser that opened
  the link, then the code is exchanged with the PKCE verifier.
- ``POST /tiktok/webhook``: ``TikTok-Signature`` checked (HMAC-SHA256 with the client
  secret, constant-time, at most 5 minutes off, so an old delivery replayed is refused);
  ``authorization.removed`` drops the member's tokens, and handling it twice changes
  nothing more.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
from collections.abc import Coroutine
from html import escape
from typing import TYPE_CHECKING, Any

import discord

from bot.i18n import DEFAULT_LOCALE, Messages
from bot.i18n.catalog import supported
from bot.vault import VaultError
from cogs.tiktok import logic, render
from cogs.tiktok.client import TikTokClient, TikTokError, TikTokRateLimited, TikTokUnavailable
from cogs.tiktok.daily import SyncRunner
from cogs.tiktok.notify import Notifier
from cogs.tiktok.tokens import TokenKeeper
from storage.database import DatabaseError
from storage.tiktok import PendingState, SealedTokens, TikTokRepository

if TYPE_CHECKING:
    from aiohttp import web

    from bot.client import CreatorBot

log = logging.getLogger(__name__)

STATE = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
COOKIE = "creatorpulse_tiktok"
START_PATH = "/tiktok/connect"
WEBHOOK_PATH = "/tiktok/webhook"
_STYLE = (
    "body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;"
    "line-height:1.5;color:#222}h1{font-size:1.4rem}"
)
_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",  # the callback's address carries the code
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
}


def page_locale(accept_language: str) -> str:
    """The first language of ``Accept-Language`` the bot speaks (for pages of no member)."""
    for part in accept_language.split(","):
        tag = part.split(";", 1)[0].strip()
        found = supported(tag) or supported(tag.split("-", 1)[0])
        if found is not None:
            return found
    return DEFAULT_LOCALE


class TikTokWeb:
    def __init__(
        self,
        bot: CreatorBot,
        repo: TikTokRepository,
        client: TikTokClient,
        keeper: TokenKeeper,
        notifier: Notifier,
        runner: SyncRunner,
    ) -> None:
        self.bot = bot
        self.repo = repo
        self.client = client
        self.keeper = keeper
        self.notifier = notifier
        self.runner = runner
        settings = bot.settings
        assert settings.tiktok_client_secret is not None
        assert settings.tiktok_redirect_uri
        self.client_key = settings.tiktok_client_key or ""
        self._secret = settings.tiktok_client_secret.get_secret_value()
        self.redirect_uri = settings.tiktok_redirect_uri
        self.auth_url = settings.tiktok_auth_url
        self.secure_cookie = self.redirect_uri.startswith("https://")
        self._tasks: set[asyncio.Task[None]] = set()

    def routes(self) -> list[tuple[str, str, Any]]:
        return [
            ("GET", START_PATH, self.start),
            ("GET", "/tiktok/callback", self.callback),
            ("POST", WEBHOOK_PATH, self.webhook),
        ]

    async def settled(self) -> None:
        """Until the work started by callbacks so far (first syncs, revocations) is done."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def close(self) -> None:
        await self.settled()

    def _later(self, work: Coroutine[Any, Any, None], name: str) -> None:
        task = asyncio.create_task(work, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- pages ----------------------------------------------------------------------------

    def _page(self, t: Messages, kind: str, status: int = 200, **args: Any) -> web.Response:
        from aiohttp import web

        title = escape(t(f"tiktok-page-{kind}-title"))
        text = escape(t(f"tiktok-page-{kind}", **args))
        html = (
            f'<!doctype html><html lang="{t.locale}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title><style>{_STYLE}</style></head>"
            f"<body><h1>{title}</h1><p>{text}</p></body></html>"
        )
        response = web.Response(text=html, status=status, content_type="text/html")
        response.headers.update(_HEADERS)
        return response

    def _visitor(self, request: web.Request) -> Messages:
        return self.bot.messages(page_locale(request.headers.get("Accept-Language", "")))

    # -- GET /tiktok/connect --------------------------------------------------------------

    async def start(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        state = request.query.get("state", "")
        if not STATE.match(state):
            return self._page(self._visitor(request), "expired", 404)
        cookie = secrets.token_urlsafe(32)
        try:
            pending = await self.repo.open_state(
                logic.state_hash(state), logic.state_hash(cookie), self.bot.clock.now()
            )
            verifier = self.keeper.vault.open(pending.verifier_sealed) if pending else None
        except (DatabaseError, VaultError):
            log.warning("a TikTok consent link could not be opened now")
            return self._page(self._visitor(request), "failed", 503)
        if pending is None or verifier is None:
            return self._page(self._visitor(request), "expired", 404)
        target = logic.authorize_url(
            self.auth_url, self.client_key, self.redirect_uri, state, logic.code_challenge(verifier)
        )
        response = web.Response(status=302, headers={"Location": target, **_HEADERS})
        response.set_cookie(
            COOKIE,
            cookie,
            max_age=int(logic.STATE_LIFETIME.total_seconds()),
            path="/tiktok/",
            httponly=True,
            samesite="Lax",  # sent on TikTok's top-level redirect back, never from a frame
            secure=self.secure_cookie,
        )
        return response

    # -- GET /tiktok/callback -------------------------------------------------------------

    async def callback(self, request: web.Request) -> web.StreamResponse:
        query = request.query
        state = query.get("state", "")
        now = self.bot.clock.now()
        try:
            pending = (
                await self.repo.consume_state(logic.state_hash(state), now)
                if STATE.match(state)
                else None
            )
        except DatabaseError:
            return self._page(self._visitor(request), "failed", 503)
        if pending is None:
            return self._page(self._visitor(request), "expired", 404)
        t = self.bot.messages(pending.locale)
        cookie = request.cookies.get(COOKIE, "")
        if not pending.browser_hash or not secrets.compare_digest(
            logic.state_hash(cookie), pending.browser_hash
        ):
            log.info("a TikTok callback came from another browser than the link's; refused")
            return self._page(t, "browser", 403)
        if query.get("error") or not query.get("code"):
            self._later(self._tell(pending, t("tiktok-connect-refused")), "tiktok-refused")
            return self._cleared(self._page(t, "refused"))
        try:
            return self._cleared(await self._connect(pending, query["code"], t))
        except (TikTokUnavailable, TikTokRateLimited, DatabaseError):
            return self._page(t, "failed", 502)
        except (TikTokError, VaultError) as error:
            log.info("TikTok did not accept a sign-in: %s", error)
            return self._page(t, "rejected", 400)

    def _cleared(self, response: web.Response) -> web.Response:
        response.del_cookie(COOKIE, path="/tiktok/")
        return response

    async def _connect(self, pending: PendingState, code: str, t: Messages) -> web.Response:
        now = self.bot.clock.now()
        verifier = self.keeper.vault.open(pending.verifier_sealed)
        tokens = await self.client.exchange_code(code, verifier, self.redirect_uri, now)
        stats = "user.info.stats" in tokens.scopes
        try:
            user = await self.client.user_info(tokens.access_token, stats=stats)
        except TikTokError as error:  # connected all the same; the first sync reads it
            log.info("TikTok's user info failed right after a sign-in: %s", error)
            user = {}
        display_name = user.get("display_name")
        connection, old, old_tokens = await self.repo.connect(
            pending.guild_id,
            pending.user_id,
            open_id=tokens.open_id,
            display_name=display_name if isinstance(display_name, str) else None,
            scopes=tokens.scopes,
            tokens=SealedTokens(
                access_sealed=self.keeper.seal(tokens.access_token),
                access_expires_at=tokens.access_expires_at,
                refresh_sealed=self.keeper.seal(tokens.refresh_token),
                refresh_expires_at=tokens.refresh_expires_at,
            ),
            now=now,
            next_sync=lambda connection_id: logic.next_daily(now, connection_id),
        )
        log.info("member %s connected TikTok in guild %s", pending.user_id, pending.guild_id)
        if old is not None and old_tokens is not None and old.open_id != tokens.open_id:
            self._later(self._revoke(old_tokens), "tiktok-revoke-replaced")
        followers = user.get("follower_count")
        videos = user.get("video_count")
        text = render.connected_text(
            t,
            connection,
            followers if isinstance(followers, int) else None,
            videos if isinstance(videos, int) else None,
        )
        self._later(self._first_sync(pending, connection.id, text), "tiktok-first-sync")
        guild = self.bot.get_guild(pending.guild_id)
        return self._page(
            t,
            "connected",
            name=render.name_of(connection, markdown=False),
            member=await self._member_name(pending),
            server=guild.name if guild is not None else "Discord",
        )

    async def _member_name(self, pending: PendingState) -> str:
        """Whom the account was connected for, as the page names them."""
        guild = self.bot.get_guild(pending.guild_id)
        member = guild.get_member(pending.user_id) if guild is not None else None
        if member is not None:
            return member.display_name
        try:
            user = self.bot.get_user(pending.user_id) or await self.bot.fetch_user(pending.user_id)
        except discord.HTTPException:
            return str(pending.user_id)
        return user.display_name

    async def _revoke(self, tokens: SealedTokens) -> None:
        try:
            await self.client.revoke(self.keeper.vault.open(tokens.access_sealed))
        except (TikTokError, VaultError) as error:
            log.info("could not revoke a replaced TikTok connection: %s", error)

    def _interaction_token(self, pending: PendingState) -> str | None:
        if pending.interaction_sealed is None:
            return None
        try:
            return self.keeper.vault.open(pending.interaction_sealed)
        except VaultError:
            return None

    async def _tell(self, pending: PendingState, text: str) -> None:
        await self.notifier.edit_reply(
            self._interaction_token(pending), pending.message_id, pending.user_id, content=text
        )

    async def _first_sync(self, pending: PendingState, connection_id: int, text: str) -> None:
        """Say what was found, then sync at once and show the summary in its place."""
        try:
            await self._tell(pending, text)
            connection = await self.repo.connection_by_id(connection_id)
            if connection is None:
                return
            ran = await self.runner.now_for(connection)
            t = self.bot.messages(pending.locale)
            token = self._interaction_token(pending)
            if ran.report is not None:
                card = render.summary_embed(t, ran.report)
                await self.notifier.edit_reply(
                    token, pending.message_id, pending.user_id, content=text, embed=card
                )
            elif ran.outcome in ("unavailable", "rate_limited"):
                later = f"{text}\n{t('tiktok-first-sync-later')}"
                await self.notifier.edit_reply(
                    token, pending.message_id, pending.user_id, content=later
                )
        except Exception:
            log.exception("the first TikTok sync after connecting failed")

    # -- POST /tiktok/webhook -------------------------------------------------------------

    async def webhook(self, request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        body = await request.read()
        header = request.headers.get("TikTok-Signature", "")
        if not logic.signature_valid(header, body, self._secret, self.bot.clock.now()):
            log.info("refused a TikTok webhook: bad or old signature")
            return web.Response(status=401)
        try:
            event = json.loads(body)
            if not isinstance(event, dict) or event.get("client_key") != self.client_key:
                raise ValueError("not an event of this app")  # noqa: TRY301
        except ValueError:
            return web.Response(status=400)
        if event.get("event") == "authorization.removed":
            open_id = str(event.get("user_openid") or "")
            reason = _reason(event.get("content"))
            try:
                changed = await self.repo.remove_authorization(
                    open_id, reason, self.bot.clock.now()
                )
            except DatabaseError:
                return web.Response(status=503)  # TikTok delivers it again later
            if changed:
                log.info(
                    "TikTok removed an authorization (reason %s): %d connections", reason, changed
                )
        return web.Response(status=200)


def _reason(content: object) -> int | None:
    try:
        data = json.loads(content) if isinstance(content, str) else content
    except ValueError:
        return None
    reason = data.get("reason") if isinstance(data, dict) else None
    return reason if isinstance(reason, int) and 0 <= reason <= 99 else None
