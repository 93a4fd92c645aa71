"""Message catalogs (Project Fluent) and locale-aware number formatting (Babel).

Catalog files live beside the code that uses them: ``bot/locales/<locale>.ftl`` for
shared strings and ``cogs/<feature>/locales/<locale>.ftl`` for each feature. A
message id may be defined in one file only.
"""

from bot.i18n.catalog import (
    DEFAULT_LOCALE,
    SUPPORTED_LOCALES,
    Catalog,
    CatalogError,
    Messages,
    resolve_locale,
)
from bot.i18n.translator import CatalogTranslator

__all__ = [
    "DEFAULT_LOCALE",
    "SUPPORTED_LOCALES",
    "Catalog",
    "CatalogError",
    "CatalogTranslator",
    "Messages",
    "resolve_locale",
]
