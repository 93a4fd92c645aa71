"""The sandbox as one object: the emulator, the real CreatorBot on the sandbox clock, its own
database, the demo server and the page. ``python -m bot sandbox`` runs one; the browser
tests run one in-process on a fixed clock.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path
from types import TracebackType
from typing import Self

from pydantic import SecretStr

from bot.client import CreatorBot
from bot.i18n import Catalog
from bot.settings import Settings
from sandbox.clock import SandboxClock
from sandbox.demo import build_world, schedule_group_live, seed_history
from sandbox.emulator import DiscordEmulator
from sandbox.web import PageServer
from storage import SQLiteDatabase

log = logging.getLogger("sandbox")

DEFAULT_DATABASE = Path("data/sandbox.sqlite3")


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
        build_world(self.emu)
        await self.db.connect()
        await self.db.migrate()
        if fresh and self.demo:
            await seed_history(self.db, self.clock.now())
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            discord_token=SecretStr(self.emu.token),
            database_path=self.database_path,
            discord_api_base_url=self.emu.api_base_url,
            discord_gateway_url=self.emu.gateway_url,
            log_level=self.log_level,
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
