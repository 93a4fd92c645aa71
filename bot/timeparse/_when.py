"""``parse_when``: a moment typed by a member, read in their timezone."""

from __future__ import annotations

import functools
import re
import zoneinfo
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal

from bot.errors import BadInput
from bot.timeparse._clock import WORD_PERIODS, clock, period_hours
from bot.timeparse._duration import duration_minutes
from bot.timeparse._lang import WORD_END, alternation, day_names, month_names, normalise
from bot.timeparse._zone import ParsedTime, describe, resolve_local

Prefer = Literal["future", "past"]
MAX_LENGTH = 100  # longer texts are not a time, and would only cost work
# Picks the wall time for a clock time, given "now" on the wall and the preference.
Resolver = Callable[[time, datetime, Prefer], datetime]

_RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "today": (0, None),
    "tonight": (0, "evening"),
    "tomorrow": (1, None),
    "tmrw": (1, None),
    "day after tomorrow": (2, None),
    "the day after tomorrow": (2, None),
    "yesterday": (-1, None),
    "i dag": (0, None),
    "idag": (0, None),
    "i kveld": (0, "evening"),
    "ikveld": (0, "evening"),
    "i morgen": (1, None),
    "imorgen": (1, None),
    "i overmorgen": (2, None),
    "overmorgen": (2, None),
    "i går": (-1, None),
    "igår": (-1, None),
    "i forgårs": (-2, None),
    "今天": (0, None),
    "今日": (0, None),
    "今晚": (0, "evening"),
    "今早": (0, "morning"),
    "明天": (1, None),
    "明日": (1, None),
    "明晚": (1, "evening"),
    "明早": (1, "morning"),
    "后天": (2, None),
    "後天": (2, None),
    "大后天": (3, None),
    "大後天": (3, None),
    "昨天": (-1, None),
    "昨日": (-1, None),
    "昨晚": (-1, "evening"),
    "前天": (-2, None),
}
# Weekday modifiers: ISO weeks from this one, or None for "the nearest one".
_WEEK_SHIFT: dict[str, int | None] = {
    "next": 1,
    "neste": 1,
    "last": -1,
    "forrige": -1,
    "this": None,
    "on": None,
    "på": None,
    "coming": None,
    "kommende": None,
    "下": 1,
    "下个": 1,
    "下個": 1,
    "上": -1,
    "上个": -1,
    "上個": -1,
    "这": 0,
    "这个": 0,
    "這": 0,
    "這個": 0,
    "本": 0,
}
_ZH_SHIFTS = [w for w in _WEEK_SHIFT if not w.isascii() and w != "på"]
_LATIN_SHIFTS = [w for w in _WEEK_SHIFT if w not in _ZH_SHIFTS]
_ISO_DATE = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?:t(?=[0-9]))?"
)
_NORDIC_DATE = re.compile(r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})\.(?P<y>[0-9]{4})")
# "18.12" and "18.12." (Norwegian day.month, the year left out). Alone, "18.12" stays a
# clock time (kl 18.12): it is a date only with its closing dot or words after it.
_NORDIC_DAY_MONTH = re.compile(
    r"(?P<d>[0-9]{1,2})\.(?P<m>[0-9]{1,2})(?P<dot>\.(?![0-9]))?(?![0-9.])"
)
_ZH_DATE = re.compile(
    r"(?:(?P<y>[0-9]{4})\s*年\s*)?(?P<m>[0-9]{1,2})\s*月\s*(?P<d>[0-9]{1,2})\s*[日号號]"
)
_INSTANT = re.compile(
    r"(?P<d>[0-9]{4}-[0-9]{2}-[0-9]{2})[t ](?P<t>[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)\s*"
    r"(?P<z>z|utc|[+-][0-9]{2}:?[0-9]{2})"
)
_DISCORD = re.compile(r"<t:(?P<n>-?[0-9]{1,13})(?::[tdfr])?>")
_NOW_WORDS = frozenset({"now", "right now", "nå", "现在", "現在"})
_AFTER = re.compile(
    r"(?:in|om|after|etter)\s+(?P<d>.+)|(?P<zd>.+?)\s*(?:以后|之后|以後|之後|后|後)"
)
_BEFORE = re.compile(
    r"for\s+(?P<nd>.+)\s+siden|(?P<d>.+?)\s+(?:ago|siden)|(?P<zd>.+?)\s*(?:以前|之前|前)"
)
_SLASH_DATE = re.compile(r"(?<![0-9/])[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?(?![0-9/])")
_CONNECTOR = re.compile(r"\s*(?:,\s*)?")


@dataclass(frozen=True)
class _DayWords:
    resolve: Resolver
    period: str | None  # a part of the day the words implied ("tonight")
    end: int


class _WrongWeekday(ValueError):
    """A weekday typed with a date that falls on another day ("torsdag 8. januar")."""

    def __init__(self, day: date) -> None:
        super().__init__(day.isoformat())
        self.day = day


def _on_weekday(resolve: Resolver, number: int) -> Resolver:
    """A date that was typed with its weekday: the weekday must be the date's."""

    def checked(at: time, now: datetime, prefer: Prefer) -> datetime:
        moment = resolve(at, now, prefer)
        if moment.weekday() != number:
            raise _WrongWeekday(moment.date())
        return moment

    return checked


def _fixed(day: date) -> Resolver:
    return lambda at, _now, _prefer: datetime.combine(day, at)


def _on_side(candidate: datetime, now: datetime, prefer: Prefer) -> bool:
    """Ahead of now for "future"; now or before for "past"."""
    return candidate > now if prefer == "future" else candidate <= now


def _step_to_side(candidate: datetime, now: datetime, prefer: Prefer, step: timedelta) -> datetime:
    if _on_side(candidate, now, prefer):
        return candidate
    return candidate + step if prefer == "future" else candidate - step


def _around_today(at: time, now: datetime, prefer: Prefer) -> datetime:
    """A clock alone: today, or else tomorrow ("future") / yesterday ("past")."""
    return _step_to_side(datetime.combine(now.date(), at), now, prefer, timedelta(days=1))


def _weekday(number: int, shift: int | None) -> Resolver:
    """A weekday in the ISO week ``shift`` weeks from now, or else the nearest one."""

    def resolve(at: time, now: datetime, prefer: Prefer) -> datetime:
        if shift is not None:
            monday = now.date() - timedelta(days=now.weekday())
            return datetime.combine(monday + timedelta(weeks=shift, days=number), at)
        if prefer == "future":
            day = now.date() + timedelta(days=(number - now.weekday()) % 7)
        else:
            day = now.date() - timedelta(days=(now.weekday() - number) % 7)
        return _step_to_side(datetime.combine(day, at), now, prefer, timedelta(weeks=1))

    return resolve


def _yearless(month: int, day: int) -> Resolver:
    """A month and day in the nearest year on the preferred side (29 Feb may skip years)."""

    def resolve(at: time, now: datetime, prefer: Prefer) -> datetime:
        direction = 1 if prefer == "future" else -1
        for year in range(now.year, now.year + 9 * direction, direction):
            try:
                candidate = datetime.combine(date(year, month, day), at)
            except ValueError:
                continue
            if _on_side(candidate, now, prefer):
                return candidate
        raise ValueError("no such date")

    return resolve


@functools.cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    days, months = alternation(day_names()), alternation(month_names())
    relative = alternation(_RELATIVE_DAYS)
    return (
        re.compile(rf"(?P<rel>{relative}){WORD_END}"),
        re.compile(
            rf"(?:(?P<mod>{alternation(_LATIN_SHIFTS)})\s+|(?P<zmod>{alternation(_ZH_SHIFTS)}))?"
            rf"(?P<wd>{days}){WORD_END}"
        ),
        re.compile(
            rf"(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th|\.)?\s*(?P<mon>{months})\.?{WORD_END}"
            r"(?:\s+(?P<y>[0-9]{4}))?"
        ),
        re.compile(
            rf"(?P<mon>{months})\.?\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?{WORD_END}"
            r"(?:,?\s+(?P<y>[0-9]{4}))?"
        ),
    )


def _calendar(year: str | None, month: int, day: int, end: int) -> _DayWords | None:
    """A calendar date, or a month and day whose year follows ``prefer``."""
    if year is None:
        return _DayWords(_yearless(month, day), None, end)
    try:
        return _DayWords(_fixed(date(int(year), month, day)), None, end)
    except ValueError:
        return None  # 2026-13-01: not a date


def _dates(text: str, pos: int) -> Iterator[_DayWords]:
    """Every way the text at ``pos`` starts with a calendar date (with or without a year)."""
    for pattern in (_ISO_DATE, _NORDIC_DATE, _ZH_DATE):
        match = pattern.match(text, pos)
        if match and (
            words := _calendar(match["y"], int(match["m"]), int(match["d"]), match.end())
        ):
            yield words
    match = _NORDIC_DAY_MONTH.match(text, pos)
    if (
        match
        and 1 <= int(match["m"]) <= 12
        and 1 <= int(match["d"]) <= 31
        and (match["dot"] or match.end() < len(text))
        and (words := _calendar(None, int(match["m"]), int(match["d"]), match.end()))
    ):
        yield words
    _relative, _weekday_names, day_month, month_day = _patterns()
    for match in (day_month.match(text, pos), month_day.match(text, pos)):
        if match:
            month = month_names()[match["mon"]]
            if words := _calendar(match["y"], month, int(match["d"]), match.end()):
                yield words


def _plain_weekday(text: str, pos: int) -> tuple[int, int] | None:
    """(weekday number, end) when the text at ``pos`` is a weekday without "next"/"last"."""
    match = _patterns()[1].match(text, pos)
    if match is None or match["mod"] or match["zmod"]:
        return None
    return day_names()[match["wd"]], match.end()


def _day_words(text: str, pos: int = 0) -> Iterator[_DayWords]:
    """Every way the text at ``pos`` starts with words naming a day."""
    for words in _dates(text, pos):
        yield words
        # A date and its weekday: "1月8日周五", "8. januar, fredag"
        after = _CONNECTOR.match(text, words.end)
        named = _plain_weekday(text, after.end() if after else words.end)
        if named is not None:
            yield _DayWords(_on_weekday(words.resolve, named[0]), None, named[1])
    relative, weekday, _day_month, _month_day = _patterns()
    if match := relative.match(text, pos):
        offset, period = _RELATIVE_DAYS[match["rel"]]
        step = timedelta(days=offset)
        yield _DayWords(
            lambda at, now, _p: datetime.combine(now.date() + step, at), period, match.end()
        )
    if match := weekday.match(text, pos):
        shift = _WEEK_SHIFT[match["mod"] or match["zmod"] or "on"]
        number = day_names()[match["wd"]]
        yield _DayWords(_weekday(number, shift), None, match.end())
        if shift is None:  # a weekday and its date: "fredag 8. januar", "fri, jan 8"
            after = _CONNECTOR.match(text, match.end())
            for words in _dates(text, after.end() if after else match.end()):
                yield _DayWords(_on_weekday(words.resolve, number), None, words.end)


def _with_period(text: str, period: str | None) -> tuple[str, str | None] | None:
    """Split "evening 8" into the clock text and the part of the day."""
    head, _, tail = text.partition(" ")
    if head in WORD_PERIODS:
        if period is not None:
            return None  # "tonight evening"
        return tail, WORD_PERIODS[head]
    return text, period


def _readings(text: str) -> Iterator[tuple[Resolver, time | None, str | None]]:
    """Every (day, clock, implied part of day) the whole text can be read as."""
    for words in _day_words(text):  # day first: "tomorrow 20:00", "明天晚上8点"
        rest = text[words.end :]
        if connector := _CONNECTOR.match(rest):
            rest = rest[connector.end() :]
        split = _with_period(rest, words.period)
        if split is None:
            continue
        rest, period = split
        if not rest:
            yield words.resolve, None, period
        elif (at := clock(rest, period)) is not None:
            yield words.resolve, at, period
    for space in (i for i, c in enumerate(text) if c == " "):  # clock first: "8pm tomorrow"
        for words in _day_words(text, space + 1):
            if words.end == len(text) and (at := clock(text[:space], words.period)) is not None:
                yield words.resolve, at, words.period
    if (at := clock(text)) is not None:  # a clock alone: today or tomorrow (or yesterday)
        yield _around_today, at, None


def _instant(text: str, now: datetime) -> datetime | None:
    """Texts naming an instant directly: Discord timestamps, offsets, ``in 2h``."""
    if text in _NOW_WORDS:
        return now
    if match := _DISCORD.fullmatch(text):
        return datetime.fromtimestamp(int(match["n"]), UTC)
    if match := _INSTANT.fullmatch(text):
        zone = "+00:00" if match["z"] in ("z", "utc") else match["z"]
        return datetime.fromisoformat(f"{match['d']}T{match['t']}{zone}").astimezone(UTC)
    for pattern, sign in ((_AFTER, 1), (_BEFORE, -1)):
        if match := pattern.fullmatch(text):
            spoken = next(g for g in match.groups() if g is not None)
            if not re.search(r"[^\W\d_]", spoken):
                continue  # "in 90": a unit is required here
            minutes = duration_minutes(spoken)
            if minutes is not None and minutes == minutes.to_integral_value():
                return to_the_minute(now + sign * timedelta(minutes=int(minutes)))
    return None


def to_the_minute(moment: datetime) -> datetime:
    """``moment`` rounded to the nearest minute: "in 3h" at 15:32:40 is 18:33, not 18:32:40."""
    floor = moment.replace(second=0, microsecond=0)
    return floor + timedelta(minutes=1) if moment - floor >= timedelta(seconds=30) else floor


def parse_when(
    text: str,
    now: datetime,
    zone: str,
    *,
    default_time: time | None = None,
    prefer: Prefer = "future",
    fold: int | None = None,
) -> ParsedTime:
    """A moment from what a member typed, read as wall time in ``zone``.

    ``prefer`` decides which way open forms ("fri", "20:00", "dec 3") go from now;
    ``fold`` picks a side of a fall-back overlap after the member was asked.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    raw = text.strip()
    cleaned, now = normalise(raw), now.astimezone(UTC)
    tz = zoneinfo.ZoneInfo(zone)
    wall_now = now.astimezone(tz).replace(tzinfo=None)
    needs_clock = False
    wrong_weekday: _WrongWeekday | None = None
    if len(cleaned) > MAX_LENGTH:
        raise BadInput("error-time-unparsed", value=raw)
    try:
        instant = _instant(cleaned, now)
        if instant is not None:
            local = instant.astimezone(tz)
            return ParsedTime(local, instant, describe(local, zone))
        for resolve, at, period in _readings(cleaned):
            if at is None:
                if default_time is None or (
                    period and default_time.hour not in period_hours(period)
                ):
                    needs_clock = True
                    continue
                at = default_time
            try:
                wall = resolve(at, wall_now, prefer)
            except _WrongWeekday as wrong:
                wrong_weekday = wrong_weekday or wrong
                continue  # another reading may still fit
            local = resolve_local(wall, zone, fold=fold)
            return ParsedTime(local, local.astimezone(UTC), describe(local, zone))
    except (OverflowError, ValueError, OSError):
        pass  # a year past 9999, a timestamp the platform cannot hold
    if wrong_weekday is not None:
        day = wrong_weekday.day
        raise BadInput(
            "error-time-weekday-mismatch",
            value=raw,
            date=day.isoformat(),
            weekday=day.weekday(),
        )
    if needs_clock:
        raise BadInput("error-time-needs-clock", value=raw)
    if _SLASH_DATE.search(cleaned):
        raise BadInput("error-time-ambiguous-date", value=raw)
    raise BadInput("error-time-unparsed", value=raw)
