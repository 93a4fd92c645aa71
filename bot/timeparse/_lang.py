"""Words for days, months and units in English, Norwegian and Chinese.

Names come from CLDR through Babel; the small hand tables hold only what CLDR
does not have (colloquial variants such as 礼拜五, ``tues`` or ``hrs``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from babel.dates import get_day_names, get_month_names
from babel.units import format_unit

from bot.parsing import plain_number

LOCALES = ("en", "nb_NO", "zh_Hans_CN")
_SPACE = re.compile(r"\s+")
_ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
_ZH_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
ZH_NUMBER = "[零〇一二两兩三四五六七八九十]{1,3}"
# After a word: no Latin letter may follow ("fri" is not the start of "fridge"),
# but Chinese may ("明天晚上8点").
WORD_END = r"(?![a-z\u00df-\u024f])"

# Colloquial names CLDR lacks, per weekday (0 = Monday).
_EXTRA_DAYS: dict[str, int] = {"tues": 1, "weds": 2, "thur": 3, "thurs": 3}
# Units CLDR lacks, in minutes.
_EXTRA_UNITS: dict[str, int] = {
    "hrs": 60,
    "mins": 1,
    "dag": 1440,
    "dager": 1440,
    "døgn": 1440,
    "个小时": 60,
    "個小時": 60,
    "小時": 60,
    "钟头": 60,
    "鐘頭": 60,
    "分": 1,
    "分鐘": 1,
    "个星期": 10080,
    "星期": 10080,
}


def normalise(text: str) -> str:
    """NFKC (full-width digits and colons become ASCII), case-folded, single spaces."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def zh_int(text: str) -> int | None:
    """``8``, ``八``, ``十二``, ``二十五``, ``零五`` as an int below 100; else ``None``."""
    if text.isascii():
        return plain_number(text)
    if "十" in text:
        tens_text, _, ones_text = text.partition("十")
        tens = 1 if not tens_text else _ZH_DIGITS.get(tens_text)
        ones = 0 if not ones_text else _ZH_DIGITS.get(ones_text)
        if tens is None or ones is None or len(tens_text) > 1 or len(ones_text) > 1:
            return None
        return tens * 10 + ones
    if len(text) == 2 and text[0] in "零〇":
        text = text[1:]
    return _ZH_DIGITS.get(text) if len(text) == 1 else None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first so ``fredag`` wins over ``fre``."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _unique(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Words to numbers, dropping any word that would mean two different things."""
    table: dict[str, int] = {}
    clashes: set[str] = set()
    for word, number in pairs:
        if table.setdefault(word, number) != number:
            clashes.add(word)
    return {w: n for w, n in table.items() if w not in clashes}


@functools.cache
def day_names() -> dict[str, int]:
    """Every accepted weekday name (normalised) to its number, 0 = Monday."""
    pairs: list[tuple[str, int]] = list(_EXTRA_DAYS.items())
    for locale in LOCALES:
        for width in ("wide", "abbreviated"):
            for number, name in get_day_names(width, locale=locale).items():
                word = normalise(name).rstrip(".")
                pairs.append((word, number))
                if width == "wide" and locale == "en":
                    pairs.append((word + "s", number))  # "fridays"
                if width == "wide" and locale == "nb_NO":
                    pairs.append((word + "er", number))  # "fredager"
                if word.startswith("星期"):  # 礼拜五, 週五, and 天 for Sunday
                    tail = word[2:]
                    tails = [tail, "天"] if tail == "日" else [tail]
                    for prefix in ("星期", "礼拜", "禮拜", "周", "週"):
                        pairs.extend((prefix + t, number) for t in tails)
    return _unique(pairs)


@functools.cache
def month_names() -> dict[str, int]:
    """English and Norwegian month names and abbreviations to 1..12."""
    pairs: list[tuple[str, int]] = []
    for locale in ("en", "nb_NO"):
        for width in ("wide", "abbreviated"):
            for number, name in get_month_names(width, locale=locale).items():
                pairs.append((normalise(name).rstrip("."), number))
    return _unique(pairs)


@functools.cache
def unit_minutes() -> dict[str, int]:
    """Duration unit words (``h``, ``timer``, ``分钟``...) to their length in minutes."""
    units = {"duration-minute": 1, "duration-hour": 60, "duration-day": 1440}
    units["duration-week"] = 10080
    pairs: list[tuple[str, int]] = list(_EXTRA_UNITS.items())
    for locale in LOCALES:
        for length in ("long", "short", "narrow"):
            for unit, minutes in units.items():
                for value in (1, 2, 5):
                    text = format_unit(value, unit, length=length, locale=locale)
                    word = normalise(text.replace(str(value), "")).rstrip(".")
                    if word and "duration" not in word:
                        pairs.append((word, minutes))
    return _unique(pairs)
