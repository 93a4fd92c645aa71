"""Slash-command localisations from the same catalogs as the replies.

Names stay as the command contract spells them; descriptions and choice names are
translated. Keys are derived from where a string sits, so cogs do not spell them:

- command/group description: ``cmd-<qualified-name-with-dashes>``
- option description:        ``cmd-<qualified-name>--<option>``
- choice name:               ``cmd-<qualified-name>--<option>--<choice value>``
"""

from __future__ import annotations

import re

import discord
from discord import app_commands

from bot.i18n.catalog import DEFAULT_LOCALE, Catalog, resolve_locale

_UNSAFE = re.compile(r"[^a-zA-Z0-9_-]+")


def _slug(text: str) -> str:
    return _UNSAFE.sub("-", text.strip()).strip("-").lower()


def key_for(context: app_commands.TranslationContextTypes) -> str | None:
    """The catalog key for a string at ``context``, or ``None`` for untranslated places."""
    location = app_commands.TranslationContextLocation
    data = context.data
    if context.location in (
        location.command_description,
        location.group_description,
    ) and isinstance(data, app_commands.Command | app_commands.Group):
        return f"cmd-{_slug(data.qualified_name)}"
    if context.location is location.parameter_description and isinstance(
        data, app_commands.Parameter
    ):
        return f"cmd-{_slug(data.command.qualified_name)}--{_slug(data.display_name)}"
    # Choice names carry their own key: Choice(name=locale_str("...", key="..."), ...).
    return None


class CatalogTranslator(app_commands.Translator):
    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        # Discord locale -> our catalog's, for the locales translated (English is the text
        # in the code; unsupported locales fall back to it). discord.py asks every string
        # in each of Discord's 30-odd locales, some 20,000 calls a command sync: most end
        # at this lookup.
        self._targets = {
            locale: target
            for locale in discord.Locale
            if (target := resolve_locale(locale.value)) != DEFAULT_LOCALE
        }

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        target = self._targets.get(locale)
        if target is None:
            return None
        key = string.extras.get("key") or key_for(context)
        if key is None or not self.catalog.has(target, key):
            return None
        return self.catalog.render(target, key)
