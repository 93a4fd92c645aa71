"""Shared fixtures: a fresh migrated SQLite file, and the real bot against the emulator."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from storage import Database
from tests.support.harness import Harness, running_harness

# Property tests check behaviour, never speed: no per-example deadline (a loaded CI
# machine must not turn a correct test red). Performance lives in bench/.
settings.register_profile("creatorpulse", deadline=None, print_blob=True)
# A soak: ``pytest --hypothesis-profile=long`` (the fuzz of every command, for one).
settings.register_profile("long", parent=settings.get_profile("creatorpulse"), max_examples=3000)
settings.load_profile("creatorpulse")


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with Database(tmp_path / "test.sqlite3") as database:
        await database.migrate()
        yield database


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return Catalog.load()


@pytest.fixture
async def harness(tmp_path: Path, catalog: Catalog) -> AsyncIterator[Harness]:
    async with running_harness(tmp_path, catalog) as h:
        with patched_discord_urls(h.emu):
            yield h


@pytest.fixture
async def probe_harness(tmp_path: Path, catalog: Catalog) -> AsyncIterator[Harness]:
    """The bot with the test-only probe commands (tests/support/probe.py) loaded too."""
    async with running_harness(tmp_path, catalog, extra_extensions=("tests.support.probe",)) as h:
        with patched_discord_urls(h.emu):
            yield h
