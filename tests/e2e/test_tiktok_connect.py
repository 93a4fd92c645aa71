"""/tiktok connect: the consent link followed like a browser, the callback, what is stored,
and the links that must not work (expired, used, opened in another browser, refused)."""

from __future__ import annotations

import re
from datetime import timedelta
from html import unescape
from typing import Any

from sandbox.tiktok import Account
from tests.support.harness import Harness
from tests.support.tiktok import TikTokHarness

DAY = timedelta(days=1)


def account_with_videos(tiktok: TikTokHarness, name: str = "ana.cria", videos: int = 5) -> Account:
    fake, now = tiktok.fake, tiktok.h.clock.now()
    account = fake.add_account(name, name.split(".")[0].title() + " Cria", follower_count=9_700)
    for n in range(videos):
        fake.add_video(account, now - DAY * (n + 1), view_count=10_000, like_count=900)
    return account


def everything_stored(h: Harness) -> str:
    return repr({table: h.rows(f'SELECT * FROM "{table}"') for table in h.tables()})


def issued_tokens(tiktok: TikTokHarness) -> list[str]:
    return [t.value for g in tiktok.fake.grants for t in (*g.access, *g.refresh)]


def form_fields(html: str) -> dict[str, Any]:
    """The hidden fields of TikTok's consent form (what a browser would post back)."""
    return {
        name: unescape(value)
        for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html)
    }


async def test_connect_stores_the_connection_and_tells_the_member(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account_with_videos(tiktok)
    visit = await tiktok.connect(h.alice, ana)

    assert visit.status == 200
    assert "TikTok account Ana Cria is connected for alice in Creators" in visit.text
    # The reply the member saw with the link now says what the bot found, then the summary.
    assert visit.reply is not None
    assert "Connected as **Ana Cria**" in visit.reply["content"]
    assert "Followers: 9,700" in visit.reply["content"]
    assert "Public videos on the account: 5" in visit.reply["content"]
    summary = visit.reply["embeds"][0]
    assert summary["title"] == "TikTok sync"
    assert "Read 5 videos: 5 new, 0 updated" in summary["description"]
    assert visit.reply["components"] == []

    [row] = h.rows("SELECT * FROM tiktok_connections")
    assert (row["guild_id"], row["user_id"]) == (h.guild.id, h.alice.id)
    assert row["open_id"] == ana.open_id and row["display_name"] == "Ana Cria"
    assert row["scopes"] == "user.info.basic,user.info.stats,video.list"
    assert row["handle"] == "ana.cria" and row["status"] == "active"
    assert row["last_sync_at"] == int(h.clock.now().timestamp())
    assert row["sync_claim"] is None and row["sync_claimed_until"] is None
    assert row["next_sync_at"] > row["last_sync_at"] + 12 * 3600
    [tokens] = h.rows("SELECT * FROM tiktok_tokens")
    assert tokens["connection_id"] == row["id"]
    assert tokens["access_expires_at"] == row["connected_at"] + 2 * 3600
    assert tokens["refresh_expires_at"] == row["connected_at"] + 180 * 86400
    # Sealed at rest: no token TikTok issued is anywhere in the database.
    stored = everything_stored(h)
    assert issued_tokens(tiktok) and not [t for t in issued_tokens(tiktok) if t in stored]
    assert h.rows("SELECT * FROM tiktok_states") == []  # the link is used up
    # The profile takes the followers and the handle; TikTok saw one exchange, hex PKCE.
    [member] = h.rows("SELECT followers, tiktok_handle FROM members")
    assert member == {"followers": 9_700, "tiktok_handle": "ana.cria"}
    assert [s.status for s in fake.seen if s.grant_type == "authorization_code"] == [200]


async def test_the_page_and_the_reply_speak_the_members_language(tiktok: TikTokHarness) -> None:
    ana = account_with_videos(tiktok, videos=1)
    visit = await tiktok.connect(tiktok.h.alice, ana, locale="zh-CN")
    assert '<html lang="zh-CN">' in visit.text and "已连接" in visit.text
    assert visit.reply is not None and "已连接 **Ana Cria**" in visit.reply["content"]


async def test_a_partial_grant_imports_followers_and_says_videos_were_not_shared(
    tiktok: TikTokHarness,
) -> None:
    h = tiktok.h
    ana = account_with_videos(tiktok)
    visit = await tiktok.connect(h.alice, ana, scopes=["user.info.basic", "user.info.stats"])
    assert visit.status == 200
    [row] = h.rows("SELECT scopes FROM tiktok_connections")
    assert row["scopes"] == "user.info.basic,user.info.stats"
    assert visit.reply is not None
    text = visit.reply["content"] + visit.reply["embeds"][0]["description"]
    assert "TikTok did not share your videos" in text and "/tiktok connect" in text
    assert h.rows("SELECT followers FROM members") == [{"followers": 9_700}]
    assert h.rows("SELECT * FROM er_results") == [] and h.rows("SELECT * FROM posts") == []
    assert tiktok.fake.calls("/v2/video/list/") == 0
    status = await h.slash(h.alice, "tiktok status")
    assert "Shared by TikTok: profile and follower count" in status.text


async def test_refusing_at_tiktok_connects_nothing(tiktok: TikTokHarness) -> None:
    h = tiktok.h
    visit = await tiktok.connect(h.alice, account_with_videos(tiktok), refuse=True)
    assert "You did not allow access" in visit.text
    assert visit.reply is not None and "nothing was connected" in visit.reply["content"]
    assert h.rows("SELECT * FROM tiktok_connections") == []
    assert h.rows("SELECT * FROM tiktok_states") == []


async def test_an_expired_link_stores_nothing(tiktok: TikTokHarness) -> None:
    h = tiktok.h
    url, _reply = await tiktok.connect_link(h.alice)
    await h.clock.advance(timedelta(minutes=11))
    tiktok.fake.consent_as(account_with_videos(tiktok))
    visit = await tiktok.follow(url)
    assert visit.status == 404 and "This link has expired" in visit.text
    assert h.rows("SELECT * FROM tiktok_connections") == []
    assert tiktok.fake.calls("/v2/auth/authorize/") == 0


async def test_another_members_link_opened_elsewhere_is_refused(tiktok: TikTokHarness) -> None:
    """Alice's link, opened by her; bob opens it too, and tries to finish her consent from his
    browser as his own TikTok account: refused, nothing stored for either of them."""
    h, fake = tiktok.h, tiktok.fake
    ana = account_with_videos(tiktok)
    bo = account_with_videos(tiktok, "bo.makes")
    url, _reply = await tiktok.connect_link(h.alice)
    alices, bobs = tiktok.browser(), tiktok.browser()
    consent = await tiktok.follow(url, alices)  # TikTok's consent page, in alice's browser
    assert consent.status == 200 and "Authorize" in consent.text
    second = await tiktok.follow(url, bobs)
    assert second.status == 404 and "This link has expired or was used already" in second.text

    fields = form_fields(consent.text) | {"account": bo.username, "decision": "allow"}
    fields["granted"] = "video.list"
    async with bobs.post(f"{fake.base_url}/v2/auth/authorize/", data=fields) as response:
        page = await response.text()
    assert response.status == 403 and "did not start in this browser" in page
    assert h.rows("SELECT * FROM tiktok_connections") == []
    assert not [s for s in fake.seen if s.grant_type == "authorization_code"]

    # The link is spent: alice finishing it now finds it gone; a new one works.
    fields = form_fields(consent.text) | {"account": ana.username, "decision": "allow"}
    async with alices.post(f"{fake.base_url}/v2/auth/authorize/", data=fields) as response:
        assert response.status == 404
    visit = await tiktok.connect(h.alice, ana)
    assert visit.status == 200
    assert [r["open_id"] for r in h.rows("SELECT open_id FROM tiktok_connections")] == [ana.open_id]


async def test_a_replayed_callback_changes_nothing(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account_with_videos(tiktok)
    url, _reply = await tiktok.connect_link(h.alice)
    fake.consent_as(ana)
    browser = tiktok.browser()
    async with browser.get(url, allow_redirects=True) as response:
        callback = str(response.url)
        assert response.status == 200
    await tiktok.settled()
    before = everything_stored(h)
    async with browser.get(callback) as response:
        again = await response.text()
    assert response.status == 404 and "This link has expired" in again
    assert everything_stored(h) == before
    assert len([s for s in fake.seen if s.grant_type == "authorization_code"]) == 1


async def test_connecting_again_replaces_the_connection_cleanly(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account_with_videos(tiktok)
    await tiktok.connect(h.alice, ana)
    reply = await h.slash(h.alice, "tiktok connect")
    assert "You are connected as Ana Cria (@ana.cria) now" in reply.text
    other = account_with_videos(tiktok, "ana.second", videos=2)
    await tiktok.connect(h.alice, other)

    [row] = h.rows("SELECT * FROM tiktok_connections")
    assert row["open_id"] == other.open_id and row["handle"] == "ana.second"
    assert len(h.rows("SELECT * FROM tiktok_tokens")) == 1
    # The first account's access was given back to TikTok; what it imported stays.
    assert all(g.revoked for g in fake.grants_of(ana))
    assert not any(g.revoked for g in fake.grants_of(other))
    assert len(h.rows("SELECT * FROM tiktok_videos")) == 5 + 2


async def test_without_the_tiktok_settings_tiktok_says_so_in_one_line(harness: Harness) -> None:
    for command in ("tiktok connect", "tiktok sync", "tiktok status", "tiktok disconnect"):
        reply = await harness.slash(harness.alice, command)
        assert reply.ephemeral
        assert reply.text == (
            "This bot is not set up for TikTok. Whoever runs it can switch it on as the "
            "“Connect TikTok” section of CreatorPulse's README describes."
        )
    assert harness.bot.web is None
