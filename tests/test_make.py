"""What ``make`` would do for a newcomer, read from a dry run (``make -n``) on an empty
virtual environment: running the bot installs the bot, the test tools only for testing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def dry_run(target: str, venv: Path) -> str:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    done = subprocess.run(  # noqa: S603 - make on our own Makefile
        [make, "-n", "-C", str(ROOT), target, f"VENV={venv}"],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.mark.parametrize("target", ["run", "sandbox"])
def test_running_the_bot_installs_it_without_the_test_tools(tmp_path: Path, target: str) -> None:
    commands = dry_run(target, tmp_path / "venv")
    assert "pip install --quiet -e ." in commands
    assert "[test]" not in commands  # no pytest, mypy, ruff or Playwright to run the bot


def test_testing_installs_the_test_tools(tmp_path: Path) -> None:
    assert "pip install --quiet -e '.[test]'" in dry_run("lint", tmp_path / "venv")
