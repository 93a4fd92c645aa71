"""Imports point one way inside each feature: components never reach back up to their cog."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = sorted(p.parent.name for p in (ROOT / "cogs").glob("*/__init__.py"))
VIEWS = sorted(p.parent.name for p in (ROOT / "cogs").glob("*/views.py"))


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module ``path`` imports, type-only imports included (they tie files together too)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def feature_graph(feature: str) -> dict[str, set[str]]:
    """Module -> the modules of the same feature it imports (the package ``__init__`` aside)."""
    files = {
        module_name(path): path
        for path in (ROOT / "cogs" / feature).glob("*.py")
        if path.name != "__init__.py"
    }
    return {name: imported(path) & set(files) for name, path in files.items()}


def cycle_in(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of ``graph`` (as a path that returns to its start), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(graph[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_cycle_finder_finds_a_circle_and_accepts_a_tree() -> None:
    assert cycle_in({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert cycle_in({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None


def test_the_graph_sees_type_only_imports(tmp_path: Path) -> None:
    source = tmp_path / "x.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import cogs.a.b\n")
    assert "cogs.a.b" in imported(source)


@pytest.mark.parametrize("feature", FEATURES)
def test_no_import_circle_inside_a_feature(feature: str) -> None:
    assert cycle_in(feature_graph(feature)) is None


@pytest.mark.parametrize("feature", VIEWS)
def test_views_import_alone_without_their_cog(feature: str) -> None:
    """A fresh interpreter imports ``views.py`` without pulling in the commands above it."""
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module('cogs.{feature}.views')\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith('cogs.{feature}.'))))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter on fixed code
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert f"cogs.{feature}.views" in loaded
    graph = feature_graph(feature)
    above = {name for name, targets in graph.items() if f"cogs.{feature}.views" in targets}
    cogs = {name for name in graph if name.endswith((".cog", "_cog"))}
    assert not loaded & (above | cogs), sorted(loaded & (above | cogs))


# The command-line entry point may start the sandbox; nothing else in the bot may know of it.
SANDBOX_DISPATCH = {ROOT / "bot" / "main.py"}


@pytest.mark.parametrize(
    "path",
    sorted(p for top in ("bot", "cogs", "storage") for p in (ROOT / top).rglob("*.py")),
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_bot_never_imports_the_sandbox(path: Path) -> None:
    if path in SANDBOX_DISPATCH:
        return
    reached = {name for name in imported(path) if name == "sandbox" or name.startswith("sandbox.")}
    assert not reached, f"{path.relative_to(ROOT)} imports {sorted(reached)}"


def test_nothing_shipped_imports_the_tests() -> None:
    shipped = sorted(
        p for top in ("bot", "cogs", "storage", "sandbox") for p in (ROOT / top).rglob("*.py")
    )
    reached = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in shipped
        for name in imported(path)
        if name == "tests" or name.startswith("tests.")
    }
    assert not reached, sorted(reached)
