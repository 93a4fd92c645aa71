"""Ports: how a feature's components reach the code that does their work.

A feature's ``views.py`` declares, beside its buttons, a small ``Protocol`` of what the
buttons need and a ``Port`` naming it. The feature provides an implementation when it
loads (``bot.ports.provide(PORT, self)``); a button asks for it with
``bot.ui.implementation(interaction, PORT)``. Components never look their cog up, so a
``views.py`` imports nothing above it in its feature.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

P = TypeVar("P")


class Port(Generic[P]):
    """A typed name for what one feature's components call (``Port[RsvpButtons]``)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"Port({self.name!r})"


class FeatureNotLoaded(LookupError):
    """A component was used while the feature that serves it is not loaded."""


class Ports:
    """The implementation each loaded feature offers its components, one per port."""

    def __init__(self) -> None:
        self._provided: dict[Port[Any], Any] = {}

    def provide(self, port: Port[P], implementation: P) -> None:
        self._provided[port] = implementation

    def withdraw(self, port: Port[Any]) -> None:
        self._provided.pop(port, None)

    def get(self, port: Port[P]) -> P:
        try:
            found: P = self._provided[port]
        except KeyError:
            raise FeatureNotLoaded(f"nothing provides {port.name}") from None
        return found
