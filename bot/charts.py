"""Rendering matplotlib figures to PNG off the event loop, and the fonts charts use.

DejaVu Sans (matplotlib's own font) draws Latin text only. Chinese labels need a font
with CJK glyphs installed on the machine (``fonts-noto-cjk`` on Debian and Ubuntu);
without one, charts for Chinese-speaking members are labelled in English and the bot
says so once at start-up.
"""

from __future__ import annotations

import asyncio
import functools
import io
import logging
from collections.abc import Callable, Iterable
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display; must precede pyplot's import anywhere in the process

from matplotlib import font_manager
from matplotlib.figure import Figure

log = logging.getLogger(__name__)

PNG_DPI = 110
# Font families with Chinese glyphs, in order of preference. Debian's fonts-noto-cjk
# installs "Noto Sans CJK SC"; older matplotlib releases only see the first face of its
# collection file, "Noto Sans CJK JP", which draws simplified Chinese as well.
CJK_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "Noto Sans CJK JP",
    "Noto Sans CJK TC",
    "Source Han Sans",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
)
LATIN_FAMILY = "DejaVu Sans"


def pick_cjk_family(installed: Iterable[str]) -> str | None:
    """The preferred family among ``installed`` font names that draws Chinese, if any."""
    names = set(installed)
    return next((family for family in CJK_FAMILIES if family in names), None)


@functools.cache
def cjk_family() -> str | None:
    """An installed font family with Chinese glyphs (found once per process), or ``None``."""
    return pick_cjk_family(font.name for font in font_manager.fontManager.ttflist)


def latin(text: str) -> bool:
    """Whether ``LATIN_FAMILY`` can draw ``text`` (Latin, Norwegian letters, symbols)."""
    return all(ord(char) < 0x250 or char in "–—…·×≥≤" for char in text)


def chart_font(texts: Iterable[str]) -> tuple[bool, str | None]:
    """(drawable, family) for labels ``texts``: a CJK family when they need one.

    ``drawable`` is False when some text needs glyphs no installed font has; the caller
    then falls back to English labels.
    """
    if all(latin(text) for text in texts):
        return True, None
    family = cjk_family()
    return family is not None, family


def report_missing_cjk_font() -> None:
    """Log once at start-up when no installed font can draw Chinese chart labels."""
    if cjk_family() is None:
        log.warning(
            "no font with Chinese glyphs is installed (looked for %s); charts for "
            "Chinese-speaking members are labelled in English. Install one, e.g. "
            "`apt install fonts-noto-cjk` on Debian or Ubuntu, and restart the bot",
            ", ".join(CJK_FAMILIES[:3]),
        )


def figure_to_png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=PNG_DPI, bbox_inches="tight")
    return buffer.getvalue()


async def render_png(draw: Callable[..., Figure], /, *args: Any, **kwargs: Any) -> bytes:
    """Run ``draw(*args, **kwargs)`` (which builds a Figure) in a worker thread; return PNG bytes.

    ``draw`` must create its own ``matplotlib.figure.Figure`` (not pyplot), so figures
    in different threads never share state.
    """

    def work() -> bytes:
        return figure_to_png(draw(*args, **kwargs))

    return await asyncio.to_thread(work)
