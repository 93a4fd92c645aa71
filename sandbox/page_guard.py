"""Only the sandbox's own page may use the sandbox, whatever else the browser has open.

The page listens on this machine only (127.0.0.1 unless ``--host`` says otherwise), but a
website open in the same browser can still send it requests. So every request and
websocket is checked:

- ``Host`` must name the page as it was started: ``localhost``, an IP address or the
  ``--host`` given, with its port. A website that points a name of its own at 127.0.0.1
  (DNS rebinding) sends its own name, and is refused.
- ``Origin``, when the browser sends one, must be the page's own (a websocket must carry
  one): another website's request or websocket is refused.
- Everything under ``/api/`` needs the page's token, made anew at each start and written
  into the page (``<meta name="sandbox-token">``): in the ``X-Sandbox-Token`` header, or
  the websocket's ``token`` query parameter. What acts (every ``POST``) must also be JSON
  (``Content-Type: application/json``), which a plain cross-origin form cannot send.

A refused request gets a short ``403`` (``421`` for an unknown host) and does nothing.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web

TOKEN_HEADER = "X-Sandbox-Token"  # noqa: S105 - a header name
TOKEN_META = '<meta name="sandbox-token" content="">'  # noqa: S105 - where it goes

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class PageGuard:
    def __init__(self) -> None:
        self.token = secrets.token_urlsafe(24)
        self.host = "127.0.0.1"
        self.port = 0

    def listening(self, host: str, port: int) -> None:
        """Where the page was started (``--host``) and the port it got."""
        self.host, self.port = host, port

    def page(self, html: str) -> str:
        """The page with its token written in."""
        return html.replace(TOKEN_META, f'<meta name="sandbox-token" content="{self.token}">')

    def host_allowed(self, host: str) -> bool:
        name, colon, port = host.lower().rpartition(":")
        if not colon or port != str(self.port):
            return False
        if name.startswith("[") and name.endswith("]"):
            name = name[1:-1]
        return name in ("localhost", self.host.lower().strip("[]")) or _is_ip(name)

    def refusal(self, request: web.Request) -> web.Response | None:
        """Why ``request`` is refused, as the answer; None when it may go on."""
        if not self.host_allowed(request.host):
            return web.Response(status=421, text="This is not the sandbox's address.")
        origin = request.headers.get("Origin")
        websocket = request.headers.get("Upgrade", "").lower() == "websocket"
        if origin is not None and origin != f"http://{request.host}":
            return web.Response(status=403, text="Only the sandbox's own page may do that.")
        if not request.path.startswith("/api/"):
            return None
        if websocket and origin is None:
            return web.Response(status=403, text="Only the sandbox's own page may do that.")
        given = (
            request.query.get("token", "") if websocket else request.headers.get(TOKEN_HEADER, "")
        )
        if not hmac.compare_digest(given.encode(), self.token.encode()):
            return web.Response(status=403, text="Open the sandbox's page to use it.")
        if request.method != "GET" and request.content_type != "application/json":
            return web.Response(status=403, text="The sandbox takes JSON only.")
        return None

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        refused = self.refusal(request)
        return refused if refused is not None else await handler(request)
