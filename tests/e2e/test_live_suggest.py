"""/live suggest: common slots, partial slots, unknown hosts, and scheduling a slot."""

from __future__ import annotations

import re
from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from storage.availability import AvailabilityRepository
from tests.e2e.live_support import button_id, lives, set_windows, set_zone
from tests.support.harness import Harness


async def test_suggest_lists_common_slots_and_a_slot_opens_the_preview(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_zone(h, h.bob, "America/New_York")
    await set_windows(h, h.alice, time(18), time(23))
    await set_windows(h, h.bob, time(12), time(18))  # 18:00-24:00 in Oslo
    result = await h.slash(
        h.mod, "live suggest", {"host1": h.alice.id, "host2": h.bob.id, "duration": "90"}
    )
    assert result.ephemeral
    assert "every host is free for 90 min" in result.text
    starts = [int(s) for s in re.findall(r"<t:(\d+):F>", result.text)]
    assert 1 <= len(starts) <= 5
    assert len(result.buttons) == len(starts)
    for start in starts:  # inside both windows: 17:00-22:00 UTC, ending by 22:00
        hour = (start % 86400) / 3600
        assert 17 <= hour <= 20.5
    assert "Asia" not in result.text and f"<@{h.bob.id}>" in result.text

    ask = await h.click(h.mod, result.message, button_id(result, "s0"))
    assert ask.callback_type == 9 and ask.modal is not None
    preview = await h.submit_modal(h.mod, ask.modal, {"title": "  Duet  ", "description": ""})
    assert preview.ephemeral and "Preview: Duet" in preview.text
    assert f"<t:{starts[0]}:F>" in preview.text
    assert "Warnings" not in preview.text
    done = await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    assert "Saved LIVE #1" in done.text
    [row] = lives(h)
    assert row["starts_at"] == starts[0] and row["duration_minutes"] == 90
    assert row["title"] == "Duet" and row["description"] is None


async def test_no_common_slot_shows_partial_slots_and_unknown_hosts(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_zone(h, h.bob, "Europe/Oslo")
    await set_windows(h, h.alice, time(18), time(22))
    await set_windows(h, h.bob, time(8), time(11))
    carol = h.emu.add_member(h.guild.id, name="carol")
    result = await h.slash(
        h.mod,
        "live suggest",
        {"host1": h.alice.id, "host2": h.bob.id, "host3": carol.id, "within_days": 3},
        locale="zh-CN",
    )
    assert "没有所有主播都有空" in result.text
    assert "没空" in result.text
    assert f"未计入（没有时区或没有 `/availability`）：<@{carol.id}>" in result.text
    assert result.buttons  # partial slots can still be scheduled (with warnings)


async def test_suggest_refusals(harness: Harness) -> None:
    h = harness
    refused = await h.slash(h.alice, "live suggest", {"host1": h.alice.id})
    assert refused.ephemeral and "Manage Events" in refused.text
    twice = await h.slash(h.mod, "live suggest", {"host1": h.bob.id, "host2": h.bob.id})
    assert twice.ephemeral and "twice" in twice.text
    short = await h.slash(h.mod, "live suggest", {"host1": h.bob.id, "duration": "5m"})
    assert short.ephemeral and "between 15 and 720" in short.text
    nobody = await h.slash(h.mod, "live suggest", {"host1": h.bob.id})
    assert "found no time" in nobody.text and not nobody.buttons
    assert lives(h) == []


async def test_earliest_is_read_in_the_moderators_timezone(harness: Harness) -> None:
    h = harness
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_windows(h, h.alice, time(18), time(23))
    # Without a zone of their own, the moderator's times are read in the server's (UTC).
    in_utc = await h.slash(
        h.mod,
        "live suggest",
        {"host1": h.alice.id, "earliest": "2026-11-28 12:00", "within_days": 2},
    )
    starts = [int(s) for s in re.findall(r"<t:(\d+):F>", in_utc.text)]
    noon_utc = int(datetime(2026, 11, 28, 12, 0, tzinfo=UTC).timestamp())
    assert starts and all(noon_utc <= s < noon_utc + 2 * 86400 for s in starts)
    await set_zone(h, h.mod, "Asia/Shanghai")
    result = await h.slash(
        h.mod,
        "live suggest",
        {"host1": h.alice.id, "earliest": "2026-11-28 12:00", "within_days": 2},
    )
    starts = [int(s) for s in re.findall(r"<t:(\d+):F>", result.text)]
    floor = int(datetime(2026, 11, 28, 4, 0, tzinfo=UTC).timestamp())  # 12:00 in Shanghai
    assert starts and all(floor <= s < floor + 2 * 86400 for s in starts)


async def test_a_shorter_common_overlap_is_offered_with_the_missing_hosts_time(
    harness: Harness,
) -> None:
    h = harness
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_zone(h, h.bob, "America/New_York")
    await set_windows(h, h.alice, time(18), time(19, 30))  # Oslo
    await set_windows(h, h.bob, time(13), time(15))  # New York: 19:00-21:00 in Oslo
    result = await h.slash(
        h.mod, "live suggest", {"host1": h.alice.id, "host2": h.bob.id, "duration": "60"}
    )
    assert "The longest time everyone is free: 30 minutes" in result.text
    assert "Not available:" in result.text
    missing = next(line for line in result.text.splitlines() if "Not available:" in line)
    assert any(c.isdigit() for c in missing)  # the missing host's local time is shown


async def test_the_longest_overlap_comes_first_at_distinct_times_and_the_edge_rotates(
    harness: Harness,
) -> None:
    h = harness
    oslo = ZoneInfo("Europe/Oslo")
    await set_zone(h, h.mod, "Europe/Oslo")
    await set_zone(h, h.alice, "Europe/Oslo")
    await set_zone(h, h.bob, "Europe/London")
    weekdays, weekend = frozenset(range(5)), frozenset({5, 6})
    await AvailabilityRepository(h.db).replace(
        h.guild.id,
        h.alice.id,
        [(weekdays, time(19), time(23)), (weekend, time(12), time(22))],
        h.clock.now(),
    )
    await set_windows(h, h.bob, time(10), time(23))  # 11:00-24:00 in Oslo
    hosts = {"host1": h.alice.id, "host2": h.bob.id}
    first = await h.slash(h.mod, "live suggest", hosts)
    starts = [int(s) for s in re.findall(r"<t:(\d+):F>", first.text)]
    local = [datetime.fromtimestamp(s, oslo) for s in starts]
    assert len(local) == 5
    # The weekend's ten hours together come before the weekdays' four: Saturday first.
    assert local[0].strftime("%a %H:%M") == "Sat 12:00"
    assert len({moment.date() for moment in local}) == 5  # five different days
    assert len({moment.time() for moment in local}) == 5  # at five different times
    assert f"At the edge of their free time: <@{h.alice.id}>" in first.text  # Sat 12:00
    assert "Taking turns" not in first.text  # no LIVE of this group yet

    ask = await h.click(h.mod, first.message, button_id(first, "s0"))
    assert ask.modal is not None
    preview = await h.submit_modal(h.mod, ask.modal, {"title": "Duet", "description": ""})
    await h.click(h.mod, preview.message, button_id(preview, "confirm"))
    [row] = lives(h)
    assert row["starts_at"] == starts[0]

    again = await h.slash(h.mod, "live suggest", hosts)
    turns = f"<@{h.alice.id}> once and <@{h.bob.id}> 0 times"
    assert (
        f"Taking turns at the edge of their free time, by this group's other LIVEs: {turns}."
        in (again.text)
    )
    later = [int(s) for s in re.findall(r"<t:(\d+):F>", again.text)]
    assert all(s >= starts[0] + 3600 or s + 3600 <= starts[0] for s in later)  # not over it
    # Alice was at her edge last time: the best time now puts nobody there.
    assert datetime.fromtimestamp(later[0], oslo).strftime("%a %H:%M") == "Sun 13:00"
    best = again.text.split("**1.**")[1].split("**2.**")[0]
    assert "At the edge" not in best
