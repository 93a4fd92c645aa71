"""POST /tiktok/webhook: TikTok's signed events. A valid ``authorization.removed`` drops the
member's tokens (imported history stays), again changes nothing more; a bad signature, an
old timestamp (a replay) or a foreign app's event changes nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import aiohttp

from sandbox.tiktok import Account, WebhookDelivery, signature
from tests.support.harness import Harness
from tests.support.tiktok import TikTokHarness


def account(tiktok: TikTokHarness) -> Account:
    ana = tiktok.fake.add_account("ana.cria", "Ana", follower_count=9_700)
    tiktok.fake.add_video(ana, tiktok.h.clock.now() - timedelta(days=1))
    return ana


def stored(h: Harness) -> dict[str, list[dict[str, object]]]:
    return {t: h.rows(f"SELECT * FROM {t}") for t in h.tables() if t != "command_sync"}


async def post(url: str, body: bytes, header: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if header is not None:
        headers["TikTok-Signature"] = header
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as response,
    ):
        await response.read()
        return response.status


async def test_authorization_removed_drops_the_tokens_once(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    delivery = fake.deauthorize(ana, reason=1)
    assert delivery is not None

    assert await fake.deliver(delivery) == 200
    assert h.rows("SELECT * FROM tiktok_tokens") == []
    [row] = h.rows("SELECT status, status_reason FROM tiktok_connections")
    assert row == {"status": "removed", "status_reason": 1}
    assert len(h.rows("SELECT * FROM er_results WHERE source = 'tiktok'")) == 2  # stays
    after = stored(h)

    # TikTok delivers at least once: the same event again, within minutes, changes nothing.
    await h.clock.advance(timedelta(minutes=3))
    assert await fake.deliver(delivery) == 200
    assert stored(h) == after
    status = await h.slash(h.alice, "tiktok status")
    assert "The authorization was removed in TikTok" in status.text
    assert "you disconnected the app in TikTok" in status.text
    reply = await h.slash(h.alice, "tiktok sync")
    assert "authorization was removed" in reply.text


async def test_a_replayed_or_forged_event_is_refused(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    event = fake.event(ana, "authorization.removed", {"reason": 1})
    before = stored(h)

    # Replayed after more than 5 minutes: refused (its timestamp is signed).
    await h.clock.advance(timedelta(minutes=5, seconds=1))
    assert await fake.deliver(event) == 401
    # Signed with another secret, a changed body, no or a broken header: refused.
    now = int(h.clock.now().timestamp())
    fresh = fake.event(ana, "authorization.removed", {"reason": 1})
    wrong = WebhookDelivery(fresh.url, fresh.body, signature("not-the-secret", now, fresh.body))
    assert await fake.deliver(wrong) == 401
    changed = fresh.body.replace(b'"reason\\": 1', b'"reason\\": 2')
    assert changed != fresh.body
    assert await post(fresh.url, changed, fresh.signature) == 401
    assert await post(fresh.url, fresh.body, None) == 401
    assert await post(fresh.url, fresh.body, "t=abc,s=def") == 401
    # From the future (a clock far off) too.
    ahead = now + 600
    assert (
        await post(fresh.url, fresh.body, signature(fake.client_secret, ahead, fresh.body)) == 401
    )
    assert stored(h) == before
    assert h.rows("SELECT status FROM tiktok_connections") == [{"status": "active"}]


async def test_other_events_and_bodies(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    before = stored(h)
    url = f"{tiktok.base}/tiktok/webhook"
    now = int(h.clock.now().timestamp())

    other = fake.event(ana, "video.publish.complete", {"share_id": "x"})
    assert await fake.deliver(other) == 200  # not one the bot acts on
    foreign = json.dumps({"client_key": "someone-else", "event": "authorization.removed"}).encode()
    assert await post(url, foreign, signature(fake.client_secret, now, foreign)) == 400
    garbage = b"{not json"
    assert await post(url, garbage, signature(fake.client_secret, now, garbage)) == 400
    huge = b"{" + b" " * (70 * 1024) + b"}"
    assert await post(url, huge, signature(fake.client_secret, now, huge)) == 413
    assert stored(h) == before


async def test_a_deleted_account(tiktok: TikTokHarness) -> None:
    """The member deletes their TikTok account: TikTok says so (reason 2), and even without
    that event the next refresh is refused; either way the bot stops and says why."""
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    delivery = fake.deauthorize(ana, reason=2)
    assert delivery is not None and await fake.deliver(delivery) == 200
    status = await h.slash(h.alice, "tiktok status")
    assert "(the account was deleted)" in status.text

    bo = fake.add_account("bo.makes", "Bo")
    await tiktok.connect(h.bob, bo)
    fake.deauthorize(bo, reason=2)  # (the event lost on its way)
    await h.clock.advance(timedelta(hours=2, minutes=1))
    reply = await h.slash(h.bob, "tiktok sync")
    assert "TikTok refused to renew" in reply.text
    assert h.rows("SELECT status FROM tiktok_connections ORDER BY id") == [
        {"status": "removed"},
        {"status": "broken"},
    ]
