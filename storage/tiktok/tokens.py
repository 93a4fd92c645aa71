"""Consent links not yet used, connecting, and the (sealed) tokens with their refresh claims.

Tokens arrive here sealed (``bot.vault``) and leave sealed: this module never sees one in
the clear. A refresh rotates TikTok's refresh token, so two refreshes of one connection at
once would break it: ``claim_refresh`` re-reads the tokens under the connection's own lock
and either hands back tokens someone just refreshed, says another process is refreshing
(``busy``), or claims the refresh for the caller until ``lease`` ends.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from storage.database import Database, Row, Tx, from_epoch, to_epoch
from storage.tiktok.connections import Connection, connection_of

# Advisory lock keys of refreshes (PostgreSQL): below zero, apart from the servers' and
# members' ids (Discord snowflakes, above zero) and the bot's own keys (1, 2).
_REFRESH_LOCKS = -(1 << 62)


def refresh_lock(connection_id: int) -> int:
    """The lock that one connection's token refreshes are taken under."""
    return _REFRESH_LOCKS + connection_id


@dataclass(frozen=True)
class PendingState:
    state_hash: str
    guild_id: int
    user_id: int
    locale: str
    verifier_sealed: str
    created_at: datetime
    expires_at: datetime
    interaction_sealed: str | None = None
    message_id: int | None = None
    browser_hash: str | None = None


def _state(row: Row) -> PendingState:
    return PendingState(
        state_hash=row["state_hash"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        locale=row["locale"],
        verifier_sealed=row["verifier_sealed"],
        created_at=from_epoch(row["created_at"]),
        expires_at=from_epoch(row["expires_at"]),
        interaction_sealed=row["interaction_sealed"],
        message_id=row["message_id"],
        browser_hash=row["browser_hash"],
    )


@dataclass(frozen=True)
class SealedTokens:
    access_sealed: str
    access_expires_at: datetime
    refresh_sealed: str
    refresh_expires_at: datetime


def _tokens(row: Row) -> SealedTokens:
    return SealedTokens(
        access_sealed=row["access_sealed"],
        access_expires_at=from_epoch(row["access_expires_at"]),
        refresh_sealed=row["refresh_sealed"],
        refresh_expires_at=from_epoch(row["refresh_expires_at"]),
    )


@dataclass(frozen=True)
class RefreshClaim:
    """What ``claim_refresh`` found: no tokens (``tokens`` None), tokens good until the
    moment asked for (no ``claim``), another process refreshing (``busy``), or the refresh
    claimed for the caller (``claim``, to hand back to ``store_tokens``)."""

    tokens: SealedTokens | None
    claim: str | None = None
    busy: bool = False


_SEALED_COLUMNS = "access_sealed, access_expires_at, refresh_sealed, refresh_expires_at"


class TokenQueries:
    db: Database

    # -- consent links --------------------------------------------------------------------

    async def save_state(self, state: PendingState, now: datetime) -> None:
        """Keep a new consent link; the member's older links (and anyone's expired ones) go."""

        async def work(tx: Tx) -> None:
            await tx.execute(
                "DELETE FROM tiktok_states WHERE (guild_id = ? AND user_id = ?) OR expires_at <= ?",
                (state.guild_id, state.user_id, to_epoch(now)),
            )
            await tx.execute(
                "INSERT INTO tiktok_states (state_hash, guild_id, user_id, locale, "
                "verifier_sealed, interaction_sealed, message_id, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    state.state_hash,
                    state.guild_id,
                    state.user_id,
                    state.locale,
                    state.verifier_sealed,
                    state.interaction_sealed,
                    state.message_id,
                    to_epoch(state.created_at),
                    to_epoch(state.expires_at),
                ),
            )

        await self.db.write(work, lock=state.guild_id)

    async def set_state_message(self, state_hash: str, message_id: int) -> None:
        await self.db.execute(
            "UPDATE tiktok_states SET message_id = ? WHERE state_hash = ?", (message_id, state_hash)
        )

    async def open_state(
        self, state_hash: str, browser_hash: str, now: datetime
    ) -> PendingState | None:
        """The link, opened for the first time, bound to the browser that opened it; None
        when it is unknown, expired or was opened before (in this browser or another)."""

        async def work(tx: Tx) -> Row | None:
            changed = await tx.execute(
                "UPDATE tiktok_states SET browser_hash = ? WHERE state_hash = ? "
                "AND browser_hash IS NULL AND expires_at > ?",
                (browser_hash, state_hash, to_epoch(now)),
            )
            if not changed:
                return None
            return await tx.fetch_one(
                "SELECT * FROM tiktok_states WHERE state_hash = ?", (state_hash,)
            )

        row = await self.db.write(work)
        return _state(row) if row is not None else None

    async def consume_state(self, state_hash: str, now: datetime) -> PendingState | None:
        """Take the link for its callback: it is gone afterwards, whatever comes of it (a
        replayed callback finds nothing). None when unknown or expired."""

        async def work(tx: Tx) -> Row | None:
            row = await tx.fetch_one(
                "SELECT * FROM tiktok_states WHERE state_hash = ?", (state_hash,)
            )
            if row is None:
                return None
            await tx.execute("DELETE FROM tiktok_states WHERE state_hash = ?", (state_hash,))
            return row if int(row["expires_at"]) > to_epoch(now) else None

        row = await self.db.write(work)
        return _state(row) if row is not None else None

    # -- connecting -----------------------------------------------------------------------

    async def connect(
        self,
        guild_id: int,
        user_id: int,
        *,
        open_id: str,
        display_name: str | None,
        scopes: tuple[str, ...],
        tokens: SealedTokens,
        now: datetime,
        next_sync: Callable[[int], datetime],
    ) -> tuple[Connection, Connection | None, SealedTokens | None]:
        """Save the member's connection with its tokens, replacing any they had (its
        switches stay; another account starts its history afresh); ``next_sync`` gives
        the first daily sync from the connection's id. (The connection, the one it
        replaced, that one's tokens.)"""
        stamp = to_epoch(now)

        async def work(tx: Tx) -> tuple[Row, Row | None, Row | None]:
            old = await tx.fetch_one(
                "SELECT * FROM tiktok_connections WHERE guild_id = ? AND user_id = ?",
                (guild_id, user_id),
            )
            old_tokens = None
            values = (open_id, display_name, ",".join(scopes), stamp)
            if old is None:
                connection_id = await tx.insert(
                    "INSERT INTO tiktok_connections (open_id, display_name, scopes, "
                    "connected_at, guild_id, user_id) VALUES (?, ?, ?, ?, ?, ?)",
                    (*values, guild_id, user_id),
                )
            else:
                connection_id = int(old["id"])
                old_tokens = await tx.fetch_one(
                    f"SELECT {_SEALED_COLUMNS} FROM tiktok_tokens WHERE connection_id = ?",
                    (connection_id,),
                )
                same = old["open_id"] == open_id
                await tx.execute(
                    "UPDATE tiktok_connections SET open_id = ?, display_name = ?, scopes = ?, "
                    "connected_at = ?, status = 'active', status_reason = NULL, "
                    "status_at = NULL, broken_told = 0, sync_failures = 0, sync_claim = NULL, "
                    "sync_claimed_until = NULL"
                    + (
                        ""
                        if same
                        else ", handle = NULL, last_sync_at = NULL, last_sync_videos = NULL"
                    )
                    + " WHERE id = ?",
                    (*values, connection_id),
                )
                await tx.execute(
                    "DELETE FROM tiktok_tokens WHERE connection_id = ?", (connection_id,)
                )
            await tx.execute(
                "UPDATE tiktok_connections SET next_sync_at = ? WHERE id = ?",
                (to_epoch(next_sync(connection_id)), connection_id),
            )
            await tx.execute(
                f"INSERT INTO tiktok_tokens (connection_id, guild_id, {_SEALED_COLUMNS}, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (connection_id, guild_id, *_token_params(tokens), stamp),
            )
            row = await tx.fetch_one(
                "SELECT * FROM tiktok_connections WHERE id = ?", (connection_id,)
            )
            assert row is not None
            return row, old, old_tokens

        row, old, old_tokens = await self.db.write(work, lock=guild_id)
        return (
            connection_of(row),
            connection_of(old) if old is not None else None,
            _tokens(old_tokens) if old_tokens is not None else None,
        )

    # -- tokens ---------------------------------------------------------------------------

    async def tokens(self, connection_id: int) -> SealedTokens | None:
        row = await self.db.read_one(
            f"SELECT {_SEALED_COLUMNS} FROM tiktok_tokens WHERE connection_id = ?",
            (connection_id,),
        )
        return _tokens(row) if row is not None else None

    async def claim_refresh(
        self,
        connection_id: int,
        now: datetime,
        good_until: datetime,
        lease: timedelta,
        refused: str | None = None,
    ) -> RefreshClaim:
        """Under the connection's refresh lock, re-read its tokens: those whose access token
        is good until ``good_until`` (and is not ``refused``, the sealed access token TikTok
        just turned down) are handed back as they are; otherwise the refresh is claimed for
        the caller until ``lease`` ends, unless another process holds it."""
        claim = secrets.token_hex(8)
        stamp = to_epoch(now)

        async def work(tx: Tx) -> RefreshClaim:
            row = await tx.fetch_one(
                f"SELECT {_SEALED_COLUMNS}, refresh_claimed_until FROM tiktok_tokens "
                "WHERE connection_id = ?",
                (connection_id,),
            )
            if row is None:
                return RefreshClaim(None)
            tokens = _tokens(row)
            if tokens.access_expires_at > good_until and tokens.access_sealed != refused:
                return RefreshClaim(tokens)
            held = row["refresh_claimed_until"]
            if held is not None and int(held) >= stamp:
                return RefreshClaim(tokens, busy=True)
            await tx.execute(
                "UPDATE tiktok_tokens SET refresh_claim = ?, refresh_claimed_until = ? "
                "WHERE connection_id = ?",
                (claim, to_epoch(now + lease), connection_id),
            )
            return RefreshClaim(tokens, claim=claim)

        return await self.db.write(work, lock=refresh_lock(connection_id))

    async def store_tokens(self, connection_id: int, tokens: SealedTokens, now: datetime) -> bool:
        """Keep freshly refreshed tokens and end the refresh claim (they are the only ones
        that work now, so they are kept whoever claimed); False when the connection went."""
        changed = await self.db.execute(
            "UPDATE tiktok_tokens SET access_sealed = ?, access_expires_at = ?, "
            "refresh_sealed = ?, refresh_expires_at = ?, refresh_claim = NULL, "
            "refresh_claimed_until = NULL, updated_at = ? WHERE connection_id = ?",
            (*_token_params(tokens), to_epoch(now), connection_id),
            lock=refresh_lock(connection_id),
        )
        return changed == 1

    async def release_refresh(self, connection_id: int, claim: str) -> None:
        """Give the refresh back untried or failed for a passing reason (TikTok down)."""
        await self.db.execute(
            "UPDATE tiktok_tokens SET refresh_claim = NULL, refresh_claimed_until = NULL "
            "WHERE connection_id = ? AND refresh_claim = ?",
            (connection_id, claim),
            lock=refresh_lock(connection_id),
        )

    async def break_connection(self, connection_id: int, refused: str, now: datetime) -> bool:
        """TikTok refused the refresh token ``refused`` (sealed): unless newer tokens were
        stored meanwhile, the connection is broken and its tokens go. True when it broke."""

        async def work(tx: Tx) -> bool:
            row = await tx.fetch_one(
                "SELECT refresh_sealed FROM tiktok_tokens WHERE connection_id = ?",
                (connection_id,),
            )
            if row is None or row["refresh_sealed"] != refused:
                return False
            await tx.execute("DELETE FROM tiktok_tokens WHERE connection_id = ?", (connection_id,))
            await tx.execute(
                "UPDATE tiktok_connections SET status = 'broken', status_at = ?, "
                "broken_told = 0 WHERE id = ?",
                (to_epoch(now), connection_id),
            )
            return True

        return await self.db.write(work, lock=refresh_lock(connection_id))


def _token_params(tokens: SealedTokens) -> tuple[object, ...]:
    return (
        tokens.access_sealed,
        to_epoch(tokens.access_expires_at),
        tokens.refresh_sealed,
        to_epoch(tokens.refresh_expires_at),
    )
