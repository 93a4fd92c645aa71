"""/privacy after a member used a command of every feature: delete leaves nothing naming them.

The tables are found from the schema, so a new feature's tables are checked without
editing this test; a new feature's commands should be added to ``use_every_feature``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from sandbox.emulator import Member
from tests.e2e.live_support import button_id, set_channel
from tests.e2e.test_live_rsvp import rsvp_id
from tests.e2e.test_privacy import rows_naming
from tests.support.harness import Harness


async def use_every_feature(h: Harness, member: Member) -> None:
    """Everything a creator does in a week, through the real commands."""
    await h.slash(member, "timezone set", {"zone": "Oslo"})
    await h.slash(member, "profile set", {"tiktok": f"@{member.name}", "followers": "12K"})
    await h.slash(
        member,
        "er views",
        {
            "views": "50K",
            "likes": "4.5K",
            "comments": "300",
            "shares": "200",
            "video": f"https://www.tiktok.com/@{member.name}/video/7234567890123456{member.id % 1000:03d}",
        },
    )
    await h.slash(
        member, "er followers", {"followers": "20K", "posts": 10, "likes": "12K", "comments": "800"}
    )
    await h.slash(member, "post log", {"when": "yesterday 18:30"})
    await h.slash(member, "streak goal", {"posts_per_week": 4})
    shown = await h.slash(member, "streak show")
    await h.click(member, shown.message, shown.button("Nudge me")["custom_id"])
    await h.slash(member, "availability set", {"days": "mon-fri", "from": "18:00", "to": "22:00"})


async def test_delete_leaves_no_row_naming_the_member_after_every_feature(harness: Harness) -> None:
    h = harness
    await use_every_feature(h, h.alice)
    await use_every_feature(h, h.bob)
    # A LIVE the moderator schedules with alice and bob as hosts; both RSVP.
    await h.slash(h.mod, "timezone set", {"zone": "Oslo"})
    await set_channel(h, h.channel.id)
    preview = await h.slash(
        h.mod,
        "live schedule",
        {"title": "Duet night", "when": "2026-12-03 20:00", "host1": h.alice.id, "host2": h.bob.id},
    )
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    announcement = h.emu.channel_messages(h.channel.id)[-1]
    await h.click(h.alice, announcement, rsvp_id(announcement, "going"))
    await h.click(h.bob, announcement, rsvp_id(announcement, "maybe"))

    before = rows_naming(h, h.guild.id, h.alice.id)
    used = {kind for kind, count in before.items() if count}
    # Every feature left something behind, so the delete below is a real test.
    for table in (
        "members",
        "er_results",
        "posts",
        "weekly_goal_changes",
        "streak_nudge_optins",
        "availability_windows",
        "live_hosts",
        "live_rsvps",
    ):
        assert f"{table}.user_id" in used, f"{table} holds nothing of alice's: {before}"
    bob_before = rows_naming(h, h.guild.id, h.bob.id)
    lives_before = h.rows("SELECT id, title, status FROM lives")

    exported = await h.slash(h.alice, "privacy export")
    document = json.loads(exported.files[0][1])
    for kind in used:
        assert kind.split(".")[0] in document["data"], kind

    prompt = await h.slash(h.alice, "privacy delete")
    done = await h.click(h.alice, prompt.message, prompt.button("Confirm")["custom_id"])
    assert done.ephemeral
    assert "Logged posts: 1" in done.text
    assert "Your LIVE RSVPs: 1" in done.text

    after = rows_naming(h, h.guild.id, h.alice.id)
    assert all(count == 0 for count in after.values()), after
    assert rows_naming(h, h.guild.id, h.bob.id) == bob_before
    assert h.rows("SELECT id, title, status FROM lives") == lives_before  # the server's LIVE stays


async def test_the_export_reads_as_well_as_it_parses(harness: Harness) -> None:
    h = harness
    await h.slash(h.alice, "timezone set", {"zone": "Europe/Oslo"})
    await h.slash(h.alice, "availability set", {"days": "sat-sun", "from": "22:00", "to": "23:30"})
    await h.slash(h.alice, "post log", {"when": "2026-11-20 21:00"})
    exported = await h.slash(h.alice, "privacy export", locale="no")
    document = json.loads(exported.files[0][1])
    [window] = document["data"]["availability_windows"]
    assert window["days"] == 96 and window["days_readable"] == ["lørdag", "søndag"]
    assert window["start_minute"] == 1320 and window["start_minute_readable"] == "22:00"
    assert window["end_minute"] == 1410 and window["end_minute_readable"] == "23:30"
    [post] = document["data"]["posts"]
    stamp = int(datetime(2026, 11, 20, 20, tzinfo=UTC).timestamp())  # 21:00 in Oslo
    assert post["posted_at"] == stamp
    assert post["posted_at_readable"] == "2026-11-20T21:00:00+01:00"
    assert post["local_day_readable"] == "2026-11-20" and post["week_readable"] == "2026-11-16"
    [member] = document["data"]["members"]
    assert member["timezone_updated_at_readable"] == "2026-11-23T13:00:00+01:00"
