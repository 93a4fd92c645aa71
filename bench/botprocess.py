"""The bot as its own process (``python -m bot``) against an emulator in the calling one.

``bot_process(emu, database)`` starts it with the emulator's token and addresses, waits
until it logs that it has logged in, then reads its log (stderr) to the end, counting the
lines at ERROR level and keeping the first few. ``extra_extensions`` also loads extensions
the bot does not ship (the test-only probe commands): the process then runs this file,
which adds them to the bot's list and runs ``bot`` exactly as ``python -m bot`` does.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sandbox.emulator import DiscordEmulator

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
KEPT_ERRORS = 5  # the first error lines kept for a report


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    ready_after: float = 0.0  # seconds from starting the process to "logged in as"
    ready_at: float = 0.0  # time.monotonic() when it logged that
    errors: int = 0  # log lines at ERROR level (or CRITICAL)
    warnings: int = 0
    first_errors: list[str] = field(default_factory=list)
    first_warnings: list[str] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid

    def read(self, line: str) -> None:
        # "%(asctime)s %(levelname)-7s %(name)s: %(message)s"; a traceback's lines follow
        # its record and carry no level.
        words = line.split(maxsplit=3)
        level = words[2] if len(words) > 2 else ""
        if level in ("ERROR", "CRITICAL"):
            self.errors += 1
            if len(self.first_errors) < KEPT_ERRORS:
                self.first_errors.append(line.rstrip())
        elif level == "WARNING":
            self.warnings += 1
            if len(self.first_warnings) < KEPT_ERRORS:
                self.first_warnings.append(line.rstrip())


def status_mib(pid: int, key: str = "VmRSS") -> float:
    """A size from ``/proc/<pid>/status`` (VmRSS now, VmHWM the peak) in MiB; NaN once gone."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    return float("nan")


def descendants(pid: int) -> list[int]:
    """The process's children, theirs, and so on (from ``/proc/<pid>/task/*/children``)."""
    found: list[int] = []
    parents = [pid]
    while parents:
        parent = parents.pop()
        for children in Path(f"/proc/{parent}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                for child in children.read_text().split():
                    found.append(int(child))
                    parents.append(int(child))
    return found


def environment(
    emu: DiscordEmulator, database: Path, url: str | None, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """``url``: a PostgreSQL database to run on instead of the SQLite file at ``database``;
    ``extra``: more settings (``WEB_PORT``)."""
    return {
        **{k: v for k, v in os.environ.items() if k != "DATABASE_URL"},
        **({"DATABASE_URL": url} if url else {}),
        "DISCORD_TOKEN": emu.token,
        "DATABASE_PATH": str(database),
        "DISCORD_API_BASE_URL": emu.api_base_url,
        "DISCORD_GATEWAY_URL": emu.gateway_url,
        "LOG_LEVEL": "INFO",
        "CI": "true",
        "PYTHONPATH": str(ROOT),
        **(extra or {}),
    }


@contextlib.asynccontextmanager
async def bot_process(
    emu: DiscordEmulator,
    database: Path,
    *,
    extra_extensions: tuple[str, ...] = (),
    ready_timeout: float = 30.0,
    url: str | None = None,
    env: dict[str, str] | None = None,
) -> AsyncIterator[BotProcess]:
    """The bot, started in ``database``'s folder and ready; stopped (SIGTERM) on leaving.
    With ``url`` it keeps its data in that PostgreSQL database instead; ``env`` adds
    settings."""
    command = [str(HERE), *extra_extensions] if extra_extensions else ["-m", "bot"]
    began = time.perf_counter()
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        *command,
        cwd=database.parent,
        env=environment(emu, database, url, env),
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    assert child.stderr is not None
    stderr = child.stderr
    bot = BotProcess(child)
    reader: asyncio.Task[None] | None = None
    try:
        while True:
            line = (await asyncio.wait_for(stderr.readline(), ready_timeout)).decode(
                errors="replace"
            )
            if not line:
                raise RuntimeError(
                    "the bot stopped before it was ready: " + "; ".join(bot.first_errors)
                )
            bot.read(line)
            if "logged in as" in line:
                break
        bot.ready_after = time.perf_counter() - began
        bot.ready_at = time.monotonic()

        async def read_to_the_end() -> None:
            while line := await stderr.readline():
                bot.read(line.decode(errors="replace"))

        reader = asyncio.create_task(read_to_the_end(), name="bot-stderr")
        yield bot
    finally:
        if child.returncode is None:
            child.terminate()
        await child.wait()
        if reader is not None:
            await asyncio.wait_for(reader, 10)  # what it logged while stopping counts too


def run_with(extensions: list[str]) -> None:
    """Run ``bot`` as ``python -m bot`` does, with ``extensions`` loaded as well."""
    import runpy

    import bot.client

    shipped = bot.client.discover_extensions
    bot.client.discover_extensions = lambda: [*shipped(), *extensions]
    sys.argv[1:] = []
    runpy.run_module("bot", run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    # Run as a file, its folder leads sys.path: keep the bench's modules out of the bot's way.
    if sys.path and Path(sys.path[0]).resolve() == HERE.parent:
        del sys.path[0]
    run_with(sys.argv[1:])
