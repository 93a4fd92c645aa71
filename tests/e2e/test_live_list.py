"""/live list (pages), /live info (links, RSVPs), autocomplete, other servers, profile line."""

from __future__ import annotations

from datetime import timedelta

from bot.i18n import Catalog
from storage.live import LiveRepository, NewLive
from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.support.harness import Harness


async def seed(h: Harness, count: int, guild_id: int | None = None) -> None:
    repo = LiveRepository(h.db)
    now = h.clock.now()
    for i in range(count):
        await repo.create(
            NewLive(
                guild_id=guild_id or h.guild.id,
                title=f"Show {i + 1}",
                description=None,
                starts_at=now + timedelta(days=i + 1),
                duration=timedelta(hours=1),
                host_ids=(h.alice.id,),
                channel_id=None,
                created_by_user_id=h.mod.id,
            ),
            now,
        )


async def test_list_pages_ten_at_a_time(harness: Harness) -> None:
    h = harness
    empty = await h.slash(h.bob, "live list")
    assert empty.ephemeral and "No LIVEs are scheduled" in empty.text
    await seed(h, 12)
    first = await h.slash(h.bob, "live list")
    assert "#1" in first.text and "#10" in first.text and "#11" not in first.text
    assert "Page 1 of 2" in first.text
    assert [b["label"] for b in first.buttons] == ["Previous", "Next"]
    assert first.buttons[0]["disabled"] is True
    second = await h.click(h.bob, first.message, "live:list:0:next")
    assert "#11" in second.text and "#12" in second.text and "#1 " not in second.text
    assert "Page 2 of 2" in second.text
    back = await h.click(h.bob, second.message, "live:list:1:prev")
    assert "Page 1 of 2" in back.text
    norsk = await h.slash(h.bob, "live list", locale="no")
    assert "Kommende LIVE-sendinger" in norsk.text and "Side 1 av 2" in norsk.text


async def test_a_page_gone_since_shows_the_last_page_there_is(harness: Harness) -> None:
    """Next pressed on a list shown before LIVEs started: the page it asks for is gone, so
    the last page there is now is shown, with its true count (and nothing changes)."""
    h = harness
    await seed(h, 21)
    first = await h.slash(h.bob, "live list")
    assert "Page 1 of 3" in first.text
    second = await h.click(h.bob, first.message, "live:list:0:next")
    assert "Page 2 of 3" in second.text
    await h.clock.advance(timedelta(days=12, minutes=30))  # shows 1 to 12 have started
    later = await h.click(h.bob, second.message, "live:list:1:next")  # asks for page 3 of 3
    assert "Page" not in later.text  # one page left: no pager
    assert "#13" in later.text and "#21" in later.text and "#12" not in later.text
    assert h.rows("SELECT COUNT(*) AS n FROM lives")[0]["n"] == 21


async def test_info_shows_hosts_rsvps_and_links(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Asia/Kathmandu")
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": "Kathmandu hour", "when": "2026-12-03 20:00", "host1": h.alice.id},
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    announcement = h.emu.channel_messages(h.channel.id)[-1]
    live_id = h.rows("SELECT id FROM lives")[0]["id"]
    await h.click(h.bob, announcement, f"live:rsvp:{live_id}:going")
    info = await h.slash(h.bob, "live info", {"live": 1})
    assert info.ephemeral
    assert "LIVE #1: Kathmandu hour" in info.text
    assert "(Asia/Kathmandu)" in info.text and "12:45" in info.text  # 19:00 UTC + 5:45
    assert "Going: 1" in info.text and f"Going: <@{h.bob.id}>" in info.text
    event_id = h.emu.scheduled_events(h.guild.id)[0]["id"]
    assert f"https://discord.com/events/{h.guild.id}/{event_id}" in info.text
    assert f"https://discord.com/channels/{h.guild.id}/{h.channel.id}/{announcement['id']}" in (
        info.text
    )


async def test_autocomplete_and_other_servers_numbers(harness: Harness) -> None:
    h = harness
    await seed(h, 3)
    other = h.emu.add_guild(name="Elsewhere")
    await seed(h, 5, guild_id=other.id)
    choices = await h.autocomplete(h.bob, "live info", {}, "live")
    assert [c["value"] for c in choices] == [1, 2, 3]
    assert choices[0]["name"].startswith("#1 · Show 1 · Nov 24, 2026 12:00\u202fPM UTC")
    by_title = await h.autocomplete(h.bob, "live cancel", {"live": "show 2"}, "live")
    assert [c["value"] for c in by_title] == [2]
    missing = await h.slash(h.bob, "live info", {"live": 5})  # #5 exists only elsewhere
    assert missing.ephemeral and "no LIVE #5" in missing.text
    cancel = await h.slash(h.mod, "live cancel", {"live": 4})
    assert cancel.ephemeral and "no LIVE #4" in cancel.text
    rows = h.rows("SELECT status FROM lives WHERE guild_id = ?", (other.id,))
    assert {r["status"] for r in rows} == {"scheduled"}


async def test_profile_line_names_the_next_hosted_live(harness: Harness, catalog: Catalog) -> None:
    h = harness
    cog = h.bot.get_cog("LiveCog")
    assert cog is not None
    t = catalog.messages("en-US")
    assert await cog.profile_line(h.guild.id, h.alice.id, t) is None  # type: ignore[attr-defined]
    await seed(h, 2)
    line = await cog.profile_line(h.guild.id, h.alice.id, t)  # type: ignore[attr-defined]
    assert line is not None and "#1" in line and "Show 1" in line
    assert await cog.profile_line(h.guild.id, h.bob.id, t) is None  # type: ignore[attr-defined]


async def test_autocomplete_names_a_status_in_the_members_language(harness: Harness) -> None:
    h = harness
    await seed(h, 2)
    h.execute("UPDATE lives SET status = 'cancelled' WHERE title = 'Show 2'")
    choices = await h.autocomplete(h.bob, "live info", {}, "live", locale="zh-CN")
    names = {c["value"]: c["name"] for c in choices}
    assert names[2].endswith("（已取消）") and "cancelled" not in names[2]
    assert "已" not in names[1]
    choices = await h.autocomplete(h.bob, "live info", {}, "live", locale="no")
    assert {c["value"]: c["name"] for c in choices}[2].endswith(" (avlyst)")
    choices = await h.autocomplete(h.bob, "live info", {}, "live")
    assert {c["value"]: c["name"] for c in choices}[2].endswith(" (cancelled)")
