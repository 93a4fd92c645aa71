"""The daily sync: once per member and day at the member's slot, across a restart; TikTok
failing (5xx, no answer) saves nothing and is tried again later; a 429 backs off."""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.deliveries import RULES
from sandbox.tiktok import Account
from storage.database import from_epoch
from tests.support.harness import Harness
from tests.support.tiktok import TikTokHarness

DAY = timedelta(days=1)


def account(tiktok: TikTokHarness, videos: int = 3) -> Account:
    ana = tiktok.fake.add_account("ana.cria", "Ana", follower_count=9_700)
    for n in range(videos):
        tiktok.fake.add_video(ana, tiktok.h.clock.now() - timedelta(hours=30 + n))
    return ana


def connection(h: Harness) -> dict[str, object]:
    [row] = h.rows("SELECT * FROM tiktok_connections")
    return row


def slot(h: Harness) -> datetime:
    moment = from_epoch(int(connection(h)["next_sync_at"]))  # type: ignore[call-overload]
    assert moment is not None
    return moment


async def at(tiktok: TikTokHarness, moment: datetime) -> None:
    await tiktok.h.clock.set(moment)
    await tiktok.daily_settled()


async def test_the_daily_sync_runs_once_a_day_across_a_restart(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    # TikTok set up: its feature sends the kind the scheduled-work registry names it for.
    assert h.bot.senders.sender("tiktok_sync") == RULES["tiktok_sync"].feature == "cogs.tiktok"
    assert h.bot.senders.unsent() == []
    await tiktok.connect(h.alice, account(tiktok))
    infos = fake.calls("/v2/user/info/")  # the callback's and the first sync's
    first = slot(h)
    assert timedelta(hours=12) < first - h.clock.now() <= timedelta(hours=36)

    await at(tiktok, first - timedelta(minutes=1))
    assert fake.calls("/v2/user/info/") == infos
    await at(tiktok, first)
    assert fake.calls("/v2/user/info/") == infos + 1
    row = connection(h)
    assert row["last_sync_at"] == int(first.timestamp())
    assert slot(h) == first + DAY
    assert row["sync_claim"] is None and row["sync_claimed_until"] is None

    await h.restart()  # a new process: nothing runs again today
    await at(tiktok, first + timedelta(hours=6))
    await at(tiktok, first + timedelta(hours=23))
    assert fake.calls("/v2/user/info/") == infos + 1
    await at(tiktok, first + DAY)
    assert fake.calls("/v2/user/info/") == infos + 2
    assert slot(h) == first + 2 * DAY


async def test_a_sync_claimed_by_a_process_that_died_is_taken_over(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    await tiktok.connect(h.alice, account(tiktok))
    first = slot(h)
    infos = fake.calls("/v2/user/info/")
    # Another process claimed it at the slot and died: its lease (10 minutes) runs out.
    until = int((first + timedelta(minutes=10)).timestamp())
    h.execute("UPDATE tiktok_connections SET sync_claim = 'gone', sync_claimed_until = ?", (until,))
    await h.restart()
    await at(tiktok, first + timedelta(minutes=5))
    assert fake.calls("/v2/user/info/") == infos
    await at(tiktok, first + timedelta(minutes=11))
    assert fake.calls("/v2/user/info/") == infos + 1
    assert connection(h)["sync_claim"] is None and slot(h) > first + timedelta(hours=12)


async def test_tiktok_failing_saves_nothing_and_the_daily_sync_tries_again(
    tiktok: TikTokHarness,
) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    first = slot(h)
    fake.add_video(ana, first - timedelta(hours=1), title="New one")
    before = h.rows("SELECT COUNT(*) AS n FROM posts")
    fake.fail("/v2/video/list/", 500)
    await at(tiktok, first)
    assert h.rows("SELECT COUNT(*) AS n FROM posts") == before
    row = connection(h)
    assert row["sync_failures"] == 1 and row["sync_claim"] is None
    assert slot(h) == first + timedelta(minutes=30)

    await at(tiktok, first + timedelta(minutes=30))
    assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == before[0]["n"] + 1
    assert connection(h)["sync_failures"] == 0
    assert slot(h) == first + DAY  # (still the member's slot of the day)


async def test_a_sync_asked_for_while_tiktok_fails(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok)
    await tiktok.connect(h.alice, ana)
    fake.add_video(ana, h.clock.now() - timedelta(minutes=10))
    snapshot = {t: h.rows(f"SELECT * FROM {t}") for t in ("er_results", "posts", "tiktok_videos")}
    next_sync = slot(h)

    fake.fail("/v2/video/list/", 503)
    reply = await h.slash(h.alice, "tiktok sync")
    assert reply.ephemeral and reply.text.startswith("TikTok didn't answer, try again later")

    client = tiktok.feature.client
    client.timeout, usual = 0.3, client.timeout
    fake.fail("/v2/user/info/", "timeout")
    reply = await h.slash(h.alice, "tiktok sync")
    assert reply.text.startswith("TikTok didn't answer, try again later")
    fake.heal()
    client.timeout = usual
    assert {t: h.rows(f"SELECT * FROM {t}") for t in snapshot} == snapshot
    assert slot(h) == next_sync and connection(h)["sync_claim"] is None

    reply = await h.slash(h.alice, "tiktok sync")
    assert "1 new" in reply.text


async def test_a_429_backs_off_and_nothing_is_half_saved(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    ana = account(tiktok, videos=25)  # two pages of videos
    await tiktok.connect(h.alice, ana)
    first = slot(h)
    fake.add_video(ana, first - timedelta(hours=1), title="New one")
    posts = h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"]
    fake.limits.per_minute = 1  # the second page of this minute is refused
    await at(tiktok, first)
    lists = fake.calls("/v2/video/list/")
    assert [s.status for s in fake.seen if s.path == "/v2/video/list/"][-1] == 429
    assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == posts
    assert slot(h) == first + timedelta(minutes=1)
    assert connection(h)["sync_claim"] is None

    # Nothing more is sent to TikTok until the pause is over.
    await at(tiktok, first + timedelta(seconds=30))
    assert fake.calls("/v2/video/list/") == lists
    fake.limits.per_minute = 600
    await at(tiktok, first + timedelta(minutes=1))
    assert h.rows("SELECT COUNT(*) AS n FROM posts")[0]["n"] == posts + 1
    assert slot(h) > first + timedelta(hours=12)
    # A sync asked for during a 429 is refused politely, nothing changed.
    fake.limits.per_minute = 0
    reply = await h.slash(h.alice, "tiktok sync")
    assert reply.text.startswith("TikTok asks the bot to slow down")


async def test_switching_the_daily_sync_off(tiktok: TikTokHarness) -> None:
    h, fake = tiktok.h, tiktok.fake
    await tiktok.connect(h.alice, account(tiktok))
    first = slot(h)
    status = await h.slash(h.alice, "tiktok status")
    assert "Next daily sync" in status.text
    await h.click(h.alice, status.message, status.button("Daily sync")["custom_id"])
    infos = fake.calls("/v2/user/info/")
    await at(tiktok, first + DAY)
    assert fake.calls("/v2/user/info/") == infos
    status = await h.slash(h.alice, "tiktok status")
    assert "Next daily sync" not in status.text and "⬜ Daily sync" in status.text
