"""The bot with TikTok switched on, against the local TikTok (sandbox/tiktok) and the Discord
emulator, all on the test's clock; and a browser that follows the consent link.

    async def test_x(tiktok: TikTokHarness) -> None:
        ana = tiktok.fake.add_account("ana.cria", "Ana", follower_count=9_700)
        tiktok.fake.add_video(ana, tiktok.h.clock.now() - timedelta(days=2), view_count=5000)
        page = await tiktok.connect(tiktok.h.alice, ana)
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, cast

import aiohttp
from pydantic import SecretStr

from sandbox.emulator import Member
from sandbox.tiktok import Account, FakeTikTok
from tests.support.harness import Harness

if TYPE_CHECKING:
    from cogs.tiktok.cog import TikTokCog, TikTokFeature

SECRET_KEY = "a-test-secret-key-that-is-long-enough-0123456789"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Visit:
    """Where a browser ended up: the bot's page (status, text) and the replies it changed."""

    status: int
    text: str
    url: str
    reply: dict[str, Any] | None = None  # the /tiktok connect reply, as the member sees it now


@dataclass
class TikTokHarness:
    h: Harness
    fake: FakeTikTok
    port: int
    browsers: list[aiohttp.ClientSession] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def cog(self) -> TikTokCog:
        # (by name: the bot loads its features afresh, so the class is not this module's)
        return cast("TikTokCog", self.h.bot.get_cog("TikTokCog"))

    @property
    def feature(self) -> TikTokFeature:
        feature = self.cog.feature
        assert feature is not None
        return feature

    def browser(self) -> aiohttp.ClientSession:
        """A browser of its own (cookies kept, on 127.0.0.1 too)."""
        session = aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True))
        self.browsers.append(session)
        return session

    async def close(self) -> None:
        for session in self.browsers:
            await session.close()

    async def settled(self) -> None:
        """Until what the bot started after a callback (the first sync) is done."""
        await self.feature.web.settled()

    async def connect_link(
        self, member: Member, *, locale: str = "en-US"
    ) -> tuple[str, dict[str, Any]]:
        """``/tiktok connect``: the link of its button, and the reply."""
        reply = await self.h.slash(member, "tiktok connect", locale=locale)
        assert reply.ephemeral, reply.text
        link = next(b for b in reply.buttons if b.get("style") == 5)
        assert reply.message is not None
        return str(link["url"]), reply.message

    async def follow(self, url: str, browser: aiohttp.ClientSession | None = None) -> Visit:
        """Open ``url`` in a browser and follow every redirect, as the member's would."""
        session = browser or self.browser()
        async with session.get(url, allow_redirects=True) as response:
            return Visit(response.status, await response.text(), str(response.url))

    async def connect(
        self,
        member: Member,
        account: Account | None,
        scopes: Iterable[str] | None = None,
        *,
        refuse: bool = False,
        locale: str = "en-US",
    ) -> Visit:
        """The whole consent: /tiktok connect, the link opened, TikTok answered (as
        ``account``, with ``scopes`` ticked), back at the bot; then the first sync done."""
        url, message = await self.connect_link(member, locale=locale)
        self.fake.consent_as(account, scopes, refuse=refuse)
        visit = await self.follow(url)
        await self.settled()
        visit.reply = self.h.emu.messages.get(int(message["id"]))
        return visit

    async def daily_settled(self) -> None:
        """Until the daily sync has finished its round and sleeps again."""
        for _ in range(1000):
            if self.h.clock.asleep("scheduler-tiktok"):
                return
            await asyncio.sleep(0.01)
        raise AssertionError("the daily TikTok sync did not go back to sleep")


def tiktok_settings(fake: FakeTikTok, port: int) -> dict[str, Any]:
    return {
        "web_port": port,
        "tiktok_client_key": fake.client_key,
        "tiktok_client_secret": SecretStr(fake.client_secret),
        "secret_key": SecretStr(SECRET_KEY),
        "tiktok_auth_url": fake.auth_url,
        "tiktok_api_base_url": fake.base_url,
    }


@contextlib.asynccontextmanager
async def running_tiktok(harness: Harness) -> AsyncIterator[TikTokHarness]:
    """The harness's bot restarted with TikTok switched on, against a local TikTok."""
    port = free_port()
    async with FakeTikTok(clock=harness.clock) as fake:
        fake.redirect_uris = {f"http://127.0.0.1:{port}/tiktok/callback"}
        fake.webhook_url = f"http://127.0.0.1:{port}/tiktok/webhook"
        harness.settings_overrides.update(tiktok_settings(fake, port))
        await harness.restart()
        kit = TikTokHarness(harness, fake, port)
        try:
            yield kit
        finally:
            await kit.close()
            await harness.stop()  # (before the local TikTok goes)
