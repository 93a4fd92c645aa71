"""The sandbox page in a real browser: Playwright driving Debian's Chromium.

Each test gets a fresh sandbox (the demo server seeded, the real bot running) in this
process, on a clock that moves only when the page says so, and a fresh browser page.
Set ``SANDBOX_SCREENSHOTS`` to a folder to keep the screenshots the tests take (the
README's pictures come from ``make screenshots``).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright

from bot.i18n import Catalog
from sandbox.app import Sandbox
from sandbox.clock import SandboxClock
from sandbox.emulator import patched_discord_urls
from tests.support.clock import DEFAULT_NOW

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@dataclass
class SandboxPage:
    sandbox: Sandbox
    page: Page

    async def screenshot(self, name: str) -> None:
        folder = screenshot_folder()
        if folder is not None:
            await self.page.screenshot(path=str(folder / name))


def screenshot_folder() -> Path | None:
    folder = os.environ.get("SANDBOX_SCREENSHOTS")
    if not folder:
        return None
    Path(folder).mkdir(parents=True, exist_ok=True)
    return Path(folder)


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail("the browser tests need Debian's chromium (.ci/run installs it)")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    async with async_playwright() as pw:
        launched = await pw.chromium.launch(executable_path=str(chromium), args=ARGS)
        try:
            yield launched
        finally:
            await launched.close()


@pytest.fixture
async def sandbox_page(
    tmp_path: Path, catalog: Catalog, browser: Browser
) -> AsyncIterator[SandboxPage]:
    clock = SandboxClock(DEFAULT_NOW, flowing=False)
    sandbox = Sandbox(clock, database_path=tmp_path / "sandbox.sqlite3", port=0, catalog=catalog)
    async with sandbox:
        with patched_discord_urls(sandbox.emu):
            context = await browser.new_context(
                viewport={"width": 1360, "height": 860}, locale="en-US", timezone_id="UTC"
            )
            page = await context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            await page.goto(sandbox.url)
            await page.wait_for_selector("body[data-ready='1'][data-live='1']")
            try:
                yield SandboxPage(sandbox, page)
            finally:
                await context.close()
            assert errors == [], f"the page raised: {errors}"
