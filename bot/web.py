"""The bot's one web server: the calendar feed, health and metrics (and what features add).

Off unless ``WEB_PORT`` is set. Features add their routes while they load
(``bot.web.add``); the server starts once every feature is loaded. A port already taken
is one logged line and a bot that runs without its web server, never a stopped bot.

It faces the open internet, so it is bounded (``bot.web_guard``): request bodies of at
most 64 KiB and heads of at most 8 KiB a line; a request's head within 5 s of the
connection opening (or of the last answer on it), its body within 10 s of its head, the
handler's answer within 60 s, a client that reads nothing of an answer dropped after 10 s; at most 256
connections (fewer under a tight open-file limit), the oldest waiting one giving way to a
new one; malformed requests logged as one summarised line a minute at most; nothing of an
error's detail in a response. aiohttp is imported only when the server is switched on.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from bot.web_guard import Guard, MalformedRequests, RequestLog

if TYPE_CHECKING:
    from aiohttp import web

    from bot.metrics import Metrics, ShardStates
    from storage import Database

log = logging.getLogger(__name__)
Handler = Callable[["web.Request"], Awaitable["web.StreamResponse"]]
MAX_BODY = 64 * 1024
KEEPALIVE_SECONDS = 5.0
HEALTH_DATABASE_TIMEOUT = 2.0


class WebServer:
    def __init__(
        self, host: str, port: int, *, guard: Guard | None = None, summary_seconds: float = 60.0
    ) -> None:
        """``guard``: other limits than the defaults (tests); ``summary_seconds``: how often
        malformed requests are told."""
        self.host = host
        self.wanted_port = port
        self.port: int | None = None  # the port it listens on, once started
        self._routes: list[tuple[str, str, Handler]] = []
        self._runner: web.AppRunner | None = None
        self._server: asyncio.AbstractServer | None = None
        self.guard = guard or Guard()
        self.malformed = MalformedRequests(summary_seconds)

    def add(self, method: str, path: str, handler: Handler) -> None:
        """A route (before ``start``)."""
        self._routes.append((method, path, handler))

    async def start(self) -> bool:
        """Listen; False (and one logged line) when the address cannot be had."""
        from aiohttp import web

        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._middleware()])
        for method, path, handler in self._routes:
            app.router.add_route(method, path, handler)
        runner = web.AppRunner(
            app,
            access_log=None,
            keepalive_timeout=KEEPALIVE_SECONDS,
            lingering_time=1.0,  # the unread rest of a body after an answer
            logger=RequestLog(self.malformed),
            shutdown_timeout=1.0,
        )
        await runner.setup()
        assert runner.server is not None
        try:
            self._server = await asyncio.get_running_loop().create_server(
                self.guard.factory(runner.server),
                self.host,
                self.wanted_port,
                backlog=128,
                reuse_address=True,
            )
        except OSError as exc:
            await runner.cleanup()
            log.error(  # noqa: TRY400 - one line: the traceback says nothing more
                "the web server cannot listen on %s:%s (%s); the bot runs without it "
                "(no calendar feed, health or metrics). Set WEB_PORT to a free port",
                self.host,
                self.wanted_port,
                exc.strerror or exc,
            )
            return False
        self._runner = runner
        self.port = int(self._server.sockets[0].getsockname()[1])
        log.info("web server listening on %s:%s", self.host, self.port)
        return True

    def _middleware(self) -> Any:
        """Reads each request's body before its handler (in ``body_seconds``) and tells its
        connection when the handler starts and ends (its deadlines); a body broken or cut off
        mid-way is a malformed request, not an error."""
        from aiohttp import web
        from aiohttp.web_protocol import RequestPayloadError

        @web.middleware
        async def guarded(request: web.Request, handler: Handler) -> web.StreamResponse:
            connection = self.guard.of(request.transport)
            if connection is not None:
                connection.busy()
            try:
                if request.can_read_body:
                    await request.read()  # whole, in time, before the handler (it keeps it)
                if connection is not None:
                    connection.working()
                return await handler(request)
            except RequestPayloadError as exc:
                self.malformed.note(request.remote or "?", str(exc) or "a broken body")
                raise web.HTTPBadRequest() from None
            finally:
                if connection is not None:
                    connection.idle()

        return guarded

    async def stop(self) -> None:
        self.malformed.flush()
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def add_health_and_metrics(
    server: WebServer, db: Database, shards: ShardStates, metrics: Metrics
) -> None:
    """``GET /healthz``: 200 when the database answers and every shard this process owns is
    connected, else 503; a JSON body with the database's and each shard's state.
    ``GET /metrics``: Prometheus' text format."""

    async def healthz(request: web.Request) -> web.StreamResponse:
        from aiohttp import web

        database = "ok"
        try:
            await asyncio.wait_for(db.read_one("SELECT 1"), HEALTH_DATABASE_TIMEOUT)
        except Exception as exc:  # noqa: BLE001 - any failure means not healthy
            database = "unavailable" if not isinstance(exc, TimeoutError) else "slow"
        states: dict[str, Any] = {}
        for shard, connected, latency in shards():
            states[str(shard)] = {
                "state": "connected" if connected else "disconnected",
                "latency_ms": round(latency * 1000, 1) if latency == latency else None,
            }
        healthy = (
            database == "ok"
            and bool(states)
            and all(s["state"] == "connected" for s in states.values())
        )
        body = {"status": "ok" if healthy else "unhealthy", "database": database, "shards": states}
        return web.Response(
            status=200 if healthy else 503,
            text=json.dumps(body),
            content_type="application/json",
        )

    async def metrics_text(request: web.Request) -> web.StreamResponse:
        from aiohttp import web
        from prometheus_client import CONTENT_TYPE_LATEST

        return web.Response(
            body=metrics.exposition(), headers={"Content-Type": CONTENT_TYPE_LATEST}
        )

    server.add("GET", "/healthz", healthz)
    server.add("GET", "/metrics", metrics_text)
