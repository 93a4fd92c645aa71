"""Access tokens last 2 hours; a refresh rotates the refresh token (TikTok rejects the old
one), happens once when two processes need it at once, and a refused refresh breaks the
connection and tells the member once."""

from __future__ import annotations

import asyncio
import json
import logging
from datetime import timedelta

import aiohttp

from bot.vault import Vault
from cogs.tiktok.client import TikTokClient
from cogs.tiktok.tokens import TokenKeeper
from sandbox.tiktok import Account
from storage.tiktok import TikTokRepository
from tests.e2e.test_secrets import Everything
from tests.support.databases import open_test_database
from tests.support.tiktok import SECRET_KEY, TikTokHarness

TWO_HOURS = timedelta(hours=2, minutes=1)


def account(tiktok: TikTokHarness) -> Account:
    ana = tiktok.fake.add_account("ana.cria", "Ana", follower_count=9_700)
    tiktok.fake.add_video(ana, tiktok.h.clock.now() - timedelta(days=1))
    return ana


async def refresh_with(tiktok: TikTokHarness, refresh_token: str) -> dict[str, object]:
    """TikTok's token endpoint asked directly, as anyone holding ``refresh_token`` could."""
    fake = tiktok.fake
    form = {
        "client_key": fake.client_key,
        "client_secret": fake.client_secret,
        "grant_type": "refresh_token",
        "refresh_token": refresh_token,
    }
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{fake.base_url}/v2/oauth/token/", data=form) as response,
    ):
        body: dict[str, object] = await response.json()
        return body


async def test_after_two_hours_the_token_is_refreshed_and_the_old_refresh_token_dies(
    tiktok: TikTokHarness,
) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    [grant] = fake.grants_of(ana)
    first_refresh = grant.refresh[0].value
    [before] = h.rows("SELECT * FROM tiktok_tokens")

    await h.clock.advance(timedelta(minutes=90))
    await h.slash(h.alice, "tiktok sync")
    assert fake.refreshes() == 0  # still good for half an hour
    await h.clock.advance(TWO_HOURS - timedelta(minutes=90))
    reply = await h.slash(h.alice, "tiktok sync")
    assert "Read 1 video" in reply.text
    assert fake.refreshes() == 1

    [after] = h.rows("SELECT * FROM tiktok_tokens")
    now = int(h.clock.now().timestamp())
    assert after["access_expires_at"] == now + 2 * 3600
    assert after["refresh_expires_at"] == now + 180 * 86400
    assert after["refresh_sealed"] != before["refresh_sealed"]
    assert after["refresh_claim"] is None
    refused = await refresh_with(tiktok, first_refresh)
    assert refused["error"] == "invalid_grant"
    assert h.rows("SELECT status FROM tiktok_connections") == [{"status": "active"}]


async def test_two_processes_needing_a_refresh_at_once_refresh_once(tiktok: TikTokHarness) -> None:
    """Another process on the same database (its own connections, its own client) and this
    one both find the access token expired: one refresh at TikTok, one working token."""
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    [row] = h.rows("SELECT id FROM tiktok_connections")
    await h.clock.advance(TWO_HOURS)
    other_db = open_test_database(h.database_url, h.db_path)
    await other_db.connect()
    client = TikTokClient(fake.client_key, fake.client_secret, fake.base_url)
    await client.open()
    try:
        other = TokenKeeper(
            TikTokRepository(other_db), client, Vault(SECRET_KEY, "tiktok-tokens"), h.clock
        )
        ours = tiktok.feature.keeper
        tokens = await asyncio.gather(
            ours.access_token(row["id"]),
            other.access_token(row["id"]),
            ours.access_token(row["id"]),
        )
    finally:
        await client.close()
        await other_db.close()
    assert fake.refreshes() == 1
    assert len(set(tokens)) == 1
    [grant] = fake.grants_of(ana)
    assert tokens[0] == grant.access[-1].value
    assert h.rows("SELECT status FROM tiktok_connections") == [{"status": "active"}]
    reply = await h.slash(h.alice, "tiktok sync")
    assert "Read 1 video" in reply.text and fake.refreshes() == 1


async def test_a_refused_refresh_breaks_the_connection_and_tells_the_member_once(
    tiktok: TikTokHarness,
) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    for grant in fake.grants_of(ana):
        grant.revoked = True  # (in TikTok, without an event to the bot)
    [row] = h.rows("SELECT next_sync_at FROM tiktok_connections")
    slot = row["next_sync_at"]
    await h.clock.advance(timedelta(seconds=slot - int(h.clock.now().timestamp()) + 1))
    await tiktok.daily_settled()

    [row] = h.rows("SELECT status, broken_told FROM tiktok_connections")
    assert row == {"status": "broken", "broken_told": 1}
    assert h.rows("SELECT * FROM tiktok_tokens") == []
    dms = h.emu.dm_messages(h.alice.id)
    assert len(dms) == 1
    assert "stopped working" in dms[0]["content"] and "/tiktok connect" in dms[0]["content"]
    assert "Creators" in dms[0]["content"]

    # Another day, a sync asked for, the status: the member is not told again by DM.
    await h.clock.advance(timedelta(days=1))
    await tiktok.daily_settled()
    reply = await h.slash(h.alice, "tiktok sync")
    assert reply.ephemeral and "TikTok refused to renew" in reply.text
    status = await h.slash(h.alice, "tiktok status")
    assert "refuses to renew the bot's access" in status.text
    assert len(h.emu.dm_messages(h.alice.id)) == 1
    assert fake.refreshes() == 0

    # Connecting again mends it.
    await tiktok.connect(h.alice, ana)
    assert h.rows("SELECT status, broken_told FROM tiktok_connections") == [
        {"status": "active", "broken_told": 0}
    ]


async def test_tokens_sealed_with_another_secret_key_break_the_connection(
    tiktok: TikTokHarness,
) -> None:
    h = tiktok.h
    await tiktok.connect(h.alice, account(tiktok))
    h.settings_overrides["secret_key"] = h.settings_overrides["secret_key"].__class__(
        "another-secret-key-that-is-long-enough-9876543210"
    )
    await h.restart()
    reply = await h.slash(h.alice, "tiktok sync")
    assert "TikTok refused to renew" in reply.text
    assert h.rows("SELECT status FROM tiktok_connections") == [{"status": "broken"}]


async def test_no_token_or_secret_in_any_log_or_reply(tiktok: TikTokHarness) -> None:
    """Connect, sync, refresh, a refused refresh and disconnect, logged at DEBUG by every
    library: no token, code, client secret or SECRET_KEY in a log line or a message."""
    h, fake = tiktok.h, tiktok.fake
    handler = Everything()
    root = logging.getLogger()
    names = ("", "discord", "aiosqlite", "aiohttp", "asyncpg")
    levels = {name: logging.getLogger(name).level for name in names}
    root.addHandler(handler)
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        ana = account(tiktok)
        await tiktok.connect(h.alice, ana)
        await h.clock.advance(TWO_HOURS)
        await h.slash(h.alice, "tiktok sync")
        await h.slash(h.alice, "tiktok status")
        for grant in fake.grants_of(ana):
            grant.revoked = True
        await h.clock.advance(TWO_HOURS)
        await h.slash(h.alice, "tiktok sync")
        await tiktok.connect(h.alice, ana)
        prompt = await h.slash(h.alice, "tiktok disconnect")
        await h.click(
            h.alice, prompt.message, prompt.button("Disconnect, keep imported")["custom_id"]
        )
    finally:
        root.removeHandler(handler)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
    secrets = [t.value for g in fake.grants for t in (*g.access, *g.refresh)]
    secrets += [code for code in fake.codes]
    secrets += [fake.client_secret, SECRET_KEY]
    assert len(secrets) >= 8 and len(handler.texts) > 20
    assert not [s for s in secrets if any(s in text for text in handler.texts)]
    sent = [json.dumps(r.json) for r in h.emu.requests if r.json is not None]
    assert not [s for s in secrets if any(s in body for body in sent)]
