"""Imports point one way: components never reach back up to their cog, a feature's rooms
(its sub-packages) never import each other in a circle or a sibling's private module, and
no file grows past ``MAX_LINES``."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FEATURES = sorted(p.parent.name for p in (ROOT / "cogs").glob("*/__init__.py"))
SHIPPED = ("bot", "cogs", "storage")


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
    """Module -> the modules of the same feature it imports, its rooms' included (package
    ``__init__`` files aside)."""
    files = {
        module_name(path): path
        for path in (ROOT / "cogs" / feature).rglob("*.py")
        if path.name != "__init__.py"
    }
    return {name: imported(path) & set(files) for name, path in files.items()}


def room_of(module: str) -> str:
    """The package a module belongs to: ``cogs.live.scheduling`` for its modules, and the
    feature itself (``cogs.live``) for the feature's own top-level modules."""
    return module.rsplit(".", 1)[0]


def room_graph(feature: str) -> dict[str, set[str]]:
    """Room -> the other rooms of the same feature its modules import."""
    rooms: dict[str, set[str]] = {}
    for module, targets in feature_graph(feature).items():
        here = room_of(module)
        rooms.setdefault(here, set()).update(room_of(t) for t in targets if room_of(t) != here)
    for targets in list(rooms.values()):
        for target in targets:
            rooms.setdefault(target, set())
    return rooms


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


@pytest.mark.parametrize("feature", FEATURES)
def test_no_circle_between_the_rooms_of_a_feature(feature: str) -> None:
    """A feature's sub-packages (``cogs/live/scheduling``...) import each other one way only."""
    assert cycle_in(room_graph(feature)) is None


def test_the_room_graph_sees_a_circle_through_different_modules() -> None:
    graph = {"cogs.f.a.x": {"cogs.f.b.y"}, "cogs.f.b.z": {"cogs.f.a.w"}, "cogs.f.a.w": set()}
    rooms: dict[str, set[str]] = {}
    for module, targets in graph.items():
        rooms.setdefault(room_of(module), set()).update(room_of(t) for t in targets)
    assert cycle_in(rooms) == ["cogs.f.a", "cogs.f.b", "cogs.f.a"]


def private_reach(importer: Path, name: str) -> str | None:
    """The private module (a file or package whose name starts with ``_``) that ``name``
    reaches outside ``importer``'s own package, or None."""
    parts = name.split(".")
    for index, part in enumerate(parts):
        if not part.startswith("_") or part.startswith("__"):
            continue
        package = ROOT.joinpath(*parts[:index])
        if not ((package / f"{part}.py").is_file() or (package / part).is_dir()):
            return None  # a private name inside a module, not a module
        return None if importer.parent == package else ".".join(parts[: index + 1])
    return None


SOURCES = sorted(p for top in SHIPPED for p in (ROOT / top).rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_a_private_module_is_imported_only_inside_its_own_package(path: Path) -> None:
    """A module whose name starts with ``_`` (``cogs/live/reminders/_parts.py``,
    ``bot/timeparse/_when.py``) belongs to its package: a sibling room, the feature's cog
    or another package never imports it."""
    reached = {found for name in imported(path) if (found := private_reach(path, name))}
    assert not reached, f"{path.relative_to(ROOT)} imports {sorted(reached)}"


def test_the_private_check_tells_a_sibling_from_the_room_itself() -> None:
    room = ROOT / "cogs" / "live" / "reminders"
    assert private_reach(room / "deliverer.py", "cogs.live.reminders._parts.Parts") is None
    assert (
        private_reach(ROOT / "cogs" / "live" / "cog.py", "cogs.live.reminders._parts")
        == "cogs.live.reminders._parts"
    )
    assert private_reach(room / "deliverer.py", "storage.database._nothing") is None


VIEWS = sorted(module_name(p) for p in (ROOT / "cogs").rglob("views.py"))


@pytest.mark.parametrize("views", VIEWS)
def test_views_import_alone_without_their_cog(views: str) -> None:
    """A fresh interpreter imports a ``views.py`` without pulling in the commands above it."""
    feature = views.split(".")[1]
    code = (
        "import importlib, json, sys\n"
        f"importlib.import_module('{views}')\n"
        f"print(json.dumps(sorted(m for m in sys.modules if m.startswith('cogs.{feature}.'))))\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter on fixed code
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout))
    assert views in loaded
    graph = feature_graph(feature)
    above = {name for name, targets in graph.items() if views in targets}
    cogs = {name for name in graph if name.endswith((".cog", "_cog", ".commands"))}
    assert not loaded & (above | cogs), sorted(loaded & (above | cogs))


# The command-line entry point may start the sandbox; nothing else in the bot may know of it.
SANDBOX_DISPATCH = {ROOT / "bot" / "main.py"}


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
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


# -- size: split by responsibility before a file grows past this -----------------------------

MAX_LINES = 400
# Files allowed past MAX_LINES, each with its reason. An entry whose file is back under the
# limit (or gone) fails the test below: take it out.
LONGER: dict[str, str] = {}


def line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_files_stay_under_the_line_limit(path: Path) -> None:
    name = str(path.relative_to(ROOT))
    if name in LONGER:
        return
    lines = line_count(path)
    assert lines <= MAX_LINES, (
        f"{name} has {lines} lines: split it by responsibility (or list it in LONGER, with why)"
    )


def test_every_longer_file_still_needs_its_exception() -> None:
    for name in sorted(LONGER):
        path = ROOT / name
        assert path.is_file(), f"{name} is gone: take it out of LONGER"
        assert line_count(path) > MAX_LINES, f"{name} fits in {MAX_LINES} lines now: take it out"
