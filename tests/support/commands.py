"""The synced command tree, walked: every leaf command with its declared options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tests.support.harness import Harness

SUB_COMMAND, SUB_COMMAND_GROUP = 1, 2


@dataclass(frozen=True)
class Leaf:
    path: str  # "live schedule"
    options: tuple[dict[str, Any], ...]
    default_member_permissions: str | None


def leaves(commands: list[dict[str, Any]]) -> list[Leaf]:
    found: list[Leaf] = []

    def walk(node: dict[str, Any], path: str, permissions: str | None) -> None:
        options = node.get("options") or []
        subs = [o for o in options if o["type"] in (SUB_COMMAND, SUB_COMMAND_GROUP)]
        if not subs:
            found.append(Leaf(path, tuple(options), permissions))
        for sub in subs:
            walk(sub, f"{path} {sub['name']}", permissions)

    for command in commands:
        walk(command, command["name"], command.get("default_member_permissions"))
    return sorted(found, key=lambda leaf: leaf.path)


# Book-keeping every interaction may write (the language a member used with the bot),
# not a change the command made.
NOT_STATE = ("command_sync", "meta", "member_locales")


def snapshot(h: Harness) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table that holds the server's and members' state."""
    return {
        table: sorted(h.rows(f'SELECT * FROM "{table}"'), key=repr)
        for table in h.tables()
        if table not in NOT_STATE
    }
