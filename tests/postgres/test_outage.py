"""PostgreSQL going away while the bot runs, and coming back.

The bot reaches its database through a TCP proxy the test cuts: every connection dropped,
new ones refused, as when the server stops or the network between them goes. Members get
a short answer in their language, nothing is half-saved, the log says it once, the
scheduled work pauses without sending anything it could not record, and everything goes
on by itself once the server answers again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
import pytest

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from tests.e2e.live_support import set_channel
from tests.e2e.test_live_reminders import START, at, posts, schedule
from tests.e2e.test_web_health import free_port
from tests.support.databases import query
from tests.support.harness import Harness, running_harness
from tests.support.tcpproxy import TcpProxy

pytestmark = pytest.mark.postgres_only

UNREACHABLE = {
    "en-US": "cannot reach its database",
    "no": "får ikke kontakt med databasen",
    "zh-CN": "无法连接到它的数据库",
}


@pytest.fixture
async def proxied(tmp_path: Path, catalog: Catalog) -> AsyncIterator[tuple[Harness, TcpProxy, str]]:
    """The bot on PostgreSQL through a proxy; the direct address for the test's own reads."""
    async with running_harness(tmp_path, catalog, backend="postgres") as h:
        direct = h.database_url
        assert direct is not None
        parts = urlsplit(direct)
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        await proxy.start()
        await h.stop()
        h.database_url = direct.replace(f":{parts.port}/", f":{proxy.port}/")
        await h.start()
        try:
            with patched_discord_urls(h.emu):
                yield h, proxy, direct
        finally:
            await h.stop()
            h.database_url = direct  # (the harness's teardown starts nothing again)
            await proxy.close()


def _database_logs(records: list[logging.LogRecord]) -> list[str]:
    return [r.getMessage() for r in records if r.name == "storage.postgres"]


async def test_members_are_told_and_nothing_is_half_saved_while_postgres_is_away(
    proxied: tuple[Harness, TcpProxy, str], caplog: pytest.LogCaptureFixture
) -> None:
    h, proxy, direct = proxied
    caplog.set_level(logging.INFO)
    await h.slash(h.alice, "timezone set", {"zone": "Oslo"})
    await proxy.cut()
    with h.expect_errors() as logged:
        answers = {
            locale: await h.slash(h.alice, "timezone set", {"zone": "Tokyo"}, locale=locale)
            for locale in UNREACHABLE
        }
        shown = await h.slash(h.bob, "profile show", {})
        button = await h.slash(h.alice, "post log", {})
    for locale, answer in answers.items():
        assert UNREACHABLE[locale] in answer.text and answer.ephemeral, answer.text
        assert len(answer.text) < 300
    assert UNREACHABLE["en-US"] in shown.text and shown.ephemeral
    assert UNREACHABLE["en-US"] in button.text and button.ephemeral
    errors = _database_logs(logged)
    assert len(errors) == 1, errors  # once for the outage, not once per command
    assert "does not answer" in errors[0] and "password" not in errors[0]

    await proxy.restore()
    again = await h.slash(h.alice, "timezone show", {})
    assert "Europe/Oslo" in again.text  # the refused change was not saved
    assert [r["timezone"] for r in query(direct, h.db_path, "SELECT timezone FROM members")] == [
        "Europe/Oslo"
    ]
    moved = await h.slash(h.alice, "timezone set", {"zone": "Tokyo"})
    assert UNREACHABLE["en-US"] not in moved.text
    assert any("answers again" in r.getMessage() for r in caplog.records)


async def test_reminders_wait_for_postgres_and_then_go_out_once(
    proxied: tuple[Harness, TcpProxy, str], caplog: pytest.LogCaptureFixture
) -> None:
    h, proxy, direct = proxied
    caplog.set_level(logging.INFO)
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="15m")
    await proxy.cut()
    with h.expect_errors():
        for minute in range(11):  # the reminder falls due while the server is away
            await at(h, START - timedelta(minutes=15 - minute))
    assert posts(h) == [], "a reminder went out that the bot could not record"
    pauses = [r for r in caplog.records if "live-deliveries scheduler pauses" in r.getMessage()]
    assert len(pauses) == 1
    await proxy.restore()
    await at(h, START - timedelta(minutes=3))
    await at(h, START - timedelta(minutes=2))
    sent = posts(h)
    assert len(sent) == 1 and "LIVE reminder" in sent[0]["content"]
    states = query(direct, h.db_path, "SELECT kind, state FROM live_deliveries ORDER BY due_at")
    assert [r["state"] for r in states if r["kind"] == "reminder"] == ["sent"]
    await h.restart()
    await at(h, START - timedelta(minutes=1))
    assert len(posts(h)) == 1


async def test_health_says_so_while_postgres_is_away(
    proxied: tuple[Harness, TcpProxy, str],
) -> None:
    h, proxy, _direct = proxied
    port = free_port()
    h.settings_overrides["web_port"] = port
    await h.restart()
    url = f"http://127.0.0.1:{port}/healthz"
    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            assert response.status == 200
        await proxy.cut()
        with h.expect_errors():
            async with session.get(url) as response:
                assert response.status == 503
                body = json.loads(await response.text())
        assert body["database"] == "unavailable" and body["shards"]["0"]["state"] == "connected"
        await proxy.restore()
        async with session.get(url) as response:
            assert response.status == 200
