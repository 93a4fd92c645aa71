"""Clock times: ``20:00``, ``8pm``, ``kl. 20.30``, ``晚上8点``, ``下午3点半``."""

from __future__ import annotations

import functools
import re
from datetime import time

from bot.timeparse._lang import ZH_NUMBER, alternation, zh_int

# Parts of the day, from Chinese words, am/pm and English/Norwegian day parts.
# Each maps the hour as said (12-hour, or 24-hour when it fits) to a 24-hour hour.
_PERIOD_RULES: dict[str, dict[int, int]] = {
    "early": {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 12: 0},
    "morning": {h: h for h in range(4, 12)},
    "noon": {11: 11, 12: 12, 1: 13, 2: 14, 13: 13, 14: 14},
    "afternoon": {h: h + 12 for h in range(1, 12)} | {h: h for h in range(12, 24)},
    "dusk": {h: h + 12 for h in range(4, 9)} | {h: h for h in range(16, 21)},
    "evening": {h: h + 12 for h in range(5, 12)} | {h: h for h in range(17, 24)},
    "am": {12: 0} | {h: h for h in range(1, 12)},
    "pm": {12: 12} | {h: h + 12 for h in range(1, 12)},
}
ZH_PERIODS: dict[str, str] = {
    "凌晨": "early",
    "清晨": "morning",
    "早上": "morning",
    "早晨": "morning",
    "上午": "morning",
    "中午": "noon",
    "正午": "noon",
    "下午": "afternoon",
    "傍晚": "dusk",
    "晚上": "evening",
    "夜里": "evening",
    "夜晚": "evening",
    "晚间": "evening",
    "晚": "evening",
    "早": "morning",
}
# Day parts said after a day in English and Norwegian: "tomorrow evening", "fredag kveld".
WORD_PERIODS: dict[str, str] = {
    "morning": "morning",
    "afternoon": "afternoon",
    "evening": "evening",
    "night": "evening",
    "morgen": "morning",
    "formiddag": "morning",
    "ettermiddag": "afternoon",
    "kveld": "evening",
    "kvelden": "evening",
}
_NOON_WORDS = frozenset({"noon", "midday", "中午", "正午"})
_PREFIX = r"(?:(?:kl\.?|klokka|klokken|at|@)\s*)?"
_LATIN = re.compile(
    _PREFIX + r"(?P<h>[0-9]{1,2})(?:[:.](?P<m>[0-9]{2})(?::(?P<s>[0-9]{2}))?)?"
    r"\s*(?:(?P<am>a\.?\s?m\.?)|(?P<pm>p\.?\s?m\.?))?"
)
_ZH = re.compile(
    rf"(?P<h>[0-9]{{1,2}}|{ZH_NUMBER})\s*[点點时時]\s*(?:钟|鐘)?\s*"
    rf"(?:(?P<half>半)|(?P<quarter>[一三]刻)|整|(?P<m>[0-9]{{1,2}}|{ZH_NUMBER})\s*(?P<fen>分钟|分鐘|分)?)?"
)
_ZH_PERIOD = re.compile("(?P<p>" + alternation(ZH_PERIODS) + r")\s*")


@functools.cache
def period_hours(period: str) -> frozenset[int]:
    """The 24-hour hours a part of the day can name."""
    return frozenset(_PERIOD_RULES[period].values())


def _minute(text: str, fen: bool) -> int | None:
    """Minutes after 点: ``30``/``三十`` alone, or any form followed by 分."""
    value = zh_int(text)
    if value is None or value > 59:
        return None
    if fen or (text.isascii() and len(text) == 2) or "十" in text or text[0] in "零〇":
        return value
    return None  # "8点5": 08:05 or 08:50? Do not guess.


def _numbers(text: str) -> tuple[int, int, int, str | None] | None:
    """Hour, minute, second and an explicit am/pm, or ``None``."""
    latin = _LATIN.fullmatch(text)
    if latin:
        period = "am" if latin["am"] else "pm" if latin["pm"] else None
        return int(latin["h"]), int(latin["m"] or 0), int(latin["s"] or 0), period
    zh = _ZH.fullmatch(text)
    if zh is None:
        return None
    hour = zh_int(zh["h"])
    if zh["half"]:
        minute: int | None = 30
    elif zh["quarter"]:
        minute = 15 if zh["quarter"][0] == "一" else 45
    elif zh["m"]:
        minute = _minute(zh["m"], bool(zh["fen"]))
    else:
        minute = 0
    if hour is None or minute is None:
        return None
    return hour, minute, 0, None


def clock(text: str, implied: str | None = None) -> time | None:
    """A normalised clock text as a time, or ``None`` when it is not one.

    ``implied`` is a part of the day the surrounding words already gave
    ("tonight", 明晚, "i kveld"): ``8`` then means 20:00, and a clock outside
    that part of the day is refused rather than guessed.
    """
    if text in _NOON_WORDS:
        hour, minute, second = 12, 0, 0
        explicit: str | None = "noon"
    else:
        prefix = _ZH_PERIOD.match(text)
        zh_period = ZH_PERIODS[prefix["p"]] if prefix else None
        parsed = _numbers(text[prefix.end() :] if prefix else text)
        if parsed is None:
            return None
        hour, minute, second, explicit = parsed
        if zh_period is not None:
            if explicit is not None:
                return None  # 晚上8pm
            explicit = zh_period
    if minute > 59 or second > 59:
        return None
    if explicit is not None:
        mapped = _PERIOD_RULES[explicit].get(hour)
        if mapped is None or (implied is not None and mapped not in period_hours(implied)):
            return None
    elif implied is not None:
        mapped = _PERIOD_RULES[implied].get(hour)
        if mapped is None:
            return None
    elif hour <= 23:
        mapped = hour
    else:
        return None
    return time(mapped, minute, second)
