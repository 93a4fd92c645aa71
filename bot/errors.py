"""Errors a member should see as a short, translated, ephemeral reply.

Each carries a catalog key and its arguments; the command tree renders it in the
member's language. Anything that is not a ``UserError`` is a bug: logged with a
reference id, and the member gets an apology quoting that id.
"""

from __future__ import annotations

from typing import Any

from discord import app_commands

from bot.text import shown

ECHO_LIMIT = 100
# Arguments that quote what the member typed; cut so that no reply can outgrow a message.
_ECHOED = frozenset({"value", "query", "set", "when", "days", "title"})


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """User text as quoted back in a reply: at most ``limit`` characters (an ellipsis if cut),
    its markdown escaped (``bot.text.shown``)."""
    return shown(text if len(text) <= limit else text[: limit - 1] + "…")


class UserError(app_commands.AppCommandError):
    """Something the member can fix or should know; never a bug."""

    def __init__(self, key: str, /, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = {
            name: echo(value) if name in _ECHOED and isinstance(value, str) else value
            for name, value in args.items()
        }


class BadInput(UserError):
    """The member typed something we cannot use."""


class NotFound(UserError):
    """The thing the member asked about does not exist (here)."""


class NotAllowed(UserError):
    """The member may not do this."""
