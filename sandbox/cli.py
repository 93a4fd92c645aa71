"""``python -m bot sandbox``: the bot on a local Discord in the browser, offline, no token."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.clock import SystemClock
from bot.instance import InstanceLock
from bot.render import shutdown_renderer
from sandbox.app import DEFAULT_DATABASE, Sandbox, reset
from sandbox.clock import SandboxClock

DEFAULT_PORT = 8765

STARTED_WITHOUT_TOKEN = """\
DISCORD_TOKEN is not set, so CreatorPulse started its offline sandbox: open {url} \
to try every command as the members of a demo server (Ctrl+C stops it). To run the bot \
on Discord instead, create an application at https://discord.com/developers/applications, \
copy its bot token from the "Bot" page into a file named .env (a line \
DISCORD_TOKEN=your-token) or export DISCORD_TOKEN, and start it again."""  # noqa: S105

STARTED = "CreatorPulse's offline sandbox is running: open {url} (Ctrl+C stops it)."


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="creatorpulse sandbox",
        description="Try CreatorPulse in the browser against a local Discord, offline.",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="port of the page")
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: only this machine can open the page)",
    )
    parser.add_argument("--empty", action="store_true", help="start without the demo data")
    parser.add_argument(
        "--reset",
        action="store_true",
        help="throw the sandbox's database (and its local Discord) away and start afresh",
    )
    parser.add_argument("--database", type=Path, default=DEFAULT_DATABASE, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace, banner: str) -> int:
    try:
        await _serve(args, banner)
    finally:
        # The chart processes ignore Ctrl+C: stop them, and wait for them.
        await asyncio.to_thread(shutdown_renderer, wait=True)
    return 0


async def _serve(args: argparse.Namespace, banner: str) -> None:
    clock = SandboxClock(SystemClock().now())
    async with Sandbox(
        clock,
        database_path=args.database,
        host=args.host,
        port=args.port,
        demo=not args.empty,
    ) as sandbox:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop.set)
        print(banner.format(url=sandbox.url), flush=True)
        closed = asyncio.ensure_future(sandbox.wait_closed())
        stopping = asyncio.ensure_future(stop.wait())
        await asyncio.wait({closed, stopping}, return_when=asyncio.FIRST_COMPLETED)
        for task in (closed, stopping):
            task.cancel()


def main(argv: Sequence[str] | None = None, *, banner: str = STARTED) -> int:
    args = parse_args(argv)
    if args.reset:
        with InstanceLock(args.database, SystemClock().now()):
            reset(args.database)
    with InstanceLock(args.database, SystemClock().now()):
        try:
            return asyncio.run(serve(args, banner))
        except OSError as exc:
            print(f"CreatorPulse's sandbox cannot start: {exc.strerror or exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 0
