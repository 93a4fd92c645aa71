"""What keeps the bot's web server up against whoever connects: a part of ``bot.web``.

Every connection is a ``Connection`` in front of aiohttp's own protocol, and ``Guard`` holds
them all:

- a request's head must arrive within ``head_seconds`` of the connection opening (or of the
  previous answer on it: the keep-alive wait), its body within ``body_seconds`` of its head
  (read before the handler runs), and a client that reads nothing of an answer for
  ``stall_seconds`` is dropped: slow and idle connections are closed within seconds,
  whatever aiohttp's own timeouts are. The handler itself, the server's own work (the
  TikTok callback waits on TikTok twice), has ``handler_seconds``;
- at most ``most`` connections at once (256, or a quarter of the process's open-file
  limit when that is lower, so the bot keeps files for Discord and its database): a new
  one past that takes the place of the oldest one that is not in a request, and is
  refused with ``503`` when every one is;
- malformed requests (bad request lines, headers or bodies) are counted and logged as one
  line a minute at most (``MalformedRequests``), never as a traceback each; a client that
  went away mid-request is no error at all.
"""

from __future__ import annotations

import asyncio
import logging
import resource
import sys
from collections.abc import Callable
from typing import Any

log = logging.getLogger("bot.web")

HEAD_SECONDS = 5.0
BODY_SECONDS = 10.0
HANDLER_SECONDS = 60.0
STALL_SECONDS = 10.0
MOST_CONNECTIONS = 256
SUMMARY_SECONDS = 60.0
REFUSED = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 5\r\n"
    b"Connection: close\r\n\r\n"
)


def connection_limit(most: int = MOST_CONNECTIONS) -> int:
    """``most``, or a quarter of the open-file limit when that is lower (at least 8)."""
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft == resource.RLIM_INFINITY:
        return most
    return max(8, min(most, soft // 4))


class MalformedRequests:
    """Malformed requests counted, and told as one summarised line a minute at most."""

    def __init__(self, every: float = SUMMARY_SECONDS) -> None:
        self.every = every
        self.count = 0
        self.last = ""
        self._timer: asyncio.TimerHandle | None = None

    def note(self, peer: str, reason: str) -> None:
        self.count += 1
        self.last = f"{peer}: {reason}"[:200]
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self.every, self.flush)

    def flush(self) -> None:
        """Log what was counted since the last line (at most one line), and start again."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.count:
            log.warning(
                "%d malformed HTTP request%s refused in the last %.0f s (the last from %s)",
                self.count,
                "" if self.count == 1 else "s",
                self.every,
                self.last,
            )
            self.count = 0


def _malformed(exc: BaseException | None) -> bool:
    from aiohttp.http_exceptions import HttpProcessingError
    from aiohttp.web_protocol import RequestPayloadError

    return isinstance(exc, HttpProcessingError | RequestPayloadError)


class RequestLog(logging.LoggerAdapter[logging.Logger]):
    """aiohttp's server log for this server: malformed requests go to the count, a client
    gone mid-request to debug, the rest (a bug in a handler) is logged as ever."""

    def __init__(self, malformed: MalformedRequests) -> None:
        super().__init__(logging.getLogger("aiohttp.server"), {})
        self.malformed = malformed

    def log(self, level: int, msg: object, *args: Any, **kwargs: Any) -> None:
        exc_info = kwargs.get("exc_info")
        exc = exc_info if isinstance(exc_info, BaseException) else sys.exc_info()[1]
        if level >= logging.WARNING and _malformed(exc):
            peer = str(args[0]) if args else "?"
            said = str(getattr(exc, "message", "") or exc).strip().splitlines()
            self.malformed.note(peer, said[0] if said else type(exc).__name__)
            return
        if level >= logging.WARNING and isinstance(exc, ConnectionError):
            level = logging.DEBUG
            kwargs.pop("exc_info", None)
        super().log(level, msg, *args, **kwargs)


class Connection(asyncio.Protocol):
    """One client connection, in front of aiohttp's protocol for it."""

    def __init__(self, inner: asyncio.Protocol, guard: Guard) -> None:
        self.inner = inner
        self.guard = guard
        self.transport: asyncio.Transport | None = None
        self.requests = 0  # requests being answered now
        self._timer: asyncio.TimerHandle | None = None

    # -- what the guard and the middleware say ----------------------------------------------

    def busy(self) -> None:
        """A request's head arrived: its body has ``body_seconds`` to arrive."""
        self.requests += 1
        self._deadline(self.guard.body_seconds, "the request's body is too slow")

    def working(self) -> None:
        """The request is whole: the handler has ``handler_seconds`` to answer it."""
        self._deadline(self.guard.handler_seconds, "no answer in time")

    def idle(self) -> None:
        """A request was answered: the next one's head has ``head_seconds`` to arrive."""
        self.requests = max(0, self.requests - 1)
        if not self.requests:
            self._deadline(self.guard.head_seconds, "no request")

    def drop(self, why: str) -> None:
        if self.transport is not None and not self.transport.is_closing():
            log.debug("closing a web connection: %s", why)
            self.transport.abort()

    def _deadline(self, seconds: float, why: str) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = asyncio.get_running_loop().call_later(seconds, self._expired, why, -1)

    def _expired(self, why: str, unsent_before: int) -> None:
        """Past a deadline: dropped, unless an answer is still going out and moved since
        the last look (a slow reader, not a stalled one)."""
        unsent = self.transport.get_write_buffer_size() if self.transport is not None else 0
        if unsent and (unsent_before < 0 or unsent < unsent_before):
            self._timer = asyncio.get_running_loop().call_later(
                self.guard.stall_seconds, self._expired, why, unsent
            )
            return
        self.drop(why)

    # -- asyncio's protocol, passed on ----------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        if not self.guard.admit(self):
            transport.write(REFUSED)
            transport.close()
            self.transport = None
            return
        self._deadline(self.guard.head_seconds, "no request")
        self.inner.connection_made(transport)

    def data_received(self, data: bytes) -> None:
        self.inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self.inner.eof_received()

    def pause_writing(self) -> None:
        self.inner.pause_writing()
        if self._timer is not None:
            self._timer.cancel()
        unsent = self.transport.get_write_buffer_size() if self.transport is not None else 0
        self._timer = asyncio.get_running_loop().call_later(
            self.guard.stall_seconds, self._expired, "the client reads nothing", unsent
        )

    def resume_writing(self) -> None:
        self.inner.resume_writing()
        if self.requests:
            self._deadline(self.guard.handler_seconds, "no answer in time")
        else:
            self._deadline(self.guard.head_seconds, "no request")

    def connection_lost(self, exc: Exception | None) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self.transport is None:
            return  # refused: aiohttp never saw it
        self.guard.forget(self)
        self.inner.connection_lost(exc)


class Guard:
    """Every connection of one web server, and its limits."""

    def __init__(
        self,
        *,
        most: int | None = None,
        head_seconds: float = HEAD_SECONDS,
        body_seconds: float = BODY_SECONDS,
        handler_seconds: float = HANDLER_SECONDS,
        stall_seconds: float = STALL_SECONDS,
    ) -> None:
        self.most = most if most is not None else connection_limit()
        self.head_seconds = head_seconds
        self.body_seconds = body_seconds
        self.handler_seconds = handler_seconds
        self.stall_seconds = stall_seconds
        # by transport, oldest first (dicts keep their order)
        self.connections: dict[asyncio.BaseTransport, Connection] = {}

    def factory(self, make: Callable[[], asyncio.Protocol]) -> Callable[[], Connection]:
        return lambda: Connection(make(), self)

    def admit(self, connection: Connection) -> bool:
        """Room for ``connection``: made by dropping the oldest one not in a request; False
        when every connection is answering one."""
        if len(self.connections) >= self.most:
            waiting = next((c for c in self.connections.values() if not c.requests), None)
            if waiting is None:
                return False
            waiting.drop("too many connections")
            self.forget(waiting)
        assert connection.transport is not None
        self.connections[connection.transport] = connection
        return True

    def forget(self, connection: Connection) -> None:
        if connection.transport is not None:
            self.connections.pop(connection.transport, None)

    def of(self, transport: asyncio.BaseTransport | None) -> Connection | None:
        return self.connections.get(transport) if transport is not None else None
