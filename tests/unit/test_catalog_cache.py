"""The catalog files' messages kept between starts (bot.i18n.parsed): the same catalog as a
fresh parse, parsed again exactly when a file's text changed, and never in the way; and
each message parsed on its first use only."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import bot.i18n.catalog as catalog_module
from bot.i18n import SUPPORTED_LOCALES, Catalog
from bot.i18n.parsed import CACHE_FILE, ParsedFiles, digest
from tests.support.calls import recorded

SAMPLES = [
    ("er-title-views", {}),
    ("error-count-too-big", {"value": "x", "maximum": 10**12}),
    ("profile-empty-self", {"member": "<@1>"}),
]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path / "creatorpulse" / CACHE_FILE


def rendered(catalog: Catalog) -> list[str]:
    return [
        catalog.render(locale, key, args) for locale in SUPPORTED_LOCALES for key, args in SAMPLES
    ]


def parse_count(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    """The files ``Catalog.load`` parses from now on (each call's text and source)."""
    return recorded(monkeypatch, catalog_module, "entries_of")


def test_a_second_start_parses_nothing_and_has_the_same_catalog(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = parse_count(monkeypatch)
    first = Catalog.load()
    assert cache.is_file()
    files = len(parsed)
    assert files >= 3 * len(SUPPORTED_LOCALES)

    second = Catalog.load()
    assert len(parsed) == files  # nothing parsed the second time
    assert rendered(second) == rendered(first)
    for locale in SUPPORTED_LOCALES:
        assert second.sources[locale].keys() == first.sources[locale].keys()
        assert "{???}" not in "".join(rendered(second))


def test_a_broken_or_foreign_cache_is_parsed_past_and_replaced(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = rendered(Catalog.load())
    whole = cache.read_bytes()
    foreign = json.dumps({"version": "another", "files": json.loads(whole)["files"]})
    for junk in (b"not json", whole[:1000], b"null", foreign.encode(), b'{"files": [1]}'):
        cache.write_bytes(junk)
        parsed = parse_count(monkeypatch)
        assert rendered(Catalog.load()) == fresh
        assert parsed, "a cache that cannot be read must mean parsing"
        monkeypatch.undo()
        monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent.parent))
        assert ParsedFiles(cache.parent).get(digest("")) is None
        kept = parse_count(monkeypatch)
        Catalog.load()
        assert kept == [], "the cache is written again after a broken one"
        monkeypatch.undo()
        monkeypatch.setenv("XDG_CACHE_HOME", str(cache.parent.parent))


def test_a_cache_folder_that_cannot_be_written_only_costs_the_parse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # its "creatorpulse" cannot be made
    parsed = parse_count(monkeypatch)
    Catalog.load()
    Catalog.load()
    assert len(parsed) == 2 * (len(parsed) // 2) > 0  # parsed both times, no error


def test_a_file_whose_text_changed_is_parsed_again(tmp_path: Path) -> None:
    kept = ParsedFiles(tmp_path)
    kept.add(digest("hello = Hello\n"), catalog_module.entries_of("hello = Hello\n", "x.ftl"))
    kept.save()

    assert ParsedFiles(tmp_path).get(digest("hello = Hello\n")) is not None
    again = ParsedFiles(tmp_path)  # a start after the file was edited
    assert again.get(digest("hello = Hello!\n")) is None
    # Only the files of the latest start are kept: the old text's parse is dropped.
    again.add(digest("hello = Hello!\n"), catalog_module.entries_of("hello = Hello!\n", "x"))
    again.save()
    assert ParsedFiles(tmp_path).get(digest("hello = Hello\n")) is None
    assert ParsedFiles(tmp_path).get(digest("hello = Hello!\n")) is not None


def test_a_message_is_parsed_on_its_first_use_only(cache: Path) -> None:
    catalog = Catalog.load()
    english = catalog.sources["en-US"]
    assert len(english) > 500 and "profile-empty-self" in english
    assert english._parsed == {}  # nothing parsed at start
    catalog.render("en-US", "profile-empty-self", {"member": "<@1>"})
    catalog.render("en-US", "profile-empty-self", {"member": "<@2>"})
    assert list(english._parsed) == ["profile-empty-self"]
    assert catalog.render("zh-CN", "no-such-key") == "no-such-key"
    # The catalog tests read every message: each parses on its own as it did in its file.
    assert all(english[key].id.name == key for key in english)
