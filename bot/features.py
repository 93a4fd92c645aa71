"""Which features the bot has: every package under ``cogs/`` is one."""

from __future__ import annotations

import pkgutil

import cogs


def feature_packages() -> list[str]:
    """The import name of every feature package (``cogs.er``, ``cogs.live``...), sorted.

    The bot loads each as an extension; the catalog reads each one's ``locales/``.
    """
    return [
        f"cogs.{module.name}"
        for module in sorted(pkgutil.iter_modules(cogs.__path__), key=lambda m: m.name)
        if module.ispkg
    ]
