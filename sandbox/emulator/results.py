"""Records the emulator keeps: REST requests and the outcome of interactions."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import Any


class ClientRefused(AssertionError):
    """What Discord's own app would not send: a required option missing, a value out of its
    bounds or not among its choices, a command the member cannot see, a disabled button.
    The member's mistake, not the bot's (an ``AssertionError``, as tests expect)."""


@dataclass
class RecordedRequest:
    """One REST request the bot made (also failed and unhandled ones)."""

    method: str
    path: str  # without the /api/v10 prefix
    query: dict[str, str]
    json: Any
    files: list[tuple[str, bytes, str]]
    headers: dict[str, str]
    status: int = 0
    at: float = field(default_factory=time.monotonic)
    response: Any = None

    def __repr__(self) -> str:
        return f"<RecordedRequest {self.method} {self.path} -> {self.status}>"


@dataclass
class PendingInteraction:
    """Book-keeping for one interaction sent to the bot."""

    id: int
    token: str
    type: int
    payload: dict[str, Any]
    source_message: dict[str, Any] | None = None  # component interactions
    callback_type: int | None = None
    callback_data: dict[str, Any] | None = None
    original_id: int | None = None  # id of the @original message
    loading: bool = False  # deferred (type 5) and not yet answered
    ephemeral: bool = False
    followups: list[dict[str, Any]] = field(default_factory=list)
    answered: bool = False  # a followup or PATCH @original arrived after a defer
    deleted_original: bool = False
    original_edited: bool = False  # PATCH @original arrived
    created: float = field(default_factory=time.monotonic)
    last_activity: float = field(default_factory=time.monotonic)
    activity: asyncio.Event = field(default_factory=asyncio.Event)
    requests: list[RecordedRequest] = field(default_factory=list)

    def touch(self, request: RecordedRequest | None = None) -> None:
        self.last_activity = time.monotonic()
        if request is not None:
            self.requests.append(request)
        self.activity.set()


@dataclass
class InteractionResult:
    """Everything the bot did in answer to one interaction."""

    interaction_id: int
    token: str
    callback_type: int | None
    ephemeral: bool
    message: dict[str, Any] | None
    followups: list[dict[str, Any]]
    files: list[tuple[str, bytes]]
    choices: list[dict[str, Any]] = field(default_factory=list)  # autocomplete (type 8)
    modal: dict[str, Any] | None = None  # modal (type 9) data
    requests: list[RecordedRequest] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)  # the INTERACTION_CREATE data

    @property
    def content(self) -> str:
        return (self.message or {}).get("content") or ""

    @property
    def embeds(self) -> list[dict[str, Any]]:
        return list((self.message or {}).get("embeds") or [])

    @property
    def components(self) -> list[dict[str, Any]]:
        return list((self.message or {}).get("components") or [])

    @property
    def text(self) -> str:
        """Content and embed text of the message and all followups, newline-joined."""
        messages = [self.message] if self.message is not None else []
        messages += [m for m in self.followups if m is not self.message]
        parts: list[str] = []
        for msg in messages:
            parts.extend(message_text_parts(msg))
        return "\n".join(p for p in parts if p)

    @property
    def buttons(self) -> list[dict[str, Any]]:
        """Flat list of button components (type 2) of the final message."""
        return [c for c in iter_components(self.components) if c.get("type") == 2]

    def button(self, label_or_custom_id: str) -> dict[str, Any]:
        for btn in self.buttons:
            if label_or_custom_id in (btn.get("label"), btn.get("custom_id")):
                return btn
        raise AssertionError(f"no button {label_or_custom_id!r} in {self.buttons!r}")


def message_text_parts(msg: dict[str, Any]) -> list[str]:
    """Text pieces of a message: content, then each embed's visible text."""
    parts: list[str] = [msg.get("content") or ""]
    for embed in msg.get("embeds") or []:
        parts.append((embed.get("author") or {}).get("name") or "")
        parts.append(embed.get("title") or "")
        parts.append(embed.get("description") or "")
        for fld in embed.get("fields") or []:
            parts.append(fld.get("name") or "")
            parts.append(fld.get("value") or "")
        parts.append((embed.get("footer") or {}).get("text") or "")
    # text displays (components v2)
    comps = iter_components(msg.get("components") or [])
    parts.extend(c.get("content") or "" for c in comps if c.get("type") == 10)
    return parts


def iter_components(components: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """All components, depth-first, through action rows, sections and containers."""
    out: list[dict[str, Any]] = []
    for comp in components:
        out.append(comp)
        out.extend(iter_components(comp.get("components") or []))
        if isinstance(comp.get("accessory"), dict):
            out.append(comp["accessory"])
        if isinstance(comp.get("component"), dict):
            out.extend(iter_components([comp["component"]]))
    return out
