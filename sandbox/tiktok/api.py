"""TikTok's Display API: /v2/user/info/ and /v2/video/list/, in its envelope."""

from __future__ import annotations

import json
from collections.abc import Iterable

from aiohttp import web

from sandbox.tiktok.models import USER_FIELDS, VIDEO_FIELDS
from sandbox.tiktok.state import ApiFailure, TikTokState


class ApiEndpoints(TikTokState):
    # -- the Display API ------------------------------------------------------------------

    def _fields(self, request: web.Request, known: Iterable[str]) -> list[str]:
        wanted = [f for f in request.query.get("fields", "").split(",") if f]
        if not wanted or any(f not in known for f in wanted):
            raise ApiFailure(400, "invalid_params", "The fields parameter is invalid.")
        return wanted

    async def _user_info(self, request: web.Request) -> web.StreamResponse:
        grant = self._access(request, "user.info.basic")
        wanted = self._fields(request, USER_FIELDS)
        missing = [f for f in wanted if USER_FIELDS[f] not in grant.scopes]
        if missing:
            raise ApiFailure(
                403,
                "scope_permission_missed",
                f"The fields {','.join(missing)} need a scope the user did not authorize.",
            )
        return self._envelope({"user": grant.account.user_fields(wanted)})

    async def _video_list(self, request: web.Request) -> web.StreamResponse:
        grant = self._access(request, "video.list")
        wanted = self._fields(request, VIDEO_FIELDS)
        try:
            body = json.loads(await request.text() or "{}")
        except ValueError:
            raise ApiFailure(400, "invalid_params", "The request body is not JSON.") from None
        now_ms = int(self.clock.now().timestamp() * 1000)
        cursor, count = body.get("cursor", now_ms), body.get("max_count", 10)
        if not _whole(cursor) or not _whole(count) or not 1 <= count <= 20 or cursor < 0:
            raise ApiFailure(400, "invalid_params", "cursor or max_count is invalid.")
        older = [v for v in grant.account.newest_first() if v.create_time * 1000 < cursor]
        page = older[:count]
        # Private videos take a place on the page but are never shown, so a page may hold
        # fewer videos than asked for while more follow.
        shown = [v.fields(grant.account.username, wanted) for v in page if v.public]
        return self._envelope(
            {
                "videos": shown,
                "cursor": page[-1].create_time * 1000 if page else cursor,
                "has_more": len(older) > len(page),
            }
        )


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
