"""Shared fixtures: a fresh migrated database (SQLite, or PostgreSQL on the PostgreSQL run),
and the real bot against the emulator.

Markers: ``sqlite_only`` (a test of the SQLite file itself: locks, permissions, backups)
and ``postgres_only`` (a test of the PostgreSQL server: outages, the move from SQLite) run
on their database's run only. The PostgreSQL run takes the storage tests, the end-to-end
tests and ``tests/postgres``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from hypothesis import settings

from bot.i18n import Catalog
from sandbox.emulator import patched_discord_urls
from storage import Database
from tests.support.databases import database_url, open_test_database, run_backend
from tests.support.harness import Harness, running_harness
from tests.support.tiktok import TikTokHarness, running_tiktok

# Property tests check behaviour, never speed: no per-example deadline (a loaded CI
# machine must not turn a correct test red). Performance lives in bench/.
settings.register_profile("creatorpulse", deadline=None, print_blob=True)
# A soak: ``pytest --hypothesis-profile=long`` (the fuzz of every command, for one).
settings.register_profile("long", parent=settings.get_profile("creatorpulse"), max_examples=3000)
settings.load_profile("creatorpulse")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "sqlite_only: runs on the SQLite run only")
    config.addinivalue_line("markers", "postgres_only: runs on the PostgreSQL run only")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Leave out the tests of the other database (deselected, not skipped)."""
    other = "postgres_only" if run_backend() == "sqlite" else "sqlite_only"
    kept = [item for item in items if item.get_closest_marker(other) is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    async with (
        database_url(tmp_path) as url,
        open_test_database(url, tmp_path / "test.sqlite3") as database,
    ):
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


@pytest.fixture
async def tiktok(harness: Harness) -> AsyncIterator[TikTokHarness]:
    """The bot with TikTok switched on, against a local TikTok on the same clock."""
    async with running_tiktok(harness) as kit:
        yield kit
