"""Secrets members entrust to the bot (their TikTok tokens), encrypted at rest.

Fernet (AES-128-CBC with an HMAC-SHA256 over the whole token: authenticated, so a changed
or foreign value is refused, never decrypted into garbage) with a key derived from
``SECRET_KEY`` by HKDF-SHA256, one key per purpose. The operator's ``SECRET_KEY`` is never
used as a key itself, and a key for one purpose opens nothing sealed for another.

Fernet writes the moment of encryption into each value; it is taken from the injected
clock (``now``), and nothing is decrypted against a time limit, so the machine's date
plays no part.

cryptography is imported when a vault is first made, not with this module: a bot without
TikTok set up never loads it (about 6 MiB of its memory).
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

_SALT = b"creatorpulse vault v1"


class VaultError(Exception):
    """A sealed value that this key cannot open (changed, or sealed with another key)."""


def derive_key(secret_key: str, purpose: str) -> bytes:
    """The Fernet key for ``purpose``: 32 bytes from HKDF-SHA256 over ``secret_key``."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=purpose.encode()).derive(
        secret_key.encode()
    )
    return base64.urlsafe_b64encode(raw)


class Vault:
    """Seals and opens text with a key derived from ``secret_key`` for one ``purpose``."""

    def __init__(self, secret_key: str, purpose: str) -> None:
        from cryptography.fernet import Fernet

        self._fernet: Fernet = Fernet(derive_key(secret_key, purpose))

    def __repr__(self) -> str:  # never the key
        return "Vault(...)"

    def seal(self, text: str, now: datetime) -> str:
        return self._fernet.encrypt_at_time(text.encode(), int(now.timestamp())).decode("ascii")

    def open(self, sealed: str) -> str:
        from cryptography.fernet import InvalidToken

        try:
            return self._fernet.decrypt(sealed.encode("ascii")).decode()
        except (InvalidToken, UnicodeError, ValueError):
            raise VaultError("a sealed value could not be opened with this key") from None
