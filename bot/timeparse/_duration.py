"""Durations: ``45m``, ``1h30``, ``1:30``, ``1.5h``, ``2 timer``, ``1小时30分``, ``90``."""

from __future__ import annotations

import functools
import re
from datetime import timedelta
from decimal import Decimal

from bot.errors import BadInput
from bot.timeparse._lang import WORD_END, ZH_NUMBER, alternation, normalise, unit_minutes, zh_int

MAX_DURATION = timedelta(days=366)
_WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "en": 1, "ei": 1, "ett": 1}
_COLON = re.compile(r"(?P<h>[0-9]{1,4}):(?P<m>[0-5][0-9])")
_SEPARATOR = re.compile(r"\s*(?:(?:,|and|og|和|又)\s*)?")


@functools.cache
def _segment() -> re.Pattern[str]:
    words = alternation(_WORD_NUMBERS)
    return re.compile(
        rf"(?:(?P<word>{words})\s+|(?P<num>[0-9]+(?:[.,][0-9]+)?|{ZH_NUMBER}|半)\s*)"
        r"(?:(?P<half>[个個]半)|[个個](?=小|鐘|钟|星))?\s*"
        rf"(?P<unit>(?:{alternation(unit_minutes())}){WORD_END})?"
    )


def _number(match: re.Match[str]) -> Decimal | None:
    if match["word"]:
        return Decimal(_WORD_NUMBERS[match["word"]])
    text = match["num"]
    if text == "半":
        return Decimal("0.5")
    if text[0].isascii():
        return Decimal(text.replace(",", "."))
    value = zh_int(text)
    return None if value is None else Decimal(value)


def duration_minutes(text: str) -> Decimal | None:
    """Minutes in a normalised duration text, or ``None`` if it is not one."""
    colon = _COLON.fullmatch(text)
    if colon:
        return Decimal(int(colon["h"]) * 60 + int(colon["m"]))
    total, pos, last_unit = Decimal(0), 0, None
    while pos < len(text):
        if pos and (separator := _SEPARATOR.match(text, pos)):
            pos = separator.end()
        match = _segment().match(text, pos)
        if match is None or match.end() == pos:
            return None
        number = _number(match)
        if number is None:
            return None
        if match["half"]:
            number += Decimal("0.5")
        if match["unit"]:
            unit = unit_minutes()[match["unit"]]
        elif match.end() == len(text) and last_unit in (None, 60) and match["num"]:
            unit = 1  # "90" alone, or the minutes in "1h30" / "1小时30"
        else:
            return None
        if (last_unit is not None and unit >= last_unit) or (
            match["num"] == "半" and not match["unit"]
        ):
            return None  # "30m 1h", "1h 2h"
        total += number * unit
        last_unit, pos = unit, match.end()
    return total if pos else None


def parse_duration(
    text: str, *, minimum: timedelta | None = None, maximum: timedelta | None = None
) -> timedelta:
    """A length of time in whole minutes; a bare number is minutes.

    Raises ``BadInput("error-duration-format")`` for anything else and
    ``BadInput("error-duration-range")`` outside ``[minimum, maximum]``
    (zero is out of range whenever a minimum is given).
    """
    raw = text.strip()
    minutes = duration_minutes(normalise(raw)) if len(raw) <= 100 else None
    if minutes is None or minutes != minutes.to_integral_value():
        raise BadInput("error-duration-format", value=raw)
    upper = maximum if maximum is not None else MAX_DURATION
    lower = minimum if minimum is not None else timedelta(0)
    too_big = minutes > Decimal(int(upper.total_seconds() // 60))
    result = timedelta(0) if too_big else timedelta(minutes=int(minutes))
    if too_big or result > upper or result < lower or (minimum is not None and not result):
        raise BadInput(
            "error-duration-range",
            value=raw,
            minimum=int(lower.total_seconds() // 60),
            maximum=int(upper.total_seconds() // 60),
        )
    return result
