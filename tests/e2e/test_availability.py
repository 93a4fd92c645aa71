"""/availability set, show and clear, driven as members would through the emulator."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from sandbox.emulator import Member
from tests.support.harness import Harness


def windows(harness: Harness, member: Member) -> list[tuple[int, int, int]]:
    rows = harness.rows(
        "SELECT days, start_minute, end_minute FROM availability_windows "
        "WHERE guild_id = ? AND user_id = ? ORDER BY id",
        (harness.guild.id, member.id),
    )
    return sorted((row["days"], row["start_minute"], row["end_minute"]) for row in rows)


def window_ids(harness: Harness, member: Member) -> list[int]:
    rows = harness.rows(
        "SELECT id FROM availability_windows WHERE guild_id = ? AND user_id = ? ORDER BY id",
        (harness.guild.id, member.id),
    )
    return [row["id"] for row in rows]


async def set_zone(harness: Harness, member: Member, zone: str) -> None:
    result = await harness.slash(member, "timezone set", {"zone": zone})
    assert zone in result.text


async def add(
    harness: Harness, member: Member, days: str, start: str, end: str, **kwargs: Any
) -> Any:
    return await harness.slash(
        member, "availability set", {"days": days, "from": start, "to": end}, **kwargs
    )


MON_FRI = 0b0011111
SAT_SUN = 0b1100000


async def test_set_needs_a_timezone_first(harness: Harness) -> None:
    result = await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    assert result.ephemeral
    assert "/timezone set" in result.text
    assert windows(harness, harness.alice) == []


async def test_set_saves_and_lists_windows_and_merges_overlaps(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    result = await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    assert result.ephemeral
    assert "Europe/Oslo" in result.text
    assert "Mon–Fri 6:00\u202fPM–10:00\u202fPM" in result.text
    assert windows(harness, harness.alice) == [(MON_FRI, 18 * 60, 22 * 60)]
    stamp = harness.rows("SELECT created_at FROM availability_windows")[0]["created_at"]
    assert stamp == int(harness.clock.now().timestamp())

    # Monday 21:00–23:30 overlaps Monday 18:00–22:00: they merge, the other days stay.
    result = await add(harness, harness.alice, "mon", "9pm", "23:30")
    assert "Mon 6:00\u202fPM–11:30\u202fPM" in result.text
    assert "Tue–Fri 6:00\u202fPM–10:00\u202fPM" in result.text
    assert windows(harness, harness.alice) == [
        (0b0000001, 18 * 60, 23 * 60 + 30),
        (0b0011110, 18 * 60, 22 * 60),
    ]

    # Adding the same window again changes nothing.
    before = window_ids(harness, harness.alice)
    await add(harness, harness.alice, "tue-fri", "18:00", "22:00")
    assert window_ids(harness, harness.alice) == before


async def test_window_passing_midnight(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Asia/Kathmandu")
    result = await add(harness, harness.alice, "sat,sun", "10pm", "02:00")
    assert "Sat, Sun 10:00\u202fPM–2:00\u202fAM (next day)" in result.text
    assert windows(harness, harness.alice) == [(SAT_SUN, 22 * 60, 2 * 60)]
    # Saturday night into Sunday 01:00–03:00 joins the stretch that started Saturday.
    result = await add(harness, harness.alice, "sun", "01:00", "03:00")
    assert windows(harness, harness.alice) == [
        (0b0100000, 22 * 60, 3 * 60),
        (0b1000000, 22 * 60, 2 * 60),
    ]


@pytest.mark.parametrize(
    ("days", "start", "end", "expected"),
    [
        ("funday", "18:00", "22:00", "not a set of days"),
        ("mon-fri", "25:99", "22:00", "not a time of day"),
        ("mon-fri", "18:00", "soon", "not a time of day"),
        ("mon-fri", "20:00", "8pm", "both 8:00\u202fPM"),
    ],
)
async def test_bad_input_is_refused_and_nothing_changes(
    harness: Harness, days: str, start: str, end: str, expected: str
) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    await add(harness, harness.alice, "sat", "12:00", "14:00")
    before = windows(harness, harness.alice)
    result = await add(harness, harness.alice, days, start, end)
    assert result.ephemeral
    assert expected in result.text
    assert windows(harness, harness.alice) == before


async def test_show_in_the_members_time_and_the_viewers(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    await set_zone(harness, harness.bob, "America/New_York")
    result = await harness.slash(harness.bob, "availability show", {"member": harness.alice.id})
    assert result.ephemeral
    assert f"<@{harness.alice.id}>" in result.text
    assert "In their time (Europe/Oslo)" in result.text
    assert "Mon–Fri 6:00\u202fPM–10:00\u202fPM" in result.text
    # November: Oslo is UTC+1, New York UTC−5, so 18:00–22:00 there is 12:00–16:00 here.
    assert "In your time (America/New_York)" in result.text
    assert "Mon–Fri 12:00\u202fPM–4:00\u202fPM" in result.text
    assert "daylight-saving" in result.text

    # The member herself sees one list, in her own time, under one heading.
    result = await harness.slash(harness.alice, "availability show")
    assert "Your weekly windows, in Europe/Oslo" in result.text
    assert result.text.count("weekly windows") == 1
    assert "In your time" not in result.text

    # A viewer without a timezone sees only the member's time.
    result = await harness.slash(harness.mod, "availability show", {"member": harness.alice.id})
    assert "Mon–Fri 6:00\u202fPM–10:00\u202fPM" in result.text
    assert "In your time" not in result.text


async def test_show_crosses_the_date_line_into_the_next_day(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "America/New_York")
    await add(harness, harness.alice, "fri", "20:00", "23:00")
    await set_zone(harness, harness.bob, "Asia/Shanghai")
    result = await harness.slash(harness.bob, "availability show", {"member": harness.alice.id})
    # Friday 20:00 in New York (UTC−5) is Saturday 09:00 in Shanghai (UTC+8).
    assert "Sat 9:00\u202fAM–12:00\u202fPM" in result.text


async def test_show_without_windows(harness: Harness) -> None:
    result = await harness.slash(harness.alice, "availability show")
    assert result.ephemeral
    assert "no availability set yet" in result.text
    result = await harness.slash(harness.alice, "availability show", {"member": harness.bob.id})
    assert f"<@{harness.bob.id}> has no availability set" in result.text


async def test_clear_one_window_chosen_by_autocomplete(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    await add(harness, harness.alice, "sat,sun", "22:00", "02:00")
    choices = await harness.autocomplete(harness.alice, "availability clear", {}, "window")
    labels = [choice["name"] for choice in choices]
    assert labels == [
        "Mon–Fri 6:00\u202fPM–10:00\u202fPM",
        "Sat, Sun 10:00\u202fPM–2:00\u202fAM (next day)",
    ]
    filtered = await harness.autocomplete(
        harness.alice, "availability clear", {"window": "sat"}, "window"
    )
    assert [choice["name"] for choice in filtered] == [
        "Sat, Sun 10:00\u202fPM–2:00\u202fAM (next day)"
    ]

    result = await harness.slash(
        harness.alice, "availability clear", {"window": filtered[0]["value"]}
    )
    assert result.ephemeral
    assert "Removed Sat, Sun 10:00\u202fPM–2:00\u202fAM" in result.text
    assert "Mon–Fri 6:00\u202fPM–10:00\u202fPM" in result.text
    assert windows(harness, harness.alice) == [(MON_FRI, 18 * 60, 22 * 60)]


async def test_someone_elses_window_cannot_be_cleared(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    [alice_window] = window_ids(harness, harness.alice)
    # Bob's list does not offer Alice's window ...
    assert await harness.autocomplete(harness.bob, "availability clear", {}, "window") == []
    # ... and typing its id does not remove it.
    result = await harness.slash(harness.bob, "availability clear", {"window": str(alice_window)})
    assert result.ephemeral
    assert "not one of your availability windows" in result.text
    result = await harness.slash(harness.bob, "availability clear", {"window": "everything"})
    assert "not one of your availability windows" in result.text
    assert window_ids(harness, harness.alice) == [alice_window]


async def test_clear_all_asks_first(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    await add(harness, harness.alice, "mon-fri", "18:00", "22:00")
    await add(harness, harness.alice, "sat", "12:00", "14:00")
    await set_zone(harness, harness.bob, "Europe/Oslo")
    await add(harness, harness.bob, "sun", "12:00", "14:00")

    question = await harness.slash(harness.alice, "availability clear")
    assert question.ephemeral
    assert "Remove all 2 of your availability windows?" in question.text
    assert question.message is not None
    answer = await harness.click(
        harness.alice, question.message, question.button("Cancel")["custom_id"]
    )
    assert "Nothing removed" in answer.text
    assert len(windows(harness, harness.alice)) == 2

    question = await harness.slash(harness.alice, "availability clear")
    assert question.message is not None
    answer = await harness.click(
        harness.alice, question.message, question.button("Confirm")["custom_id"]
    )
    assert "Removed all 2" in answer.text
    assert windows(harness, harness.alice) == []
    assert windows(harness, harness.bob) == [(0b1000000, 12 * 60, 14 * 60)]

    result = await harness.slash(harness.alice, "availability clear")
    assert "no availability windows to clear" in result.text


async def test_chinese(harness: Harness) -> None:
    result = await add(harness, harness.alice, "周一至周五", "晚上8点", "22:00", locale="zh-CN")
    assert "请先用 `/timezone set` 设置时区" in result.text
    await set_zone(harness, harness.alice, "Asia/Shanghai")
    result = await add(harness, harness.alice, "周一至周五", "晚上8点", "22:00", locale="zh-CN")
    assert "已添加 周一–周五 20:00–22:00" in result.text
    assert windows(harness, harness.alice) == [(MON_FRI, 20 * 60, 22 * 60)]
    result = await add(harness, harness.alice, "周末", "22:00", "22:00", locale="zh-CN")
    assert "都是 22:00" in result.text
    result = await harness.slash(harness.alice, "availability show", locale="zh-CN")
    assert "你的每周时段" in result.text


async def test_norwegian(harness: Harness) -> None:
    await set_zone(harness, harness.alice, "Europe/Oslo")
    result = await add(harness, harness.alice, "man-fre", "kl 18", "kl. 22.30", locale="no")
    assert "La til man.–fre. 18:00–22:30" in result.text
    assert windows(harness, harness.alice) == [(MON_FRI, 18 * 60, 22 * 60 + 30)]
    result = await add(harness, harness.alice, "hver dag", "23:00", "01:00", locale="no")
    assert "hver dag 23:00–01:00 (neste dag)" in result.text
    result = await add(harness, harness.alice, "blåmandag", "18:00", "20:00", locale="no")
    assert result.ephemeral
    assert len(windows(harness, harness.alice)) == 2


async def test_commands_are_localised_in_the_synced_payload(harness: Harness) -> None:
    group = next(c for c in harness.emu.commands() if c["name"] == "availability")
    assert set(group["description_localizations"]) >= {"zh-CN", "no"}
    set_command = next(o for o in group["options"] if o["name"] == "set")
    names = [option["name"] for option in set_command["options"]]
    assert names == ["days", "from", "to"]
    start = next(o for o in set_command["options"] if o["name"] == "from")
    assert start["description_localizations"]["zh-CN"].startswith("开始时间")


async def test_windows_added_at_once_are_all_kept(harness: Harness) -> None:
    """Ten /availability set at once from one member: every acknowledged window survives."""
    h = harness
    await set_zone(h, h.alice, "UTC")
    results = await asyncio.gather(
        *(add(h, h.alice, "mon", f"{8 + i:02d}:00", f"{8 + i:02d}:30") for i in range(10))
    )
    assert all("Added" in result.text for result in results), [r.text for r in results]
    assert windows(h, h.alice) == [(1, (8 + i) * 60, (8 + i) * 60 + 30) for i in range(10)]
