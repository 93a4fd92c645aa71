"""TikTok connections (/tiktok): the connection, its encrypted tokens, consent links not yet
used, the videos a sync read, and the claims that make each sync and each token refresh
happen once across processes.

- ``connections``: a member's connection, its switches, and the claim of a due daily sync
  (``claim_due``): one UPDATE marks the row with this process's claim and a lease that
  expires, and the transaction that saves the sync advances ``next_sync_at`` and releases it.
- ``tokens``: consent links (``tiktok_states``) and the tokens, sealed by the caller before
  they get here. A refresh is claimed the same way (``claim_refresh``), under a lock of its
  own per connection (``refresh_lock``), since TikTok's refresh tokens rotate.
- ``imports``: one sync's results saved in one transaction (videos, ER results, posts,
  followers), and disconnecting with or without what was imported.
"""

from __future__ import annotations

from storage.database import Database
from storage.tiktok.connections import Connection, ConnectionQueries, Switch
from storage.tiktok.imports import ImportedVideo, ImportQueries, SyncBatch, SyncSaved
from storage.tiktok.tokens import (
    PendingState,
    RefreshClaim,
    SealedTokens,
    TokenQueries,
    refresh_lock,
)

__all__ = [
    "Connection",
    "ImportedVideo",
    "PendingState",
    "RefreshClaim",
    "SealedTokens",
    "Switch",
    "SyncBatch",
    "SyncSaved",
    "TikTokRepository",
    "refresh_lock",
]


class TikTokRepository(ConnectionQueries, TokenQueries, ImportQueries):
    def __init__(self, db: Database) -> None:
        self.db = db
