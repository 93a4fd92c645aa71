"""``python -m bot move-to-postgres``: the SQLite installation at DATABASE_PATH moved into
the empty PostgreSQL database at DATABASE_URL, checked table by table.

Each refusal is one line and exit status 2, with nothing written: the bot still runs on
the file, the file's schema is not this CreatorPulse's, or the target is not empty.
"""

from __future__ import annotations

import asyncio
import sys

from bot.clock import SystemClock
from bot.instance import AlreadyRunning, InstanceLock
from bot.settings import Settings
from storage import DatabaseError

EXIT_REFUSED = 2


def _say(line: str) -> None:
    print(line, flush=True)


def run_move(settings: Settings) -> int:
    url = settings.database_address
    if url is None:
        print(
            "CreatorPulse cannot move: DATABASE_URL is not set; set it to the empty PostgreSQL "
            "database to move into (postgresql://user:password@host:5432/database)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    source = settings.database_path
    if not source.is_file():
        print(
            f"CreatorPulse cannot move: there is no SQLite database at {source} (DATABASE_PATH)",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    try:
        with InstanceLock(source, SystemClock().now()):
            return asyncio.run(_move(settings, url))
    except (AlreadyRunning, DatabaseError) as exc:
        print(f"CreatorPulse cannot move: {exc}", file=sys.stderr)
        return EXIT_REFUSED


async def _move(settings: Settings, url: str) -> int:
    from storage.move import move_to_postgres  # asyncpg only when asked for
    from storage.postgres import PostgresDatabase

    async with PostgresDatabase(url) as target:
        _say(f"moving the SQLite database at {settings.database_path} to {target.describe()}")
        moved = await move_to_postgres(settings.database_path, target, _say)
    width = max(len(m.table) for m in moved)
    _say(f"{'table':<{width}}  {'SQLite':>12}  {'PostgreSQL':>12}")
    for m in moved:
        _say(f"{m.table:<{width}}  {m.source_rows:>12,}  {m.target_rows:>12,}")
    total = sum(m.target_rows for m in moved)
    _say(
        f"moved {total:,} rows; every table holds as many rows as before. Start the bot with "
        "DATABASE_URL set; keep the SQLite file as a backup until you have checked it."
    )
    return 0
