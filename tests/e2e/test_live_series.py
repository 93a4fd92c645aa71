"""Recurring shows: a weekly series across DST, alternating slots, events kept ahead."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.e2e.live_support import button_id, lives, set_channel, set_zone
from tests.e2e.test_live_reminders import at, settled
from tests.support.harness import Harness


def utc(*parts: int) -> int:
    return int(datetime(*parts, tzinfo=UTC).timestamp())


async def series(h: Harness, **options: object) -> tuple[str, str]:
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Friday duets", "host1": h.alice.id, "repeat": "weekly"} | options
    preview = await h.slash(h.mod, "live schedule", values)
    assert preview.ephemeral
    shown = preview.text  # the confirmation replaces the preview
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await settled(h)
    return shown, done.text


async def test_a_weekly_series_keeps_oslo_time_across_the_march_dst_changes(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_zone(h, h.bob, "America/New_York")
    preview, done = await series(h, when="2027-03-05 20:00", count=5, host2=h.bob.id)
    # 20:00 in Oslo every week: 19:00 UTC until Oslo changes on 28 March, then 18:00 UTC
    expected = [
        utc(2027, 3, 5, 19),
        utc(2027, 3, 12, 19),
        utc(2027, 3, 19, 19),
        utc(2027, 3, 26, 19),
        utc(2027, 4, 2, 18),
    ]
    for moment in expected:
        assert f"<t:{moment}:F>" in preview
    lines = [line for line in preview.splitlines() if line[:2] in {f"{n}." for n in range(1, 6)}]
    assert len(lines) == 5
    # New York changes on 14 March: bob's time moves for the two weeks in between
    assert ["time moves" in line for line in lines] == [False, False, True, True, False]
    assert "next 4 shows" in preview
    assert "Saved 5 shows" in done and "#1–#5" in done
    rows = lives(h)
    assert [r["starts_at"] for r in rows] == expected
    assert [r["series_position"] for r in rows] == [1, 2, 3, 4, 5]
    assert len({r["series_id"] for r in rows}) == 1
    events = h.emu.scheduled_events(h.guild.id)
    assert len(events) == 4  # only the next four shows have a Discord event
    assert [r["event_id"] is not None for r in rows] == [True, True, True, True, False]
    assert len(h.emu.channel_messages(h.channel.id)) == 1  # the next show is announced
    assert rows[0]["announcement_message_id"] is not None
    reminders = h.rows("SELECT live_id, count(*) AS n FROM live_deliveries GROUP BY live_id")
    # every show has its own reminders, start, end and "How did it go?" prompt
    assert [r["n"] for r in reminders] == [5] * 5

    await at(h, datetime(2027, 3, 5, 20, 0, tzinfo=UTC))  # the first show has ended
    rows = lives(h)
    assert rows[0]["status"] == "ended"
    assert all(r["event_id"] is not None for r in rows)  # the fifth event follows now
    assert rows[1]["announcement_message_id"] is not None  # and the next announcement
    # the clock jumped past the first show: its reminders were skipped, not sent late
    assert len(h.emu.channel_messages(h.channel.id)) == 2


async def test_alternating_slots_fall_where_the_rule_says(harness: Harness) -> None:
    h = harness
    _preview, done = await series(
        h, when="2026-12-04 20:00", alternate_when="2026-12-12 03:00", count=4
    )
    assert "Saved 4 shows" in done
    assert [r["starts_at"] for r in lives(h)] == [
        utc(2026, 12, 4, 19),  # Friday 20:00 Oslo
        utc(2026, 12, 12, 2),  # the next week's Saturday 03:00 Oslo (for the Americas)
        utc(2026, 12, 18, 19),  # two weeks after the first
        utc(2026, 12, 26, 2),  # two weeks after the second
    ]


async def test_a_weekday_alone_alternates_in_the_week_after_the_first_show(
    harness: Harness,
) -> None:
    h = harness
    await h.clock.set(datetime(2026, 12, 7, 12, 0, tzinfo=UTC))  # a Monday
    await set_channel(h, h.channel.id)
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {
        "title": "Duetter",
        "host1": h.alice.id,
        "when": "fredag 20:00",
        "repeat": "weekly",
        "count": 6,
        "alternate_when": "lørdag 16:00",
    }
    preview = await h.slash(h.mod, "live schedule", values, locale="no")
    assert preview.ephemeral
    # One show a week, taking turns: Friday 20:00, the next week's Saturday 16:00, ...
    expected = [
        utc(2026, 12, 11, 19),
        utc(2026, 12, 19, 15),
        utc(2026, 12, 25, 19),
        utc(2027, 1, 2, 15),
        utc(2027, 1, 8, 19),
        utc(2027, 1, 16, 15),
    ]
    lines = [line for line in preview.text.splitlines() if line[:2] in {f"{n}." for n in range(7)}]
    assert len(lines) == 6
    weeks = ["7. des.", "14. des.", "21. des.", "28. des.", "4. jan.", "11. jan."]
    for line, week, moment in zip(lines, weeks, expected, strict=True):
        assert f"uka fra {week}" in line and f"<t:{moment}:F>" in line
    assert lives(h) == []  # nothing saved before the confirmation
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"), locale="no")
    await settled(h)
    assert "Lagret 6 sendinger" in done.text
    assert [r["starts_at"] for r in lives(h)] == expected


async def test_an_alternate_date_in_the_first_shows_week_is_explained(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {
        "title": "Duets",
        "when": "2026-12-11 20:00",
        "repeat": "weekly",
        "count": 6,
        "alternate_when": "2026-12-12 16:00",
    }
    refused = await h.slash(h.mod, "live schedule", values)
    assert refused.ephemeral
    text = refused.text
    assert (
        "(Sat, Dec 12 4:00\u202fPM) is in the same week as the first show (Fri, Dec 11 8:00\u202fPM)"
        in text
    )
    assert "belongs in the week of Dec 14" in text and "`2026-12-19 16:00`" in text
    chinese = await h.slash(h.mod, "live schedule", values, locale="zh-CN")
    assert "同一周" in chinese.text and "12月14日 那一周" in chinese.text
    assert lives(h) == []
    # Its weekday alone is read as the week after: accepted.
    preview = await h.slash(h.mod, "live schedule", values | {"alternate_when": "sat 4pm"})
    assert f"<t:{utc(2026, 12, 19, 15)}:F>" in preview.text
    assert lives(h) == []


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"count": 5, "until": "2027-01-31"}, "not both"),
        ({}, "needs an end"),
        ({"until": "2026-11-30"}, "on or after the first show"),
        ({"until": "2028-01-31"}, "at most a year ahead"),
        ({"count": 3, "alternate_when": "2026-12-04 20:00"}, "must come after"),
        ({"count": 3, "alternate_when": "2026-12-03 20:00"}, "must come after"),
        ({"count": 3, "alternate_when": "2026-12-20 20:00"}, "must fall in the week of Dec 7"),
        ({"count": 3, "alternate_when": "2026-12-05 20:00"}, "same week as the first show"),
    ],
)
async def test_bad_repeat_options_are_refused_and_change_nothing(
    harness: Harness, options: dict[str, object], expected: str
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {"title": "Duets", "when": "2026-12-04 20:00", "repeat": "weekly"} | options
    refused = await h.slash(h.mod, "live schedule", values)
    assert refused.ephemeral and expected in refused.text
    assert lives(h) == []


async def test_repeat_options_without_repeat_are_refused(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    for options, expected in (
        ({"count": 3}, "choose `repeat` too"),
        ({"alternate_when": "2026-12-06 20:00"}, "choose `repeat` too"),
    ):
        values = {"title": "Duets", "when": "2026-12-04 20:00"} | options
        refused = await h.slash(h.mod, "live schedule", values, locale="zh-CN")
        assert refused.ephemeral and "repeat" in refused.text
        english = await h.slash(h.mod, "live schedule", values)
        assert expected in english.text
    assert lives(h) == []


async def test_a_series_over_the_event_cap_is_saved_and_says_so(harness: Harness) -> None:
    h = harness
    h.emu.max_scheduled_events = 2
    _preview, done = await series(h, when="2026-12-04 20:00", count=6)
    assert "Saved 6 shows" in done and "maximum of 100" in done
    assert sum(r["event_id"] is not None for r in lives(h)) == 2
    h.emu.max_scheduled_events = 100
    await at(h, datetime(2026, 12, 4, 20, 0, tzinfo=UTC) + timedelta(minutes=1))
    assert sum(r["event_id"] is not None for r in lives(h)) == 5  # room freed: events follow


async def test_cancel_one_show_or_this_and_all_later(harness: Harness) -> None:
    h = harness
    await series(h, when="2026-12-04 20:00", count=5)
    ask = await h.slash(h.mod, "live cancel", {"live": 2})
    assert {b["label"] for b in ask.buttons} >= {"Cancel this show", "Cancel this and all later"}
    await h.click(h.mod, ask.message, button_id(ask, "confirm"))
    assert [r["status"] for r in lives(h)] == ["scheduled", "cancelled"] + ["scheduled"] * 3
    ask = await h.slash(h.mod, "live cancel", {"live": 4})
    done = await h.click(h.mod, ask.message, button_id(ask, "later"))
    assert "1 later show of the series was cancelled too" in done.text
    assert [r["status"] for r in lives(h)] == ["scheduled", "cancelled", "scheduled"] + [
        "cancelled"
    ] * 2
    live_events = {int(e["id"]) for e in h.emu.scheduled_events(h.guild.id)}
    assert live_events == {r["event_id"] for r in lives(h) if r["status"] == "scheduled"}
    pending = h.rows(
        "SELECT DISTINCT live_id FROM live_deliveries WHERE state = 'pending' ORDER BY live_id"
    )
    assert [r["live_id"] for r in pending] == [lives(h)[0]["id"], lives(h)[2]["id"]]


async def test_reschedule_this_and_all_later_keeps_the_interval(harness: Harness) -> None:
    h = harness
    await series(h, when="2026-12-04 20:00", count=4)
    preview = await h.slash(h.mod, "live reschedule", {"live": 2, "when": "2026-12-11 21:30"})
    done = await h.click(h.mod, preview.message, button_id(preview, "later"))
    assert "2 later shows moved" in done.text
    assert [r["starts_at"] for r in lives(h)] == [
        utc(2026, 12, 4, 19),
        utc(2026, 12, 11, 20, 30),
        utc(2026, 12, 18, 20, 30),
        utc(2026, 12, 25, 20, 30),
    ]


async def test_info_shows_the_series(harness: Harness) -> None:
    h = harness
    await series(h, when="2026-12-04 20:00", count=3)
    info = await h.slash(h.bob, "live info", {"live": 2})
    assert "Series: show 2 of 3" in info.text
    assert "▶ #2" in info.text and "#1" in info.text and "#3" in info.text


async def test_a_series_whose_first_time_happens_twice_keeps_its_options(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    values = {
        "title": "Night owls",
        "when": "2027-10-31 02:30",  # the clocks go back in Oslo that night
        "repeat": "weekly",
        "until": "2027-11-21",
        "alternate_when": "sat 03:00",
    }
    ask = await h.slash(h.mod, "live schedule", values)
    assert "happens twice" in ask.text
    preview = await h.click(h.mod, ask.message, button_id(ask, "late"))
    # Sunday 31 Oct 02:30 (the second one, CET), then the next week's Saturday 03:00, ...
    expected = [
        utc(2027, 10, 31, 1, 30),
        utc(2027, 11, 6, 2),
        utc(2027, 11, 14, 1, 30),
        utc(2027, 11, 20, 2),
    ]
    lines = [line for line in preview.text.splitlines() if line[:2] in {"1.", "2.", "3.", "4."}]
    assert len(lines) == 4
    for line, moment in zip(lines, expected, strict=True):
        assert f"<t:{moment}:F>" in line
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    await settled(h)
    assert "Saved 4 shows" in done.text
    assert [r["starts_at"] for r in lives(h)] == expected
