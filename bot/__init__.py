"""CreatorPulse runtime: settings, the bot, its command tree, i18n and shared helpers."""

__version__ = "0.1.0"
