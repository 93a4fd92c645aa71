"""Entry point: ``python -m bot`` or ``creatorpulse``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import discord
from pydantic import ValidationError

from bot.backup import BackupError, backup, pg_dump_hint
from bot.benchmarks import BenchmarkDataError
from bot.client import CreatorBot
from bot.clock import SystemClock
from bot.i18n import CatalogError
from bot.instance import AlreadyRunning, InstanceLock
from bot.render import shutdown_renderer
from bot.settings import Settings
from storage import Database, DatabaseError, open_database

log = logging.getLogger("bot")

EXIT_CONFIG = 2

MISSING_TOKEN = """\
CreatorPulse cannot start: DISCORD_TOKEN is not set. The bot needs its Discord bot \
token to log in. Create an application at https://discord.com/developers/applications, \
open its "Bot" page, press "Reset Token" and copy the token. Then put it in a file \
named .env next to where you start the bot (a line DISCORD_TOKEN=your-token), or \
export DISCORD_TOKEN in your shell, and start the bot again. Keep the token secret. \
To try CreatorPulse first without a token, run `make sandbox` (or `python -m bot \
sandbox`): the bot against a local Discord in your browser, offline."""

UNUSABLE_TOKEN = (
    "CreatorPulse cannot start: DISCORD_TOKEN contains a space, line break or other "
    "control character, which no Discord token has; copy the token again from the "
    "application's Bot page."
)

INVALID_TOKEN = (
    "CreatorPulse cannot start: Discord refused DISCORD_TOKEN (401 Unauthorized); "
    "reset the token on the application's Bot page and update DISCORD_TOKEN."
)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="creatorpulse",
        description="Run the CreatorPulse bot. 'creatorpulse sandbox' tries it offline in a "
        "browser instead (see 'creatorpulse sandbox --help').",
    )
    parser.add_argument(
        "--sync",
        action="store_true",
        help="sync slash commands with Discord even if they have not changed",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    copy = commands.add_parser(
        "backup",
        help="copy the database (DATABASE_PATH) to PATH, safely while the bot runs",
        description="Copy the database to PATH through SQLite's online backup API: a "
        "consistent copy, safe while the bot runs and writes.",
    )
    copy.add_argument("path", metavar="PATH", type=Path, help="the backup file to write")
    commands.add_parser(
        "move-to-postgres",
        help="copy the SQLite database (DATABASE_PATH) into the empty PostgreSQL database "
        "at DATABASE_URL",
        description="Copy every table of the SQLite database at DATABASE_PATH into the empty "
        "PostgreSQL database at DATABASE_URL, in one transaction, and check the row counts. "
        "Stop the bot first.",
    )
    return parser.parse_args(argv)


def run_backup(settings: Settings, target: Path) -> int:
    if settings.database_address is not None:
        print(f"CreatorPulse keeps its data in PostgreSQL here: {pg_dump_hint(settings, target)}")
        return EXIT_CONFIG
    try:
        pages = backup(settings.database_path, target)
    except BackupError as exc:
        print(f"CreatorPulse cannot back up: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    print(f"backed up {settings.database_path} to {target} ({pages} pages)")
    return 0


# Libraries whose DEBUG records carry data: aiosqlite logs every statement with its values
# (members' data). They stay at INFO under LOG_LEVEL=DEBUG unless LOG_SQL asks for them.
QUIET_LIBRARIES = ("discord", "aiosqlite")


def configure_logging(level: str, *, log_sql: bool = False) -> None:
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)-7s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    floor = max(logging.getLevelName(level), logging.INFO)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(floor)
    if log_sql:
        logging.getLogger("aiosqlite").setLevel(logging.getLevelName(level))
    # CreatorPulse never joins voice: discord.py's "voice will NOT be supported" is noise.
    discord.VoiceClient.warn_nacl = False
    discord.VoiceClient.warn_dave = False


async def serve(settings: Settings, *, sync: bool) -> int:
    """Open the database, run the bot until signalled, close everything."""
    url = settings.database_address
    async with open_database(url=url, path=settings.database_path) as db:
        if url is None:  # SQLite: one process per file; on PostgreSQL each leases its shards
            with InstanceLock(settings.database_path, SystemClock().now()):
                return await _serve(settings, db, sync=sync)
        return await _serve(settings, db, sync=sync)


async def _serve(settings: Settings, db: Database, *, sync: bool) -> int:
    try:
        async with CreatorBot(settings, db, sync_commands=sync) as bot:
            loop = asyncio.get_running_loop()
            for signum in (signal.SIGINT, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError):
                    loop.add_signal_handler(signum, lambda: asyncio.ensure_future(bot.close()))
            try:
                await bot.start(settings.discord_token.get_secret_value().strip())
            except discord.LoginFailure:
                print(INVALID_TOKEN, file=sys.stderr)
                return EXIT_CONFIG
    finally:
        # The chart processes ignore Ctrl+C: the bot stops them, and waits for them.
        await asyncio.to_thread(shutdown_renderer, wait=True)
    log.info("shut down cleanly")
    return 0


def interactive() -> bool:
    """Whether a person started us at a terminal (not a service, not CI)."""
    if os.environ.get("CI", "").strip().lower() in ("1", "true", "yes"):
        return False
    return sys.stdin.isatty() and sys.stdout.isatty()


def sandbox(argv: Sequence[str], *, without_token: bool = False) -> int:
    """The offline sandbox (the only place the bot's entry point reaches into ``sandbox``)."""
    from sandbox import cli  # imported only when asked for

    configure_logging(os.environ.get("LOG_LEVEL", "WARNING").strip().upper() or "WARNING")
    try:
        if without_token:
            return cli.main(argv, banner=cli.STARTED_WITHOUT_TOKEN)
        return cli.main(argv)
    except (DatabaseError, BenchmarkDataError, CatalogError, AlreadyRunning) as exc:
        print(f"CreatorPulse's sandbox cannot start: {exc}", file=sys.stderr)
        return EXIT_CONFIG


def usable_token(token: str) -> bool:
    """A token is printable ASCII without spaces (surrounding spaces are ignored)."""
    text = token.strip()
    return text.isascii() and text.isprintable() and " " not in text


def run(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["sandbox"]:
        return sandbox(arguments[1:])
    args = parse_args(arguments)
    try:
        settings = Settings()
    except ValidationError as exc:
        print(f"CreatorPulse cannot start: the configuration is invalid.\n{exc}", file=sys.stderr)
        return EXIT_CONFIG
    if args.command == "backup":
        return run_backup(settings, args.path)
    if args.command == "move-to-postgres":
        from bot.move import run_move

        configure_logging(settings.log_level, log_sql=settings.log_sql)
        return run_move(settings)
    if not settings.has_token:
        if interactive():
            return sandbox([], without_token=True)
        print(MISSING_TOKEN, file=sys.stderr)
        return EXIT_CONFIG
    if not usable_token(settings.discord_token.get_secret_value()):
        print(UNUSABLE_TOKEN, file=sys.stderr)
        return EXIT_CONFIG
    problem = settings.tiktok_problem()
    if problem is not None:
        print(f"CreatorPulse cannot start: {problem}", file=sys.stderr)
        return EXIT_CONFIG
    configure_logging(settings.log_level, log_sql=settings.log_sql)
    try:
        return asyncio.run(serve(settings, sync=args.sync))
    except (DatabaseError, BenchmarkDataError, CatalogError, AlreadyRunning) as exc:
        print(f"CreatorPulse cannot start: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    raise SystemExit(run())
