"""The sandbox's start-up and page weight, printed (never asserted).

    python bench/sandbox.py            # three fresh starts (seeding included), then the page

Start to ready covers the emulator, migrations, seeding the demo history, the bot's login
and command sync, scheduling the group LIVE through the bot, and the page server. The page
weight is every byte the browser loads on first open (HTML, CSS, JavaScript, the state).
The time from a command typed on the page to its reply drawn is measured in the browser
test (tests/browser, test_command_to_reply_time_is_printed).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.i18n import Catalog
from sandbox.app import Sandbox
from sandbox.clock import SandboxClock
from sandbox.emulator import patched_discord_urls
from sandbox.page_guard import TOKEN_HEADER
from tests.support.clock import DEFAULT_NOW

PAGE = ("/", "/static/app.js", "/static/style.css", "/api/state")


async def one_start(folder: Path, catalog: Catalog, *, weigh: bool) -> tuple[float, int]:
    clock = SandboxClock(DEFAULT_NOW, flowing=False)
    sandbox = Sandbox(clock, database_path=folder / "sandbox.sqlite3", port=0, catalog=catalog)
    async with sandbox:
        with patched_discord_urls(sandbox.emu):
            weight = 0
            if weigh:
                token = {TOKEN_HEADER: sandbox.page.guard.token}
                async with aiohttp.ClientSession(headers=token) as http:
                    for path in PAGE:
                        async with http.get(sandbox.url + path) as response:
                            weight += len(await response.read())
            return sandbox.ready_seconds, weight


async def main() -> None:
    catalog = Catalog.load()
    starts: list[float] = []
    weight = 0
    for number in range(3):
        with tempfile.TemporaryDirectory() as folder:
            seconds, grams = await one_start(Path(folder), catalog, weigh=number == 0)
            starts.append(seconds)
            weight = weight or grams
    print(f"sandbox start to ready: median {statistics.median(starts):.2f} s over {len(starts)}")
    print(f"page weight on first open: {weight / 1024:.1f} KB ({', '.join(PAGE)})")


if __name__ == "__main__":
    asyncio.run(main())
