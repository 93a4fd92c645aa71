"""Real bot processes (``python -m bot``) against the emulator in the test's process.

For the tests where processes are the point: several bots sharing one PostgreSQL, one
killed with SIGKILL. They read the machine's clock (a process cannot share the test's
injected one), so these tests schedule work seconds ahead of the emulator's clock, which is
the same system clock, and never depend on the date.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from sandbox.emulator import DiscordEmulator

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class BotProcess:
    process: asyncio.subprocess.Process
    lines: list[str] = field(default_factory=list)

    @property
    def pid(self) -> int:
        return self.process.pid

    def logged(self, text: str) -> list[str]:
        return [line for line in self.lines if text in line]

    def kill(self) -> None:
        """``kill -9``: no clean-up of any kind."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)


async def _read(bot: BotProcess, ready: asyncio.Event) -> None:
    stream = bot.process.stderr
    assert stream is not None
    while line := await stream.readline():
        text = line.decode(errors="replace").rstrip()
        bot.lines.append(text)
        if "logged in as" in text:
            ready.set()
    ready.set()  # (it ended: whoever waits finds out from its return code)


@contextlib.asynccontextmanager
async def bot_process(
    emu: DiscordEmulator, folder: Path, ready: bool = True, **settings: str
) -> AsyncIterator[BotProcess]:
    """A bot process with ``settings`` (DATABASE_URL=..., SHARD_IDS=...), started in
    ``folder``; ready (it logged that it logged in) unless ``ready`` is False; SIGTERM and
    waited for on leaving."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "DATABASE_"))}
    env.update(
        {
            "DISCORD_TOKEN": emu.token,
            "DISCORD_API_BASE_URL": emu.api_base_url,
            "DISCORD_GATEWAY_URL": emu.gateway_url,
            "DATABASE_PATH": str(folder / "unused.sqlite3"),
            "LOG_LEVEL": "INFO",
            "CI": "true",
            "PYTHONPATH": str(ROOT),
            **settings,
        }
    )
    os.makedirs(folder, exist_ok=True)
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=folder,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    bot = BotProcess(child)
    started = asyncio.Event()
    reader = asyncio.create_task(_read(bot, started))
    try:
        if ready:
            await asyncio.wait_for(started.wait(), 60)
            if child.returncode is not None:
                raise AssertionError("the bot stopped:\n" + "\n".join(bot.lines[-20:]))
        yield bot
    finally:
        if child.returncode is None:
            child.terminate()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(child.wait(), 15)
        if child.returncode is None:
            child.kill()
            await child.wait()
        await asyncio.wait_for(reader, 10)
