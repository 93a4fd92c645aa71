"""The bot's web server against hostile clients: connections that never finish a request,
bodies sent a byte at a time, clients that read nothing, more connections than it takes,
and floods of malformed requests. Each is closed or refused within its limit, real
requests keep being answered, and the log gets one line, not a traceback each."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp import web

from bot.web import WebServer
from bot.web_guard import Guard
from tests.support.harness import Harness

MALFORMED = [
    b"GET / HTTP/1.1\r\nHost: a\r\nNo colon here\r\n\r\n",
    b"GET / HTTP/1.1\r\nHost: a\r\nContent-Length: x\r\n\r\n",
    b"GET /\x00 HTTP/1.1\r\nHost: a\r\n\r\n",
    b"GET / HTTP/1.1\r\n" + b"X-Long: " + b"a" * 9000 + b"\r\n\r\n",
    b"GET / HTTP/9.9\r\nHost: a\r\n\r\n",
    b"POST /healthz HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def closed_by_server(reader: asyncio.StreamReader, within: float = 10.0) -> bool:
    """True once the server closed the connection (EOF or reset); False if it kept it."""
    try:
        while await asyncio.wait_for(reader.read(65536), within):
            pass
    except (ConnectionResetError, BrokenPipeError):
        return True
    except TimeoutError:
        return False
    return True


@contextlib.asynccontextmanager
async def server(guard: Guard) -> AsyncIterator[WebServer]:
    """The bot's web server class with a body-reading route (as a webhook has), a big
    answer and one that waits, on short limits."""
    release = asyncio.Event()
    web_server = WebServer("127.0.0.1", 0, guard=guard)

    async def hook(request: web.Request) -> web.StreamResponse:
        return web.Response(text=f"read {len(await request.read())}")

    async def big(request: web.Request) -> web.StreamResponse:
        return web.Response(body=b"x" * (16 * 1024 * 1024))

    async def slow(request: web.Request) -> web.StreamResponse:
        await release.wait()
        return web.Response(text="done")

    web_server.add("POST", "/hook", hook)
    web_server.add("GET", "/big", big)
    web_server.add("GET", "/slow", slow)
    assert await web_server.start()
    try:
        yield web_server
    finally:
        release.set()
        await web_server.stop()


async def test_idle_and_slow_connections_are_closed_and_the_server_keeps_answering() -> None:
    guard = Guard(head_seconds=0.5, body_seconds=1.0, stall_seconds=0.5)
    async with server(guard) as web_server:
        port = web_server.port
        opened = [await asyncio.open_connection("127.0.0.1", port) for _ in range(4)]
        (idle, _), (partial, w_partial), (body, w_body), (reader, w_reader) = opened
        w_partial.write(b"GET /hook HTTP/1.1\r\nHost: a\r\n")  # never finishes its head
        w_body.write(b"POST /hook HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\nab")
        w_reader.write(b"GET /big HTTP/1.1\r\nHost: a\r\n\r\n")  # then reads nothing
        await w_body.drain()
        assert await closed_by_server(idle)
        assert await closed_by_server(partial)
        assert await closed_by_server(body)
        for _ in range(100):  # the big answer stalls, and the connection is dropped
            if not guard.connections:
                break
            await asyncio.sleep(0.1)
        assert not guard.connections
        received = 0
        with contextlib.suppress(ConnectionResetError):
            while chunk := await asyncio.wait_for(reader.read(1 << 20), 10):
                received += len(chunk)
        assert received < 16 * 1024 * 1024
        async with (
            aiohttp.ClientSession() as session,
            session.post(f"http://127.0.0.1:{port}/hook", data=b"abc") as response,
        ):
            assert await response.text() == "read 3"


async def test_past_the_limit_a_waiting_connection_gives_way_then_new_ones_are_refused() -> None:
    guard = Guard(most=6)
    async with server(guard) as web_server:
        port = web_server.port
        waiting = [await asyncio.open_connection("127.0.0.1", port) for _ in range(10)]
        await asyncio.sleep(0)
        assert len(guard.connections) <= 6
        async with aiohttp.ClientSession() as session:
            async with session.post(f"http://127.0.0.1:{port}/hook", data=b"x") as response:
                assert response.status == 200
            slow = [
                asyncio.create_task(session.get(f"http://127.0.0.1:{port}/slow")) for _ in range(6)
            ]
            for _ in range(100):
                if sum(1 for c in guard.connections.values() if c.requests) == 6:
                    break
                await asyncio.sleep(0.05)
            refused, w_refused = await asyncio.open_connection("127.0.0.1", port)
            answer = await asyncio.wait_for(refused.read(), 10)
            assert answer.startswith(b"HTTP/1.1 503")
            assert len(guard.connections) == 6
            for task in slow:
                task.cancel()
        for _reader, writer in [*waiting, (refused, w_refused)]:
            writer.close()


async def test_a_flood_of_malformed_requests_is_one_line_in_the_log(
    harness: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    h = harness
    port = free_port()
    h.settings_overrides["web_port"] = port
    await h.restart()
    caplog.set_level(logging.DEBUG, logger="aiohttp")

    async def send(data: bytes) -> bytes:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(data)
        answer = await asyncio.wait_for(reader.read(), 10)
        writer.close()
        return answer

    answers = await asyncio.gather(*(send(MALFORMED[n % len(MALFORMED)]) for n in range(300)))
    assert all(a.split(b"\r\n")[0].endswith(b" 400 Bad Request") for a in answers)
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        assert response.status == 200
    assert h.bot.web is not None
    h.bot.web.malformed.flush()
    loud = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert all(r.exc_info is None for r in loud)
    [line] = [r.getMessage() for r in loud if r.name in ("bot.web", "aiohttp.server")]
    assert "300 malformed HTTP requests" in line
