"""Interaction callbacks, followups and the @original message (webhook routes)."""

from __future__ import annotations

import itertools
import re
import secrets
import time
from typing import Any

from aiohttp import web

from .results import PendingInteraction, RecordedRequest
from .state import ApiError, EmulatorState, json_response, no_content
from .validation import validate_choices, validate_message

Match = re.Match[str]

EPHEMERAL = 64
LOADING = 128
UNKNOWN_WEBHOOK = (404, 10015, "Unknown Webhook")


class WebhookMixin(EmulatorState):
    def _register_webhook_routes(self) -> None:
        r = self._route
        r("POST", r"/interactions/(?P<id>\d+)/(?P<token>[^/]+)/callback", self._callback)
        hook = r"/webhooks/(?P<app>\d+)/(?P<token>[^/]+)"
        r("POST", hook, self._followup)
        msg = hook + r"/messages/(?P<msg>@original|\d+)"
        r("GET", msg, self._get_webhook_message)
        r("PATCH", msg, self._patch_webhook_message)
        r("DELETE", msg, self._delete_webhook_message)

    # -- callback --------------------------------------------------------------------------

    async def _callback(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        pending = self.interactions.get(int(m["id"]))
        if pending is None:
            self.protocol_error(f"callback for unknown interaction {m['id']}")
            raise ApiError(404, 10062, "Unknown interaction")
        if pending.token != m["token"]:
            self.protocol_error(f"callback for interaction {pending.id} with a wrong token")
            raise ApiError(401, 50027, "Invalid Webhook Token")
        late = time.monotonic() - pending.created
        if (
            self.ack_deadline is not None
            and pending.callback_type is None
            and late > self.ack_deadline
        ):
            self.protocol_error(f"callback for interaction {pending.id} came {late:.2f}s late")
            raise ApiError(404, 10062, "Unknown interaction")
        if pending.callback_type is not None:
            self.protocol_error(f"second callback for interaction {pending.id}: {req.json!r}")
            raise ApiError(400, 40060, "Interaction has already been acknowledged.")
        body = req.json if isinstance(req.json, dict) else {}
        cb_type = int(body.get("type") or 0)
        data: dict[str, Any] = body.get("data") or {}
        self._check_callback_type(pending, cb_type)
        channel_id = int(pending.payload["channel_id"])
        message: dict[str, Any] | None = None
        if cb_type == 4:
            validate_message(data, has_files=bool(req.files))
            message = self._new_interaction_message(pending, channel_id, data, req.files)
            pending.ephemeral = bool(message["flags"] & EPHEMERAL)
        elif cb_type == 5:
            flags = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
            message = self._new_interaction_message(pending, channel_id, {"flags": flags}, [])
            pending.loading = True
            pending.ephemeral = bool(flags & EPHEMERAL)
        elif cb_type in (6, 7):
            source = self._source_message(pending)
            pending.original_id = int(source["id"])
            pending.ephemeral = bool(int(source.get("flags") or 0) & EPHEMERAL)
            if cb_type == 7:
                validate_message(data, has_files=bool(req.files), edit=True)
                message = self.edit_message(source, data, req.files)
        elif cb_type == 8:
            validate_choices(data.get("choices") or [])
        pending.callback_type = cb_type
        pending.callback_data = data
        interaction: dict[str, Any] = {"id": str(pending.id), "type": pending.type}
        resource: dict[str, Any] = {"type": cb_type}
        if message is not None:
            interaction.update(
                response_message_id=message["id"],
                response_message_loading=bool(message["flags"] & LOADING),
                response_message_ephemeral=bool(message["flags"] & EPHEMERAL),
            )
            resource["message"] = message
        return json_response({"interaction": interaction, "resource": resource})

    def _check_callback_type(self, pending: PendingInteraction, cb_type: int) -> None:
        allowed = {
            2: {4, 5, 9},  # application command
            3: {4, 5, 6, 7, 9},  # component
            4: {8},  # autocomplete
            5: {4, 5, 6, 7},  # modal submit
        }.get(pending.type, set())
        if cb_type not in allowed:
            self.protocol_error(
                f"interaction {pending.id} (type {pending.type}) answered with callback type {cb_type}"
            )
            raise ApiError(
                400,
                50035,
                "Invalid Form Body",
                {
                    "type": {
                        "_errors": [
                            {
                                "code": "INTERACTION_RESPONSE_TYPE_INVALID",
                                "message": "Invalid response type",
                            }
                        ]
                    }
                },
            )
        if cb_type in (6, 7) and pending.source_message is None:
            self.protocol_error(f"interaction {pending.id}: update callback without a message")
            raise ApiError(400, 40004, "Interaction has no message to update")

    def _new_interaction_message(
        self,
        pending: PendingInteraction,
        channel_id: int,
        data: dict[str, Any],
        files: list[tuple[str, bytes, str]],
    ) -> dict[str, Any]:
        msg = self.build_message(
            channel_id,
            data,
            files,
            webhook_id=self.app_id,
            interaction=pending,
            msg_type=20 if pending.type == 2 else 0,
        )
        self.store_message(msg, visible=not msg["flags"] & EPHEMERAL)
        pending.original_id = int(msg["id"])
        return msg

    def _source_message(self, pending: PendingInteraction) -> dict[str, Any]:
        assert pending.source_message is not None
        mid = int(pending.source_message["id"])
        stored = self.messages.get(mid)
        if stored is None:
            stored = dict(pending.source_message)
            self.store_message(stored, visible=False)
        return stored

    # -- followups and @original -----------------------------------------------------------

    def _pending_for_webhook(self, m: Match) -> PendingInteraction:
        pending = self.interactions_by_token.get(m["token"])
        if pending is None or int(m["app"]) != self.app_id:
            self.protocol_error(f"webhook request for unknown token/app {m['app']}")
            raise ApiError(*UNKNOWN_WEBHOOK)
        if pending.callback_type is None:
            self.protocol_error(f"webhook request before the callback of interaction {pending.id}")
            raise ApiError(*UNKNOWN_WEBHOOK)
        return pending

    async def _followup(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        pending = self._pending_for_webhook(m)
        payload = req.json if isinstance(req.json, dict) else {}
        validate_message(payload, has_files=bool(req.files))
        original = self.messages.get(pending.original_id or 0)
        if pending.loading and original is not None:
            # Discord turns the first followup after a defer into the original response.
            flags = (int(payload.get("flags") or 0) & ~EPHEMERAL) | (original["flags"] & EPHEMERAL)
            msg = self.edit_message(original, {**payload, "flags": flags}, req.files)
            msg["edited_timestamp"] = None
            pending.loading = False
        else:
            msg = self.build_message(
                int(pending.payload["channel_id"]),
                payload,
                req.files,
                webhook_id=self.app_id,
                interaction=pending,
            )
            self.store_message(msg, visible=not msg["flags"] & EPHEMERAL)
        pending.followups.append(msg)
        pending.answered = True
        if req.query.get("wait") in ("1", "true", "True"):
            return json_response(msg)
        return no_content()

    def _webhook_message(self, pending: PendingInteraction, ref: str) -> dict[str, Any]:
        if ref == "@original":
            mid = pending.original_id
        else:
            mid = int(ref)
            owned = {pending.original_id} | {int(f["id"]) for f in pending.followups}
            if mid not in owned:
                mid = None
        msg = self.messages.get(mid or 0)
        if msg is None:
            raise ApiError(404, 10008, "Unknown Message")
        return msg

    async def _get_webhook_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        pending = self._pending_for_webhook(m)
        return json_response(self._webhook_message(pending, m["msg"]))

    async def _patch_webhook_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        pending = self._pending_for_webhook(m)
        msg = self._webhook_message(pending, m["msg"])
        payload = req.json if isinstance(req.json, dict) else {}
        validate_message(payload, has_files=bool(req.files), edit=True)
        self.edit_message(msg, payload, req.files)
        if int(msg["id"]) == pending.original_id:
            pending.loading = False
            pending.answered = True
            pending.original_edited = True
        return json_response(msg)

    async def _delete_webhook_message(self, req: RecordedRequest, m: Match) -> web.StreamResponse:
        pending = self._pending_for_webhook(m)
        msg = self._webhook_message(pending, m["msg"])
        self.delete_message(int(msg["id"]))
        if int(msg["id"]) == pending.original_id:
            pending.deleted_original = True
            pending.answered = True
        return no_content()


def new_token() -> str:
    """An interaction token (opaque, URL-safe, unique)."""
    return f"aW50ZXJhY3Rpb246{next(_token_serial)}x{secrets.token_hex(8)}"


_token_serial = itertools.count(1)
