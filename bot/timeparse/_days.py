"""Sets of weekdays: ``mon-fri``, ``sat,sun``, ``weekdays``, ``周一至周五``, ``man-fre``."""

from __future__ import annotations

import functools
import re

from bot.errors import BadInput
from bot.timeparse._lang import WORD_END, alternation, day_names, normalise

_ALL = frozenset(range(7))
_GROUPS: dict[str, frozenset[int]] = {
    **dict.fromkeys(("daily", "every day", "everyday", "all week"), _ALL),
    **dict.fromkeys(("每天", "每日", "天天", "daglig", "hver dag", "alle dager"), _ALL),
    **dict.fromkeys(
        ("weekdays", "weekday", "工作日", "hverdager", "hverdag", "ukedager"), frozenset(range(5))
    ),
    **dict.fromkeys(
        ("weekends", "weekend", "周末", "週末", "helg", "helger", "helgen"), frozenset({5, 6})
    ),
}
_EVERY = r"(?:every\s+|each\s+|hver\s+|每个?)?"
_RANGE = r"\s*(?:-|–|—|~|～|to|til|through|thru|至|到)\s*"
# The end of a Chinese range may drop the prefix: 周一至五.
_ZH_SHORT = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@functools.cache
def _item() -> re.Pattern[str]:
    names = alternation(day_names())
    groups = alternation(_GROUPS)
    end = rf"(?P<b>{names})|(?P<short>[一二三四五六日天])"
    return re.compile(
        rf"{_EVERY}(?:(?P<group>{groups})|(?P<a>{names})(?:{_RANGE}(?:{end}))?){WORD_END}"
    )


_SEPARATOR = re.compile(r"\s*(?:,|、|;|/|&|\+|and|og|和|及|以及)?\s*")


def _span(first: int, last: int) -> set[int]:
    """Days from ``first`` to ``last`` inclusive, wrapping past Sunday."""
    return {(first + i) % 7 for i in range((last - first) % 7 + 1)}


def parse_days(text: str) -> frozenset[int]:
    """Weekday numbers (0 = Monday .. 6 = Sunday) named by a list, ranges or a group."""
    raw = text.strip()
    cleaned, days, pos = normalise(raw), set[int](), 0
    names = day_names()
    if len(cleaned) > 300:
        raise BadInput("error-days-format", value=raw)
    while pos < len(cleaned):
        if pos:
            separator = _SEPARATOR.match(cleaned, pos)
            pos = separator.end() if separator else pos
        match = _item().match(cleaned, pos)
        if match is None or match.end() == pos:
            raise BadInput("error-days-format", value=raw)
        if match["group"]:
            days |= _GROUPS[match["group"]]
        elif match["b"]:
            days |= _span(names[match["a"]], names[match["b"]])
        elif match["short"]:
            if not re.fullmatch(r"(?:周|週|星期|礼拜|禮拜).", match["a"]):
                raise BadInput("error-days-format", value=raw)
            days |= _span(names[match["a"]], _ZH_SHORT[match["short"]])
        else:
            days.add(names[match["a"]])
        pos = match.end()
    if not days:
        raise BadInput("error-days-format", value=raw)
    return frozenset(days)
