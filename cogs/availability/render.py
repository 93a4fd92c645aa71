"""Windows as text in the member's language (no discord import)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

import babel.dates

from bot.i18n import Messages
from bot.windows import Window


def day_name(day: int, t: Messages) -> str:
    """Abbreviated weekday name, 0 = Monday: ``Mon``, ``周一``, ``man.``."""
    names = babel.dates.get_day_names("abbreviated", context="format", locale=t.babel_locale)
    return str(names[day])


def format_days(days: frozenset[int], t: Messages) -> str:
    """``Mon–Fri``, ``Sat, Sun``, ``Fri–Mon`` (runs may pass Sunday), or "every day"."""
    if len(days) == 7:
        return t("availability-every-day")
    # Start after a free day so a run through Sunday into Monday stays together.
    first = next(day for day in range(7) if (day - 1) % 7 not in days and day in days)
    runs: list[list[int]] = []
    for offset in range(7):
        day = (first + offset) % 7
        if day not in days:
            continue
        if runs and (runs[-1][-1] + 1) % 7 == day:
            runs[-1].append(day)
        else:
            runs.append([day])
    parts: list[str] = []
    for run in runs:
        if len(run) >= 3:
            parts.append(f"{day_name(run[0], t)}–{day_name(run[-1], t)}")
        else:
            parts.extend(day_name(day, t) for day in run)
    return t.enumerate(parts)


def clock(moment: time, t: Messages) -> str:
    """A time of day as the member's language writes it: ``6:00 PM`` in English, ``18:00``
    in Norwegian and Chinese (the way their Discord shows timestamps too)."""
    return t.time(moment)


def format_window(window: Window, t: Messages) -> str:
    key = "availability-window-overnight" if window.passes_midnight else "availability-window"
    return t(
        key,
        days=format_days(window.days, t),
        start=clock(window.start, t),
        end=clock(window.end, t),
    )


def window_lines(windows: Sequence[Window], t: Messages, *, limit: int = 1000) -> str:
    """One window a line, as a bulleted list cut to ``limit`` characters."""
    text = "\n".join(f"• {format_window(window, t)}" for window in windows)
    return text if len(text) <= limit else text[: limit - 1] + "…"
