"""Settings read from the environment and an optional ``.env`` file."""

from __future__ import annotations

import logging
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DISCORD_API_BASE_URL = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"


class Settings(BaseSettings):
    """Everything the bot needs from its host.

    Built once in ``main()`` and passed in; never at import time.
    """

    # (an invalid value is never echoed: DATABASE_URL and the token carry secrets)
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", hide_input_in_errors=True
    )

    discord_token: SecretStr = Field(default=SecretStr(""))
    database_path: Path = Path("data/creatorpulse.sqlite3")
    # PostgreSQL instead of the SQLite file: postgresql://user:password@host:5432/name
    database_url: SecretStr | None = None
    discord_api_base_url: str = DISCORD_API_BASE_URL
    discord_gateway_url: str = DISCORD_GATEWAY_URL
    log_level: str = "INFO"
    log_sql: bool = False  # with LOG_LEVEL=DEBUG, aiosqlite's statements and their values
    # The subscribable LIVE calendar feed: off unless a port is given.
    calendar_port: int | None = Field(default=None, ge=1, le=65535)
    calendar_host: str = "127.0.0.1"
    calendar_base_url: str | None = None  # the address members reach it at (behind a proxy)

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in logging.getLevelNamesMapping():
            raise ValueError(f"unknown log level {value!r}; use DEBUG, INFO, WARNING or ERROR")
        return level

    @field_validator("database_url")
    @classmethod
    def _postgres_address(cls, value: SecretStr | None) -> SecretStr | None:
        """Empty means unset; anything else must be a PostgreSQL address. (Checked on the
        secret, so an error never shows the password.)"""
        if value is None or not value.get_secret_value().strip():
            return None
        text = value.get_secret_value().strip()
        scheme = text.split("://", 1)[0] if "://" in text else ""
        if scheme not in ("postgresql", "postgres"):
            raise ValueError(
                "DATABASE_URL must be a PostgreSQL address, "
                "postgresql://user:password@host:5432/database; leave it unset for SQLite"
            )
        return SecretStr(text)

    @property
    def database_address(self) -> str | None:
        """The PostgreSQL address, or None for SQLite at ``database_path``."""
        return None if self.database_url is None else self.database_url.get_secret_value()

    @field_validator("discord_api_base_url", "discord_gateway_url")
    @classmethod
    def _no_trailing_slash_issue(cls, value: str) -> str:
        return value.strip()

    @property
    def calendar_url_base(self) -> str | None:
        """Where feed addresses start, or None when the feed is off."""
        if self.calendar_port is None:
            return None
        base = self.calendar_base_url or f"http://{self.calendar_host}:{self.calendar_port}"
        return base.rstrip("/")

    @property
    def has_token(self) -> bool:
        return bool(self.discord_token.get_secret_value().strip())
