"""Every kind of data /privacy can delete has a readable name in every language."""

from __future__ import annotations

from bot.i18n import SUPPORTED_LOCALES, Catalog
from storage import Database
from storage.privacy import PrivacyRepository


async def test_every_member_table_has_a_label(db: Database, catalog: Catalog) -> None:
    tables = await PrivacyRepository(db).member_tables()
    assert "members" in tables
    missing = [
        f"{locale}: privacy-kind-{table}"
        for table in tables
        for locale in SUPPORTED_LOCALES
        if not catalog.has(locale, f"privacy-kind-{table}")
    ]
    assert not missing, "\n".join(missing)
