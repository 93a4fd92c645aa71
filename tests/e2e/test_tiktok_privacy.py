"""/privacy export shows the connection and never a token; /privacy delete and /tiktok
disconnect revoke at TikTok and delete the tokens; disconnect keeps or deletes imports."""

from __future__ import annotations

import json
from datetime import timedelta

from sandbox.tiktok import Account
from tests.e2e.test_privacy import rows_naming
from tests.support.harness import Harness
from tests.support.tiktok import TikTokHarness


def account(tiktok: TikTokHarness) -> Account:
    ana = tiktok.fake.add_account("ana.cria", "Ana", follower_count=9_700)
    for n in range(3):
        tiktok.fake.add_video(ana, tiktok.h.clock.now() - timedelta(days=1 + n))
    return ana


def secrets_of(tiktok: TikTokHarness) -> list[str]:
    """Every token TikTok issued, and every sealed value the database holds."""
    h = tiktok.h
    issued = [t.value for g in tiktok.fake.grants for t in (*g.access, *g.refresh)]
    sealed = [
        str(value)
        for table in ("tiktok_tokens", "tiktok_states")
        for row in h.rows(f"SELECT * FROM {table}")
        for column, value in row.items()
        if column.endswith("_sealed") and value
    ]
    return issued + sealed


async def test_the_export_holds_the_connection_and_no_token(tiktok: TikTokHarness) -> None:
    h = tiktok.h
    await tiktok.connect(h.alice, account(tiktok))
    await tiktok.connect_link(h.alice)  # a sign-in link not used yet (its verifier sealed)
    secrets = secrets_of(tiktok)
    assert len(secrets) >= 4

    export = await h.slash(h.alice, "privacy export")
    [(_name, data)] = export.files
    text = data.decode()
    assert not [s for s in secrets if s in text]
    assert "_sealed" not in text and "tiktok_tokens" not in text
    document = json.loads(text)["data"]
    [connection] = document["tiktok_connections"]
    assert connection["open_id"] == tiktok.fake.accounts["ana.cria"].open_id
    assert connection["scopes"] == "user.info.basic,user.info.stats,video.list"
    assert connection["display_name"] == "Ana"
    assert connection["daily_sync"] == 1 and connection["sync_posts"] == 1
    assert "connected_at_readable" in connection and "last_sync_at_readable" in connection
    assert len(document["tiktok_videos"]) == 3
    [state] = document["tiktok_states"]
    assert set(state) >= {"created_at", "expires_at"}
    assert "Your TikTok connection (account, scopes, settings; never the tokens): 1" in export.text


async def test_privacy_delete_revokes_and_leaves_nothing(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    prompt = await h.slash(h.alice, "privacy delete")
    assert "Your TikTok connection" in prompt.text
    done = await h.click(h.alice, prompt.message, prompt.button("Confirm")["custom_id"])
    assert "Done:" in done.text

    assert all(g.revoked for g in fake.grants_of(ana))
    assert h.rows("SELECT * FROM tiktok_tokens") == []  # with its connection, no orphan
    assert all(n == 0 for n in rows_naming(h, h.guild.id, h.alice.id).values())
    assert h.rows("SELECT * FROM tiktok_videos") == []


async def disconnect(h: Harness, label: str) -> str:
    prompt = await h.slash(h.alice, "tiktok disconnect")
    assert prompt.ephemeral and "Disconnect TikTok (Ana (@ana.cria))?" in prompt.text
    done = await h.click(h.alice, prompt.message, prompt.button(label)["custom_id"])
    return done.text


async def test_disconnect_keeping_what_was_imported(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    text = await disconnect(h, "Disconnect, keep imported")
    assert "Disconnected. The bot's access is ended" in text
    assert all(g.revoked for g in fake.grants_of(ana))
    assert h.rows("SELECT * FROM tiktok_connections") == []
    assert h.rows("SELECT * FROM tiktok_tokens") == []
    assert len(h.rows("SELECT * FROM er_results WHERE source = 'tiktok'")) == 4
    assert len(h.rows("SELECT * FROM posts WHERE source = 'tiktok'")) == 3


async def test_disconnect_deleting_what_was_imported(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await h.slash(h.alice, "post log", {"when": "today 08:00"})
    await tiktok.connect(h.alice, ana)
    # Two hours later the access token has run out: it is refreshed to be revoked.
    await h.clock.advance(timedelta(hours=2, minutes=1))
    text = await disconnect(h, "Disconnect, delete imported")
    assert "what was imported is deleted: 4 results and 3 posts" in text
    assert fake.refreshes() == 1 and all(g.revoked for g in fake.grants_of(ana))
    assert h.rows("SELECT * FROM er_results") == []
    assert len(h.rows("SELECT * FROM posts")) == 1  # the one logged by hand
    assert h.rows("SELECT * FROM tiktok_videos") == []
    streak = await h.slash(h.alice, "streak show")
    assert "Total posts\n1" in streak.text


async def test_disconnect_cancelled_changes_nothing(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    text = await disconnect(h, "Cancel")
    assert "Cancelled: you are still connected" in text
    assert len(h.rows("SELECT * FROM tiktok_tokens")) == 1
    assert not any(g.revoked for g in fake.grants_of(ana))


async def test_disconnect_when_tiktok_does_not_answer(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    await tiktok.connect(h.alice, account(tiktok))
    fake.fail("/v2/oauth/revoke/", 500)
    text = await disconnect(h, "Disconnect, keep imported")
    assert "TikTok did not confirm" in text
    assert h.rows("SELECT * FROM tiktok_tokens") == []
