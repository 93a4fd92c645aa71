"""The sandbox in this process (the demo server, the real bot, the page's HTTP API) on a
clock that moves only when asked, and what a person does on its page."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.i18n import Catalog
from sandbox.app import Sandbox
from sandbox.clock import SandboxClock
from sandbox.demo import member
from sandbox.emulator import patched_discord_urls
from sandbox.page_guard import TOKEN_HEADER
from tests.support.clock import DEFAULT_NOW


@pytest.fixture
async def sandbox(tmp_path: Path, catalog: Catalog) -> AsyncIterator[Sandbox]:
    clock = SandboxClock(DEFAULT_NOW, flowing=False)
    box = Sandbox(clock, database_path=tmp_path / "sandbox.sqlite3", port=0, catalog=catalog)
    async with box:
        with patched_discord_urls(box.emu):
            yield box


@contextlib.asynccontextmanager
async def page_client(url: str) -> AsyncIterator[aiohttp.ClientSession]:
    """An HTTP client of the sandbox at ``url`` as its page is: carrying the page's token."""
    async with aiohttp.ClientSession() as first, first.get(url + "/") as page:
        found = re.search(r'<meta name="sandbox-token" content="([^"]+)">', await page.text())
    assert found is not None, "the page carries no token"
    async with aiohttp.ClientSession(headers={TOKEN_HEADER: found[1]}) as http:
        yield http


async def post(box: Sandbox, path: str, body: dict[str, Any]) -> dict[str, Any]:
    async with (
        aiohttp.ClientSession(headers={TOKEN_HEADER: box.page.guard.token}) as http,
        http.post(box.url + path, json=body) as answer,
    ):
        assert answer.status == 200, await answer.text()
        data: dict[str, Any] = await answer.json()
        return data


async def command(box: Sandbox, name: str, text: str, options: dict[str, Any]) -> dict[str, Any]:
    """``/text`` with ``options``, typed by the demo member ``name``; the bot's reply."""
    answer = await post(
        box, "/api/command", {"member": str(member(name).id), "command": text, "options": options}
    )
    return box.emu.messages[int(answer["message_id"])]


def rows(box: Sandbox, sql: str) -> list[tuple[Any, ...]]:
    with contextlib.closing(sqlite3.connect(box.database_path)) as raw:
        return raw.execute(sql).fetchall()
