"""Slot search for /live suggest: qualification, ranking, rotation, partial and unknown hosts."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.windows import ALL_DAYS, Window
from cogs.live.scheduling.slots import (
    HostInput,
    audience_heatmap,
    edge_hosts,
    find_slots,
    host_from_windows,
)

HOUR = timedelta(hours=1)
MONDAY = datetime(2026, 11, 23, 0, 0, tzinfo=UTC)  # Oslo is UTC+1 all this week


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def daily(start: str, end: str) -> list[Window]:
    return [Window(ALL_DAYS, time.fromisoformat(start), time.fromisoformat(end))]


def host(user: int, zone: str | None, windows: list[Window] | None, days: int = 7) -> HostInput:
    return host_from_windows(user, zone, windows or [], MONDAY, MONDAY + timedelta(days=days))


def starts(slots: list) -> list[str]:  # type: ignore[type-arg]
    return [slot.start.strftime("%m-%d %H:%M") for slot in slots]


def test_common_slots_are_inside_everyones_windows_and_spread_over_days() -> None:
    # Oslo 18–23 local = 17–22 UTC; New York 12–20 local = 17–01 UTC: common 17–22 UTC.
    hosts = [
        host(1, "Europe/Oslo", daily("18:00", "23:00")),
        host(2, "America/New_York", daily("12:00", "20:00")),
    ]
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:00"), utc("2026-11-25 00:00"))
    assert result.partial == [] and result.unknown == ()
    # Five different times of day, taking turns between the two evenings, never overlapping.
    assert starts(result.common) == [
        "11-23 17:00",
        "11-24 18:00",
        "11-23 19:00",
        "11-24 20:00",
        "11-23 21:00",
    ]
    for slot in result.common:
        assert slot.available == (1, 2)
        assert slot.missing == ()
        assert slot.end - slot.start == HOUR
        assert slot.night_hours == 0


def test_fewest_night_hours_rank_first() -> None:
    # Two hosts in Oslo, free 05:00–10:00 local: slots before 07:00 local cost night hours.
    hosts = [
        host(1, "Europe/Oslo", daily("05:00", "10:00")),
        host(2, "Europe/Oslo", daily("05:00", "10:00")),
    ]
    result = find_slots(hosts, HOUR, utc("2026-11-23 00:00"), utc("2026-11-23 12:00"))
    # 07:00, 08:00, 09:00 local cost nothing; 05:00 and 06:00 cost 1 h for each host. Of
    # those two, 05:00 starts at both hosts' edge, where 09:00 already put them: it comes last.
    assert starts(result.common) == [
        "11-23 06:00",
        "11-23 07:00",
        "11-23 08:00",
        "11-23 05:00",
        "11-23 04:00",
    ]
    assert [slot.night_hours for slot in result.common] == [0, 0, 0, 2, 2]
    # Partly inside the night: 06:30–07:30 local is half an hour for each of the two hosts.
    result = find_slots(hosts, HOUR, utc("2026-11-23 05:30"), utc("2026-11-23 06:30"))
    assert [slot.night_hours for slot in result.common] == [1.0]


def test_night_hours_are_counted_in_each_hosts_own_zone() -> None:
    # 20:00–23:00 UTC is 04:00–07:00 in Shanghai: night there, though not in UTC.
    hosts = [host(1, "Asia/Shanghai", daily("00:00", "00:00"))]
    result = find_slots(hosts, HOUR, utc("2026-11-23 20:00"), utc("2026-11-24 01:00"))
    assert starts(result.common) == [
        "11-23 23:00",
        "11-24 00:00",
        "11-23 20:00",
        "11-23 21:00",
        "11-23 22:00",
    ]
    assert [slot.night_hours for slot in result.common] == [0, 0, 1, 1, 1]
    # The same UTC hours for a host in Oslo (21:00–02:00 local) cost night from 23:00 UTC.
    hosts = [host(2, "Europe/Oslo", daily("00:00", "00:00"))]
    result = find_slots(hosts, HOUR, utc("2026-11-23 20:00"), utc("2026-11-24 01:00"))
    assert starts(result.common) == [
        "11-23 20:00",
        "11-23 21:00",
        "11-23 22:00",
        "11-23 23:00",
        "11-24 00:00",
    ]
    assert [slot.night_hours for slot in result.common] == [0, 0, 0, 1, 1]


def test_kathmandu_quarter_hour_offset_aligns_with_the_utc_grid() -> None:
    # 18:00 in Kathmandu (+05:45) is 12:15 UTC: a UTC quarter hour.
    hosts = [host(1, "Asia/Kathmandu", daily("18:00", "19:00"))]
    result = find_slots(hosts, HOUR, utc("2026-11-23 00:00"), utc("2026-11-24 00:00"))
    assert starts(result.common) == ["11-23 12:15"]
    assert result.common[0].edge_hosts == (1,)


def test_rotation_puts_the_least_recently_inconvenienced_host_at_the_edge() -> None:
    # Host 1 free 18–22, host 2 free 17–21 (Oslo). Common 18–21 local. On an hourly grid
    # a slot at 18:00 starts at host 1's window edge, one at 20:00 ends at host 2's, and
    # 19:00 touches neither.
    hosts = [
        host(1, "Europe/Oslo", daily("18:00", "22:00")),
        host(2, "Europe/Oslo", daily("17:00", "21:00")),
    ]
    span = (utc("2026-11-23 12:00"), utc("2026-11-23 23:00"))
    plain = find_slots(hosts, HOUR, *span, grid=HOUR)
    assert starts(plain.common) == ["11-23 17:00", "11-23 18:00", "11-23 19:00"]
    assert [slot.edge_hosts for slot in plain.common] == [(1,), (), (2,)]
    # Host 1 was at the edge recently: 18:00 local drops behind the others.
    result = find_slots(hosts, HOUR, *span, grid=HOUR, recent_edge_counts={1: 2, 2: 0})
    assert starts(result.common) == ["11-23 18:00", "11-23 19:00", "11-23 17:00"]
    # Host 2 was: 20:00 local drops to last.
    result = find_slots(hosts, HOUR, *span, grid=HOUR, recent_edge_counts={1: 0, 2: 3})
    assert starts(result.common) == ["11-23 17:00", "11-23 18:00", "11-23 19:00"]
    # Both were, host 2 more often: host 1 takes the edge this time.
    result = find_slots(hosts, HOUR, *span, grid=HOUR, recent_edge_counts={1: 1, 2: 3})
    assert starts(result.common) == ["11-23 18:00", "11-23 17:00", "11-23 19:00"]
    assert result.common[1].edge_hosts == (1,)
    # On the usual 15-minute grid the best slot steps off host 1's edge, to a round hour.
    result = find_slots(hosts, HOUR, *span, recent_edge_counts={1: 2}, limit=1)
    assert starts(result.common) == ["11-23 18:00"]
    assert result.common[0].edge_hosts == ()


def test_night_hours_outrank_rotation() -> None:
    hosts = [host(1, "Europe/Oslo", daily("06:00", "08:00"))]
    result = find_slots(
        hosts, HOUR, utc("2026-11-23 00:00"), utc("2026-11-23 12:00"), recent_edge_counts={1: 9}
    )
    assert starts(result.common) == ["11-23 06:00", "11-23 05:00"]  # 07:00 local first, edge or not


WEEKDAYS, WEEKEND = frozenset(range(5)), frozenset({5, 6})


def oslo_times(slots: list) -> list[str]:  # type: ignore[type-arg]
    return [slot.start.astimezone(ZoneInfo("Europe/Oslo")).strftime("%a %H:%M") for slot in slots]


def weekend_and_evenings() -> list[HostInput]:
    """Host 1 in Oslo: weekday evenings 19-23, weekend days 12-22; host 2 in London free
    10-23 every day (11-24 in Oslo): four hours together on weekdays, ten at weekends."""
    return [
        host(
            1,
            "Europe/Oslo",
            [Window(WEEKDAYS, time(19), time(23)), Window(WEEKEND, time(12), time(22))],
            days=8,
        ),
        host(2, "Europe/London", daily("10:00", "23:00"), days=8),
    ]


def test_the_longest_overlaps_come_first_at_different_times_and_days() -> None:
    span = (utc("2026-11-23 12:00"), utc("2026-11-30 12:00"))
    result = find_slots(weekend_and_evenings(), HOUR, *span)
    # Not five weekday evenings at 19:00: the weekend first, every one a time of its own.
    assert oslo_times(result.common) == [
        "Sat 12:00",
        "Sun 13:00",
        "Mon 20:00",
        "Tue 21:00",
        "Wed 19:00",
    ]
    assert [slot.edge_hosts for slot in result.common] == [(1,), (), (), (), (1,)]


def test_the_edge_rotates_from_the_groups_other_lives_and_busy_hosts_are_left_free() -> None:
    span = (utc("2026-11-23 12:00"), utc("2026-11-30 12:00"))
    taken = (utc("2026-11-28 11:00"), utc("2026-11-28 12:00"))  # Saturday 12:00 in Oslo
    result = find_slots(
        weekend_and_evenings(), HOUR, *span, recent_edge_counts={1: 1}, busy={1: [taken]}
    )
    # Host 1 was at the edge of their free time once already: the best time puts nobody
    # there, and nothing overlaps the LIVE host 1 already has on Saturday.
    assert oslo_times(result.common)[:2] == ["Sun 13:00", "Sat 14:00"]
    assert result.common[0].edge_hosts == ()
    assert all(s.end <= taken[0] or s.start >= taken[1] for s in result.common)


def test_a_round_start_in_the_hosts_own_time_comes_before_a_quarter_past() -> None:
    # Kolkata is UTC+05:30: its round hours are half past in UTC.
    hosts = [host(1, "Asia/Kolkata", daily("18:00", "22:00"))]
    result = find_slots(hosts, HOUR, utc("2026-11-23 00:00"), utc("2026-11-24 00:00"), limit=1)
    assert result.common[0].start.astimezone(ZoneInfo("Asia/Kolkata")).minute == 0
    assert result.common[0].edge_hosts == (1,)  # 18:00 local, the start of the window


def test_no_common_slot_offers_partial_slots_naming_who_is_missing() -> None:
    hosts = [
        host(1, "Europe/Oslo", daily("18:00", "22:00")),
        host(2, "Europe/London", daily("17:00", "21:00")),
        host(3, "Asia/Tokyo", daily("09:00", "10:00")),  # 00:00–01:00 UTC
        host(4, None, daily("18:00", "22:00")),  # no timezone
        host(5, "Asia/Kolkata", None),  # no availability set
    ]
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:00"), utc("2026-11-25 12:00"))
    assert result.common == []
    assert result.unknown == (4, 5)
    assert result.partial
    for slot in result.partial:
        assert slot.available == (1, 2)
        assert slot.missing == (3,)
        assert utc("2026-11-23 17:00") <= slot.start
        assert (slot.start.hour, slot.end.hour) in {(17, 18), (18, 19), (19, 20), (20, 21)}
    assert len(result.partial) <= 5


def test_known_host_with_no_interval_in_range_is_missing_not_unknown() -> None:
    hosts = [host(1, "Europe/Oslo", daily("18:00", "22:00")), HostInput(2, "Asia/Tokyo", [])]
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:00"), utc("2026-11-24 12:00"))
    assert result.common == [] and result.unknown == ()
    assert {slot.missing for slot in result.partial} == {(2,)}


def test_only_unknown_hosts_find_nothing_rather_than_assuming_free() -> None:
    hosts = [HostInput(1, None, None), HostInput(2, "Europe/Oslo", None)]
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:00"), utc("2026-11-24 12:00"))
    assert result.common == [] and result.partial == []
    assert result.unknown == (1, 2)
    assert host(3, "Europe/Oslo", []).intervals is None  # a zone but no windows is unknown


def test_nobody_free_at_all() -> None:
    hosts = [HostInput(1, "Europe/Oslo", []), HostInput(2, "Asia/Tokyo", [])]
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:00"), utc("2026-11-24 12:00"))
    assert result.common == [] and result.partial == []


def test_grid_alignment_range_bounds_and_duplicates() -> None:
    hosts = [HostInput(1, "Europe/Oslo", [(utc("2026-11-23 12:00"), utc("2026-11-23 16:00"))])] * 2
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:07"), utc("2026-11-23 14:20"), limit=10)
    assert starts(result.common) == ["11-23 13:00"]  # on the hour; no other fits beside it
    result = find_slots(hosts, HOUR, utc("2026-11-23 12:07"), utc("2026-11-23 13:20"), limit=10)
    assert starts(result.common) == ["11-23 12:15"]  # the first step of the grid
    assert all(slot.end <= utc("2026-11-23 14:20") for slot in result.common)
    assert result.common[0].available == (1,)  # the host listed twice counts once
    # A range too short for the duration finds nothing.
    assert find_slots(hosts, HOUR, utc("2026-11-23 12:07"), utc("2026-11-23 13:10")).common == []


def test_odd_durations_and_a_limit() -> None:
    hosts = [host(1, "Europe/Oslo", daily("05:00", "09:00"))]
    result = find_slots(
        hosts, timedelta(minutes=50), utc("2026-11-23 04:00"), utc("2026-11-23 08:00"), limit=2
    )
    assert len(result.common) == 2
    # 06:10–07:00 local is 50 minutes of night.
    result = find_slots(
        hosts, timedelta(minutes=50), utc("2026-11-23 05:10"), utc("2026-11-23 06:00")
    )
    assert result.common == []  # 05:10 is not on the grid; 05:15 + 50 min passes 06:00
    result = find_slots(
        hosts, timedelta(minutes=50), utc("2026-11-23 05:00"), utc("2026-11-23 06:00")
    )
    assert [round(slot.night_hours * 60) for slot in result.common] == [50]
    with pytest.raises(ValueError, match="duration"):
        find_slots(hosts, timedelta(0), utc("2026-11-23 04:00"), utc("2026-11-23 08:00"))


def test_edge_hosts_of_a_past_live() -> None:
    hosts = [
        host(1, "Europe/Oslo", daily("18:00", "22:00")),
        host(2, "Europe/Oslo", daily("17:00", "23:00")),
        HostInput(3, None, None),
    ]
    assert edge_hosts(hosts, utc("2026-11-23 17:00"), utc("2026-11-23 18:00")) == (1,)
    assert edge_hosts(hosts, utc("2026-11-23 18:00"), utc("2026-11-23 19:00")) == ()
    assert edge_hosts(hosts, utc("2026-11-23 20:00"), utc("2026-11-23 21:00")) == (1,)
    assert edge_hosts(hosts, utc("2026-11-23 21:00"), utc("2026-11-23 22:00")) == (2,)


def test_audience_heatmap_counts_members_free_per_cell() -> None:
    hosts = [
        host(1, "Europe/Oslo", daily("18:00", "19:00")),  # 17:00–18:00 UTC
        host(2, "Europe/London", daily("17:00", "17:30")),  # 17:00–17:30 UTC
        host(3, "Asia/Kolkata", None),  # unknown: not counted
        HostInput(4, None, [(utc("2026-11-23 17:10"), utc("2026-11-23 18:00"))]),  # partial cell
    ]
    cells = audience_heatmap(hosts, utc("2026-11-23 16:50"), utc("2026-11-23 18:15"))
    assert [(c.strftime("%H:%M"), n) for c, n in cells] == [
        ("17:00", 2),
        ("17:15", 3),
        ("17:30", 2),
        ("17:45", 2),
        ("18:00", 0),
    ]


# -- properties ------------------------------------------------------------------------

ZONES = ["Europe/Oslo", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Asia/Kathmandu"]
BASE = utc("2027-03-10 00:00")  # DST changes in New York (14th) and Oslo (28th) are near


@st.composite
def random_host(draw: st.DrawFn, user: int) -> HostInput:
    zone = draw(st.sampled_from([*ZONES, None]))
    pieces = draw(
        st.lists(st.tuples(st.integers(0, 20 * 24 * 60), st.integers(1, 12 * 60)), max_size=12)
    )
    intervals = [(BASE + timedelta(minutes=a), BASE + timedelta(minutes=a + n)) for a, n in pieces]
    return HostInput(user, zone, draw(st.sampled_from([intervals, None])) if zone else None)


@st.composite
def searches(
    draw: st.DrawFn,
) -> tuple[list[HostInput], timedelta, datetime, datetime, dict[int, int]]:
    hosts = [draw(random_host(user)) for user in range(draw(st.integers(1, 5)))]
    duration = timedelta(minutes=draw(st.integers(1, 16)) * 15 - draw(st.sampled_from([0, 5])))
    earliest = BASE + timedelta(minutes=draw(st.integers(0, 10 * 24 * 60)))
    latest = earliest + timedelta(minutes=draw(st.integers(0, 10 * 24 * 60)))
    counts = draw(st.dictionaries(st.integers(0, 4), st.integers(0, 3)))
    return hosts, duration, earliest, latest, counts


def free(host: HostInput, start: datetime, end: datetime) -> bool:
    """Free for all of [start, end): every minute is inside some interval (touching ones join)."""
    moment = start
    while moment < end:
        if not any(a <= moment < b for a, b in host.intervals or []):
            return False
        moment += timedelta(minutes=1)
    return True


def night_hours(host: HostInput, start: datetime, end: datetime) -> float:
    assert host.zone is not None
    tz, minute, total = ZoneInfo(host.zone), start, 0
    while minute < end:
        total += minute.astimezone(tz).hour < 7
        minute += timedelta(minutes=5)
    return total * 5 / 60


@settings(max_examples=200, deadline=None)
@given(searches())
def test_every_slot_qualifies_and_is_on_the_grid(
    search: tuple[list[HostInput], timedelta, datetime, datetime, dict[int, int]],
) -> None:
    hosts, duration, earliest, latest, counts = search
    result = find_slots(hosts, duration, earliest, latest, recent_edge_counts=counts)
    known = [h for h in hosts if h.zone is not None and h.intervals is not None]
    assert set(result.unknown) == {h.user_id for h in hosts} - {h.user_id for h in known}
    assert len(result.common) <= 5 and len(result.partial) <= 5
    assert not (result.common and result.partial)
    for slot in result.common + result.partial:
        assert slot.start.timestamp() % 900 == 0
        assert earliest <= slot.start and slot.end <= latest
        assert slot.end - slot.start == duration
        assert set(slot.available) | set(slot.missing) == {h.user_id for h in known}
        for h in known:
            assert free(h, slot.start, slot.end) == (h.user_id in slot.available)
        expected_night = sum(
            night_hours(h, slot.start, slot.end) for h in known if h.user_id in slot.available
        )
        assert slot.night_hours == pytest.approx(expected_night, abs=0.01)
    for slot in result.common:
        assert slot.missing == ()
    chosen = result.common or result.partial
    for a in chosen:  # never overlapping
        for b in chosen:
            assert a is b or a.end <= b.start or b.end <= a.start
    # Brute force over the grid: a common slot exists exactly when one is returned.
    first = datetime.fromtimestamp(-(-int(earliest.timestamp()) // 900) * 900, UTC)
    exists = False
    moment = first
    while known and moment + duration <= latest and not exists:
        exists = all(free(h, moment, moment + duration) for h in known)
        moment += timedelta(minutes=15)
    assert bool(result.common) == exists


@settings(max_examples=100, deadline=None)
@given(searches())
def test_heatmap_matches_a_brute_force_count(
    search: tuple[list[HostInput], timedelta, datetime, datetime, dict[int, int]],
) -> None:
    hosts, _duration, earliest, latest, _counts = search
    latest = min(latest, earliest + timedelta(days=2))
    cells = audience_heatmap(hosts, earliest, latest)
    for cell, count in cells:
        assert cell.timestamp() % 900 == 0
        assert earliest <= cell and cell + timedelta(minutes=15) <= latest
        assert count == sum(
            h.intervals is not None and free(h, cell, cell + timedelta(minutes=15)) for h in hosts
        )
