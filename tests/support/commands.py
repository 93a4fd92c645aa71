"""The synced command tree, walked: every leaf command with its declared options."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
