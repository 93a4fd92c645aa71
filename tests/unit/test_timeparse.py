"""Times, durations and weekdays as members type them, in three languages and many zones."""

from __future__ import annotations

import contextlib
import zoneinfo
from datetime import UTC, datetime, time, timedelta

import pytest
from babel.dates import format_time
from hypothesis import given
from hypothesis import strategies as st

from bot.errors import BadInput
from bot.timeparse import (
    AmbiguousTime,
    NonexistentTime,
    Prefer,
    parse_clock,
    parse_days,
    parse_duration,
    parse_when,
    resolve_local,
)

# Wednesday 2026-06-10 12:00 UTC: 14:00 in Oslo (CEST), 20:00 in Shanghai.
NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)
OSLO = "Europe/Oslo"
ZONES = [
    "Europe/Oslo",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Asia/Shanghai",
    "UTC",
]


def wall(text: str, *, prefer: Prefer = "future", zone: str = OSLO) -> str:
    return parse_when(text, NOW, zone, prefer=prefer).local.strftime("%Y-%m-%d %H:%M")


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def naive(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A wall time with no zone attached, as ``resolve_local`` takes it."""
    return utc(year, month, day, hour, minute).replace(tzinfo=None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # absolute
        ("2026-12-03 20:00", "2026-12-03 20:00"),
        ("2026-12-03T20:00", "2026-12-03 20:00"),
        ("  2026-12-03   20:00 ", "2026-12-03 20:00"),
        ("2026/12/03 20:00", "2026-12-03 20:00"),
        ("03.12.2026 20:00", "2026-12-03 20:00"),
        ("3.12.2026 kl. 20.00", "2026-12-03 20:00"),
        ("dec 3 20:00", "2026-12-03 20:00"),
        ("December 3rd, 2027 8pm", "2027-12-03 20:00"),
        ("3. desember kl 20", "2026-12-03 20:00"),
        ("12月3日 20:00", "2026-12-03 20:00"),
        ("2026年12月3日晚上8点", "2026-12-03 20:00"),
        ("２０２６－１２－０３ ２０：００", "2026-12-03 20:00"),  # full-width
        # English relative days
        ("today 18:30", "2026-06-10 18:30"),
        ("TODAY 18:30", "2026-06-10 18:30"),
        ("tonight 8", "2026-06-10 20:00"),
        ("tonight 20:00", "2026-06-10 20:00"),
        ("tonight 8pm", "2026-06-10 20:00"),
        ("tomorrow 20:00", "2026-06-11 20:00"),
        ("tomorrow at 8pm", "2026-06-11 20:00"),
        ("tomorrow, 8:30 pm", "2026-06-11 20:30"),
        ("8pm tomorrow", "2026-06-11 20:00"),
        ("tomorrow evening at 8", "2026-06-11 20:00"),
        ("tomorrow noon", "2026-06-11 12:00"),
        ("tomorrow 12am", "2026-06-11 00:00"),
        ("tomorrow 12pm", "2026-06-11 12:00"),
        ("yesterday 21:00", "2026-06-09 21:00"),
        # Chinese relative days
        ("今天 18:30", "2026-06-10 18:30"),
        ("明天 20:00", "2026-06-11 20:00"),
        ("后天 20:00", "2026-06-12 20:00"),
        ("昨天 21:00", "2026-06-09 21:00"),
        ("明天晚上8点", "2026-06-11 20:00"),
        ("明晚8点", "2026-06-11 20:00"),
        ("明天下午3点", "2026-06-11 15:00"),
        ("明天上午9点", "2026-06-11 09:00"),
        ("明天中午12点", "2026-06-11 12:00"),
        ("明天中午", "2026-06-11 12:00"),
        ("明天凌晨2点", "2026-06-11 02:00"),
        ("明天8点半", "2026-06-11 08:30"),
        ("明天晚上八点半", "2026-06-11 20:30"),
        # Norwegian relative days: "i morgen kl 20" is 20:00, never noon
        ("i dag 18:30", "2026-06-10 18:30"),
        ("i morgen kl 20", "2026-06-11 20:00"),
        ("I MORGEN KL 20", "2026-06-11 20:00"),
        ("i morgen kl. 20.00", "2026-06-11 20:00"),
        ("i morgen kl 8", "2026-06-11 08:00"),
        ("i morgen kveld kl 8", "2026-06-11 20:00"),
        ("i overmorgen 20:00", "2026-06-12 20:00"),
        ("i går 21:00", "2026-06-09 21:00"),
        ("i kveld kl 21", "2026-06-10 21:00"),
        # weekdays: the nearest one ahead (today counts while the time is ahead)
        ("fri 8pm", "2026-06-12 20:00"),
        ("friday 20:00", "2026-06-12 20:00"),
        ("Friday 20:00", "2026-06-12 20:00"),
        ("周五 20:00", "2026-06-12 20:00"),
        ("星期五 20:00", "2026-06-12 20:00"),
        ("礼拜五 20:00", "2026-06-12 20:00"),
        ("周五晚上8点", "2026-06-12 20:00"),
        ("fre 20:00", "2026-06-12 20:00"),
        ("fredag kl 20", "2026-06-12 20:00"),
        ("8pm on friday", "2026-06-12 20:00"),
        ("wed 15:00", "2026-06-10 15:00"),  # today, still ahead
        ("wed 13:00", "2026-06-17 13:00"),  # today has passed: next week
        ("onsdag kl 13", "2026-06-17 13:00"),
        ("next fri 20:00", "2026-06-19 20:00"),
        ("neste fredag 20:00", "2026-06-19 20:00"),
        ("下周五 20:00", "2026-06-19 20:00"),
        ("下周五晚上8点半", "2026-06-19 20:30"),
        ("next mon 9am", "2026-06-15 09:00"),
        ("last fri 20:00", "2026-06-05 20:00"),
        ("forrige fredag kl 20", "2026-06-05 20:00"),
        ("上周五 20:00", "2026-06-05 20:00"),
        ("本周一 10:00", "2026-06-08 10:00"),
        # offsets
        ("in 2h", "2026-06-10 16:00"),
        ("in 90 minutes", "2026-06-10 15:30"),
        ("in 1h30", "2026-06-10 15:30"),
        ("in an hour", "2026-06-10 15:00"),
        ("om 2 timer", "2026-06-10 16:00"),
        ("2小时后", "2026-06-10 16:00"),
        ("30分钟后", "2026-06-10 14:30"),
        ("2h ago", "2026-06-10 12:00"),
        ("for 2 timer siden", "2026-06-10 12:00"),
        ("2小时前", "2026-06-10 12:00"),
        ("now", "2026-06-10 14:00"),
        # bare clock: today if still ahead, else tomorrow
        ("20:00", "2026-06-10 20:00"),
        ("8pm", "2026-06-10 20:00"),
        ("kl 20", "2026-06-10 20:00"),
        ("晚上8点", "2026-06-10 20:00"),
        ("13:00", "2026-06-11 13:00"),
        ("14:00", "2026-06-11 14:00"),  # exactly now is not ahead
        ("1pm", "2026-06-11 13:00"),
        # an instant with an offset
        ("2026-12-03T20:00Z", "2026-12-03 21:00"),
        ("2026-12-03 20:00+05:30", "2026-12-03 15:30"),
        # Norwegian day.month without a year, and a weekday with its date
        ("18.12 kl 20", "2026-12-18 20:00"),
        ("18.12. kl 20", "2026-12-18 20:00"),
        ("3.6 20:00", "2027-06-03 20:00"),
        ("18.12", "2026-06-10 18:12"),  # alone it stays a clock time
        ("10.05 i morgen", "2026-06-11 10:05"),
        ("fredag 8. januar kl 21", "2027-01-08 21:00"),
        ("fri, jan 8 9pm", "2027-01-08 21:00"),
        ("1月8日周五 晚上9点", "2027-01-08 21:00"),
    ],
)
def test_parse_when_future(text: str, expected: str) -> None:
    assert wall(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fri 20:00", "2026-06-05 20:00"),
        ("fredag kl 20", "2026-06-05 20:00"),
        ("周五 20:00", "2026-06-05 20:00"),
        ("wed 13:00", "2026-06-10 13:00"),  # today, already passed
        ("wed 15:00", "2026-06-03 15:00"),  # today, not yet: last week
        ("20:00", "2026-06-09 20:00"),
        ("13:00", "2026-06-10 13:00"),
        ("14:00", "2026-06-10 14:00"),  # exactly now counts as past
        ("dec 3 20:00", "2025-12-03 20:00"),
        ("jun 10 13:00", "2026-06-10 13:00"),
        ("tomorrow 20:00", "2026-06-11 20:00"),  # explicit days do not move
        ("next fri 20:00", "2026-06-19 20:00"),
        ("18.12 kl 20", "2025-12-18 20:00"),
        ("torsdag 4. juni kl 21", "2026-06-04 21:00"),
    ],
)
def test_parse_when_prefer_past(text: str, expected: str) -> None:
    assert wall(text, prefer="past") == expected


def test_understood_and_instants() -> None:
    parsed = parse_when("i morgen kl 20", NOW, OSLO)
    assert parsed.understood == "2026-06-11 20:00 Europe/Oslo"
    assert parsed.utc == utc(2026, 6, 11, 18, 0)
    assert parsed.utc.tzinfo is UTC
    assert parsed.local.tzinfo == zoneinfo.ZoneInfo(OSLO)


@pytest.mark.parametrize("text", ["<t:1764000000>", "<t:1764000000:F>", "<t:1764000000:R>"])
def test_discord_timestamps(text: str) -> None:
    parsed = parse_when(text, NOW, "Asia/Shanghai")
    assert parsed.utc == datetime.fromtimestamp(1764000000, UTC)
    assert parsed.understood == "2025-11-25 00:00 Asia/Shanghai"


def test_default_time_fills_date_only_forms() -> None:
    nine = time(9, 0)
    assert parse_when("2026-12-03", NOW, OSLO, default_time=nine).understood.startswith(
        "2026-12-03 09:00"
    )
    assert wall_default("fri", nine) == "2026-06-12 09:00"
    assert wall_default("tomorrow", nine) == "2026-06-11 09:00"
    assert wall_default("tonight", time(21)) == "2026-06-10 21:00"
    with pytest.raises(BadInput) as caught:  # 09:00 is not "tonight"
        parse_when("tonight", NOW, OSLO, default_time=nine)
    assert caught.value.key == "error-time-needs-clock"


def wall_default(text: str, default: time) -> str:
    return parse_when(text, NOW, OSLO, default_time=default).local.strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("zone", "text", "expected_utc"),
    [
        ("Asia/Kolkata", "2026-12-03 20:00", utc(2026, 12, 3, 14, 30)),
        ("Asia/Kathmandu", "2026-12-03 20:00", utc(2026, 12, 3, 14, 15)),
        ("Asia/Shanghai", "明天晚上8点", utc(2026, 6, 11, 12, 0)),
        ("America/New_York", "tomorrow 8pm", utc(2026, 6, 12, 0, 0)),
        ("Australia/Sydney", "2026-07-01 09:00", utc(2026, 6, 30, 23, 0)),  # winter: +10
        ("Australia/Sydney", "2026-12-01 09:00", utc(2026, 11, 30, 22, 0)),  # summer: +11
    ],
)
def test_offsets_per_zone(zone: str, text: str, expected_utc: datetime) -> None:
    assert parse_when(text, NOW, zone).utc == expected_utc


# --- DST ---------------------------------------------------------------------------

GAPS = [
    ("Europe/Oslo", naive(2026, 3, 29, 2, 30), "03:00"),
    ("America/New_York", naive(2026, 3, 8, 2, 30), "03:00"),
    ("Australia/Sydney", naive(2026, 10, 4, 2, 30), "03:00"),
    ("Australia/Lord_Howe", naive(2026, 10, 4, 2, 15), "02:30"),  # a half-hour shift
]
OVERLAPS = [
    ("Europe/Oslo", naive(2026, 10, 25, 2, 30), utc(2026, 10, 25, 0, 30)),
    ("America/New_York", naive(2026, 11, 1, 1, 30), utc(2026, 11, 1, 5, 30)),
    ("Australia/Sydney", naive(2026, 4, 5, 2, 30), utc(2026, 4, 4, 15, 30)),
]


@pytest.mark.parametrize(("zone", "naive", "suggestion"), GAPS)
def test_nonexistent_wall_times(zone: str, naive: datetime, suggestion: str) -> None:
    with pytest.raises(NonexistentTime) as caught:
        resolve_local(naive, zone)
    error = caught.value
    assert error.key == "error-time-nonexistent"
    assert error.args_["suggestion"] == suggestion
    assert error.suggestion.strftime("%H:%M") == suggestion
    assert error.suggestion.date() == naive.date()
    assert error.suggestion.tzinfo == zoneinfo.ZoneInfo(zone)
    # The suggestion is real: it survives a round trip through UTC.
    back = error.suggestion.astimezone(UTC).astimezone(zoneinfo.ZoneInfo(zone))
    assert back.replace(tzinfo=None) == error.suggestion.replace(tzinfo=None)
    for fold in (0, 1):  # a fold does not make a skipped time exist
        with pytest.raises(NonexistentTime):
            resolve_local(naive, zone, fold=fold)
    with pytest.raises(NonexistentTime):
        parse_when(naive.strftime("%Y-%m-%d %H:%M"), NOW, zone)


@pytest.mark.parametrize(("zone", "naive", "earlier"), OVERLAPS)
def test_ambiguous_wall_times(zone: str, naive: datetime, earlier: datetime) -> None:
    text = naive.strftime("%Y-%m-%d %H:%M")
    with pytest.raises(AmbiguousTime) as caught:
        parse_when(text, NOW, zone)
    error = caught.value
    assert error.key == "error-time-ambiguous"
    assert error.earlier == earlier
    assert error.later == earlier + timedelta(hours=1)
    assert error.args_["when"] == text
    assert error.args_["zone"] == zone
    assert error.args_["earlier_offset"] != error.args_["later_offset"]
    first = parse_when(text, NOW, zone, fold=0)
    second = parse_when(text, NOW, zone, fold=1)
    assert (first.utc, second.utc) == (error.earlier, error.later)
    assert first.local.replace(tzinfo=None) == second.local.replace(tzinfo=None) == naive
    assert first.understood != second.understood  # the offset tells them apart
    assert resolve_local(naive, zone, fold=1).astimezone(UTC) == error.later


def test_oslo_overlap_offsets() -> None:
    with pytest.raises(AmbiguousTime) as caught:
        resolve_local(naive(2026, 10, 25, 2, 30), OSLO)
    assert caught.value.args_["earlier_offset"] == "UTC+02:00"
    assert caught.value.args_["later_offset"] == "UTC+01:00"
    assert parse_when("2026-10-25 02:30", NOW, OSLO, fold=1).understood == (
        "2026-10-25 02:30 Europe/Oslo (UTC+01:00)"
    )


def test_resolve_local_plain_and_misuse() -> None:
    local = resolve_local(naive(2026, 12, 3, 20, 0), "Asia/Kathmandu")
    assert local.astimezone(UTC) == utc(2026, 12, 3, 14, 15)
    with pytest.raises(ValueError):
        resolve_local(datetime(2026, 12, 3, 20, 0, tzinfo=UTC), OSLO)
    with pytest.raises(ValueError):
        resolve_local(naive(2026, 12, 3, 20, 0), OSLO, fold=2)


# --- rejections ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("tomorrow at 8ish", "error-time-unparsed"),
        ("next blursday 20:00", "error-time-unparsed"),
        ("25:00", "error-time-unparsed"),
        ("24:00", "error-time-unparsed"),
        ("20:60", "error-time-unparsed"),
        ("2026-13-01 10:00", "error-time-unparsed"),
        ("2026-02-30 10:00", "error-time-unparsed"),
        ("13pm", "error-time-unparsed"),
        ("0am", "error-time-unparsed"),
        ("tonight 3", "error-time-unparsed"),  # 03:00 is not tonight; no guessing
        ("晚上12点", "error-time-unparsed"),
        ("晚上8pm", "error-time-unparsed"),
        ("8点5", "error-time-unparsed"),  # 08:05 or 08:50?
        ("fridge 20:00", "error-time-unparsed"),
        ("in 90", "error-time-unparsed"),  # an offset needs a unit
        ("tomorrow tomorrow 20:00", "error-time-unparsed"),
        ("<t:abc>", "error-time-unparsed"),
        ("<t:99999999999999>", "error-time-unparsed"),
        ("9999-12-31 23:00 +1", "error-time-unparsed"),
        ("", "error-time-unparsed"),
        ("12/03", "error-time-ambiguous-date"),
        ("12/03 20:00", "error-time-ambiguous-date"),
        ("3/12/2026 20:00", "error-time-ambiguous-date"),
        ("2026-12-03", "error-time-needs-clock"),
        ("tomorrow", "error-time-needs-clock"),
        ("i går", "error-time-needs-clock"),
        ("昨天", "error-time-needs-clock"),
        ("fri", "error-time-needs-clock"),
        ("tomorrow evening", "error-time-needs-clock"),
    ],
)
def test_parse_when_rejects(text: str, key: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_when(text, NOW, OSLO)
    assert caught.value.key == key
    assert caught.value.args_ == {"value": text.strip()}


def test_a_weekday_that_is_not_its_dates_is_refused_naming_the_right_one() -> None:
    with pytest.raises(BadInput) as caught:
        parse_when("torsdag 8. januar kl 21", NOW, OSLO)
    assert caught.value.key == "error-time-weekday-mismatch"
    assert caught.value.args_ == {
        "value": "torsdag 8. januar kl 21",
        "date": "2027-01-08",
        "weekday": 4,
    }


def test_parse_when_needs_aware_now() -> None:
    with pytest.raises(ValueError):
        parse_when("20:00", NOW.replace(tzinfo=None), OSLO)


# --- clock, duration, days ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18:00", time(18)),
        ("8pm", time(20)),
        ("8 PM", time(20)),
        ("8 p.m.", time(20)),
        ("8:30 pm", time(20, 30)),
        ("8.30pm", time(20, 30)),
        ("20", time(20)),
        ("8", time(8)),
        ("kl 20", time(20)),
        ("kl 8", time(8)),
        ("kl. 20.30", time(20, 30)),
        ("klokka 7", time(7)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("12:30 am", time(0, 30)),
        ("noon", time(12)),
        ("20:00:30", time(20, 0, 30)),
        ("晚上8点", time(20)),
        ("晚8点", time(20)),
        ("20点30", time(20, 30)),
        ("20点30分", time(20, 30)),
        ("下午3点", time(15)),
        ("下午15点", time(15)),
        ("上午9点", time(9)),
        ("中午12点", time(12)),
        ("中午1点", time(13)),
        ("凌晨2点", time(2)),
        ("凌晨12点", time(0)),
        ("8点半", time(8, 30)),
        ("8点一刻", time(8, 15)),
        ("8点05", time(8, 5)),
        ("8点5分", time(8, 5)),
        ("八点", time(8)),
        ("晚上八点三十", time(20, 30)),
        ("晚上8:30", time(20, 30)),
        ("２０：００", time(20)),
    ],
)
def test_parse_clock(text: str, expected: time) -> None:
    assert parse_clock(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "25", "24:00", "8:60", "13pm", "0am", "8ish", "晚上12点", "上午15点", "8点5", "kl", "8:5"],
)
def test_parse_clock_rejects(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_clock(text)
    assert caught.value.key == "error-clock-format"
    assert caught.value.args_ == {"value": text}


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45m", 45),
        ("45 min", 45),
        ("45 mins", 45),
        ("1h", 60),
        ("1 hour", 60),
        ("1h30", 90),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1 hour and 30 minutes", 90),
        ("1:30", 90),
        ("90", 90),
        ("1.5h", 90),
        ("1,5 t", 90),
        ("2 timer", 120),
        ("1 time og 30 minutter", 90),
        ("30 minutter", 30),
        ("1小时", 60),
        ("90分钟", 90),
        ("1小时30分", 90),
        ("1小时30分钟", 90),
        ("两小时", 120),
        ("半小时", 30),
        ("一个半小时", 90),
        ("2d", 2880),
        ("0", 0),
    ],
)
def test_parse_duration(text: str, minutes: int) -> None:
    assert parse_duration(text) == timedelta(minutes=minutes)


@pytest.mark.parametrize(
    "text",
    ["", "abc", "-5m", "1.5", "1.51h", "30m 1h", "1h 2h", "1h30x", "1:75", "半", "5 blursdays"],
)
def test_parse_duration_rejects_format(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_duration(text)
    assert caught.value.key == "error-duration-format"
    assert caught.value.args_ == {"value": text}


@pytest.mark.parametrize(("text"), ["0", "10m", "5h", "99999999999999h"])
def test_parse_duration_range(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_duration(text, minimum=timedelta(minutes=15), maximum=timedelta(hours=4))
    assert caught.value.key == "error-duration-range"
    assert caught.value.args_ == {"value": text, "minimum": 15, "maximum": 240}


def test_parse_duration_zero_with_minimum_zero() -> None:
    assert parse_duration("0") == timedelta(0)
    with pytest.raises(BadInput) as caught:
        parse_duration("0", minimum=timedelta(0))
    assert caught.value.key == "error-duration-range"
    assert parse_duration("4h", minimum=timedelta(minutes=15), maximum=timedelta(hours=4)) == (
        timedelta(hours=4)
    )


WEEKDAYS = frozenset(range(5))
WEEKEND = frozenset({5, 6})
EVERY_DAY = frozenset(range(7))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon-fri", WEEKDAYS),
        ("Mon - Fri", WEEKDAYS),
        ("mon to fri", WEEKDAYS),
        ("sat,sun", WEEKEND),
        ("sat, sun", WEEKEND),
        ("daily", EVERY_DAY),
        ("every day", EVERY_DAY),
        ("weekdays", WEEKDAYS),
        ("weekends", WEEKEND),
        ("tue", {1}),
        ("Tuesday", {1}),
        ("fri-mon", {4, 5, 6, 0}),
        ("mon wed fri", {0, 2, 4}),
        ("mondays and fridays", {0, 4}),
        ("weekends, mon", {0, 5, 6}),
        ("周一至周五", WEEKDAYS),
        ("周一-周五", WEEKDAYS),
        ("周一到周五", WEEKDAYS),
        ("周一至五", WEEKDAYS),
        ("周六,周日", WEEKEND),
        ("周六、周日", WEEKEND),
        ("每天", EVERY_DAY),
        ("工作日", WEEKDAYS),
        ("周末", WEEKEND),
        ("星期二", {1}),
        ("每周一", {0}),
        ("man-fre", WEEKDAYS),
        ("lør,søn", WEEKEND),
        ("daglig", EVERY_DAY),
        ("hver dag", EVERY_DAY),
        ("hverdager", WEEKDAYS),
        ("helg", WEEKEND),
        ("tirsdag", {1}),
        ("fredag til mandag", {4, 5, 6, 0}),
    ],
)
def test_parse_days(text: str, expected: frozenset[int]) -> None:
    assert parse_days(text) == expected


@pytest.mark.parametrize("text", ["", "blursday", "monx", "mon-", "mon--fri", "周一至八", "mon 3"])
def test_parse_days_rejects(text: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_days(text)
    assert caught.value.key == "error-days-format"
    assert caught.value.args_ == {"value": text}


# --- properties ----------------------------------------------------------------------


@given(
    st.datetimes(
        min_value=naive(2026, 6, 10), max_value=naive(2027, 6, 10), timezones=st.just(UTC)
    ),
    st.sampled_from(ZONES),
)
def test_wall_time_round_trips(moment: datetime, zone: str) -> None:
    moment = moment.replace(second=0, microsecond=0)
    local = moment.astimezone(zoneinfo.ZoneInfo(zone))
    text = local.strftime("%Y-%m-%d %H:%M")
    ambiguous = local.replace(fold=0).utcoffset() != local.replace(fold=1).utcoffset()
    if ambiguous:
        with pytest.raises(AmbiguousTime) as caught:
            parse_when(text, NOW, zone)
        assert moment in (caught.value.earlier, caught.value.later)
        assert parse_when(text, NOW, zone, fold=local.fold).utc == moment
    else:
        assert parse_when(text, NOW, zone).utc == moment


@given(
    st.datetimes(min_value=naive(2026, 1, 1), max_value=naive(2027, 12, 31)),
    st.sampled_from(ZONES),
)
def test_any_wall_time_resolves_or_explains(wall_time: datetime, zone: str) -> None:
    wall_time = wall_time.replace(second=0, microsecond=0)
    tz = zoneinfo.ZoneInfo(zone)
    outcome: datetime | NonexistentTime | AmbiguousTime
    try:
        outcome = resolve_local(wall_time, zone)
    except (NonexistentTime, AmbiguousTime) as error:
        outcome = error
    if isinstance(outcome, NonexistentTime):
        assert outcome.suggestion > wall_time.replace(tzinfo=tz)
        assert outcome.suggestion - wall_time.replace(tzinfo=tz, fold=1) <= timedelta(hours=2)
    elif isinstance(outcome, AmbiguousTime):
        assert outcome.earlier < outcome.later
        for instant in (outcome.earlier, outcome.later):
            assert instant.astimezone(tz).replace(tzinfo=None) == wall_time
    else:
        assert outcome.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == wall_time


@given(st.integers(min_value=0, max_value=366 * 24 * 60))
def test_minutes_round_trip(minutes: int) -> None:
    assert parse_duration(f"{minutes}m") == timedelta(minutes=minutes)
    assert parse_duration(f"{minutes} min") == timedelta(minutes=minutes)


@given(st.integers(min_value=0, max_value=99), st.integers(min_value=0, max_value=59))
def test_hours_and_minutes_round_trip(hours: int, minutes: int) -> None:
    expected = timedelta(hours=hours, minutes=minutes)
    assert parse_duration(f"{hours}h{minutes:02d}") == expected
    assert parse_duration(f"{hours}:{minutes:02d}") == expected
    assert parse_duration(f"{hours}小时{minutes}分钟") == expected


@given(st.times().map(lambda t: t.replace(second=0, microsecond=0)))
def test_clock_round_trips(at: time) -> None:
    assert parse_clock(at.strftime("%H:%M")) == at
    assert parse_clock(f"{at.hour}:{at.minute:02d}") == at
    assert parse_clock(f"kl. {at.hour:02d}.{at.minute:02d}") == at


@given(
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.sampled_from(["en_US", "zh_Hans_CN", "nb_NO"]),
)
def test_babel_formatted_clocks_read_back(at: time, locale: str) -> None:
    """What the bot prints (Babel, per locale) is accepted back as input."""
    assert parse_clock(format_time(at, "short", locale=locale)) == at


@given(st.text(max_size=30))
def test_anything_is_parsed_or_refused_politely(text: str) -> None:
    for attempt in (
        lambda: parse_when(text, NOW, OSLO),
        lambda: parse_clock(text),
        lambda: parse_duration(text),
        lambda: parse_days(text),
    ):
        with contextlib.suppress(BadInput):
            attempt()


@pytest.mark.parametrize(
    ("now", "text", "expected"),
    [
        (
            datetime(2026, 6, 10, 15, 32, 2, tzinfo=UTC),
            "in 3h",
            datetime(2026, 6, 10, 18, 32, tzinfo=UTC),
        ),
        (
            datetime(2026, 6, 10, 15, 32, 40, tzinfo=UTC),
            "in 3h",
            datetime(2026, 6, 10, 18, 33, tzinfo=UTC),
        ),
        (
            datetime(2026, 6, 10, 15, 32, 29, 999, tzinfo=UTC),
            "2小时后",
            datetime(2026, 6, 10, 17, 32, tzinfo=UTC),
        ),
        (
            datetime(2026, 6, 10, 15, 32, 31, tzinfo=UTC),
            "2h ago",
            datetime(2026, 6, 10, 13, 33, tzinfo=UTC),
        ),
    ],
)
def test_relative_times_are_rounded_to_the_minute(
    now: datetime, text: str, expected: datetime
) -> None:
    parsed = parse_when(text, now, OSLO)
    assert parsed.utc == expected
    assert parsed.local.second == 0 and parsed.local.microsecond == 0
