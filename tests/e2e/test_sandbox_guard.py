"""Only the sandbox's own page may drive it: another website open in the same browser can
neither act (a cross-origin form or fetch), nor read (a name of its own pointed at
127.0.0.1, a websocket from its origin), and nothing changes when it tries."""

from __future__ import annotations

from typing import Any

import aiohttp
import pytest

from sandbox.app import Sandbox
from sandbox.demo import member
from sandbox.page_guard import TOKEN_HEADER
from tests.support.sandbox import page_client, post, rows, sandbox

pytestmark = pytest.mark.sqlite_only  # the sandbox keeps its own SQLite file
__all__ = ["sandbox"]  # the fixture

EVIL = "http://evil.example"
TIMEZONE_SET = {"member": "0", "command": "timezone set", "options": {"zone": "Asia/Tokyo"}}


def ola_zone(box: Sandbox) -> Any:
    return rows(box, f"SELECT timezone FROM members WHERE user_id = {member('Ola').id}")


async def test_a_cross_origin_request_acts_on_nothing(sandbox: Sandbox) -> None:
    box = sandbox
    body = {**TIMEZONE_SET, "member": str(member("Ola").id)}
    before, messages, clock = ola_zone(box), len(box.emu.messages), box.clock.now()
    token = box.page.guard.token
    tries: list[dict[str, Any]] = [
        # a plain form or fetch from another website: text, its origin, no token
        {"data": '{"step": "day"}', "headers": {"Origin": EVIL, "Content-Type": "text/plain"}},
        {"json": body, "headers": {"Origin": EVIL}},
        {"json": body, "headers": {"Origin": EVIL, TOKEN_HEADER: token}},
        {"json": body, "headers": {}},  # no token
        {"json": body, "headers": {TOKEN_HEADER: "guessed"}},
        {"data": '{"step": "day"}', "headers": {TOKEN_HEADER: token, "Content-Type": "text/plain"}},
    ]
    async with aiohttp.ClientSession() as http:
        for n, attempt in enumerate(tries):
            path = "/api/clock" if "data" in attempt else "/api/command"
            async with http.post(box.url + path, **attempt) as answer:
                assert answer.status == 403, (n, await answer.text())
    assert ola_zone(box) == before
    assert len(box.emu.messages) == messages and box.clock.now() == clock
    # The page itself still acts.
    await post(box, "/api/command", body)
    assert ola_zone(box) != before


async def test_a_foreign_host_reads_nothing(sandbox: Sandbox) -> None:
    box = sandbox
    port = box.url.rsplit(":", 1)[1]
    token = {TOKEN_HEADER: box.page.guard.token}
    async with aiohttp.ClientSession() as http:
        for path in ("/", "/api/state", "/static/app.js"):
            for host in (f"evil.example:{port}", "127.0.0.1:1", f"localhost.evil.example:{port}"):
                async with http.get(box.url + path, headers={"Host": host, **token}) as answer:
                    assert answer.status == 421, (path, host)
                    text = await answer.text()
                    assert box.page.guard.token not in text and "Creator Lounge" not in text
        for host in (f"localhost:{port}", f"127.0.0.1:{port}"):
            async with http.get(box.url + "/api/state", headers={"Host": host, **token}) as ok:
                assert ok.status == 200
        async with http.get(box.url + "/api/state") as no_token:
            assert no_token.status == 403


async def test_a_websocket_from_another_origin_is_refused(sandbox: Sandbox) -> None:
    box = sandbox
    ws_url = box.url.replace("http://", "ws://") + "/api/ws"
    token = box.page.guard.token
    async with aiohttp.ClientSession() as http:
        for url, origin in (
            (f"{ws_url}?token={token}", EVIL),
            (f"{ws_url}?token={token}", None),
            (f"{ws_url}?token=guessed", box.url),
            (ws_url, box.url),
        ):
            with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
                await http.ws_connect(url, origin=origin)
            assert refused.value.status == 403
        async with http.ws_connect(f"{ws_url}?token={token}", origin=box.url) as ws:
            assert not ws.closed


async def test_the_page_carries_its_token_and_its_client_works(sandbox: Sandbox) -> None:
    async with page_client(sandbox.url) as http, http.get(sandbox.url + "/api/state") as answer:
        assert answer.status == 200
        assert (await answer.json())["guild"]["name"] == "Creator Lounge"
