"""/live schedule: preview, confirm, the scheduled event and the announcement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from sandbox.emulator import (
    CREATE_EVENTS,
    DEFAULT_BOT_PERMISSIONS,
    MANAGE_EVENTS,
    InteractionResult,
)
from storage.guilds import GuildRepository
from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.support.harness import Harness

# 2026-12-03 20:00 in Oslo (UTC+1) is 19:00 UTC.
DEC3 = int(datetime(2026, 12, 3, 19, 0, tzinfo=UTC).timestamp())


async def test_schedule_preview_then_confirm_creates_event_and_announcement(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Asia/Shanghai", handle="alice.live")
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {
            "title": "@everyone Multi-guest Q&A",
            "when": "2026-12-03 20:00",
            "duration": "1h30",
            "host1": h.alice.id,
            "host2": h.bob.id,
            "description": "Growing together",
        },
    )
    assert preview.ephemeral
    assert f"<t:{DEC3}:F>" in preview.text and f"<t:{DEC3}:R>" in preview.text
    assert "Friday, Dec 4, 2026, 3:00\u202fAM (Asia/Shanghai)" in preview.text  # alice, Shanghai
    assert "timezone unknown" in preview.text  # bob
    assert "It is night for" in preview.text
    assert f"<#{h.channel.id}>" in preview.text
    assert lives(h) == []

    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Saved LIVE #1" in done.text
    assert not done.buttons
    [row] = lives(h)
    assert row["title"] == "@everyone Multi-guest Q&A"
    assert row["starts_at"] == DEC3 and row["duration_minutes"] == 90
    assert row["created_by_user_id"] == h.mod.id and row["status"] == "scheduled"
    hosts = h.rows("SELECT user_id, position FROM live_hosts ORDER BY position")
    assert hosts == [{"user_id": h.alice.id, "position": 1}, {"user_id": h.bob.id, "position": 2}]

    [create] = h.emu.requests_matching("POST", r"/guilds/\d+/scheduled-events$")
    body = create.json
    assert body["entity_type"] == 3
    assert body["privacy_level"] == 2
    assert body["entity_metadata"]["location"] == "TikTok LIVE · @alice.live, bob"
    start = datetime.fromisoformat(body["scheduled_start_time"])
    end = datetime.fromisoformat(body["scheduled_end_time"])
    assert int(start.timestamp()) == DEC3 and end - start == timedelta(minutes=90)
    [event] = h.emu.scheduled_events(h.guild.id)
    assert row["event_id"] == int(event["id"])
    assert f"https://discord.com/events/{h.guild.id}/{event['id']}" in done.text

    [announcement] = h.emu.channel_messages(h.channel.id)
    assert row["announcement_message_id"] == int(announcement["id"])
    [post] = h.emu.requests_matching("POST", rf"/channels/{h.channel.id}/messages$")
    assert post.json["allowed_mentions"] == {"parse": []}
    text = " ".join([e.get("title", "") + e.get("description", "") for e in announcement["embeds"]])
    assert "@everyone Multi-guest Q&A" in text
    assert f"<t:{DEC3}:F>" in text and f"<t:{DEC3}:R>" in text
    assert f"<@{h.alice.id}>" in text and "Growing together" in text
    labels = [b["label"] for c in announcement["components"] for b in c["components"]]
    assert labels == ["Going (0)", "Maybe (0)", "Can't (0)", "Add to calendar"]


async def schedule(h: Harness, member: Any = None, **options: object) -> InteractionResult:
    values = {"title": "Q&A", "when": "2026-12-03 20:00"} | options
    return await h.slash(member or h.mod, "live schedule", values)


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"title": "   "}, "not only spaces"),
        ({"duration": "0"}, "between 15 and 720 minutes"),
        ({"duration": "5m"}, "between 15 and 720 minutes"),
        ({"duration": "13h"}, "between 15 and 720 minutes"),
        ({"when": "2026-11-20 20:00"}, "already passed"),
        ({"when": "2028-01-01 20:00"}, "more than a year ahead"),
        ({"when": "whenever suits"}, "couldn't read"),
        ({"when": "friday"}, "needs a time of day"),
        ({"when": "2027-03-28 02:30"}, "The next valid time is 3:00\u202fAM"),
    ],
)
async def test_bad_input_is_refused_and_saves_nothing(
    harness: Harness, options: dict[str, object], expected: str
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    result = await schedule(h, **options)
    assert result.ephemeral
    assert expected in result.text
    assert not result.buttons
    assert lives(h) == []


async def test_hosts_twice_bots_and_non_moderators_are_refused(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    twice = await schedule(h, host1=h.alice.id, host2=h.alice.id)
    assert twice.ephemeral and "listed twice" in twice.text
    robot = h.emu.add_member(h.guild.id, name="robot", bot=True)
    bot_host = await schedule(h, host1=h.alice.id, host2=robot.id)
    assert bot_host.ephemeral and "A bot can't host" in bot_host.text
    refused = await schedule(h, h.alice)
    assert refused.ephemeral and "Manage Events" in refused.text
    assert lives(h) == []
    assert not h.emu.requests_matching("POST", r"scheduled-events")


async def test_the_configured_moderator_role_may_schedule(harness: Harness) -> None:
    h = harness
    role = h.emu.add_role(h.guild.id, name="LIVE mods")
    helper = h.emu.add_member(h.guild.id, name="helper", roles=[role.id])
    await GuildRepository(h.db).update(h.guild.id, h.clock.now(), mod_role_id=role.id)
    await set_zone(h, helper, "Europe/Oslo")
    preview = await schedule(h, helper)
    assert preview.ephemeral and "Preview: Q&A" in preview.text


async def test_scheduler_without_timezone_is_asked_for_one(harness: Harness) -> None:
    h = harness
    result = await schedule(h)
    assert result.ephemeral and "/timezone set" in result.text
    given = await schedule(h, timezone="America/New_York")
    assert "Preview" in given.text
    assert f"<t:{int(datetime(2026, 12, 4, 1, 0, tzinfo=UTC).timestamp())}:F>" in given.text


async def test_fall_back_overlap_asks_which_then_previews(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    ask = await schedule(h, when="2027-10-31 02:30")
    assert ask.ephemeral and "happens twice" in ask.text
    assert lives(h) == []
    later = await h.click(h.mod, ask.message, button_id(ask, "late"))
    second = int(datetime(2027, 10, 31, 1, 30, tzinfo=UTC).timestamp())
    assert f"<t:{second}:F>" in later.text and "Preview" in later.text
    done = await h.click(h.mod, later.message, button_id(later, "confirm"))
    assert "Saved LIVE #1" in done.text
    assert lives(h)[0]["starts_at"] == second


async def test_only_the_scheduler_may_confirm_and_cancel_drops_it(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    preview = await schedule(h)
    other = await h.click(h.alice, preview.message, button_id(preview, "confirm"))
    assert other.ephemeral and "Only the member who ran" in other.text
    dropped = await h.click(h.mod, preview.message, button_id(preview, "cancel"))
    assert "Nothing was changed" in dropped.text
    assert lives(h) == []


async def test_confirm_after_the_preview_expired_does_nothing(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    preview = await schedule(h)
    before = len(h.emu.requests)
    await h.clock.advance(timedelta(minutes=11))
    await h.emu.wait_for(lambda r: r.method == "PATCH" and "@original" in r.path, since=before)
    current = h.emu.messages[int(preview.message["id"])]
    assert all(b.get("disabled") for c in current["components"] for b in c["components"])
    late = await h.click(h.mod, preview.message, button_id(preview, "confirm"), allow_invalid=True)
    assert late.ephemeral and "expired" in late.text
    assert lives(h) == []


async def test_missing_event_permission_still_saves_and_says_how_to_fix(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    h.emu.set_bot_permissions(
        h.guild.id, DEFAULT_BOT_PERMISSIONS & ~(MANAGE_EVENTS | CREATE_EVENTS)
    )
    preview = await schedule(h)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Saved LIVE #1" in done.text
    assert "Create Events" in done.text
    [row] = lives(h)
    assert row["event_id"] is None and row["announcement_message_id"] is not None


async def test_event_cap_still_saves_and_says_so(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    h.emu.max_scheduled_events = 0
    preview = await schedule(h)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "maximum of 100" in done.text
    # no LIVE channel configured either: the announcement went where it was scheduled
    assert "no LIVE channel" in done.text
    assert f"<#{h.channel.id}>" in done.text
    [row] = lives(h)
    assert row["event_id"] is None
    assert row["channel_id"] == h.channel.id and row["announcement_message_id"] is not None


async def test_deleted_or_closed_channel_still_saves_and_says_so(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    gone = h.emu.add_channel(h.guild.id, name="old-lives")
    await set_channel(h, gone.id)
    h.emu.delete_channel(gone.id)
    preview = await schedule(h)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "channel no longer exists" in done.text
    closed = h.emu.add_channel(h.guild.id, name="locked", bot_can_send=False)
    preview = await schedule(h, channel=closed.id)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert f"<#{closed.id}>" in done.text and "permission" in done.text
    assert [r["number"] for r in lives(h)] == [1, 2]
    assert all(r["event_id"] is not None for r in lives(h))


async def test_preview_speaks_chinese_and_warns_about_clashes(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Asia/Shanghai")
    first = await schedule(h, host1=h.alice.id, when="明天 20:00")
    await h.click(h.mod, first.message, button_id(first, "confirm"))
    second = await h.slash(
        h.mod,
        "live schedule",
        {"title": "Again", "when": "明天 20:30", "host1": h.alice.id},
        locale="zh-CN",
    )
    assert "预览" in second.text and "冲突" in second.text and "#1" in second.text


def field(result: InteractionResult, name: str) -> str:
    """The value of the preview's field called ``name``."""
    assert result.message is not None
    [card] = result.message["embeds"]
    return next(f["value"] for f in card["fields"] if f["name"] == name)


async def test_the_preview_names_its_reminders_once(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duett", "when": "2026-12-03 20:00", "host1": h.alice.id}
    for locale, heading, starts in (
        ("no", "Påminnelser", "1 døgn, 15 minutter før start"),
        ("en-US", "Reminders", "1 day, 15 minutes before the start"),
        ("zh-CN", "提醒", "开播前 1 天、15 分钟"),
    ):
        preview = await h.slash(h.mod, "live schedule", values, locale=locale)
        reminders = field(preview, heading)
        assert reminders.startswith(starts), reminders
        assert heading not in reminders  # "Påminnelser … Påminnelser:" no more
    assert lives(h) == []


async def test_the_preview_says_which_language_the_announcement_is_posted_in(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_channel(h, h.channel.id)
    values = {"title": "Duett", "when": "2026-12-03 20:00", "host1": h.alice.id}
    preview = await h.slash(h.mod, "live schedule", values, locale="no")
    # Nobody has used the bot here yet: the moderator's own language it is.
    assert "På norsk, ditt språk" in field(preview, "Kunngjøring")
    await h.click(h.mod, preview.message, button_id(preview, "confirm"), locale="no")
    [first] = h.emu.channel_messages(h.channel.id)
    assert "Verter:" in first["embeds"][0]["description"]

    await h.slash(h.mod, "config language", {"language": "en-US"})
    preview = await h.slash(h.mod, "live schedule", values, locale="no")
    assert "På engelsk, serverens språk (`/config language`)." in field(preview, "Kunngjøring")
    await h.click(h.mod, preview.message, button_id(preview, "confirm"), locale="no")
    second = h.emu.channel_messages(h.channel.id)[-1]
    assert "Hosts:" in second["embeds"][0]["description"]  # posted in the language it named
    assert len(lives(h)) == 2
    chinese = await h.slash(h.mod, "live schedule", values, locale="zh-CN")
    assert "使用英语，即服务器设定的语言" in field(chinese, "公告")


async def test_times_of_day_follow_the_readers_language(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Asia/Shanghai")
    values = {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id}
    english = await h.slash(h.mod, "live schedule", values)
    assert "I read your time as: Thursday, Dec 3, 2026, 8:00\u202fPM (Europe/Oslo)" in english.text
    assert (
        "starts at 3:00\u202fAM their time (60 min between 12:00\u202fAM and 7:00\u202fAM)"
        in english.text
    )
    norwegian = await h.slash(h.mod, "live schedule", values, locale="no")
    assert "Jeg leste tiden som: torsdag 3. des. 2026 kl. 20:00 (Europe/Oslo)" in norwegian.text
    assert "starter kl. 03:00 i vertens tid (60 min mellom kl. 00:00 og 07:00)" in norwegian.text
    chinese = await h.slash(h.mod, "live schedule", values, locale="zh-CN")
    assert "当地时间 03:00 开始（60 分钟在 00:00–07:00 之间）" in chinese.text

    twice = await h.slash(h.mod, "live schedule", values | {"when": "2027-10-31 02:30"})
    assert "Oct 31, 2027 2:30\u202fAM happens twice in Europe/Oslo" in twice.text
    twice = await h.slash(
        h.mod, "live schedule", values | {"when": "2027-10-31 02:30"}, locale="no"
    )
    assert "31. okt. 2027 02:30 skjer to ganger" in twice.text
    gap = await h.slash(h.mod, "live schedule", values | {"when": "2027-03-28 02:30"})
    assert gap.ephemeral
    assert "Mar 28, 2027 2:30\u202fAM doesn't exist in Europe/Oslo" in gap.text
    assert "The next valid time is 3:00\u202fAM." in gap.text

    await h.click(h.mod, english.message, button_id(english, "confirm"))
    [choice] = await h.autocomplete(h.mod, "live info", {"live": ""}, "live")
    assert choice["name"] == "#1 · Duet night · Dec 3, 2026 8:00\u202fPM CET"
    [choice] = await h.autocomplete(h.mod, "live info", {"live": ""}, "live", locale="no")
    assert choice["name"] == "#1 · Duet night · 3. des. 2026 20:00 CET"
    assert len(lives(h)) == 1


def menus(result: InteractionResult) -> list[dict[str, Any]]:
    return [
        item
        for row in result.components
        for item in row.get("components", [])
        if item.get("type") == 3
    ]


async def test_a_timezone_that_could_mean_several_is_picked_from_its_matches(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "America/New_York")
    values = {"title": "Duet", "when": "2026-12-03 20:00", "host1": h.alice.id, "timezone": "CET"}
    # The option offers what /timezone set offers, Oslo among CET's zones.
    offered = await h.autocomplete(h.mod, "live schedule", values, "timezone")
    assert offered == await h.autocomplete(h.mod, "timezone set", {"zone": "CET"}, "zone")
    assert "Europe/Oslo" in [c["value"] for c in offered]

    ask = await h.slash(h.mod, "live schedule", values)
    assert ask.ephemeral and "“CET” could mean several timezones" in ask.text
    [menu] = menus(ask)
    assert [o["value"] for o in menu["options"]] == [c["value"] for c in offered]
    assert menu["options"][0]["label"] == offered[0]["name"]  # with its offset and time now
    assert lives(h) == []
    other = await h.click(h.alice, ask.message, menu["custom_id"], values=["Europe/Oslo"])
    assert other.ephemeral and "Only the member who ran" in other.text

    preview = await h.click(h.mod, ask.message, menu["custom_id"], values=["Europe/Oslo"])
    assert f"<t:{DEC3}:F>" in preview.text  # 20:00 read in Oslo, not in New York
    assert "Preview: Duet" in preview.text and "(Europe/Oslo)" in preview.text
    assert not menus(preview)
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Saved LIVE #1" in done.text
    assert lives(h)[0]["starts_at"] == DEC3

    moved = await h.slash(
        h.mod,
        "live reschedule",
        {"live": 1, "when": "2026-12-04 20:00", "timezone": "CET"},
        locale="no",
    )
    assert "«CET» kan bety flere tidssoner" in moved.text
    [menu] = menus(moved)
    assert menu["placeholder"] == "Velg tidssone"
    preview = await h.click(
        h.mod, moved.message, menu["custom_id"], values=["Europe/Berlin"], locale="no"
    )
    assert f"<t:{DEC3 + 86400}:F>" in preview.text
    assert lives(h)[0]["starts_at"] == DEC3  # nothing moves before the confirmation
    unknown = await h.slash(h.mod, "live schedule", values | {"timezone": "Atlantis"})
    assert unknown.ephemeral and "I don't know the timezone “Atlantis”" in unknown.text
    assert len(lives(h)) == 1
