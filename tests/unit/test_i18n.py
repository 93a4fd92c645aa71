"""Every message exists in every language with the same placeholders."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.i18n import DEFAULT_LOCALE, SUPPORTED_LOCALES, Catalog, CatalogError, resolve_locale
from bot.i18n.catalog import placeholders


def test_every_key_exists_in_every_catalog(catalog: Catalog) -> None:
    english = set(catalog.sources[DEFAULT_LOCALE])
    for locale in SUPPORTED_LOCALES:
        keys = set(catalog.sources[locale])
        # Command descriptions (cmd-*) are English in the code itself.
        missing = {k for k in english - keys if not k.startswith("cmd-")}
        extra = {k for k in keys - english if not k.startswith("cmd-")}
        assert not missing, f"{locale} lacks {sorted(missing)}"
        assert not extra, f"{locale} has keys English lacks: {sorted(extra)}"


def test_placeholders_match_english(catalog: Catalog) -> None:
    english = catalog.sources[DEFAULT_LOCALE]
    for locale in SUPPORTED_LOCALES:
        for key, message in catalog.sources[locale].items():
            if key in english:
                assert placeholders(message) == placeholders(english[key]), f"{locale}:{key}"


def test_rendering_formats_numbers_per_locale(catalog: Catalog) -> None:
    assert "1,000,000,000,000" in catalog.render(
        "en-US", "error-count-too-big", {"value": "x", "maximum": 10**12}
    )
    assert "1\u00a0000\u00a0000\u00a0000\u00a0000" in catalog.render(
        "no", "error-count-too-big", {"value": "x", "maximum": 10**12}
    )
    assert (
        catalog.messages("no").percent(6.4) == "6,40\u00a0%"
        or catalog.messages("no").percent(6.4) == "6,40%"
    )
    assert catalog.messages("en-US").percent(10.005) == "10.01%"  # half-up


def test_unknown_locale_falls_back() -> None:
    assert resolve_locale("fr", None) == "en-US"
    assert resolve_locale("fr", "zh-CN") == "zh-CN"
    assert resolve_locale("en-GB") == "en-US"
    assert resolve_locale("no") == "no"


def test_missing_key_shows_the_key(catalog: Catalog) -> None:
    assert catalog.render("zh-CN", "no-such-key") == "no-such-key"


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    first = tmp_path / "a.ftl"
    second = tmp_path / "b.ftl"
    first.write_text("hello = Hello\n", encoding="utf-8")
    second.write_text("hello = Hi\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="already defined"):
        Catalog.load({locale: [first, second] for locale in SUPPORTED_LOCALES})


def test_syntax_errors_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ftl"
    broken.write_text("hello = { $name\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.ftl"):
        Catalog.load({locale: [broken] for locale in SUPPORTED_LOCALES})


def test_a_formatting_error_is_logged_and_answered_in_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    english = tmp_path / "en.ftl"
    english.write_text("greet = Hello { $name }\n", encoding="utf-8")
    norwegian = tmp_path / "no.ftl"
    norwegian.write_text("greet = Hei { $navn }\n", encoding="utf-8")  # a wrong placeholder
    files = {locale: [english] for locale in SUPPORTED_LOCALES}
    files["no"] = [norwegian]
    catalog = Catalog.load(files)
    with caplog.at_level("ERROR", logger="bot.i18n.catalog"):
        assert catalog.render("no", "greet", {"name": "Kari"}) == "Hello Kari"
    assert any("greet" in record.getMessage() for record in caplog.records)
    assert "Kari" not in caplog.text


def test_a_value_beyond_fluents_limit_is_never_shown_as_unknown(catalog: Catalog) -> None:
    text = catalog.render("en-US", "error-bad-value", {"value": "x" * 3000})
    assert "{???}" not in text
