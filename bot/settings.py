"""Settings read from the environment and an optional ``.env`` file."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Annotated, Self

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DISCORD_API_BASE_URL = "https://discord.com/api/v10"
DISCORD_GATEWAY_URL = "wss://gateway.discord.gg/"
TIKTOK_AUTH_URL = "https://www.tiktok.com/v2/auth/authorize/"
TIKTOK_API_BASE_URL = "https://open.tiktokapis.com"
TIKTOK_CALLBACK_PATH = "/tiktok/callback"
SECRET_KEY_MINIMUM = 32  # characters: the key of every member's encrypted TikTok tokens


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
    # The bot's web server (the calendar feed; health and metrics; TikTok's callback): off
    # unless a port is given. CALENDAR_PORT, CALENDAR_HOST and CALENDAR_BASE_URL, the names
    # from when it served only the feed, keep working.
    web_port: int | None = Field(
        default=None, ge=1, le=65535, validation_alias=AliasChoices("web_port", "calendar_port")
    )
    web_host: str = Field(
        default="127.0.0.1", validation_alias=AliasChoices("web_host", "calendar_host")
    )
    # the https address members reach it at (behind a reverse proxy)
    public_base_url: str | None = Field(
        default=None, validation_alias=AliasChoices("public_base_url", "calendar_base_url")
    )
    # Sharding: SHARD_COUNT shards in all, SHARD_IDS of them in this process ("0,1" or "0-3").
    # Both unset: this process runs every shard Discord recommends.
    shard_count: int | None = Field(default=None, ge=1, le=10_000)
    shard_ids: Annotated[tuple[int, ...] | None, NoDecode] = None
    # How long a process's claim on scheduled work lasts before another process may take it
    # over (it is extended while the work goes on): the most a reminder is late when the
    # process that was sending it died.
    claim_lease_seconds: int = Field(default=60, ge=2, le=3600)
    # TikTok (/tiktok): the developer app's client key and secret; off unless both are set.
    # SECRET_KEY encrypts the tokens members entrust to the bot. The two addresses are
    # TikTok's; tests and the sandbox point them at a local TikTok.
    tiktok_client_key: str | None = None
    tiktok_client_secret: SecretStr | None = None
    secret_key: SecretStr | None = None
    tiktok_auth_url: str = TIKTOK_AUTH_URL
    tiktok_api_base_url: str = TIKTOK_API_BASE_URL

    @field_validator("tiktok_client_key", mode="before")
    @classmethod
    def _empty_key(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("tiktok_client_secret", "secret_key")
    @classmethod
    def _empty_secret(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None or not value.get_secret_value().strip():
            return None
        return SecretStr(value.get_secret_value().strip())

    @field_validator("tiktok_auth_url", "tiktok_api_base_url")
    @classmethod
    def _address(cls, value: str) -> str:
        text = value.strip()
        if not text.startswith(("https://", "http://")):
            raise ValueError("must be an http(s):// address")
        return text

    @property
    def tiktok_enabled(self) -> bool:
        """Whether /tiktok works here: the app's key and secret are both set."""
        return self.tiktok_client_key is not None and self.tiktok_client_secret is not None

    @property
    def tiktok_redirect_uri(self) -> str | None:
        """Where TikTok sends members back after consent (registered in the app as it is)."""
        base = self.web_url_base
        return None if base is None else base + TIKTOK_CALLBACK_PATH

    def tiktok_problem(self) -> str | None:
        """Why the TikTok settings cannot work together, in one sentence, or None."""
        key, secret = self.tiktok_client_key is not None, self.tiktok_client_secret is not None
        if key != secret:
            return (
                "TIKTOK_CLIENT_KEY and TIKTOK_CLIENT_SECRET go together: set both (from your "
                "TikTok developer app's page) or neither."
            )
        if not key:
            return None
        if self.secret_key is None:
            return (
                "SECRET_KEY is not set, and the TikTok settings are: it encrypts the TikTok "
                "tokens members entrust to the bot. Set it to a long random value, e.g. the "
                "output of python3 -c 'import secrets; print(secrets.token_urlsafe(32))', and "
                "keep it (a new key disconnects every member)."
            )
        if len(self.secret_key.get_secret_value()) < SECRET_KEY_MINIMUM:
            return (
                f"SECRET_KEY is shorter than {SECRET_KEY_MINIMUM} characters; use a long random "
                "value, e.g. the output of python3 -c 'import secrets; "
                "print(secrets.token_urlsafe(32))'."
            )
        if self.web_port is None:
            return (
                "the TikTok settings need the bot's web server for TikTok's callback: set "
                "WEB_PORT, and PUBLIC_BASE_URL to the https address it is reached at."
            )
        return None

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

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _shard_list(cls, value: object) -> object:
        """ "0,1", "0-3", "0-1,4" -> (0, 1, ...); empty means unset."""
        if not isinstance(value, str):
            return value
        text = value.replace(" ", "")
        if not text:
            return None
        ids: list[int] = []
        for part in text.split(","):
            first, dash, last = part.partition("-")
            if not first.isdigit() or (dash and not last.isdigit()):
                raise ValueError(f"SHARD_IDS takes shard numbers like 0,1 or 0-3, not {part!r}")
            ids.extend(range(int(first), int(last or first) + 1))
        if not ids or len(set(ids)) != len(ids):
            raise ValueError("SHARD_IDS names a shard twice, or none")
        return tuple(sorted(ids))

    @model_validator(mode="after")
    def _shards_fit(self) -> Self:
        if self.shard_ids is not None:
            if self.shard_count is None:
                raise ValueError("SHARD_IDS needs SHARD_COUNT (how many shards there are in all)")
            if max(self.shard_ids) >= self.shard_count:
                raise ValueError(
                    f"SHARD_IDS names shard {max(self.shard_ids)}, but SHARD_COUNT is "
                    f"{self.shard_count} (shards are numbered from 0)"
                )
        return self

    @property
    def own_shards(self) -> tuple[int, ...] | None:
        """This process's shards, or None: every shard Discord recommends."""
        if self.shard_ids is not None:
            return self.shard_ids
        return None if self.shard_count is None else tuple(range(self.shard_count))

    @property
    def calendar_port(self) -> int | None:  # the feed is served by the web server
        return self.web_port

    @property
    def calendar_host(self) -> str:
        return self.web_host

    @field_validator("discord_api_base_url", "discord_gateway_url")
    @classmethod
    def _no_trailing_slash_issue(cls, value: str) -> str:
        return value.strip()

    @property
    def calendar_url_base(self) -> str | None:
        """Where feed addresses start, or None when the feed is off."""
        return self.web_url_base

    @property
    def web_url_base(self) -> str | None:
        """Where the web server's addresses start, or None when it is off."""
        if self.web_port is None:
            return None
        base = self.public_base_url or f"http://{self.web_host}:{self.web_port}"
        return base.rstrip("/")

    @property
    def has_token(self) -> bool:
        return bool(self.discord_token.get_secret_value().strip())
