"""Parsing what members type: counts like ``12.5K`` or ``1.2万``, percentages.

Pure functions: no discord, no clock. Errors carry a catalog key so the command
tree can answer in the member's language.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.errors import BadInput

MAX_COUNT = 10**12


def plain_number(text: str, *, digits: int = 18) -> int | None:
    """``text`` as a whole number when it is 1 to ``digits`` ASCII digits, else None.

    ``str.isdigit`` also accepts superscripts such as ``²``, which ``int`` refuses; this
    accepts exactly what ``int`` reads the plain way, and nothing longer than a row id.
    """
    if 1 <= len(text) <= digits and text.isascii() and text.isdecimal():
        return int(text)
    return None


# Unit suffixes people paste from TikTok Studio, in English, Chinese and Norwegian.
_UNITS: dict[str, int] = {
    "": 1,
    "k": 10**3,
    "m": 10**6,
    "b": 10**9,
    "万": 10**4,
    "萬": 10**4,
    "亿": 10**8,
    "億": 10**8,
    "千": 10**3,
    "w": 10**4,  # wan: "1.9w" is how 1.9万 is often typed
    "mill": 10**6,
    "mrd": 10**9,
}
# Counter words after a Chinese count: 23.4万次 (times), 23.4万次播放 (plays).
_COUNTER_WORDS = ("次播放", "次观看", "次觀看", "次")
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009_']+")
_NUMBER = re.compile(
    r"""^(?P<int>\d{1,3}(?:,\d{3})+|\d+)     # 4500 or 4,500 (grouped)
        (?:[.,](?P<frac>\d+))?                # optional decimals: 12.5 or 12,5
        (?P<unit>[a-z万萬亿億千]*)\.?$           # optional unit: k, m, b, 万, 亿, mill.
    """,
    re.VERBOSE,
)


def parse_count(text: str, *, minimum: int = 0, maximum: int = MAX_COUNT) -> int:
    """A whole, non-negative count from text such as ``4 500``, ``12.5K``, ``3亿``, ``1.9w``
    or ``23.4万次``.

    Raises ``BadInput`` with key ``error-count-*`` for anything else.
    """
    raw = text.strip()
    if not raw:
        raise BadInput("error-count-empty")
    cleaned = _SPACES.sub("", raw).lower()
    if cleaned.startswith(("-", "−")):
        raise BadInput("error-count-negative", value=raw)
    cleaned = cleaned.lstrip("+")
    for word in _COUNTER_WORDS:
        if cleaned.endswith(word) and cleaned[: -len(word)][-1:].isalnum():
            cleaned = cleaned[: -len(word)]
            break
    match = _NUMBER.match(cleaned)
    if match is None or match["unit"] not in _UNITS:
        raise BadInput("error-count-format", value=raw)
    integer, fraction, unit = match["int"], match["frac"], match["unit"]
    if fraction is not None and "," in integer:
        pass  # "1,234.5K": grouped integer part with decimals
    elif fraction is not None and cleaned[len(integer)] == "," and len(fraction) == 3 and not unit:
        # "4,500" without a unit is grouping the regex read as decimals: join them.
        integer, fraction = integer + fraction, None
    try:
        value = Decimal(integer.replace(",", "") + ("." + fraction if fraction else ""))
    except InvalidOperation:  # pragma: no cover - the regex admits only digits
        raise BadInput("error-count-format", value=raw) from None
    total = value * _UNITS[unit]
    if total != total.to_integral_value():
        raise BadInput("error-count-fraction", value=raw)
    result = int(total)
    if result > maximum:
        raise BadInput("error-count-too-big", value=raw, maximum=maximum)
    if result < minimum:
        raise BadInput("error-count-too-small", value=raw, minimum=minimum)
    return result


_PERCENT = re.compile(r"^(?P<num>-?\d+(?:[.,]\d+)?)\s*%?$")


def parse_percent(text: str, *, maximum: float = 100.0) -> float:
    """A percentage such as ``4.5``, ``4.5%`` or ``4,5 %`` (0 to ``maximum``)."""
    raw = text.strip()
    match = _PERCENT.match(raw.replace("\u00a0", " "))
    if match is None:
        raise BadInput("error-percent-format", value=raw)
    value = float(match["num"].replace(",", "."))
    if value < 0 or value > maximum:
        raise BadInput("error-percent-range", value=raw, maximum=maximum)
    return value
