"""The sandbox as one object: the emulator, the local TikTok, the real CreatorBot on the
sandbox clock with its web server (TikTok's callback), its own database, the demo server and
the page. ``python -m bot sandbox`` runs one; the browser tests run one in-process on a
fixed clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from pydantic import SecretStr

from bot.client import CreatorBot
from bot.i18n import Catalog
from bot.settings import Settings
from sandbox.clock import SandboxClock
from sandbox.demo import add_tiktok_accounts, build_world, schedule_group_live, seed_history
from sandbox.emulator import DiscordEmulator
from sandbox.tiktok import FakeTikTok
from sandbox.web import PageServer
from storage import SQLiteDatabase

log = logging.getLogger("sandbox")

DEFAULT_DATABASE = Path("data/sandbox.sqlite3")
# Seals the demo members' tokens of the local TikTok in the sandbox's own database.
SANDBOX_SECRET_KEY = "the-offline-sandbox-key-for-local-tiktok-tokens"  # noqa: S105


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


class SandboxFailed(Exception):
    """The bot did not come up inside the sandbox; the message says why."""


class Sandbox:
    def __init__(
        self,
        clock: SandboxClock,
        *,
        database_path: Path = DEFAULT_DATABASE,
        host: str = "127.0.0.1",
        port: int = 8765,
        demo: bool = True,
        catalog: Catalog | None = None,
        log_level: str = "INFO",
    ) -> None:
        self.clock = clock
        self.database_path = database_path
        self.host = host
        self.port = port
        self.demo = demo
        self.catalog = catalog
        self.log_level = log_level
        self.emu = DiscordEmulator(clock=clock, token="sandbox-token")  # noqa: S106 - local only
        self.tiktok = FakeTikTok(clock=clock, host=host)
        self.db = SQLiteDatabase(database_path)
        self.page = PageServer(self.emu, clock, self.db)
        self.bot: CreatorBot | None = None
        self._task: asyncio.Task[None] | None = None
        self.ready_seconds = 0.0

    @property
    def url(self) -> str:
        return self.page.url

    async def start(self) -> None:
        started = time.monotonic()
        fresh = not self.database_path.exists()
        await self.emu.start()
        await self.tiktok.start()
        build_world(self.emu)
        if self.demo:
            add_tiktok_accounts(self.tiktok, self.clock.now())
        await self.db.connect()
        await self.db.migrate()
        if fresh and self.demo:
            await seed_history(self.db, self.clock.now())
        # The bot's web server takes TikTok's callback, as on a real installation.
        web_port = free_port(self.host)
        shown = f"[{self.host}]" if ":" in self.host else self.host
        web_base = f"http://{shown}:{web_port}"
        self.tiktok.redirect_uris = {f"{web_base}/tiktok/callback"}
        self.tiktok.webhook_url = f"{web_base}/tiktok/webhook"
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            discord_token=SecretStr(self.emu.token),
            database_path=self.database_path,
            discord_api_base_url=self.emu.api_base_url,
            discord_gateway_url=self.emu.gateway_url,
            log_level=self.log_level,
            web_host=self.host,
            web_port=web_port,
            public_base_url=web_base,
            tiktok_client_key=self.tiktok.client_key,
            tiktok_client_secret=SecretStr(self.tiktok.client_secret),
            secret_key=SecretStr(SANDBOX_SECRET_KEY),
            tiktok_auth_url=self.tiktok.auth_url,
            tiktok_api_base_url=self.tiktok.base_url,
        )
        # The emulator starts empty each time: sync the commands every start.
        self.bot = CreatorBot(
            settings,
            self.db,
            sync_commands=True,
            clock=self.clock,
            catalog=self.catalog,
            guild_ready_timeout=0.05,
        )
        self._task = asyncio.create_task(self.bot.start(self.emu.token), name="sandbox-bot")
        ready = asyncio.create_task(self.bot.wait_until_ready())
        done, _ = await asyncio.wait({ready, self._task}, timeout=30, return_when="FIRST_COMPLETED")
        if ready not in done:
            ready.cancel()
            error = self._task.exception() if self._task.done() else None
            raise SandboxFailed(f"the bot did not start against the local Discord: {error!r}")
        await self.emu.wait_until_connected(10)
        if fresh and self.demo:
            await schedule_group_live(self.emu, self.clock.now())
        await self.page.start(self.host, self.port)
        self.ready_seconds = time.monotonic() - started
        log.info("sandbox ready at %s in %.2f s", self.url, self.ready_seconds)

    async def wait_closed(self) -> None:
        """Until the bot stops (it is closed, or its connection task ends)."""
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.shield(self._task)

    async def close(self) -> None:
        await self.page.close()
        if self.bot is not None:
            await self.bot.close()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError, Exception, TimeoutError):
                await asyncio.wait_for(self._task, 10)
            self._task = None
        await self.db.close()
        await self.tiktok.close()
        await self.emu.close()

    async def __aenter__(self) -> Self:
        try:
            await self.start()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
