"""The real CreatorBot against the Discord emulator, on a fresh database (a SQLite file, or
a PostgreSQL database of its own on the PostgreSQL run).

A test says, in a line: ``await h.slash(h.alice, "er views", {...})`` and gets what the
member would see. The harness fails a test at once (not by timeout) when the bot's
connection task dies, and when a handler logs an unexpected error, unless the test
said it expects one (``with h.expect_errors(): ...``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from bot.client import CreatorBot, discover_extensions
from bot.i18n import Catalog
from bot.settings import Settings
from sandbox.emulator import (
    DEFAULT_MEMBER_PERMISSIONS,
    MANAGE_EVENTS,
    MANAGE_GUILD,
    Channel,
    DiscordEmulator,
    Guild,
    InteractionResult,
    Member,
)
from storage import Database
from tests.support.clock import DEFAULT_NOW, ManualClock
from tests.support.databases import (
    column_names,
    database_url,
    open_test_database,
    query,
    table_names,
)

__all__ = ["DEFAULT_NOW", "Harness", "running_harness"]


class ErrorRecorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class Harness:
    emu: DiscordEmulator
    tmp_path: Path
    clock: ManualClock
    catalog: Catalog
    guild: Guild
    channel: Channel
    alice: Member
    bob: Member
    mod: Member
    bot: CreatorBot = field(init=False)
    db: Database = field(init=False)
    extra_extensions: tuple[str, ...] = ()
    # the PostgreSQL database of this test (None: the SQLite file at db_path)
    database_url: str | None = None
    # settings a test changes before (re)starting the bot, e.g. {"calendar_port": 8123}
    settings_overrides: dict[str, Any] = field(default_factory=dict)
    _task: asyncio.Task[None] | None = None
    _recorder: ErrorRecorder = field(default_factory=ErrorRecorder)
    _expecting_errors: bool = False

    @property
    def db_path(self) -> Path:
        return self.tmp_path / "creatorpulse.sqlite3"

    def settings(self) -> Settings:
        return Settings(
            _env_file=None,  # type: ignore[call-arg]
            discord_token=SecretStr(self.emu.token),
            database_path=self.db_path,
            database_url=None if self.database_url is None else SecretStr(self.database_url),
            discord_api_base_url=self.emu.api_base_url,
            discord_gateway_url=self.emu.gateway_url,
            log_level="DEBUG",
            **self.settings_overrides,
        )

    # -- life cycle ------------------------------------------------------------------

    async def start(self, *, sync: bool = False) -> None:
        self.db = open_test_database(self.database_url, self.db_path)
        await self.db.connect()
        self.bot = CreatorBot(
            self.settings(),
            self.db,
            sync_commands=sync,
            clock=self.clock,
            catalog=self.catalog,
            extensions=[*discover_extensions(), *self.extra_extensions],
            guild_ready_timeout=0.01,
            warm_charts=False,
        )
        self._task = asyncio.create_task(self.bot.start(self.emu.token), name="creatorbot-start")
        ready = asyncio.create_task(self.bot.wait_until_ready())
        done, _ = await asyncio.wait(
            {ready, self._task}, timeout=15, return_when=asyncio.FIRST_COMPLETED
        )
        if ready not in done:
            ready.cancel()
            self._raise_if_dead()
            raise AssertionError("the bot was not ready within 15 s")
        await self.emu.wait_until_connected(10)

    async def stop(self) -> None:
        if self._task is None:
            return
        await self.bot.close()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await asyncio.wait_for(self._task, 10)
        error = None if self._task.cancelled() else self._task.exception()
        self._task = None
        await self.db.close()
        if error is not None:
            raise AssertionError(f"the bot's connection task failed: {error!r}") from error

    async def restart(self) -> None:
        """Stop the bot and start a new one on the same database (a process restart)."""
        await self.stop()
        await self.start()

    def _raise_if_dead(self) -> None:
        if self._task is not None and self._task.done():
            error = None if self._task.cancelled() else self._task.exception()
            raise AssertionError(f"the bot's connection task ended: {error!r}") from error

    def _raise_if_errors(self) -> None:
        if self._recorder.records and not self._expecting_errors:
            record = self._recorder.records[0]
            text = record.getMessage()
            if record.exc_info and record.exc_info[1] is not None:
                text += f": {record.exc_info[1]!r}"
            self._recorder.records.clear()
            raise AssertionError(f"the bot logged an unexpected error: {text}")

    @contextlib.contextmanager
    def expect_errors(self) -> Iterator[list[logging.LogRecord]]:
        """Inside this block, errors the bot logs are collected instead of failing the test."""
        start = len(self._recorder.records)
        self._expecting_errors = True
        collected: list[logging.LogRecord] = []
        try:
            yield collected
        finally:
            collected.extend(self._recorder.records[start:])
            del self._recorder.records[start:]
            self._expecting_errors = False

    async def _guard(self, coro: Any) -> Any:
        """Await an emulator call, failing at once if the bot dies meanwhile."""
        self._raise_if_dead()
        call = asyncio.ensure_future(coro)
        assert self._task is not None
        done, _ = await asyncio.wait({call, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if call not in done:
            call.cancel()
            self._raise_if_dead()
        result = call.result()
        self._raise_if_errors()
        return result

    # -- what members do ---------------------------------------------------------------

    async def slash(
        self,
        member: Member,
        command: str,
        options: dict[str, Any] | None = None,
        *,
        locale: str = "en-US",
        guild: Guild | None = None,
        dm: bool = False,
        **kwargs: Any,
    ) -> InteractionResult:
        """``dm``: in the member's DM with the bot (no server) instead."""
        guild_id = None if dm else (guild or self.guild).id
        channel_id = None if dm else self.channel.id
        return await self._guard(
            self.emu.slash(
                guild_id,
                member.id,
                command,
                options,
                locale=locale,
                channel_id=kwargs.pop("channel_id", channel_id),
                **kwargs,
            )
        )

    async def autocomplete(
        self,
        member: Member,
        command: str,
        options: dict[str, Any],
        focused: str,
        *,
        locale: str = "en-US",
    ) -> list[dict[str, Any]]:
        return await self._guard(
            self.emu.autocomplete(
                self.guild.id, member.id, command, options, focused, locale=locale
            )
        )

    async def click(
        self,
        member: Member,
        message: dict[str, Any],
        custom_id: str,
        *,
        locale: str = "en-US",
        dm: bool = False,
        **kwargs: Any,
    ) -> InteractionResult:
        """``dm``: a button on a message in the member's DM with the bot."""
        guild_id = None if dm else self.guild.id
        return await self._guard(
            self.emu.click(guild_id, member.id, message, custom_id, locale=locale, **kwargs)
        )

    async def submit_modal(
        self,
        member: Member,
        modal: dict[str, Any],
        values: dict[str, str],
        *,
        locale: str = "en-US",
        **kwargs: Any,
    ) -> InteractionResult:
        return await self._guard(
            self.emu.submit_modal(
                self.guild.id,
                member.id,
                modal,
                values,
                locale=locale,
                channel_id=self.channel.id,
                **kwargs,
            )
        )

    # -- what the database holds --------------------------------------------------------

    def rows(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Read the database directly, as an operator would (a connection of its own)."""
        return query(self.database_url, self.db_path, sql, params)

    def tables(self) -> list[str]:
        """The names of the database's tables (as an operator would list them)."""
        return table_names(self.database_url, self.db_path)

    def columns(self, table: str) -> set[str]:
        return column_names(self.database_url, self.db_path, table)

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> None:
        """Change the database directly, as an operator (or an older version) would."""
        query(self.database_url, self.db_path, sql, params)


@contextlib.asynccontextmanager
async def running_harness(
    tmp_path: Path,
    catalog: Catalog,
    now: datetime = DEFAULT_NOW,
    extra_extensions: tuple[str, ...] = (),
    clock: Any = None,
    backend: str | None = None,
) -> AsyncIterator[Harness]:
    """``clock``: the one clock of bot and emulator (default: a ManualClock at ``now``;
    benchmarks of idle cost pass the real one). ``backend``: "sqlite" or "postgres" (default:
    the run's)."""
    recorder = ErrorRecorder()
    logging.getLogger().addHandler(recorder)
    clock = clock if clock is not None else ManualClock(now)
    async with database_url(tmp_path, backend) as url, DiscordEmulator(clock=clock) as emu:
        guild = emu.add_guild(name="Creators", owner_id=None)
        channel = emu.add_channel(guild.id, name="lives")
        alice = emu.add_member(guild.id, name="alice")
        bob = emu.add_member(guild.id, name="bob")
        mod = emu.add_member(
            guild.id,
            name="mod",
            permissions=DEFAULT_MEMBER_PERMISSIONS | MANAGE_EVENTS | MANAGE_GUILD,
        )
        harness = Harness(
            emu=emu,
            tmp_path=tmp_path,
            clock=clock,
            catalog=catalog,
            guild=guild,
            channel=channel,
            alice=alice,
            bob=bob,
            mod=mod,
            _recorder=recorder,
            extra_extensions=extra_extensions,
            database_url=url,
        )
        try:
            await harness.start()
            yield harness
            await harness.stop()
            harness._raise_if_errors()
            emu.assert_clean()
        finally:
            if harness._task is not None:
                with contextlib.suppress(Exception):
                    await harness.stop()
            logging.getLogger().removeHandler(recorder)
