"""Rendered texts kept by (locale, key, arguments) (``Catalog.rendered``): the same text as a
fresh render every time, for any argument, and bounded."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import bot.i18n.catalog as catalog_module
from bot.i18n import SUPPORTED_LOCALES, Catalog
from tests.support.calls import recorded


def tiny_catalog(tmp_path: Path) -> Catalog:
    files = {}
    for locale in SUPPORTED_LOCALES:
        path = tmp_path / f"{locale}.ftl"
        path.write_text(
            "count = { $n ->\n    [one] { $n } thing\n   *[other] { $n } things\n}\n"
            "hello = Hello, { $name }!\n"
            "title = A title\n",
            encoding="utf-8",
        )
        files[locale] = [path]
    return Catalog.load(files)


def rendered_keys(calls: list[tuple[Any, ...]]) -> list[str]:
    """The keys rendered by Fluent (not answered from what was kept), from ``recorded``."""
    return [key for _locale, key, _args in calls]


def test_a_text_rendered_again_is_the_kept_one_and_equal_values_of_other_types_are_not_mixed_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = tiny_catalog(tmp_path)
    calls = recorded(monkeypatch, catalog, "_render")
    for _ in range(3):
        assert catalog.render("en-US", "title") == "A title"
        assert catalog.render("en-US", "hello", {"name": "Ada"}) == "Hello, Ada!"
    assert rendered_keys(calls) == ["title", "hello"]
    # 1 == 1.0 == Decimal("1.0") == True in Python: each is rendered as itself.
    for value in (1, 1.0, Decimal("1.0"), Decimal("1.50"), True, 2):
        fresh = tiny_catalog(tmp_path).render("en-US", "count", {"n": value})
        assert catalog.render("en-US", "count", {"n": value}) == fresh
        assert catalog.render("en-US", "count", {"n": value}) == fresh
    assert rendered_keys(calls).count("count") == 6
    # Each locale is its own entry.
    assert catalog.render("no", "title") == "A title"
    assert rendered_keys(calls).count("title") == 2


def test_long_member_text_and_unkeyable_arguments_are_rendered_every_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = tiny_catalog(tmp_path)
    calls = recorded(monkeypatch, catalog, "_render")
    long_name = "x" * (catalog_module.KEPT_ARGUMENT_CHARS + 1)
    listed: Any = ["a", "b"]
    for _ in range(2):
        assert catalog.render("en-US", "hello", {"name": long_name}).startswith("Hello, xxx")
        assert catalog.render("en-US", "hello", {"name": listed})
    assert rendered_keys(calls) == ["hello"] * 4
    assert catalog.rendered == {}


def test_what_is_kept_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(catalog_module, "RENDERED_KEPT", 10)
    catalog = tiny_catalog(tmp_path)
    for n in range(25):
        assert catalog.render("en-US", "count", {"n": n}).startswith(str(n))
        assert len(catalog.rendered) <= 10
