"""After the LIVE: /live report, the "How did it go?" DM button, /live stats, /live checklist.

The harness clock is moved (never slept on) to cross a LIVE's start, end and end + 1 hour;
each test checks what members see in the emulator and the rows left in SQLite.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from storage.live_reports import Figures, LiveReportRepository
from storage.members import MemberRepository
from tests.e2e.live_support import button_id, set_channel, set_zone
from tests.e2e.test_live_reminders import START, at, schedule, settled
from tests.support.harness import Harness

OSLO = ZoneInfo("Europe/Oslo")
REPORTS = "SELECT user_id, live_id, viewers, new_followers, diamonds, avg_watch_seconds, " \
    "peak_viewers, reported_by_user_id FROM live_reports ORDER BY id"  # fmt: skip


def reports(h: Harness) -> list[dict[str, Any]]:
    return h.rows(REPORTS)


def custom_id(message: dict[str, Any], prefix: str) -> str:
    for row in message.get("components") or []:
        for item in row["components"]:
            if str(item.get("custom_id", "")).startswith(prefix):
                return str(item["custom_id"])
    raise AssertionError(f"no {prefix} component on {message.get('components')}")


async def group_live(h: Harness) -> Any:
    """LIVE #1 (20:00 Oslo, one hour) hosted by alice and bob, with carol as its guest."""
    await set_channel(h, h.channel.id)
    carol = h.emu.add_member(h.guild.id, name="carol")
    await schedule(h, host2=h.bob.id, guest_slots=1)
    announcement = h.emu.channel_messages(h.channel.id)[0]
    await h.click(carol, announcement, custom_id(announcement, "live:guest:"))
    return carol


async def test_hosts_and_guests_report_a_group_live_and_update_it(harness: Harness) -> None:
    h = harness
    carol = await group_live(h)
    early = await h.slash(h.alice, "live report", {"live": 1, "viewers": "1200"})
    assert early.ephemeral and "has not started yet" in early.text
    assert reports(h) == []

    await at(h, START + timedelta(minutes=70))
    values = {
        "live": 1,
        "viewers": "1,200",
        "new_followers": "36",
        "avg_watch": "2m30s",
        "diamonds": "4.5K",
        "peak_viewers": "400",
    }
    host = await h.slash(h.alice, "live report", values)
    assert host.ephemeral
    assert "Viewers: **1,200**" in host.text
    assert "Average watch time: **2 min 30 s**" in host.text
    assert "Diamonds per hour: **4,500**" in host.text  # a one-hour LIVE
    assert "New followers per 100 viewers: **3.0**" in host.text
    assert "Peak share (peak / viewers): **33%**" in host.text
    assert "From your third report on" in host.text

    guest = await h.slash(carol, "live report", {"live": 1, "viewers": "300"}, locale="zh-CN")
    assert "观看人数：**300**" in guest.text
    assert f"<@{h.alice.id}>: 👀 1,200 · ➕ 36 · ⏱ 2 分 30 秒 · 💎 4,500" in guest.text

    again = await h.slash(h.alice, "live report", {"live": 1, "viewers": "1500"})
    assert "Updated" in again.text and "viewers: 1,200 → 1,500" in again.text
    assert f"<@{carol.id}>: 👀 300" in again.text
    assert reports(h) == [
        {
            "user_id": h.alice.id,
            "live_id": 1,
            "viewers": 1500,
            "new_followers": 36,
            "diamonds": 4500,
            "avg_watch_seconds": 150,
            "peak_viewers": 400,
            "reported_by_user_id": None,
        },
        {
            "user_id": carol.id,
            "live_id": 1,
            "viewers": 300,
            "new_followers": None,
            "diamonds": None,
            "avg_watch_seconds": None,
            "peak_viewers": None,
            "reported_by_user_id": None,
        },
    ]

    # A co-host may not report for a guest; a LIVE moderator may, for anyone on the LIVE.
    refused = await h.slash(h.bob, "live report", {"live": 1, "diamonds": "10", "member": carol.id})
    assert refused.ephemeral and "needs LIVE moderator rights" in refused.text
    done = await h.slash(h.mod, "live report", {"live": 1, "viewers": "90", "member": h.bob.id})
    assert done.ephemeral and "Viewers: **90**" in done.text
    assert reports(h)[-1]["reported_by_user_id"] == h.mod.id


async def test_nobody_reports_for_someone_who_was_not_on_the_live(harness: Harness) -> None:
    h = harness
    await group_live(h)
    await at(h, START + timedelta(minutes=70))
    outsider = h.emu.add_member(h.guild.id, name="dave")
    values = {"live": 1, "viewers": "10"}
    mine = await h.slash(outsider, "live report", values)
    assert mine.ephemeral and "was not on LIVE #1" in mine.text
    norwegian = await h.slash(outsider, "live report", values, locale="no")
    assert norwegian.ephemeral and "var ikke med på LIVE #1" in norwegian.text
    by_mod = await h.slash(h.mod, "live report", values | {"member": outsider.id})
    assert by_mod.ephemeral and "was not on LIVE #1" in by_mod.text
    other_server = h.emu.add_guild(name="Elsewhere", owner_id=None)
    h.emu.add_member(other_server.id, name="alice", user_id=h.alice.id)
    elsewhere = await h.slash(h.alice, "live report", values, guild=other_server)
    assert elsewhere.ephemeral and "There is no LIVE #1 on this server" in elsewhere.text
    assert reports(h) == []


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"viewers": "-5"}, "negative"),
        ({"viewers": "100", "peak_viewers": "150"}, "can't be more than total viewers"),
        ({"avg_watch": "1h30"}, "can't be longer than the LIVE itself (60 min)"),
        ({"diamonds": "2B"}, "looks like a typing slip"),
        ({"viewers": "1.5B"}, "looks like a typing slip"),
        ({"avg_watch": "soon"}, "not a watch time I can read"),
        ({}, "at least one number"),
    ],
)
async def test_bad_numbers_are_refused_and_change_nothing(
    harness: Harness, values: dict[str, str], expected: str
) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h)
    await at(h, START + timedelta(minutes=70))
    refused = await h.slash(h.alice, "live report", {"live": 1} | values)
    assert refused.ephemeral and expected in refused.text
    norwegian = await h.slash(h.alice, "live report", {"live": 1} | values, locale="no")
    assert norwegian.ephemeral and norwegian.text != refused.text
    assert reports(h) == []


async def test_the_dm_button_opens_the_report_once_across_a_restart(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    shy = h.emu.add_member(h.guild.id, name="shy", dm_open=False)
    await schedule(h, host2=shy.id, reminders="none")
    await at(h, START + timedelta(minutes=119))  # the LIVE ended at 21:00; not an hour yet
    assert h.emu.dm_messages(h.alice.id) == []

    await at(h, START + timedelta(hours=2))
    [prompt] = h.emu.dm_messages(h.alice.id)
    assert prompt["embeds"][0]["title"] == "How did it go? Duet night"
    button = custom_id(prompt, "live:rep:")
    # After the announcement (the start post was skipped: the clock jumped past the end).
    [mention] = h.emu.channel_messages(h.channel.id)[1:]
    assert f"<@{shy.id}>" in mention["content"] and f"<@{h.alice.id}>" not in mention["content"]
    assert custom_id(mention, "live:rep:") == button

    opened = await h.emu.click(None, h.alice.id, prompt, button)
    assert opened.modal is not None
    sent = await h.emu.submit_modal(
        None,
        h.alice.id,
        opened.modal,
        {"viewers": "2,000", "new_followers": "50", "avg_watch": "2:30", "diamonds": "1.2万"},
        channel_id=int(prompt["channel_id"]),
    )
    assert sent.ephemeral and "Viewers: **2,000**" in sent.text
    assert "Diamonds: **12,000**" in sent.text
    [row] = reports(h)
    assert (row["viewers"], row["avg_watch_seconds"], row["diamonds"]) == (2000, 150, 12000)
    reopened = await h.emu.click(None, h.alice.id, prompt, button)
    assert reopened.modal is not None  # prefilled with what was reported
    fields = {
        c["components"][0]["custom_id"]: c["components"][0].get("value")
        for c in reopened.modal["components"]
    }
    assert fields["viewers"] == "2000"

    await h.restart()
    await at(h, START + timedelta(hours=5))
    assert len(h.emu.dm_messages(h.alice.id)) == 1  # sent once
    assert len(h.emu.channel_messages(h.channel.id)) == 2
    [state] = h.rows("SELECT state FROM live_deliveries WHERE kind = 'prompt'")
    assert state == {"state": "sent"}
    outsider = await h.emu.click(None, h.bob.id, prompt, button)
    assert outsider.ephemeral and "was not on LIVE #1" in outsider.text


def form_fields(modal: dict[str, Any]) -> dict[str, tuple[str, str | None]]:
    """The report form's fields: custom id -> (label, value it opens with)."""
    return {
        row["components"][0]["custom_id"]: (
            row["components"][0]["label"],
            row["components"][0].get("value"),
        )
        for row in modal["components"]
    }


async def test_a_bad_value_in_the_report_form_keeps_what_was_typed(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="none")
    await at(h, START + timedelta(hours=2))
    [prompt] = h.emu.dm_messages(h.alice.id)
    opened = await h.emu.click(None, h.alice.id, prompt, custom_id(prompt, "live:rep:"))
    assert opened.modal is not None
    typed = {
        "viewers": "2,000",
        "new_followers": "50",
        "avg_watch": "soon",
        "diamonds": "1.2万",
        "peak_viewers": "300",
    }
    dm = int(prompt["channel_id"])
    refused = await h.emu.submit_modal(None, h.alice.id, opened.modal, typed, channel_id=dm)
    assert refused.ephemeral
    assert refused.text.startswith(
        "**Average watch time (2m30s, 2:30)**: “soon” is not a watch time I can read."
    )
    assert "Nothing was saved" in refused.text
    assert reports(h) == []
    [correct] = refused.buttons
    assert correct["label"] == "Correct the form"
    again = await h.emu.click(None, h.alice.id, refused.message, correct["custom_id"])
    assert again.modal is not None
    fields = form_fields(again.modal)
    assert {name: value for name, (_label, value) in fields.items()} == typed
    assert fields["avg_watch"][0].startswith("⚠️ Average watch time")
    assert not fields["viewers"][0].startswith("⚠️")

    # A number that contradicts another: the field it is about is named and marked.
    typed |= {"avg_watch": "2:30", "peak_viewers": "3,000"}
    refused = await h.emu.submit_modal(
        None, h.alice.id, again.modal, typed, channel_id=dm, locale="no"
    )
    assert refused.text.startswith("**Flest seere samtidig**: ")
    assert "Ingenting ble lagret" in refused.text
    assert reports(h) == []
    again = await h.emu.click(
        None, h.alice.id, refused.message, refused.buttons[0]["custom_id"], locale="no"
    )
    assert again.modal is not None
    assert form_fields(again.modal)["peak_viewers"] == ("⚠️ Flest seere samtidig", "3,000")

    typed["peak_viewers"] = "300"
    saved = await h.emu.submit_modal(None, h.alice.id, again.modal, typed, channel_id=dm)
    assert "Viewers: **2,000**" in saved.text and not saved.buttons
    [row] = reports(h)
    assert (row["viewers"], row["avg_watch_seconds"], row["diamonds"], row["peak_viewers"]) == (
        2000,
        150,
        12000,
        300,
    )


async def test_a_live_that_was_never_scheduled(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.alice, "Europe/Oslo")
    # 23 Nov 2026 12:00 UTC: "yesterday 20:00" in Oslo is 22 Nov 19:00 UTC.
    values = {"when": "i går kl 20", "duration": "1h30", "viewers": "800", "new_followers": "12"}
    saved = await h.slash(h.alice, "live report", values)
    assert saved.ephemeral and "Viewers: **800**" in saved.text
    [row] = h.rows("SELECT live_id, started_at, duration_minutes FROM live_reports")
    expected = int(datetime(2026, 11, 22, 19, 0, tzinfo=UTC).timestamp())
    assert row == {"live_id": None, "started_at": expected, "duration_minutes": 90}
    again = await h.slash(h.alice, "live report", values | {"viewers": "900", "when": "昨天 20:00"})
    assert "viewers: 800 → 900" in again.text
    assert len(reports(h)) == 1

    for bad, expected_text in [
        ({"when": "yesterday 20:00"}, "give its `duration` too"),
        ({"when": "tomorrow 20:00", "duration": "1h"}, "has not come yet"),
        ({"when": "2026-08-01 20:00", "duration": "1h"}, "more than 90 days back"),
        ({"when": "yesterday 20:00", "duration": "1h", "member": h.bob.id}, "member who went LIVE"),
        ({"live": 1, "when": "yesterday 20:00", "duration": "1h"}, "not both"),
    ]:
        refused = await h.slash(h.alice, "live report", {"viewers": "5"} | bad)
        assert refused.ephemeral and expected_text in refused.text, refused.text
    assert len(reports(h)) == 1


async def seed(h: Harness, user_id: int, lives: list[tuple[datetime, int, int]]) -> None:
    """Unscheduled reports of ``user_id``: (start, viewers, new followers), one hour each."""
    repo = LiveReportRepository(h.db)
    for start, viewers, followers in lives:
        figures = Figures(viewers=viewers, new_followers=followers, diamonds=100)
        await repo.save(h.guild.id, user_id, None, start, 60, figures, user_id, h.clock.now())


async def test_stats_show_findings_only_when_they_rest_on_enough_lives(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.alice, "Europe/Oslo")

    def oslo(day: int, hour: int) -> datetime:  # days after Thursday 1 Oct 2026, Oslo time
        local = datetime(2026, 10, 1, hour, 0, tzinfo=OSLO) + timedelta(days=day)
        return local.astimezone(UTC)

    await seed(h, h.alice.id, [(oslo(0, 20), 500, 10), (oslo(7, 20), 700, 14)])
    few = await h.slash(h.alice, "live stats")
    assert few.ephemeral
    assert "Latest 2 of 2 reported LIVEs" in few.text
    assert "Findings appear once they rest on at least 3 LIVEs" in few.text
    assert "Best weekday" not in few.text
    [(name, png)] = few.files
    assert name == "live-stats.png" and png.startswith(b"\x89PNG")

    # Eight more: Thursdays at 20:00 in Oslo (across the end of summer time on 25 Oct, so
    # 18:00 then 19:00 UTC), and Mondays at 17:00.
    more = [(oslo(7 * week, 20), 900 + 50 * week, 30) for week in range(2, 6)]
    more += [(oslo(7 * week + 4, 17), 300, 6) for week in range(4)]
    await seed(h, h.alice.id, more)
    many = await h.slash(h.alice, "live stats", {"last": 5})
    assert "Latest 5 of 10 reported LIVEs" in many.text
    assert "Best weekday: Thursday" in many.text and "rests on 6 LIVEs" in many.text
    assert "Best time: starting at 8:00\u202fPM" in many.text  # the reader's clock
    assert "Trend: the last 5 LIVEs averaged" in many.text and "rests on 10 LIVEs" in many.text
    assert "Group LIVEs bring" not in many.text  # no group LIVEs at all
    assert many.files and many.files[0][1].startswith(b"\x89PNG")
    other = await h.slash(h.bob, "live stats", {"member": h.alice.id}, locale="no")
    assert "Beste ukedag: torsdag" in other.text and "start kl. 20:00" in other.text
    empty = await h.slash(h.bob, "live stats")
    assert empty.ephemeral and "no reported LIVEs yet" in empty.text
    server = await h.slash(h.bob, "live stats", {"server": True})
    assert server.ephemeral and "for LIVE moderators" in server.text
    whole = await h.slash(h.mod, "live stats", {"server": True})
    assert "the whole server" in whole.text and "of 10 reported LIVEs" in whole.text


async def test_the_checklist_keeps_its_ticks_across_a_restart(harness: Harness) -> None:
    h = harness
    await MemberRepository(h.db).update(h.guild.id, h.alice.id, h.clock.now(), followers=640)
    shown = await h.slash(h.alice, "live checklist")
    assert shown.ephemeral
    assert "18 or older" in shown.text and "23 Nov 2022" in shown.text
    assert "Your profile shows 640 followers" in shown.text
    assert "0/12" in shown.text and len(shown.buttons) == 12
    purpose = button_id(shown, "purpose")
    ticked = await h.click(h.alice, shown.message, purpose)
    assert "1/12" in ticked.text
    assert ticked.message is not None
    await h.restart()
    again = await h.slash(h.alice, "live checklist", locale="zh-CN")
    assert "1/12" in again.text and "年满 18 岁" in again.text
    [button] = [b for b in again.buttons if b["custom_id"] == purpose]
    assert button["style"] == 3  # green: ticked
    untick = await h.click(h.alice, again.message, purpose)
    assert "0/12" in untick.text
    assert h.rows("SELECT * FROM live_checklist_ticks") == []


async def test_the_host_reminder_carries_the_checklist_of_that_live(harness: Harness) -> None:
    h = harness
    await set_channel(h, h.channel.id)
    await schedule(h, reminders="1h")
    refused = await h.slash(h.bob, "live checklist", {"live": 1})
    assert refused.ephemeral and "not a host or guest of LIVE #1" in refused.text
    await at(h, START - timedelta(hours=1))
    [reminder] = h.emu.dm_messages(h.alice.id)
    opened = await h.emu.click(None, h.alice.id, reminder, custom_id(reminder, "live:chk:"))
    assert opened.ephemeral and "Before LIVE #1 “Duet night”" in opened.text
    assert opened.message is not None
    tick = custom_id(opened.message, "live:tick:")
    await h.emu.click(None, h.alice.id, opened.message, tick)
    [row] = h.rows("SELECT live_id, item FROM live_checklist_ticks")
    assert row == {"live_id": 1, "item": "purpose"}
    general = await h.slash(h.alice, "live checklist")
    assert "0/12" in general.text  # the general list is its own


async def test_reports_and_ticks_in_privacy_export_and_delete(harness: Harness) -> None:
    h = harness
    carol = await group_live(h)
    await at(h, START + timedelta(minutes=70))
    await h.slash(carol, "live report", {"live": 1, "viewers": "300"})
    await h.slash(h.alice, "live report", {"live": 1, "viewers": "1200", "new_followers": "40"})
    shown = await h.slash(h.alice, "live checklist")
    await h.click(h.alice, shown.message, button_id(shown, "wifi"))
    profile = await h.slash(h.alice, "profile show")
    assert "Last LIVE reported: 1,200 viewers, 40 new followers (1 LIVE reported)" in profile.text

    export = await h.slash(h.alice, "privacy export")
    document = json.loads(export.files[0][1])
    assert document["counts"]["live_reports"] == 1
    assert document["counts"]["live_checklist_ticks"] == 1
    assert document["data"]["live_reports"][0]["viewers"] == 1200

    prompt = await h.slash(h.alice, "privacy delete")
    assert "Your reported LIVE numbers: 1" in prompt.text
    assert "Your LIVE checklist ticks: 1" in prompt.text
    await h.click(h.alice, prompt.message, prompt.button("Confirm")["custom_id"])
    assert [r["user_id"] for r in reports(h)] == [carol.id]
    assert h.rows("SELECT * FROM live_checklist_ticks") == []
    group = await h.slash(carol, "live report", {"live": 1, "viewers": "310"})
    assert f"<@{h.alice.id}>" not in group.text  # gone from the group's results
    await settled(h)
