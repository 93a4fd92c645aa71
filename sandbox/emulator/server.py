"""The DiscordEmulator: an aiohttp app serving Discord's REST API and gateway on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import re
from collections.abc import Callable
from types import TracebackType
from typing import Any, Self

from aiohttp import BodyPartReader, web

from .events import EventsMixin
from .gateway import GatewayMixin
from .interactions import InteractionsMixin
from .persist import PersistMixin
from .rest import RestMixin
from .results import RecordedRequest
from .shards import DEFAULT_MAX_CONCURRENCY
from .state import ApiError, Clock, Fault, Held, json_response
from .webhooks import WebhookMixin
from .world import WorldMixin

log = logging.getLogger(__name__)

API_PREFIX = "/api/v10"
TOKEN_PATH = re.compile(r"^/(?:interactions|webhooks)/\d+/(?P<token>[^/]+)")
UNAUTHENTICATED = ("/interactions/", "/webhooks/")


class DiscordEmulator(
    WorldMixin,
    InteractionsMixin,
    WebhookMixin,
    EventsMixin,
    RestMixin,
    GatewayMixin,
    PersistMixin,
):
    """A local Discord (REST + gateway) that the unmodified discord.py client can use."""

    def __init__(
        self,
        *,
        clock: Clock,
        token: str = "test-token",  # noqa: S107
        app_id: int | None = None,
        recommended_shards: int = 1,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
    ) -> None:
        """``recommended_shards`` and ``max_concurrency`` are what GET /gateway/bot answers
        (both can be changed later as attributes of the same names)."""
        super().__init__(clock=clock, token=token, app_id=app_id)
        self._init_gateway(recommended_shards=recommended_shards, max_concurrency=max_concurrency)
        self._register_rest_routes()
        self._register_webhook_routes()
        self._register_event_routes()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/", self._ws_handler)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self.api_base_url = f"http://127.0.0.1:{self.port}{API_PREFIX}"
        self.gateway_url = f"ws://127.0.0.1:{self.port}/"
        self._start_event_clock()

    async def close(self) -> None:
        await self._stop_event_clock()
        await self._close_gateway()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- faults ----------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 429,
        count: int = 1,
        retry_after: float = 0.05,
        global_: bool = False,
    ) -> None:
        """Answer the next ``count`` matching requests with ``status`` (429 or 5xx usually).

        ``method`` may be "*"; ``path_regex`` is searched in the path without /api/v10.
        """
        self._faults.append(
            Fault(method.upper(), re.compile(path_regex), status, count, retry_after, global_)
        )

    def lose_next_response(self, method: str, path_regex: str, *, count: int = 1) -> None:
        """Carry out the next ``count`` matching requests but never answer them.

        What a bot sees when it crashes (or its connection drops) after Discord accepted
        a request and before the answer arrived: the effect exists, the bot never learns
        of it. The request stays open until the bot gives up or the emulator closes.
        """
        self._lost.append((method.upper(), re.compile(path_regex), [count]))

    def hold_next(self, method: str, path_regex: str) -> Held:
        """Carry out the next matching request, then keep its answer until ``release()``:
        the moment between Discord accepting a message and the bot hearing so, held open
        so that a test can act inside it (``await held.arrived.wait()`` first)."""
        held = Held(method.upper(), re.compile(path_regex))
        self._held.append(held)
        return held

    def _take_held(self, rec: RecordedRequest) -> Held | None:
        for held in self._held:
            if held.method in ("*", rec.method) and held.pattern.search(rec.path):
                self._held.remove(held)
                held.request = rec
                return held
        return None

    def _too_large(self, files: list[tuple[str, bytes, str]]) -> bool:
        """Whether an upload is over Discord's limit (the files of one request together)."""
        return sum(len(data) for _name, data, _type in files) > self.upload_limit

    def _take_lost(self, rec: RecordedRequest) -> bool:
        for method, pattern, left in self._lost:
            if left[0] > 0 and method in ("*", rec.method) and pattern.search(rec.path):
                left[0] -= 1
                return True
        return False

    def _take_fault(self, rec: RecordedRequest) -> Fault | None:
        for fault in self._faults:
            if (
                fault.count > 0
                and fault.method in ("*", rec.method)
                and fault.pattern.search(rec.path)
            ):
                fault.count -= 1
                return fault
        return None

    def _fault_response(self, fault: Fault, rec: RecordedRequest) -> web.Response:
        if fault.status != 429:
            reason = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
            text = reason.get(fault.status, "Error")
            return json_response({"message": f"{fault.status}: {text}", "code": 0}, fault.status)
        bucket = hashlib.sha1(
            f"{rec.method} {rec.path}".encode(), usedforsecurity=False
        ).hexdigest()
        headers = {
            "Retry-After": str(max(1, round(fault.retry_after))),
            "X-RateLimit-Limit": "5",
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": f"{self.now().timestamp() + fault.retry_after:.3f}",
            "X-RateLimit-Reset-After": f"{fault.retry_after:.3f}",
            "X-RateLimit-Bucket": bucket[:32],
            "X-RateLimit-Scope": "global" if fault.global_ else "user",
            "Via": "1.1 google",
        }
        if fault.global_:
            headers["X-RateLimit-Global"] = "true"
        body = {
            "message": "You are being rate limited.",
            "retry_after": fault.retry_after,
            "global": fault.global_,
        }
        return json_response(body, 429, headers)

    # -- request handling ------------------------------------------------------------------

    async def _read_body(
        self, request: web.Request
    ) -> tuple[Any, list[tuple[str, bytes, str]], str | None]:
        if not request.can_read_body:
            return None, [], None
        if request.content_type.startswith("multipart/"):
            payload: Any = None
            files: list[tuple[int, tuple[str, bytes, str]]] = []
            reader = await request.multipart()
            async for part in reader:
                if not isinstance(part, BodyPartReader):  # nested multipart: unsupported
                    continue
                data = await part.read(decode=False)
                name = part.name or ""
                if name == "payload_json":
                    try:
                        payload = json.loads(bytes(data))
                    except ValueError:
                        return None, [], f"invalid payload_json: {bytes(data)[:200]!r}"
                elif name.startswith("files[") or name == "file":
                    index = int(name[6:-1]) if name.startswith("files[") else len(files)
                    ctype = part.headers.get("Content-Type", "application/octet-stream")
                    files.append((index, (part.filename or name, bytes(data), ctype)))
            return payload, [f for _, f in sorted(files, key=lambda x: x[0])], None
        raw = await request.read()
        if not raw:
            return None, [], None
        try:
            return json.loads(raw), [], None
        except ValueError:
            return None, [], f"invalid JSON body: {raw[:200]!r}"

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        sub = path[len(API_PREFIX) :] if path.startswith(API_PREFIX + "/") else path
        try:
            body, files, parse_error = await self._read_body(request)
        except Exception as exc:  # noqa: BLE001 - a broken body is the bot's error, recorded
            body, files, parse_error = None, [], f"unreadable body: {exc!r}"
        rec = RecordedRequest(
            method=request.method,
            path=sub,
            query=dict(request.query),
            json=body,
            files=files,
            headers=dict(request.headers),
        )
        self.requests.append(rec)
        token_match = TOKEN_PATH.match(sub)
        pending = self.interactions_by_token.get(token_match["token"]) if token_match else None
        if pending is not None:
            pending.touch(rec)
        try:
            response = await self._respond(request, rec, parse_error)
        finally:
            if pending is not None:
                pending.touch()
        rec.status = response.status
        self._request_event.set()
        return response

    async def _respond(
        self, request: web.Request, rec: RecordedRequest, parse_error: str | None
    ) -> web.Response:
        if not request.path.startswith(API_PREFIX + "/"):
            self.unhandled.append(rec)
            return json_response({"message": "404: Not Found", "code": 0}, 404)
        fault = self._take_fault(rec)
        if fault is not None:
            return self._fault_response(fault, rec)
        self.run_event_clock()  # the clock may have jumped since the event task last ran
        handler_match = None
        path_known = False
        for route in self._routes:
            m = route.pattern.match(rec.path)
            if m is None:
                continue
            path_known = True
            if route.method == rec.method:
                handler_match = (route.handler, m)
                break
        if handler_match is None:
            self.unhandled.append(rec)
            if path_known:
                return json_response({"message": "405: Method Not Allowed", "code": 0}, 405)
            return json_response({"message": "404: Not Found", "code": 0}, 404)
        if (
            not rec.path.startswith(UNAUTHENTICATED)
            and rec.headers.get("Authorization") != f"Bot {self.token}"
        ):
            return json_response({"message": "401: Unauthorized", "code": 0}, 401)
        if parse_error is not None:
            self.protocol_error(f"{rec.method} {rec.path}: {parse_error}")
            return json_response(
                {"message": "The request body contains invalid JSON.", "code": 50109}, 400
            )
        if self._too_large(rec.files):  # as Discord, before anything is done with it
            body = {"message": "Request entity too large", "code": 40005}
            rec.response = body
            return json_response(body, 413)
        handler, m = handler_match
        try:
            response = await handler(rec, m)
        except ApiError as exc:
            rec.response = exc.body()
            if exc.status == 400:  # Discord refused what the bot sent (a limit, a rule)
                self.notify("rejected", {"request": f"{rec.method} {rec.path}", **exc.body()})
            return json_response(exc.body(), exc.status)
        except Exception as exc:
            log.exception("emulator handler crashed for %s %s", rec.method, rec.path)
            self.protocol_error(f"EMULATOR BUG handling {rec.method} {rec.path}: {exc!r}")
            return json_response({"message": f"emulator error: {exc!r}", "code": 0}, 400)
        if isinstance(response, web.Response) and response.body is not None:
            rec.response = json.loads(response.body) if response.status != 204 else None  # type: ignore[arg-type]
        assert isinstance(response, web.Response)
        held = self._take_held(rec)
        if held is not None:
            held.arrived.set()
            await held.released.wait()
        if self._take_lost(rec):
            self.lost_responses.append(rec)
            await asyncio.Event().wait()  # until the client hangs up or the emulator closes
        return response

    # -- queries for tests -----------------------------------------------------------------

    def requests_matching(
        self, method: str, path_regex: str, *, status: int | None = None
    ) -> list[RecordedRequest]:
        """Recorded requests with this method ("*" = any) whose path matches ``path_regex``."""
        pattern = re.compile(path_regex)
        return [
            r
            for r in self.requests
            if method.upper() in ("*", r.method)
            and pattern.search(r.path)
            and (status is None or r.status == status)
        ]

    async def wait_for(
        self,
        predicate: Callable[[RecordedRequest], bool],
        timeout: float = 5.0,  # noqa: ASYNC109
        *,
        since: int = 0,
    ) -> RecordedRequest:
        """Wait until a recorded (answered) request from index ``since`` on matches ``predicate``."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for rec in self.requests[since:]:
                if rec.status and predicate(rec):
                    return rec
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise AssertionError(
                    f"no matching request within {timeout}s; saw {self.requests[since:]}"
                )
            self._request_event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._request_event.wait(), remaining)

    def assert_clean(self) -> None:
        """Fail if the bot sent anything malformed or used a route the emulator lacks."""
        problems = [
            *self.protocol_errors,
            *(f"unhandled route {r.method} {r.path}" for r in self.unhandled),
        ]
        if problems:
            raise AssertionError("emulator saw problems:\n  " + "\n  ".join(problems))
