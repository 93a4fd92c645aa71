"""The fonts charts are drawn with, and matplotlib figures encoded to PNG.

DejaVu Sans (matplotlib's own font) draws Latin text only. Chinese labels need a font
with CJK glyphs installed on the machine (``fonts-noto-cjk`` on Debian and Ubuntu);
without one, charts for Chinese-speaking members are labelled in English and the bot
says so once at start-up.

Which fonts are installed is asked once per process, at start-up, of a short-lived child
process that looks through matplotlib's font manager, and rebuilds its cached font list
first when fonts were installed since it was built: installing a font and restarting the
bot is enough. The drawing itself happens in the render processes (``bot.render``).
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
import json
import logging
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # matplotlib is imported where a chart is drawn, not when the bot loads
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)
_ROOT = str(Path(__file__).resolve().parents[1])  # where the child finds ``bot``

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


def installed_families() -> list[str]:
    """The font family names matplotlib's font manager sees on this machine."""
    from matplotlib import font_manager

    return sorted({font.name for font in font_manager.fontManager.ttflist})


# Beside matplotlib's cached font list: the font files that were on disk when the bot last
# looked, so a file matplotlib cannot read does not rebuild the list at every start.
FONT_FILES_RECORD = "creatorpulse-font-files.json"


def check_fonts() -> dict[str, list[str]]:
    """The installed families, and the font files ``added`` since the bot last looked.

    matplotlib builds its font list once and keeps it in a cache that it never brings up
    to date: a font installed after the first start would never be seen. When a font file
    is on disk that the list lacks and that was not there at the last look, the list is
    built again and its cache rewritten, so the render processes (which read that cache
    when they start) draw with the new font too. Runs in a child process (``find_fonts``).
    """
    import matplotlib
    from matplotlib import font_manager

    on_disk = sorted(set(font_manager.findSystemFonts()))
    cache = Path(matplotlib.get_cachedir())
    record = cache / FONT_FILES_RECORD
    try:
        seen: set[str] | None = set(json.loads(record.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        seen = None  # the first look (or a record that cannot be read)
    listed = {font.fname for font in font_manager.fontManager.ttflist}
    added = [f for f in on_disk if f not in listed and (seen is None or f not in seen)]
    if added:
        manager = font_manager.FontManager()  # reads every font file again
        version = font_manager.FontManager.__version__  # names matplotlib's cache file
        font_manager.json_dump(manager, str(cache / f"fontlist-v{version}.json"))
        font_manager.fontManager = manager
    if seen is None or added or set(on_disk) != seen:
        with contextlib.suppress(OSError):  # an unwritable cache: look again next time
            partial = record.with_suffix(".tmp")
            partial.write_text(json.dumps(on_disk), encoding="utf-8")
            partial.replace(record)
    return {"families": installed_families(), "added": added}


_families: list[str] | None = None  # installed_families(), once known in this process


async def find_fonts() -> None:
    """Learn the installed font families (once per process) without importing matplotlib.

    A child process runs ``check_fonts`` (which brings matplotlib's font list up to date
    with the fonts on disk, about half a second). Started with the bot (``look_for_fonts``)
    beside its connecting; a chart awaits it (``fonts_known``) before anything asks
    ``cjk_family``.
    """
    global _families
    if _families is not None:
        return
    child = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        # at the render processes' low priority: it runs while the bot starts and connects
        "import json, os\n"
        f"if hasattr(os, 'nice'): os.nice({RENDER_NICENESS})\n"
        "from bot.charts import check_fonts\n"
        "print(json.dumps(check_fonts()))\n",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONPATH": os.pathsep.join(filter(None, (_ROOT, os.environ.get("PYTHONPATH")))),
        },
        start_new_session=True,  # Ctrl+C at the terminal is the bot's to handle, not its
    )
    try:
        out, err = await child.communicate()
    except asyncio.CancelledError:  # the bot stops while starting: so does the child
        with contextlib.suppress(ProcessLookupError):
            child.kill()
        await child.wait()
        raise
    try:
        found = json.loads(out.decode().strip().splitlines()[-1]) if child.returncode == 0 else {}
    except (ValueError, IndexError):
        found = {}
    if not found:
        log.warning("could not list the installed fonts: %s", err.decode(errors="replace"))
        return  # cjk_family() then asks matplotlib in this process
    if found["added"]:
        log.info(
            "found %d font file(s) installed since the font list was built (%s); rebuilt it",
            len(found["added"]),
            ", ".join(found["added"][:5]),
        )
    _families = [name for name in found["families"] if name]
    global _fonts_added
    _fonts_added = tuple(found["added"])


_fonts_task: asyncio.Task[None] | None = None
# Font files found installed since matplotlib's font list was built: a render process that
# loaded the list before the child rebuilt it adds them itself (``bot.render``).
_fonts_added: tuple[str, ...] = ()


def look_for_fonts() -> asyncio.Task[None]:
    """``find_fonts`` started in the background (once per process and event loop): the bot
    connects meanwhile, and only a chart waits for it (``fonts_known``)."""
    global _fonts_task
    loop = asyncio.get_running_loop()
    task = _fonts_task
    if task is None or task.get_loop() is not loop or task.cancelled():
        task = _fonts_task = loop.create_task(find_fonts(), name="find-fonts")
    return task


def fonts_known_now() -> bool:
    """Whether this process already knows the installed families (no child needed)."""
    return _families is not None


async def fonts_known() -> None:
    """Wait until the installed fonts are known: every chart asks this before it picks a
    font (``chart_font``, ``cjk_family``), so none asks matplotlib in the bot's process."""
    if _families is None:
        await asyncio.shield(look_for_fonts())


@functools.cache
def cjk_family() -> str | None:
    """An installed font family with Chinese glyphs (found once per process), or ``None``."""
    return pick_cjk_family(_families if _families is not None else installed_families())


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


def report_chart_fonts() -> None:
    """Log once at start-up which font draws Chinese chart labels, or that none can."""
    family = cjk_family()
    if family is not None:
        log.info("Chinese chart labels use %s", family)
    else:
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


# How much lower the render processes run than the bot (Unix "nice"): with charts queued on
# every core, the scheduler still hands the event loop a core the moment it has work, so
# replies never wait behind a drawing.
RENDER_NICENESS = 10


def fonts_added() -> tuple[str, ...]:
    """The font files ``find_fonts`` found installed since the font list was built."""
    return _fonts_added
