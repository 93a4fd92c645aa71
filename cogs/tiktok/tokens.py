"""A connection's access token, refreshed when it runs out, one refresh at a time.

TikTok rotates refresh tokens: a refresh returns a new one and the old one stops working,
so two refreshes of one member at once break that member's connection. Within this process
a lock per connection queues them; across processes the refresh is claimed in the database
(``TikTokRepository.claim_refresh``, under the connection's own lock, re-reading the tokens
inside it): a process finds the tokens another just refreshed, or waits while another
process holds the claim, or takes it, refreshes and stores the new tokens. A refresh TikTok
refuses (``invalid_grant``) breaks the connection, unless newer tokens were stored meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from datetime import timedelta

from bot.clock import Clock
from bot.vault import Vault, VaultError
from cogs.tiktok.client import GrantRefused, TikTokClient, TikTokUnavailable, TokenSet
from storage.tiktok import SealedTokens, TikTokRepository

log = logging.getLogger(__name__)

MARGIN = timedelta(minutes=5)  # an access token this close to its end is refreshed first
LEASE = timedelta(minutes=1)  # a refresh claim lasts this long (the request times out first)
WAIT = 0.25  # seconds between looks while another process refreshes
WAIT_ROUNDS = 120


class NotConnected(Exception):
    """The connection has no tokens (disconnected, or TikTok removed the authorization)."""


class ConnectionBroken(Exception):
    """TikTok refused to renew the member's access: they must connect again."""


class TokenKeeper:
    def __init__(
        self, repo: TikTokRepository, client: TikTokClient, vault: Vault, clock: Clock
    ) -> None:
        self.repo = repo
        self.client = client
        self.vault = vault
        self.clock = clock
        self._locks: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()

    def seal(self, text: str) -> str:
        return self.vault.seal(text, self.clock.now())

    async def access_token(self, connection_id: int, *, refused: str | None = None) -> str:
        """A working access token; ``refused``: the one TikTok just turned down."""
        try:
            return await self._access_token(connection_id, refused)
        except VaultError:
            # SECRET_KEY changed (or the row was altered): these tokens are lost for good.
            tokens = await self.repo.tokens(connection_id)
            if tokens is not None:
                await self.repo.break_connection(
                    connection_id, tokens.refresh_sealed, self.clock.now()
                )
            log.warning("the TikTok tokens of connection %s cannot be opened", connection_id)
            raise ConnectionBroken from None

    async def _access_token(self, connection_id: int, refused: str | None) -> str:
        now = self.clock.now()
        tokens = await self.repo.tokens(connection_id)
        if tokens is None:
            raise NotConnected
        if refused is None and tokens.access_expires_at > now + MARGIN:
            return self.vault.open(tokens.access_sealed)
        refused_sealed = tokens.access_sealed if refused is not None else None
        lock = self._locks.get(connection_id)
        if lock is None:
            lock = self._locks[connection_id] = asyncio.Lock()
        async with lock:
            for _ in range(WAIT_ROUNDS):
                now = self.clock.now()
                found = await self.repo.claim_refresh(
                    connection_id, now, now + MARGIN, LEASE, refused_sealed
                )
                if found.tokens is None:
                    raise NotConnected
                if found.busy:  # another process refreshes: its tokens will be there shortly
                    await asyncio.sleep(WAIT)
                    continue
                if found.claim is None:  # refreshed by someone else meanwhile
                    return self.vault.open(found.tokens.access_sealed)
                access = await self._renew(connection_id, found.tokens, found.claim)
                if access is not None:
                    return access
                refused_sealed = None  # newer tokens were stored meanwhile: use those
        raise TikTokUnavailable("another process kept the refresh too long")

    async def _call_refresh(self, tokens: SealedTokens) -> TokenSet:
        now = self.clock.now()
        if tokens.refresh_expires_at <= now:
            raise GrantRefused("the refresh token expired")
        return await self.client.refresh(self.vault.open(tokens.refresh_sealed), now)

    async def _renew(self, connection_id: int, tokens: SealedTokens, claim: str) -> str | None:
        """Refresh with the claimed tokens: the new access token, or None when TikTok
        refused a refresh token that was replaced meanwhile (look again)."""
        now = self.clock.now()
        try:
            fresh = await self._call_refresh(tokens)
        except GrantRefused as refusal:
            if await self.repo.break_connection(connection_id, tokens.refresh_sealed, now):
                log.info("the TikTok connection %s is broken: %s", connection_id, refusal)
                raise ConnectionBroken from None
            return None
        except BaseException:
            await asyncio.shield(self.repo.release_refresh(connection_id, claim))
            raise
        stored = await self.repo.store_tokens(
            connection_id,
            SealedTokens(
                access_sealed=self.seal(fresh.access_token),
                access_expires_at=fresh.access_expires_at,
                refresh_sealed=self.seal(fresh.refresh_token),
                refresh_expires_at=fresh.refresh_expires_at,
            ),
            now,
        )
        if not stored:
            raise NotConnected
        log.info("refreshed the TikTok tokens of connection %s", connection_id)
        return fresh.access_token
