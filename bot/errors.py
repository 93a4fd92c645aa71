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
# Arguments that may quote what the member typed; cut so that no reply can outgrow a message.
_ECHOED = frozenset({"value", "query", "set", "when", "days", "title"})
# Of those, the ones that always do: shown with their markdown escaped (``when`` may be a
# timestamp the bot wrote, ``days`` a number).
_TYPED = frozenset({"value", "query", "set", "title"})


def echo(text: str, limit: int = ECHO_LIMIT) -> str:
    """User text as quoted back in a reply: at most ``limit`` characters, an ellipsis if cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class UserError(app_commands.AppCommandError):
    """Something the member can fix or should know; never a bug."""

    def __init__(self, key: str, /, **args: Any) -> None:
        super().__init__(key)
        self.key = key
        self.args_ = {
            name: echo(value) if name in _ECHOED and isinstance(value, str) else value
            for name, value in args.items()
        }

    def shown_args(self) -> dict[str, Any]:
        """The arguments as a reply shows them: what the member typed with its markdown
        escaped (``bot.text.shown``), so it reads as typed and renders nothing."""
        return {
            name: shown(value) if name in _TYPED and isinstance(value, str) else value
            for name, value in self.args_.items()
        }


class BadInput(UserError):
    """The member typed something we cannot use."""


class NotFound(UserError):
    """The thing the member asked about does not exist (here)."""


class NotAllowed(UserError):
    """The member may not do this."""
