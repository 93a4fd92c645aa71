"""The sandbox as one object: the emulator, the local TikTok, the real CreatorBot on the
sandbox clock with its web server (TikTok's callback), its own database, the demo server and
the page. ``python -m bot sandbox`` runs one; the browser tests run one in-process on a
fixed clock.

The database and what the local Discord holds (messages, DMs, scheduled events, where the
clock stood) belong together: the second is saved beside the first when the sandbox stops
(``sandbox.discord.json`` next to ``sandbox.sqlite3``) and taken back at the next start, so
a LIVE the database remembers still has its announcement and its event. A database found
without it (the sandbox was killed, or the file was lost) is started afresh with it: the
two never disagree.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from pydantic import SecretStr

from bot.client import CreatorBot
from bot.i18n import Catalog
from bot.settings import Settings
from sandbox.clock import SandboxClock
from sandbox.demo import (
    BOT_ID,
    add_tiktok_accounts,
    build_world,
    schedule_group_live,
    seed_history,
)
from sandbox.emulator import DiscordEmulator
from sandbox.tiktok import FakeTikTok
from sandbox.web import PageServer
from storage import SQLiteDatabase

log = logging.getLogger("sandbox")

DEFAULT_DATABASE = Path("data/sandbox.sqlite3")
STATE_VERSION = 1
# Seals the demo members' tokens of the local TikTok in the sandbox's own database.
SANDBOX_SECRET_KEY = "the-offline-sandbox-key-for-local-tiktok-tokens"  # noqa: S105


def free_port(host: str) -> int:
    with socket.socket() as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def state_path(database: Path) -> Path:
    """Where the local Discord's state is kept beside the sandbox's database."""
    return database.with_name(database.stem + ".discord.json")


def reset(database: Path) -> None:
    """Remove the sandbox's database (its write-ahead log too) and the local Discord's saved
    state with it, never another file."""
    for path in (
        database,
        database.with_name(database.name + "-wal"),
        database.with_name(database.name + "-shm"),
        state_path(database),
    ):
        path.unlink(missing_ok=True)


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
        # The same bot user every start: the saved messages and events stay the bot's own.
        self.emu = DiscordEmulator(clock=clock, token="sandbox-token", app_id=BOT_ID)  # noqa: S106
        # The local TikTok keeps nothing between runs: its accounts are made afresh each start.
        self.tiktok = FakeTikTok(clock=clock, host=host)
        self.db = SQLiteDatabase(database_path)
        self.page = PageServer(self.emu, clock, self.db)
        self.bot: CreatorBot | None = None
        self._task: asyncio.Task[None] | None = None
        self._keep_state = False
        self.ready_seconds = 0.0

    @property
    def url(self) -> str:
        return self.page.url

    def _take_saved_state(self) -> dict[str, Any] | None:
        """The local Discord's state saved with the database, or None (a fresh start)."""
        path = state_path(self.database_path)
        if not self.database_path.exists():
            path.unlink(missing_ok=True)
            return None
        try:
            saved: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            saved = {}
        if saved.get("version") != STATE_VERSION:
            log.warning(
                "the sandbox's local Discord was not saved with its database (it did not "
                "stop cleanly last time?), so the sandbox starts afresh"
            )
            reset(self.database_path)
            return None
        return saved

    def _save_state(self) -> None:
        state = {
            "version": STATE_VERSION,
            "clock": self.clock.now().isoformat(),
            "discord": self.emu.snapshot(),
            "commands": self.page.command_labels,
        }
        path = state_path(self.database_path)
        partial = path.with_suffix(".tmp")
        partial.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
        partial.replace(path)

    async def start(self) -> None:
        started = time.monotonic()
        saved = self._take_saved_state()
        fresh = not self.database_path.exists()
        await self.emu.start()
        await self.tiktok.start()
        build_world(self.emu)
        if self.demo:
            add_tiktok_accounts(self.tiktok, self.clock.now())
        if saved is not None and self.emu.restore(saved["discord"]):
            self.page.command_labels.update(saved.get("commands") or {})
            # Where the clock stood: what the database recorded as sent stays in the past.
            await self.clock.advance_to(datetime.fromisoformat(saved["clock"]))
        # From here the local Discord is this run's: only a clean stop saves it again, so a
        # sandbox that is killed leaves its database without it (and the next start resets).
        state_path(self.database_path).unlink(missing_ok=True)
        self._keep_state = True
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
        if self._keep_state:  # keep its Discord with its database
            try:
                self._save_state()
            except OSError as exc:
                log.warning("could not save the sandbox's local Discord: %s", exc)
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
