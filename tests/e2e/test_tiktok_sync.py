"""What a sync imports: results in /er history, the profile's followers, posts and the
streak; later syncs update, never duplicate; videos already logged by hand, videos without
views, private and deleted videos; the switches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sandbox.tiktok import Account
from tests.support.harness import Harness
from tests.support.tiktok import TikTokHarness

DAY = timedelta(days=1)


def creator(tiktok: TikTokHarness, videos: int = 12, *, followers: int = 20_000) -> Account:
    """An account with ``videos`` videos, one every other day back from yesterday."""
    fake, now = tiktok.fake, tiktok.h.clock.now()
    account = fake.add_account("ana.cria", "Ana", follower_count=followers)
    for n in range(videos):
        fake.add_video(
            account,
            now - DAY * (1 + 2 * n),
            title=f"Day {n} of my garden",
            view_count=10_000 + 1000 * n,
            like_count=800,
            comment_count=100,
            share_count=100,
        )
    return account


def imported(h: Harness, table: str) -> list[dict[str, object]]:
    return h.rows(f"SELECT * FROM {table} WHERE source = 'tiktok' ORDER BY id")


async def test_a_sync_fills_history_profile_posts_and_streak(tiktok: TikTokHarness) -> None:
    h = tiktok.h
    await h.slash(h.alice, "timezone set", {"zone": "Asia/Shanghai"})
    ana = creator(tiktok)
    await tiktok.connect(h.alice, ana)

    results = imported(h, "er_results")
    by_views = [r for r in results if r["basis"] == "views"]
    assert len(by_views) == 12
    first = ana.newest_first()[0]
    row = next(r for r in by_views if str(first.id) in str(r["video_url"]))
    assert row["video_url"] == f"https://www.tiktok.com/@ana.cria/video/{first.id}"
    assert row["created_at"] == first.create_time  # dated when the video went up
    assert abs(row["rate"] - 10.0) < 1e-9  # (800 + 100 + 100) / 10,000
    assert row["followers"] == 20_000 and row["saves"] is None
    [by_followers] = [r for r in results if r["basis"] == "followers"]
    assert by_followers["posts"] == 10 and by_followers["followers"] == 20_000
    assert abs(by_followers["rate"] - (900 * 10 / 10) / 20_000 * 100) < 1e-9
    # A post per video in the member's own timezone, the weekly streak kept by them.
    posts = imported(h, "posts")
    assert len(posts) == 12 and {p["timezone"] for p in posts} == {"Asia/Shanghai"}
    assert h.rows("SELECT followers FROM members") == [{"followers": 20_000}]

    history = await h.slash(h.alice, "er history", {"limit": 5})
    assert history.text.count("♪ TikTok") == 5
    streak = await h.slash(h.alice, "streak show")
    assert "\n3 weeks\n" in streak.text
    profile = await h.slash(h.alice, "profile show")
    assert "20,000" in profile.text and "ana.cria" in profile.text


async def test_a_later_sync_updates_numbers_and_adds_only_new_videos(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = creator(tiktok, videos=3)
    await tiktok.connect(h.alice, ana)
    for video in ana.videos:
        video.view_count *= 2
    await h.clock.advance(timedelta(hours=1))  # (the daily sync is 12 hours off at least)
    fake.add_video(ana, h.clock.now() - timedelta(minutes=30), title="Fresh", view_count=500)
    ana.follower_count = 21_000

    reply = await h.slash(h.alice, "tiktok sync")
    assert reply.ephemeral
    assert "Read 4 videos: 1 new, 3 updated" in reply.text
    assert "Followers: 20,000 → 21,000" in reply.text
    assert "Posting log: 1 new post" in reply.text
    by_views = [r for r in imported(h, "er_results") if r["basis"] == "views"]
    assert len(by_views) == 4  # one row per video, never a second
    assert len(imported(h, "posts")) == 4
    assert len(h.rows("SELECT * FROM tiktok_videos")) == 4
    updated = next(r for r in by_views if r["views"] == 20_000)
    assert abs(updated["rate"] - 5.0) < 1e-9
    assert len([r for r in imported(h, "er_results") if r["basis"] == "followers"]) == 1


async def test_videos_logged_by_hand_are_not_counted_twice(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = fake.add_account("ana.cria", "Ana", follower_count=5_000)
    linked = fake.add_video(ana, h.clock.now() - timedelta(hours=30))
    timed = fake.add_video(ana, datetime(2026, 11, 23, 9, 15, 40, tzinfo=UTC))
    await h.slash(
        h.alice,
        "post log",
        {
            "video": f"https://www.tiktok.com/@ana.cria/video/{linked.id}?lang=en",
            "when": "yesterday",
        },
    )
    await h.slash(h.alice, "post log", {"when": "today 09:15"})  # (UTC: no timezone set)
    visit = await tiktok.connect(h.alice, ana)

    assert visit.reply is not None
    summary = visit.reply["embeds"][0]["description"]
    assert "Posting log: no new posts" in summary
    assert "2 new videos were in your posting log already" in summary
    assert len(h.rows("SELECT * FROM posts")) == 2 and imported(h, "posts") == []
    assert timed.create_time  # (the minute of the hand-logged post)
    # /er views of the same video earlier is the same result row, now with TikTok's numbers.
    assert len(h.rows("SELECT * FROM er_results WHERE basis = 'views'")) == 2


async def test_no_views_private_and_deleted_videos(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = creator(tiktok, videos=4)
    unseen = fake.add_video(
        ana,
        h.clock.now() - timedelta(hours=2),
        view_count=0,
        like_count=0,
        comment_count=0,
        share_count=0,
    )
    hidden = fake.add_video(ana, h.clock.now() - timedelta(hours=3), public=False)
    await tiktok.connect(h.alice, ana)
    videos = {r["video_id"] for r in h.rows("SELECT video_id FROM tiktok_videos")}
    assert str(unseen.id) in videos and str(hidden.id) not in videos
    urls = {r["video_url"] for r in h.rows("SELECT video_url FROM er_results")}
    assert not any(str(unseen.id) in str(u) for u in urls)  # no rate without views
    assert len(imported(h, "posts")) == 5  # but it was posted

    # One video goes private, another is deleted: a sync reads what is left, keeps the rest.
    ana.videos[0].public = False
    ana.videos.remove(ana.videos[1])
    reply = await h.slash(h.alice, "tiktok sync")
    assert "Read 3 videos: 0 new, 3 updated" in reply.text
    assert len(h.rows("SELECT * FROM tiktok_videos")) == 5
    assert len(imported(h, "posts")) == 5


async def test_the_switches_choose_what_a_sync_imports(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = creator(tiktok, videos=2)
    await tiktok.connect(h.alice, ana)
    status = await h.slash(h.alice, "tiktok status")
    assert "✅ New videos → posting log" in status.text and "✅ Daily sync" in status.text
    switched = await h.click(
        h.alice, status.message, status.button("New videos → posting log")["custom_id"]
    )
    assert "⬜ New videos → posting log" in switched.text
    stranger = await h.click(h.bob, switched.message, switched.button("Daily sync")["custom_id"])
    assert stranger.ephemeral and "Only the member who ran the command" in stranger.text
    assert h.rows("SELECT sync_posts, daily_sync FROM tiktok_connections") == [
        {"sync_posts": 0, "daily_sync": 1}
    ]
    fake.add_video(ana, h.clock.now() - timedelta(minutes=5))
    reply = await h.slash(h.alice, "tiktok sync")
    assert "1 new" in reply.text and "Posting log" not in reply.text
    assert len(imported(h, "posts")) == 2


async def test_sync_and_status_before_connecting(tiktok: TikTokHarness) -> None:
    h = tiktok.h
    for command in ("tiktok sync", "tiktok status", "tiktok disconnect"):
        reply = await h.slash(h.alice, command)
        assert reply.ephemeral and "You have not connected TikTok here" in reply.text
